#pragma once
// The JSON mappings of the Webhooks group's models (<rtk/models/webhooks.hpp>): the members
// each maps, in the order the codec writes them. See describe.hpp.

#include "common.hpp"

#include <rtk/models/webhooks.hpp>

namespace rtk {

RTK_DESCRIBE_MODEL(webhook, (id, created_at, enabled, events, name, updated_at, url))
RTK_DESCRIBE_MODEL(create_webhook_request, (events, name, url, enabled))
RTK_DESCRIBE_MODEL(replace_webhook_request, (events, name, url, enabled))
RTK_DESCRIBE_MODEL(update_webhook_request, (enabled, events, name, url))

}  // namespace rtk
