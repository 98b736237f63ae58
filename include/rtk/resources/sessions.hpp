#pragma once
// The Sessions group: `client.sessions()`. Call forms: see <rtk/resources/meetings.hpp>.

#include <rtk/detail/operation.hpp>
#include <rtk/models/sessions.hpp>

#include <boost/describe/class.hpp>

#include <string_view>
#include <utility>
#include <vector>

namespace rtk {

namespace ops {
// clang-format off
// No `paging` in the response: a page shorter than per_page (or empty) is the last.
inline constexpr descriptor<session_list(std::string_view app_id, const list_sessions_query&)> sessions_list{"sessions.list", get, "/accounts/{account_id}/realtime/kit/{app_id}/sessions", "sessions.getSessions", pages};
inline constexpr descriptor<session_details(std::string_view app_id, std::string_view session_id, const get_session_query&)> sessions_get{"sessions.get", get, "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}", "sessions.getSessionDetails"};
inline constexpr descriptor<session_participant_list(std::string_view app_id, std::string_view session_id, const list_session_participants_query&)> sessions_list_participants{"sessions.list_participants", get, "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/participants", "sessions.getSessionParticipants", pages};
inline constexpr descriptor<session_participant_details(std::string_view app_id, std::string_view session_id, std::string_view participant_id, const get_session_participant_query&)> sessions_get_participant{"sessions.get_participant", get, "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/participants/{participant_id}", "sessions.getSessionParticipantDetails"};
inline constexpr descriptor<session_chat(std::string_view app_id, std::string_view session_id)> sessions_get_chat{"sessions.get_chat", get, "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/chat", "sessions.getSessionChat"};
inline constexpr descriptor<session_transcript(std::string_view app_id, std::string_view session_id, const get_session_transcript_query&)> sessions_get_transcript{"sessions.get_transcript", get, "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/transcript", "sessions.getSessionTranscripts"};
inline constexpr descriptor<session_summary(std::string_view app_id, std::string_view session_id)> sessions_get_summary{"sessions.get_summary", get, "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/summary", "sessions.getSessionSummary"};
// No body: the API defines none (sent with Content-Length: 0).
inline constexpr descriptor<empty_result(std::string_view app_id, std::string_view session_id)> sessions_generate_summary{"sessions.generate_summary", post, "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/summary", "sessions.generateSummaryOfTranscripts"};
inline constexpr descriptor<session_peer_report(std::string_view app_id, std::string_view peer_id, const get_peer_report_query&)> sessions_get_peer_report{"sessions.get_peer_report", get, "/accounts/{account_id}/realtime/kit/{app_id}/sessions/peer-report/{peer_id}", "sessions.getParticipantDataFromPeerID"};
// clang-format on
}  // namespace ops

namespace detail {

// The items of a list of sessions, for its pager.
template <>
struct page_item<session_list> {
  using type = ::rtk::session;
  static page<::rtk::session> convert(session_list&& r) {
    return page<::rtk::session>{std::move(r.sessions).value_or(std::vector<::rtk::session>{}), {}};
  }
};

// The items of a list of a session's participants, for its pager.
template <>
struct page_item<session_participant_list> {
  using type = session_participant;
  static page<session_participant> convert(session_participant_list&& r) {
    return page<session_participant>{
        std::move(r.participants).value_or(std::vector<session_participant>{}),
        std::move(r.paging)};
  }
};

}  // namespace detail

// The Sessions group: client.sessions(), or client.app(app_id).sessions().
template <class Scope>
struct basic_sessions_resource {
  operation<ops::sessions_list, Scope> async_list;
  operation<ops::sessions_get, Scope> async_get;
  operation<ops::sessions_list_participants, Scope> async_list_participants;
  operation<ops::sessions_get_participant, Scope> async_get_participant;
  operation<ops::sessions_get_chat, Scope> async_get_chat;
  operation<ops::sessions_get_transcript, Scope> async_get_transcript;
  operation<ops::sessions_get_summary, Scope> async_get_summary;
  operation<ops::sessions_generate_summary, Scope> async_generate_summary;
  operation<ops::sessions_get_peer_report, Scope> async_get_peer_report;

  // Every session of the app, page after page (until an empty or short page: no paging data).
  pages<ops::sessions_list, Scope> list_pages;
  // Every participant of the session, page after page.
  pages<ops::sessions_list_participants, Scope> list_participants_pages;

  BOOST_DESCRIBE_CLASS(basic_sessions_resource, (),
                       (async_list, async_get, async_list_participants, async_get_participant,
                        async_get_chat, async_get_transcript, async_get_summary,
                        async_generate_summary, async_get_peer_report, list_pages,
                        list_participants_pages),
                       (), ())
};

}  // namespace rtk
