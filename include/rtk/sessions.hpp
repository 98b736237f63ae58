#pragma once
// The Sessions group alone: client.sessions(), client.app(id).sessions(), its operations and types.
// <rtk/rtk.hpp> includes every group.

#include <rtk/client.hpp>
#include <rtk/resources/sessions.hpp>
