#pragma once
// The Meetings group alone: client.meetings(), client.app(id).meetings(), its operations and types.
// <rtk/rtk.hpp> includes every group.

#include <rtk/client.hpp>
#include <rtk/resources/meetings.hpp>
