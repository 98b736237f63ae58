// The webhooks operations by name, for rtk::call_operation.

#include "context.hpp"

#include <rtk/resources/webhooks.hpp>

namespace rtk::detail::ops {
namespace {

const entry table[] = {
    {{"webhooks.list", "GET", "/accounts/{account_id}/realtime/kit/{app_id}/webhooks",
      "webhooks.getWebhooks", false},
     [](context& c) {
       return c.run<page<webhook>>([&c](auto&&... tail) {
         return c.api.webhooks().async_list(c.path("app_id"),
                                            std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"webhooks.create", "POST", "/accounts/{account_id}/realtime/kit/{app_id}/webhooks",
      "webhooks.createWebhook", false},
     [](context& c) {
       return c.run<webhook>([&c](auto&&... tail) {
         return c.api.webhooks().async_create(c.path("app_id"), c.take<create_webhook_request>(),
                                              std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"webhooks.get", "GET", "/accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}",
      "webhooks.getWebhookByID", false},
     [](context& c) {
       return c.run<webhook>([&c](auto&&... tail) {
         return c.api.webhooks().async_get(c.path("app_id"), c.path("webhook_id"),
                                           std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"webhooks.replace", "PUT",
      "/accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}",
      "webhooks.replaceWebhook", false},
     [](context& c) {
       return c.run<webhook>([&c](auto&&... tail) {
         return c.api.webhooks().async_replace(c.path("app_id"), c.path("webhook_id"),
                                               c.take<replace_webhook_request>(),
                                               std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"webhooks.update", "PATCH",
      "/accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}", "webhooks.editWebhook",
      false},
     [](context& c) {
       return c.run<webhook>([&c](auto&&... tail) {
         return c.api.webhooks().async_update(c.path("app_id"), c.path("webhook_id"),
                                              c.take<update_webhook_request>(),
                                              std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"webhooks.delete", "DELETE",
      "/accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}",
      "webhooks.deleteWebhook", false},
     [](context& c) {
       return c.run<webhook>([&c](auto&&... tail) {
         return c.api.webhooks().async_delete(c.path("app_id"), c.path("webhook_id"),
                                              std::forward<decltype(tail)>(tail)...);
       });
     }},
};

}  // namespace

std::span<const entry> webhooks_table() {
  return table;
}

}  // namespace rtk::detail::ops
