// The apps operations by name, for rtk::call_operation.

#include "context.hpp"

#include <rtk/resources/apps.hpp>

namespace rtk::detail::ops {
namespace {

const entry table[] = {
    {&ops::apps_list,
     [](context& c) {
       return c.run<page<app>>([&c](auto&&... tail) {
         return c.api.apps().async_list(c.take<list_apps_query>(),
                                        std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::apps_create,
     [](context& c) {
       return c.run<created_app>([&c](auto&&... tail) {
         return c.api.apps().async_create(c.take<create_app_request>(),
                                          std::forward<decltype(tail)>(tail)...);
       });
     }},
};

}  // namespace

std::span<const entry> apps_table() {
  return table;
}

}  // namespace rtk::detail::ops
