// The livestreams operations by name, for rtk::call_operation.

#include "context.hpp"

#include <rtk/resources/livestreams.hpp>

namespace rtk::detail::ops {
namespace {

const entry table[] = {
    {&ops::livestreams_create,
     [](context& c) {
       return c.run<livestream>([&c](auto&&... tail) {
         return c.api.livestreams().async_create(c.path("app_id"),
                                                 c.take<create_livestream_request>(),
                                                 std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::livestreams_list,
     [](context& c) {
       return c.run<page<livestream>>([&c](auto&&... tail) {
         return c.api.livestreams().async_list(c.path("app_id"), c.take<list_livestreams_query>(),
                                               std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::livestreams_get,
     [](context& c) {
       return c.run<livestream_details>([&c](auto&&... tail) {
         return c.api.livestreams().async_get(c.path("app_id"), c.path("livestream_id"),
                                              c.take<get_livestream_query>(),
                                              std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::livestreams_get_active_session,
     [](context& c) {
       return c.run<livestream_active_session>([&c](auto&&... tail) {
         return c.api.livestreams().async_get_active_session(
             c.path("app_id"), c.path("livestream_id"), std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::livestreams_get_session,
     [](context& c) {
       return c.run<livestream_session>([&c](auto&&... tail) {
         return c.api.livestreams().async_get_session(c.path("app_id"),
                                                      c.path("livestream-session-id"),
                                                      std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::livestreams_start,
     [](context& c) {
       return c.run<livestream>([&c](auto&&... tail) {
         return c.api.livestreams().async_start(c.path("app_id"), c.path("meeting_id"),
                                                c.take<start_livestream_request>(),
                                                std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::livestreams_stop,
     [](context& c) {
       return c.run<livestream_stop_result>([&c](auto&&... tail) {
         return c.api.livestreams().async_stop(c.path("app_id"), c.path("meeting_id"),
                                               std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::livestreams_get_meeting_active,
     [](context& c) {
       return c.run<livestream>([&c](auto&&... tail) {
         return c.api.livestreams().async_get_meeting_active(c.path("app_id"), c.path("meeting_id"),
                                                             std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::livestreams_get_analytics,
     [](context& c) {
       return c.run<livestream_analytics>([&c](auto&&... tail) {
         return c.api.livestreams().async_get_analytics(
             c.path("app_id"), c.take<livestream_analytics_complete_query>(),
             std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::livestreams_get_daywise_analytics,
     [](context& c) {
       return c.run<page<livestream_day_analytics>>([&c](auto&&... tail) {
         return c.api.livestreams().async_get_daywise_analytics(
             c.path("app_id"), c.take<livestream_analytics_daywise_query>(),
             std::forward<decltype(tail)>(tail)...);
       });
     }},
};

}  // namespace

std::span<const entry> livestreams_table() {
  return table;
}

}  // namespace rtk::detail::ops
