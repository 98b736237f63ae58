// The active session operations by name, for rtk::call_operation.

#include "context.hpp"

#include <rtk/resources/active_session.hpp>

namespace rtk::detail::ops {
namespace {

const entry table[] = {
    {&ops::active_session_get,
     [](context& c) {
       return c.run<active_session>([&c](auto&&... tail) {
         return c.api.active_session().async_get(c.path("app_id"), c.path("meeting_id"),
                                                 std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::active_session_kick,
     [](context& c) {
       return c.run<kicked_participants>([&c](auto&&... tail) {
         return c.api.active_session().async_kick(c.path("app_id"), c.path("meeting_id"),
                                                  c.take<kick_participants_request>(),
                                                  std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::active_session_kick_all,
     [](context& c) {
       return c.run<kicked_all_participants>([&c](auto&&... tail) {
         return c.api.active_session().async_kick_all(c.path("app_id"), c.path("meeting_id"),
                                                      std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::active_session_create_poll,
     [](context& c) {
       return c.run<created_poll>([&c](auto&&... tail) {
         return c.api.active_session().async_create_poll(c.path("app_id"), c.path("meeting_id"),
                                                         c.take<create_poll_request>(),
                                                         std::forward<decltype(tail)>(tail)...);
       });
     }},
};

}  // namespace

std::span<const entry> active_session_table() {
  return table;
}

}  // namespace rtk::detail::ops
