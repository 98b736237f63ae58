// The Sessions group: each method builds its request; the session does the rest.

#include "../call.hpp"
#include "../pager.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/sessions.hpp>

namespace rtk {

namespace ops = detail::ops;
using detail::request_builder;

detail::request_ptr sessions_resource::prepare_list(std::string_view app_id,
                                                    const list_sessions_query& query,
                                                    const call_options& opts) const {
  return request_builder(*session_, opts, ops::sessions_list, {app_id}).query(query).done();
}

detail::request_ptr sessions_resource::prepare_get(std::string_view app_id,
                                                   std::string_view session_id,
                                                   const get_session_query& query,
                                                   const call_options& opts) const {
  return request_builder(*session_, opts, ops::sessions_get, {app_id, session_id})
      .query(query)
      .done();
}

detail::request_ptr sessions_resource::prepare_list_participants(
    std::string_view app_id, std::string_view session_id,
    const list_session_participants_query& query, const call_options& opts) const {
  return request_builder(*session_, opts, ops::sessions_list_participants, {app_id, session_id})
      .query(query)
      .done();
}

detail::request_ptr sessions_resource::prepare_get_participant(
    std::string_view app_id, std::string_view session_id, std::string_view participant_id,
    const get_session_participant_query& query, const call_options& opts) const {
  return request_builder(*session_, opts, ops::sessions_get_participant,
                         {app_id, session_id, participant_id})
      .query(query)
      .done();
}

detail::request_ptr sessions_resource::prepare_get_chat(std::string_view app_id,
                                                        std::string_view session_id,
                                                        const call_options& opts) const {
  return request_builder(*session_, opts, ops::sessions_get_chat, {app_id, session_id}).done();
}

detail::request_ptr sessions_resource::prepare_get_transcript(
    std::string_view app_id, std::string_view session_id, const get_session_transcript_query& query,
    const call_options& opts) const {
  return request_builder(*session_, opts, ops::sessions_get_transcript, {app_id, session_id})
      .query(query)
      .done();
}

detail::request_ptr sessions_resource::prepare_get_summary(std::string_view app_id,
                                                           std::string_view session_id,
                                                           const call_options& opts) const {
  return request_builder(*session_, opts, ops::sessions_get_summary, {app_id, session_id}).done();
}

// The API defines no body: none is sent (Content-Length: 0).
detail::request_ptr sessions_resource::prepare_generate_summary(std::string_view app_id,
                                                                std::string_view session_id,
                                                                const call_options& opts) const {
  return request_builder(*session_, opts, ops::sessions_generate_summary, {app_id, session_id})
      .done();
}

detail::request_ptr sessions_resource::prepare_get_peer_report(std::string_view app_id,
                                                               std::string_view peer_id,
                                                               const get_peer_report_query& query,
                                                               const call_options& opts) const {
  return request_builder(*session_, opts, ops::sessions_get_peer_report, {app_id, peer_id})
      .query(query)
      .done();
}

pager<session> sessions_resource::list_pages(std::string_view app_id,
                                             const list_sessions_query& query) const {
  return detail::make_pager<session, session_list>(
      session_, query.page_no, query.per_page,
      [self = *this, app = std::string(app_id), query](std::int64_t page_no,
                                                       const call_options& opts) {
        auto q = query;
        q.page_no = page_no;
        return self.prepare_list(app, q, opts);
      },
      [](session_list r) {
        return page<session>{std::move(r.sessions).value_or(std::vector<rtk::session>{}), {}};
      });
}

pager<session_participant> sessions_resource::list_participants_pages(
    std::string_view app_id, std::string_view session_id,
    const list_session_participants_query& query) const {
  return detail::make_pager<session_participant, session_participant_list>(
      session_, query.page_no, query.per_page,
      [self = *this, app = std::string(app_id), id = std::string(session_id), query](
          std::int64_t page_no, const call_options& opts) {
        auto q = query;
        q.page_no = page_no;
        return self.prepare_list_participants(app, id, q, opts);
      },
      [](session_participant_list r) {
        return page<session_participant>{
            std::move(r.participants).value_or(std::vector<session_participant>{}),
            std::move(r.paging)};
      });
}

}  // namespace rtk

RTK_INSTANTIATE_CALL(rtk::session_list)
RTK_INSTANTIATE_CALL(rtk::session_details)
RTK_INSTANTIATE_CALL(rtk::session_participant_list)
RTK_INSTANTIATE_CALL(rtk::session_participant_details)
RTK_INSTANTIATE_CALL(rtk::session_chat)
RTK_INSTANTIATE_CALL(rtk::session_transcript)
RTK_INSTANTIATE_CALL(rtk::session_summary)
RTK_INSTANTIATE_CALL(rtk::session_peer_report)
RTK_INSTANTIATE_PAGER(rtk::session)
RTK_INSTANTIATE_PAGER(rtk::session_participant)
