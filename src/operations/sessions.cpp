// The sessions operations by name, for rtk::call_operation.

#include "context.hpp"

#include <rtk/resources/sessions.hpp>

namespace rtk::detail::ops {
namespace {

const entry table[] = {
    {{"sessions.list", "GET", "/accounts/{account_id}/realtime/kit/{app_id}/sessions",
      "sessions.getSessions", true},
     [](context& c) {
       return c.run<session_list>([&c](auto&&... tail) {
         return c.api.sessions().async_list(c.path("app_id"), c.take<list_sessions_query>(),
                                            std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"sessions.get", "GET", "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}",
      "sessions.getSessionDetails", false},
     [](context& c) {
       return c.run<session_details>([&c](auto&&... tail) {
         return c.api.sessions().async_get(c.path("app_id"), c.path("session_id"),
                                           c.take<get_session_query>(),
                                           std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"sessions.list_participants", "GET",
      "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/participants",
      "sessions.getSessionParticipants", true},
     [](context& c) {
       return c.run<session_participant_list>([&c](auto&&... tail) {
         return c.api.sessions().async_list_participants(c.path("app_id"), c.path("session_id"),
                                                         c.take<list_session_participants_query>(),
                                                         std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"sessions.get_participant", "GET",
      "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/participants/"
      "{participant_id}",
      "sessions.getSessionParticipantDetails", false},
     [](context& c) {
       return c.run<session_participant_details>([&c](auto&&... tail) {
         return c.api.sessions().async_get_participant(
             c.path("app_id"), c.path("session_id"), c.path("participant_id"),
             c.take<get_session_participant_query>(), std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"sessions.get_chat", "GET",
      "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/chat",
      "sessions.getSessionChat", false},
     [](context& c) {
       return c.run<session_chat>([&c](auto&&... tail) {
         return c.api.sessions().async_get_chat(c.path("app_id"), c.path("session_id"),
                                                std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"sessions.get_transcript", "GET",
      "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/transcript",
      "sessions.getSessionTranscripts", false},
     [](context& c) {
       return c.run<session_transcript>([&c](auto&&... tail) {
         return c.api.sessions().async_get_transcript(c.path("app_id"), c.path("session_id"),
                                                      c.take<get_session_transcript_query>(),
                                                      std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"sessions.get_summary", "GET",
      "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/summary",
      "sessions.getSessionSummary", false},
     [](context& c) {
       return c.run<session_summary>([&c](auto&&... tail) {
         return c.api.sessions().async_get_summary(c.path("app_id"), c.path("session_id"),
                                                   std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"sessions.generate_summary", "POST",
      "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/summary",
      "sessions.generateSummaryOfTranscripts", false},
     [](context& c) {
       return c.run<empty_result>([&c](auto&&... tail) {
         return c.api.sessions().async_generate_summary(c.path("app_id"), c.path("session_id"),
                                                        std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"sessions.get_peer_report", "GET",
      "/accounts/{account_id}/realtime/kit/{app_id}/sessions/peer-report/{peer_id}",
      "sessions.getParticipantDataFromPeerID", false},
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
