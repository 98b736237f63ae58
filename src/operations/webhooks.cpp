// The webhooks operations by name, for rtk::call_operation.

#include "context.hpp"

#include <rtk/resources/webhooks.hpp>

namespace rtk::detail::ops {
namespace {

const entry table[] = {
    {&ops::webhooks_list,
     [](context& c) {
       return c.run<page<webhook>>([&c](auto&&... tail) {
         return c.api.webhooks().async_list(c.path("app_id"),
                                            std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::webhooks_create,
     [](context& c) {
       return c.run<webhook>([&c](auto&&... tail) {
         return c.api.webhooks().async_create(c.path("app_id"), c.take<create_webhook_request>(),
                                              std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::webhooks_get,
     [](context& c) {
       return c.run<webhook>([&c](auto&&... tail) {
         return c.api.webhooks().async_get(c.path("app_id"), c.path("webhook_id"),
                                           std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::webhooks_replace,
     [](context& c) {
       return c.run<webhook>([&c](auto&&... tail) {
         return c.api.webhooks().async_replace(c.path("app_id"), c.path("webhook_id"),
                                               c.take<replace_webhook_request>(),
                                               std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::webhooks_update,
     [](context& c) {
       return c.run<webhook>([&c](auto&&... tail) {
         return c.api.webhooks().async_update(c.path("app_id"), c.path("webhook_id"),
                                              c.take<update_webhook_request>(),
                                              std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::webhooks_delete,
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
