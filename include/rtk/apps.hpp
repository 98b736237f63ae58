#pragma once
// The Apps group alone: client.apps(), its operations and types.
// <rtk/rtk.hpp> includes every group.

#include <rtk/client.hpp>
#include <rtk/resources/apps.hpp>
