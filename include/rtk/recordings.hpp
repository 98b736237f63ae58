#pragma once
// The Recordings group alone: client.recordings(), client.app(id).recordings(), its operations and
// types. <rtk/rtk.hpp> includes every group.

#include <rtk/client.hpp>
#include <rtk/resources/recordings.hpp>
