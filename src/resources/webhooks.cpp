// The Webhooks group: each method builds its request; the session does the rest.

#include "../call.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/webhooks.hpp>

namespace rtk {

namespace ops = detail::ops;
using detail::request_builder;

detail::request_ptr webhooks_resource::prepare_list(std::string_view app_id,
                                                    const call_options& opts) const {
  return request_builder(*session_, opts, ops::webhooks_list, {app_id}).done();
}

detail::request_ptr webhooks_resource::prepare_create(std::string_view app_id,
                                                      const create_webhook_request& request,
                                                      const call_options& opts) const {
  return request_builder(*session_, opts, ops::webhooks_create, {app_id})
      .require(!request.events.empty(), "events")
      .require(!request.name.empty(), "name")
      .require(!request.url.empty(), "url")
      .body(request)
      .done();
}

detail::request_ptr webhooks_resource::prepare_get(std::string_view app_id,
                                                   std::string_view webhook_id,
                                                   const call_options& opts) const {
  return request_builder(*session_, opts, ops::webhooks_get, {app_id, webhook_id}).done();
}

detail::request_ptr webhooks_resource::prepare_replace(std::string_view app_id,
                                                       std::string_view webhook_id,
                                                       const replace_webhook_request& request,
                                                       const call_options& opts) const {
  return request_builder(*session_, opts, ops::webhooks_replace, {app_id, webhook_id})
      .require(!request.events.empty(), "events")
      .require(!request.name.empty(), "name")
      .require(!request.url.empty(), "url")
      .body(request)
      .done();
}

detail::request_ptr webhooks_resource::prepare_update(std::string_view app_id,
                                                      std::string_view webhook_id,
                                                      const update_webhook_request& request,
                                                      const call_options& opts) const {
  return request_builder(*session_, opts, ops::webhooks_update, {app_id, webhook_id})
      .body(request)
      .done();
}

detail::request_ptr webhooks_resource::prepare_delete(std::string_view app_id,
                                                      std::string_view webhook_id,
                                                      const call_options& opts) const {
  return request_builder(*session_, opts, ops::webhooks_delete, {app_id, webhook_id}).done();
}

}  // namespace rtk

RTK_INSTANTIATE_CALL(rtk::webhook)
RTK_INSTANTIATE_CALL(rtk::page<rtk::webhook>)
