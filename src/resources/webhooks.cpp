// The Webhooks group: each method builds its request; the session does the rest.

#include "../call.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/webhooks.hpp>

namespace rtk {

using detail::http_method;
using detail::request_builder;

detail::request_ptr webhooks_resource::prepare_list(std::string_view app_id,
                                                    const call_options& opts) const {
  return request_builder(*session_, opts, http_method::get)
      .path_param("app_id", app_id)
      .literal("/webhooks")
      .done();
}

detail::request_ptr webhooks_resource::prepare_create(std::string_view app_id,
                                                      const create_webhook_request& request,
                                                      const call_options& opts) const {
  return request_builder(*session_, opts, http_method::post)
      .path_param("app_id", app_id)
      .literal("/webhooks")
      .require(!request.events.empty(), "events")
      .require(!request.name.empty(), "name")
      .require(!request.url.empty(), "url")
      .body(request)
      .done();
}

detail::request_ptr webhooks_resource::prepare_get(std::string_view app_id,
                                                   std::string_view webhook_id,
                                                   const call_options& opts) const {
  return request_builder(*session_, opts, http_method::get)
      .path_param("app_id", app_id)
      .literal("/webhooks")
      .path_param("webhook_id", webhook_id)
      .done();
}

detail::request_ptr webhooks_resource::prepare_replace(std::string_view app_id,
                                                       std::string_view webhook_id,
                                                       const replace_webhook_request& request,
                                                       const call_options& opts) const {
  return request_builder(*session_, opts, http_method::put)
      .path_param("app_id", app_id)
      .literal("/webhooks")
      .path_param("webhook_id", webhook_id)
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
  return request_builder(*session_, opts, http_method::patch)
      .path_param("app_id", app_id)
      .literal("/webhooks")
      .path_param("webhook_id", webhook_id)
      .body(request)
      .done();
}

detail::request_ptr webhooks_resource::prepare_delete(std::string_view app_id,
                                                      std::string_view webhook_id,
                                                      const call_options& opts) const {
  return request_builder(*session_, opts, http_method::del)
      .path_param("app_id", app_id)
      .literal("/webhooks")
      .path_param("webhook_id", webhook_id)
      .done();
}

}  // namespace rtk

RTK_INSTANTIATE_CALL(rtk::webhook)
RTK_INSTANTIATE_CALL(rtk::page<rtk::webhook>)
