// The active session operations by name, for rtk::call_operation.

#include "context.hpp"

#include <rtk/resources/active_session.hpp>

namespace rtk::detail::ops {
namespace {

const entry table[] = {
    {{"active_session.get", "GET",
      "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session",
      "activeSession.getActiveSession", false},
     [](context& c) {
       return c.run<active_session>([&c](auto&&... tail) {
         return c.api.active_session().async_get(c.path("app_id"), c.path("meeting_id"),
                                                 std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"active_session.kick", "POST",
      "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session/kick",
      "activeSession.kickParticipants", false},
     [](context& c) {
       return c.run<kicked_participants>([&c](auto&&... tail) {
         return c.api.active_session().async_kick(c.path("app_id"), c.path("meeting_id"),
                                                  c.take<kick_participants_request>(),
                                                  std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"active_session.kick_all", "POST",
      "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session/kick-all",
      "activeSession.kickAllParticipants", false},
     [](context& c) {
       return c.run<kicked_all_participants>([&c](auto&&... tail) {
         return c.api.active_session().async_kick_all(c.path("app_id"), c.path("meeting_id"),
                                                      std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"active_session.create_poll", "POST",
      "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session/poll",
      "activeSession.createPoll", false},
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
