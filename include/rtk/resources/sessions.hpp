#pragma once
// The Sessions group: `client.sessions()`. Call forms: see <rtk/resources/meetings.hpp>.

#include <rtk/call_options.hpp>
#include <rtk/detail/async.hpp>
#include <rtk/models/sessions.hpp>
#include <rtk/pager.hpp>

#include <memory>
#include <string_view>

namespace rtk {

class sessions_resource {
 public:
  explicit sessions_resource(std::shared_ptr<detail::session> s) : session_(std::move(s)) {}

  // sessions.list (SDK: sessions.getSessions)
  // No `paging` in the response: a page shorter than per_page (or empty) is the last.
  template <class... Tail>
  auto async_list(std::string_view app_id, const list_sessions_query& query, Tail&&... tail) {
    return detail::start<session_list>(session_,
                                       prepare_list(app_id, query, detail::options_in(tail...)),
                                       std::forward<Tail>(tail)...);
  }

  // sessions.get
  // (SDK: sessions.getSessionDetails)
  template <class... Tail>
  auto async_get(std::string_view app_id, std::string_view session_id,
                 const get_session_query& query, Tail&&... tail) {
    return detail::start<session_details>(
        session_, prepare_get(app_id, session_id, query, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // sessions.list_participants
  // (SDK: sessions.getSessionParticipants)
  template <class... Tail>
  auto async_list_participants(std::string_view app_id, std::string_view session_id,
                               const list_session_participants_query& query, Tail&&... tail) {
    return detail::start<session_participant_list>(
        session_, prepare_list_participants(app_id, session_id, query, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // sessions.get_participant
  // (SDK: sessions.getSessionParticipantDetails)
  template <class... Tail>
  auto async_get_participant(std::string_view app_id, std::string_view session_id,
                             std::string_view participant_id,
                             const get_session_participant_query& query, Tail&&... tail) {
    return detail::start<session_participant_details>(
        session_,
        prepare_get_participant(app_id, session_id, participant_id, query,
                                detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // sessions.get_chat
  // (SDK: sessions.getSessionChat)
  template <class... Tail>
  auto async_get_chat(std::string_view app_id, std::string_view session_id, Tail&&... tail) {
    return detail::start<session_chat>(
        session_, prepare_get_chat(app_id, session_id, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // sessions.get_transcript
  // (SDK: sessions.getSessionTranscripts)
  template <class... Tail>
  auto async_get_transcript(std::string_view app_id, std::string_view session_id,
                            const get_session_transcript_query& query, Tail&&... tail) {
    return detail::start<session_transcript>(
        session_, prepare_get_transcript(app_id, session_id, query, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // sessions.get_summary
  // (SDK: sessions.getSessionSummary)
  template <class... Tail>
  auto async_get_summary(std::string_view app_id, std::string_view session_id, Tail&&... tail) {
    return detail::start<session_summary>(
        session_, prepare_get_summary(app_id, session_id, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // sessions.generate_summary
  // (SDK: sessions.generateSummaryOfTranscripts)
  template <class... Tail>
  auto async_generate_summary(std::string_view app_id, std::string_view session_id,
                              Tail&&... tail) {
    return detail::start<empty_result>(
        session_, prepare_generate_summary(app_id, session_id, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // sessions.get_peer_report
  // (SDK: sessions.getParticipantDataFromPeerID)
  template <class... Tail>
  auto async_get_peer_report(std::string_view app_id, std::string_view peer_id,
                             const get_peer_report_query& query, Tail&&... tail) {
    return detail::start<session_peer_report>(
        session_, prepare_get_peer_report(app_id, peer_id, query, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // Every session of the app: the pager form of async_list. This list has no paging data: it
  // ends on an empty page, or a short one when query.per_page is set.
  pager<session> list_pages(std::string_view app_id, const list_sessions_query& query) const;
  // Every participant of the session: the pager form of async_list_participants.
  pager<session_participant> list_participants_pages(
      std::string_view app_id, std::string_view session_id,
      const list_session_participants_query& query) const;

 private:
  detail::request_ptr prepare_list(std::string_view app_id, const list_sessions_query& query,
                                   const call_options& opts) const;
  detail::request_ptr prepare_get(std::string_view app_id, std::string_view session_id,
                                  const get_session_query& query, const call_options& opts) const;
  detail::request_ptr prepare_list_participants(std::string_view app_id,
                                                std::string_view session_id,
                                                const list_session_participants_query& query,
                                                const call_options& opts) const;
  detail::request_ptr prepare_get_participant(std::string_view app_id, std::string_view session_id,
                                              std::string_view participant_id,
                                              const get_session_participant_query& query,
                                              const call_options& opts) const;
  detail::request_ptr prepare_get_chat(std::string_view app_id, std::string_view session_id,
                                       const call_options& opts) const;
  detail::request_ptr prepare_get_transcript(std::string_view app_id, std::string_view session_id,
                                             const get_session_transcript_query& query,
                                             const call_options& opts) const;
  detail::request_ptr prepare_get_summary(std::string_view app_id, std::string_view session_id,
                                          const call_options& opts) const;
  detail::request_ptr prepare_generate_summary(std::string_view app_id, std::string_view session_id,
                                               const call_options& opts) const;
  detail::request_ptr prepare_get_peer_report(std::string_view app_id, std::string_view peer_id,
                                              const get_peer_report_query& query,
                                              const call_options& opts) const;

  std::shared_ptr<detail::session> session_;
};

}  // namespace rtk
