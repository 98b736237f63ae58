// The sessions operations by name, for rtk::call_operation.

#include "context.hpp"

#include <rtk/resources/sessions.hpp>

namespace rtk::detail::ops {
namespace {

const entry table[] = {
    {&ops::sessions_list,
     [](context& c) {
       return c.run<session_list>([&c](auto&&... tail) {
         return c.api.sessions().async_list(c.path("app_id"), c.take<list_sessions_query>(),
                                            std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::sessions_get,
     [](context& c) {
       return c.run<session_details>([&c](auto&&... tail) {
         return c.api.sessions().async_get(c.path("app_id"), c.path("session_id"),
                                           c.take<get_session_query>(),
                                           std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::sessions_list_participants,
     [](context& c) {
       return c.run<session_participant_list>([&c](auto&&... tail) {
         return c.api.sessions().async_list_participants(c.path("app_id"), c.path("session_id"),
                                                         c.take<list_session_participants_query>(),
                                                         std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::sessions_get_participant,
     [](context& c) {
       return c.run<session_participant_details>([&c](auto&&... tail) {
         return c.api.sessions().async_get_participant(
             c.path("app_id"), c.path("session_id"), c.path("participant_id"),
             c.take<get_session_participant_query>(), std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::sessions_get_chat,
     [](context& c) {
       return c.run<session_chat>([&c](auto&&... tail) {
         return c.api.sessions().async_get_chat(c.path("app_id"), c.path("session_id"),
                                                std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::sessions_get_transcript,
     [](context& c) {
       return c.run<session_transcript>([&c](auto&&... tail) {
         return c.api.sessions().async_get_transcript(c.path("app_id"), c.path("session_id"),
                                                      c.take<get_session_transcript_query>(),
                                                      std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::sessions_get_summary,
     [](context& c) {
       return c.run<session_summary>([&c](auto&&... tail) {
         return c.api.sessions().async_get_summary(c.path("app_id"), c.path("session_id"),
                                                   std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::sessions_generate_summary,
     [](context& c) {
       return c.run<empty_result>([&c](auto&&... tail) {
         return c.api.sessions().async_generate_summary(c.path("app_id"), c.path("session_id"),
                                                        std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::sessions_get_peer_report,
     [](context& c) {
       return c.run<session_peer_report>([&c](auto&&... tail) {
         return c.api.sessions().async_get_peer_report(c.path("app_id"), c.path("peer_id"),
                                                       c.take<get_peer_report_query>(),
                                                       std::forward<decltype(tail)>(tail)...);
       });
     }},
};

}  // namespace

std::span<const entry> sessions_table() {
  return table;
}

}  // namespace rtk::detail::ops
