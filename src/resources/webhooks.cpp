// The Webhooks group's models: their decoding, encoding and pagers, compiled once, here.
// Its operations are declared in <rtk/resources/webhooks.hpp>.

#include "../models/webhooks.hpp"
#include "../call.hpp"
#include "../pager.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/webhooks.hpp>

RTK_INSTANTIATE_CALL(rtk::page<rtk::webhook>)
RTK_INSTANTIATE_CALL(rtk::webhook)
RTK_INSTANTIATE_BODY(rtk::create_webhook_request)
RTK_INSTANTIATE_BODY(rtk::replace_webhook_request)
RTK_INSTANTIATE_BODY(rtk::update_webhook_request)
