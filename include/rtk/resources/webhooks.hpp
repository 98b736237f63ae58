#pragma once
// The Webhooks group: `client.webhooks()`. Call forms: see <rtk/resources/meetings.hpp>.

#include <rtk/call_options.hpp>
#include <rtk/detail/async.hpp>
#include <rtk/models/webhooks.hpp>

#include <memory>
#include <string_view>

namespace rtk {

class webhooks_resource {
 public:
  explicit webhooks_resource(std::shared_ptr<detail::session> s) : session_(std::move(s)) {}

  // webhooks.list (SDK: webhooks.getWebhooks)
  template <class... Tail>
  auto async_list(std::string_view app_id, Tail&&... tail) {
    return detail::start<page<webhook>>(session_, prepare_list(app_id, detail::options_in(tail...)),
                                        std::forward<Tail>(tail)...);
  }

  // webhooks.create (SDK: webhooks.createWebhook)
  template <class... Tail>
  auto async_create(std::string_view app_id, const create_webhook_request& request,
                    Tail&&... tail) {
    return detail::start<webhook>(session_,
                                  prepare_create(app_id, request, detail::options_in(tail...)),
                                  std::forward<Tail>(tail)...);
  }

  // webhooks.get
  // (SDK: webhooks.getWebhookByID)
  template <class... Tail>
  auto async_get(std::string_view app_id, std::string_view webhook_id, Tail&&... tail) {
    return detail::start<webhook>(session_,
                                  prepare_get(app_id, webhook_id, detail::options_in(tail...)),
                                  std::forward<Tail>(tail)...);
  }

  // webhooks.replace
  // (SDK: webhooks.replaceWebhook)
  template <class... Tail>
  auto async_replace(std::string_view app_id, std::string_view webhook_id,
                     const replace_webhook_request& request, Tail&&... tail) {
    return detail::start<webhook>(
        session_, prepare_replace(app_id, webhook_id, request, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // webhooks.update
  // (SDK: webhooks.editWebhook)
  template <class... Tail>
  auto async_update(std::string_view app_id, std::string_view webhook_id,
                    const update_webhook_request& request, Tail&&... tail) {
    return detail::start<webhook>(
        session_, prepare_update(app_id, webhook_id, request, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // webhooks.delete
  // (SDK: webhooks.deleteWebhook)
  template <class... Tail>
  auto async_delete(std::string_view app_id, std::string_view webhook_id, Tail&&... tail) {
    return detail::start<webhook>(session_,
                                  prepare_delete(app_id, webhook_id, detail::options_in(tail...)),
                                  std::forward<Tail>(tail)...);
  }

 private:
  detail::request_ptr prepare_list(std::string_view app_id, const call_options& opts) const;
  detail::request_ptr prepare_create(std::string_view app_id, const create_webhook_request& request,
                                     const call_options& opts) const;
  detail::request_ptr prepare_get(std::string_view app_id, std::string_view webhook_id,
                                  const call_options& opts) const;
  detail::request_ptr prepare_replace(std::string_view app_id, std::string_view webhook_id,
                                      const replace_webhook_request& request,
                                      const call_options& opts) const;
  detail::request_ptr prepare_update(std::string_view app_id, std::string_view webhook_id,
                                     const update_webhook_request& request,
                                     const call_options& opts) const;
  detail::request_ptr prepare_delete(std::string_view app_id, std::string_view webhook_id,
                                     const call_options& opts) const;

  std::shared_ptr<detail::session> session_;
};

}  // namespace rtk
