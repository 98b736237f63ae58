// The analytics operations by name, for rtk::call_operation.

#include "context.hpp"

#include <rtk/resources/analytics.hpp>

namespace rtk::detail::ops {
namespace {

const entry table[] = {
    {&ops::analytics_daywise,
     [](context& c) {
       return c.run<analytics_daywise_report>([&c](auto&&... tail) {
         return c.api.analytics().async_daywise(c.path("app_id"), c.take<analytics_daywise_query>(),
                                                std::forward<decltype(tail)>(tail)...);
       });
     }},
};

}  // namespace

std::span<const entry> analytics_table() {
  return table;
}

}  // namespace rtk::detail::ops
