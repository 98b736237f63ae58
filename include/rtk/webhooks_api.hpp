#pragma once
// The Webhooks group alone: client.webhooks(), client.app(id).webhooks(), the operations that
// register and manage webhook URLs, and their types. (Receiving webhooks is <rtk/webhooks.hpp>.)
// <rtk/rtk.hpp> includes every group.

#include <rtk/client.hpp>
#include <rtk/resources/webhooks.hpp>
