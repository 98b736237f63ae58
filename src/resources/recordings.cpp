// The Recordings group: each method builds its request; the session does the rest.

#include "../call.hpp"
#include "../pager.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/recordings.hpp>

namespace rtk {

namespace ops = detail::ops;
using detail::request_builder;

detail::request_ptr recordings_resource::prepare_list(std::string_view app_id,
                                                      const list_recordings_query& query,
                                                      const call_options& opts) const {
  return request_builder(*session_, opts, ops::recordings_list, {app_id}).query(query).done();
}

detail::request_ptr recordings_resource::prepare_start(std::string_view app_id,
                                                       const start_recording_request& request,
                                                       const call_options& opts) const {
  return request_builder(*session_, opts, ops::recordings_start, {app_id})
      .require(!request.meeting_id.empty(), "meeting_id")
      .body(request)
      .done();
}

detail::request_ptr recordings_resource::prepare_get_active(std::string_view app_id,
                                                            std::string_view meeting_id,
                                                            const call_options& opts) const {
  return request_builder(*session_, opts, ops::recordings_get_active, {app_id, meeting_id}).done();
}

detail::request_ptr recordings_resource::prepare_get(std::string_view app_id,
                                                     std::string_view recording_id,
                                                     const call_options& opts) const {
  return request_builder(*session_, opts, ops::recordings_get, {app_id, recording_id}).done();
}

detail::request_ptr recordings_resource::prepare_pause_resume_stop(
    std::string_view app_id, std::string_view recording_id,
    const pause_resume_stop_recording_request& request, const call_options& opts) const {
  return request_builder(*session_, opts, ops::recordings_pause_resume_stop, {app_id, recording_id})
      .require(!request.action.wire().empty(), "action")
      .body(request)
      .done();
}

detail::request_ptr recordings_resource::prepare_start_track(
    std::string_view app_id, const start_track_recording_request& request,
    const call_options& opts) const {
  return request_builder(*session_, opts, ops::recordings_start_track, {app_id})
      .require(!request.meeting_id.empty(), "meeting_id")
      .body(request)
      .done();
}

pager<recording> recordings_resource::list_pages(std::string_view app_id,
                                                 const list_recordings_query& query) const {
  return detail::make_pager<recording, page<recording>>(
      session_, query.page_no, query.per_page,
      [self = *this, app = std::string(app_id), query](std::int64_t page_no,
                                                       const call_options& opts) {
        auto q = query;
        q.page_no = page_no;
        return self.prepare_list(app, q, opts);
      },
      [](page<recording> p) { return p; });
}

}  // namespace rtk

RTK_INSTANTIATE_CALL(rtk::recording)
RTK_INSTANTIATE_CALL(rtk::page<rtk::recording>)
RTK_INSTANTIATE_PAGER(rtk::recording)
