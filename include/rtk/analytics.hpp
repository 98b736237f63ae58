#pragma once
// The Analytics group alone: client.analytics(), client.app(id).analytics(), its operations and
// types. <rtk/rtk.hpp> includes every group.

#include <rtk/client.hpp>
#include <rtk/resources/analytics.hpp>
