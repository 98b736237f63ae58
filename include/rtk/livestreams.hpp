#pragma once
// The Livestreams group alone: client.livestreams(), client.app(id).livestreams(), its operations
// and types. <rtk/rtk.hpp> includes every group.

#include <rtk/client.hpp>
#include <rtk/resources/livestreams.hpp>
