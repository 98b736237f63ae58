#pragma once
// The Active Session group alone: client.active_session(), client.app(id).active_session(), its
// operations and types. <rtk/rtk.hpp> includes every group.

#include <rtk/client.hpp>
#include <rtk/resources/active_session.hpp>
