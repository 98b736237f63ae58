#pragma once
// The Presets group alone: client.presets(), client.app(id).presets(), its operations and types.
// <rtk/rtk.hpp> includes every group.

#include <rtk/client.hpp>
#include <rtk/resources/presets.hpp>
