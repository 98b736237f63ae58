#pragma once
// The Webhooks group: `client.webhooks()`. Call forms: see <rtk/resources/meetings.hpp>.

#include <rtk/detail/operation.hpp>
#include <rtk/models/webhooks.hpp>

#include <boost/describe/class.hpp>

#include <string_view>

namespace rtk {

namespace ops {
// clang-format off
inline constexpr descriptor<page<webhook>(std::string_view app_id)> webhooks_list{"webhooks.list", get, "/accounts/{account_id}/realtime/kit/{app_id}/webhooks", "webhooks.getWebhooks"};
inline constexpr descriptor<webhook(std::string_view app_id, const create_webhook_request&)> webhooks_create{"webhooks.create", post, "/accounts/{account_id}/realtime/kit/{app_id}/webhooks", "webhooks.createWebhook"};
inline constexpr descriptor<webhook(std::string_view app_id, std::string_view webhook_id)> webhooks_get{"webhooks.get", get, "/accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}", "webhooks.getWebhookByID"};
inline constexpr descriptor<webhook(std::string_view app_id, std::string_view webhook_id, const replace_webhook_request&)> webhooks_replace{"webhooks.replace", put, "/accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}", "webhooks.replaceWebhook"};
inline constexpr descriptor<webhook(std::string_view app_id, std::string_view webhook_id, const update_webhook_request&)> webhooks_update{"webhooks.update", patch, "/accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}", "webhooks.editWebhook"};
inline constexpr descriptor<webhook(std::string_view app_id, std::string_view webhook_id)> webhooks_delete{"webhooks.delete", del, "/accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}", "webhooks.deleteWebhook"};
// clang-format on
}  // namespace ops

// The Webhooks group: client.webhooks(), or client.app(app_id).webhooks().
template <class Scope>
struct basic_webhooks_resource {
  operation<ops::webhooks_list, Scope> async_list;
  operation<ops::webhooks_create, Scope> async_create;
  operation<ops::webhooks_get, Scope> async_get;
  operation<ops::webhooks_replace, Scope> async_replace;
  operation<ops::webhooks_update, Scope> async_update;
  operation<ops::webhooks_delete, Scope> async_delete;

  BOOST_DESCRIBE_CLASS(basic_webhooks_resource, (),
                       (async_list, async_create, async_get, async_replace, async_update,
                        async_delete),
                       (), ())
};

}  // namespace rtk
