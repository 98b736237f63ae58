// The Meetings group: each method builds its request (method, path, query, body) and names
// its result type. Sockets, retries and time are the session's business.

#include "../call.hpp"
#include "../pager.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/meetings.hpp>

namespace rtk {

namespace ops = detail::ops;
using detail::request_builder;

detail::request_ptr meetings_resource::prepare_list(std::string_view app_id,
                                                    const list_meetings_query& query,
                                                    const call_options& opts) const {
  return request_builder(*session_, opts, ops::meetings_list, {app_id}).query(query).done();
}

detail::request_ptr meetings_resource::prepare_create(std::string_view app_id,
                                                      const create_meeting_request& request,
                                                      const call_options& opts) const {
  return request_builder(*session_, opts, ops::meetings_create, {app_id}).body(request).done();
}

detail::request_ptr meetings_resource::prepare_get(std::string_view app_id,
                                                   std::string_view meeting_id,
                                                   const get_meeting_query& query,
                                                   const call_options& opts) const {
  return request_builder(*session_, opts, ops::meetings_get, {app_id, meeting_id})
      .query(query)
      .done();
}

detail::request_ptr meetings_resource::prepare_update(std::string_view app_id,
                                                      std::string_view meeting_id,
                                                      const update_meeting_request& request,
                                                      const call_options& opts) const {
  return request_builder(*session_, opts, ops::meetings_update, {app_id, meeting_id})
      .body(request)
      .done();
}

detail::request_ptr meetings_resource::prepare_replace(std::string_view app_id,
                                                       std::string_view meeting_id,
                                                       const replace_meeting_request& request,
                                                       const call_options& opts) const {
  return request_builder(*session_, opts, ops::meetings_replace, {app_id, meeting_id})
      .body(request)
      .done();
}

detail::request_ptr meetings_resource::prepare_list_participants(
    std::string_view app_id, std::string_view meeting_id,
    const list_meeting_participants_query& query, const call_options& opts) const {
  return request_builder(*session_, opts, ops::meetings_list_participants, {app_id, meeting_id})
      .query(query)
      .done();
}

detail::request_ptr meetings_resource::prepare_add_participant(
    std::string_view app_id, std::string_view meeting_id, const add_participant_request& request,
    const call_options& opts) const {
  return request_builder(*session_, opts, ops::meetings_add_participant, {app_id, meeting_id})
      .require(!request.custom_participant_id.empty(), "custom_participant_id")
      .require(!request.preset_name.empty(), "preset_name")
      .body(request)
      .done();
}

detail::request_ptr meetings_resource::prepare_get_participant(std::string_view app_id,
                                                               std::string_view meeting_id,
                                                               std::string_view participant_id,
                                                               const call_options& opts) const {
  return request_builder(*session_, opts, ops::meetings_get_participant,
                         {app_id, meeting_id, participant_id})
      .done();
}

detail::request_ptr meetings_resource::prepare_update_participant(
    std::string_view app_id, std::string_view meeting_id, std::string_view participant_id,
    const update_participant_request& request, const call_options& opts) const {
  return request_builder(*session_, opts, ops::meetings_update_participant,
                         {app_id, meeting_id, participant_id})
      .body(request)
      .done();
}

detail::request_ptr meetings_resource::prepare_delete_participant(std::string_view app_id,
                                                                  std::string_view meeting_id,
                                                                  std::string_view participant_id,
                                                                  const call_options& opts) const {
  return request_builder(*session_, opts, ops::meetings_delete_participant,
                         {app_id, meeting_id, participant_id})
      .done();
}

// No body: the API defines none (sent with Content-Length: 0).
detail::request_ptr meetings_resource::prepare_refresh_participant_token(
    std::string_view app_id, std::string_view meeting_id, std::string_view participant_id,
    const call_options& opts) const {
  return request_builder(*session_, opts, ops::meetings_refresh_participant_token,
                         {app_id, meeting_id, participant_id})
      .done();
}

pager<meeting> meetings_resource::list_pages(std::string_view app_id,
                                             const list_meetings_query& query) const {
  return detail::make_pager<meeting, page<meeting>>(
      session_, query.page_no, query.per_page,
      [self = *this, app = std::string(app_id), query](std::int64_t page_no,
                                                       const call_options& opts) {
        auto q = query;
        q.page_no = page_no;
        return self.prepare_list(app, q, opts);
      },
      [](page<meeting> p) { return p; });
}

pager<participant> meetings_resource::list_participants_pages(
    std::string_view app_id, std::string_view meeting_id,
    const list_meeting_participants_query& query) const {
  return detail::make_pager<participant, page<participant>>(
      session_, query.page_no, query.per_page,
      [self = *this, app = std::string(app_id), meeting = std::string(meeting_id), query](
          std::int64_t page_no, const call_options& opts) {
        auto q = query;
        q.page_no = page_no;
        return self.prepare_list_participants(app, meeting, q, opts);
      },
      [](page<participant> p) { return p; });
}

}  // namespace rtk

RTK_INSTANTIATE_CALL(rtk::meeting)
RTK_INSTANTIATE_CALL(rtk::page<rtk::meeting>)
RTK_INSTANTIATE_CALL(rtk::participant)
RTK_INSTANTIATE_CALL(rtk::page<rtk::participant>)
RTK_INSTANTIATE_CALL(rtk::deleted_participant)
RTK_INSTANTIATE_CALL(rtk::participant_token)
RTK_INSTANTIATE_PAGER(rtk::meeting)
RTK_INSTANTIATE_PAGER(rtk::participant)
