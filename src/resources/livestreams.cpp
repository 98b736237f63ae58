// The Livestreams group: each method builds its request (method, path, query, body) and names
// its result type. Sockets, retries and time are the session's business.

#include "../call.hpp"
#include "../pager.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/livestreams.hpp>

namespace rtk {

namespace ops = detail::ops;
using detail::request_builder;

detail::request_ptr livestreams_resource::prepare_create(std::string_view app_id,
                                                         const create_livestream_request& request,
                                                         const call_options& opts) const {
  return request_builder(*session_, opts, ops::livestreams_create, {app_id}).body(request).done();
}

detail::request_ptr livestreams_resource::prepare_list(std::string_view app_id,
                                                       const list_livestreams_query& query,
                                                       const call_options& opts) const {
  return request_builder(*session_, opts, ops::livestreams_list, {app_id}).query(query).done();
}

detail::request_ptr livestreams_resource::prepare_get(std::string_view app_id,
                                                      std::string_view livestream_id,
                                                      const get_livestream_query& query,
                                                      const call_options& opts) const {
  return request_builder(*session_, opts, ops::livestreams_get, {app_id, livestream_id})
      .query(query)
      .done();
}

detail::request_ptr livestreams_resource::prepare_get_active_session(
    std::string_view app_id, std::string_view livestream_id, const call_options& opts) const {
  return request_builder(*session_, opts, ops::livestreams_get_active_session,
                         {app_id, livestream_id})
      .done();
}

detail::request_ptr livestreams_resource::prepare_get_session(
    std::string_view app_id, std::string_view livestream_session_id,
    const call_options& opts) const {
  return request_builder(*session_, opts, ops::livestreams_get_session,
                         {app_id, livestream_session_id})
      .done();
}

detail::request_ptr livestreams_resource::prepare_start(std::string_view app_id,
                                                        std::string_view meeting_id,
                                                        const start_livestream_request& request,
                                                        const call_options& opts) const {
  return request_builder(*session_, opts, ops::livestreams_start, {app_id, meeting_id})
      .body(request)
      .done();
}

// Bodyless POST: the API defines no body (the official SDK sends none).
detail::request_ptr livestreams_resource::prepare_stop(std::string_view app_id,
                                                       std::string_view meeting_id,
                                                       const call_options& opts) const {
  return request_builder(*session_, opts, ops::livestreams_stop, {app_id, meeting_id}).done();
}

detail::request_ptr livestreams_resource::prepare_get_meeting_active(
    std::string_view app_id, std::string_view meeting_id, const call_options& opts) const {
  return request_builder(*session_, opts, ops::livestreams_get_meeting_active, {app_id, meeting_id})
      .done();
}

detail::request_ptr livestreams_resource::prepare_get_analytics(
    std::string_view app_id, const livestream_analytics_complete_query& query,
    const call_options& opts) const {
  return request_builder(*session_, opts, ops::livestreams_get_analytics, {app_id})
      .query(query)
      .done();
}

detail::request_ptr livestreams_resource::prepare_get_daywise_analytics(
    std::string_view app_id, const livestream_analytics_daywise_query& query,
    const call_options& opts) const {
  return request_builder(*session_, opts, ops::livestreams_get_daywise_analytics, {app_id})
      .query(query)
      .done();
}

pager<livestream> livestreams_resource::list_pages(std::string_view app_id,
                                                   const list_livestreams_query& query) const {
  return detail::make_pager<livestream, page<livestream>>(
      session_, query.page_no, query.per_page,
      [self = *this, app = std::string(app_id), query](std::int64_t page_no,
                                                       const call_options& opts) {
        auto q = query;
        q.page_no = page_no;
        return self.prepare_list(app, q, opts);
      },
      [](page<livestream> p) { return p; });
}

pager<livestream_session> livestreams_resource::session_pages(
    std::string_view app_id, std::string_view livestream_id,
    const get_livestream_query& query) const {
  return detail::make_pager<livestream_session, livestream_details>(
      session_, query.page_no, query.per_page,
      [self = *this, app = std::string(app_id), id = std::string(livestream_id), query](
          std::int64_t page_no, const call_options& opts) {
        auto q = query;
        q.page_no = page_no;
        return self.prepare_get(app, id, q, opts);
      },
      [](livestream_details r) {
        page<livestream_session> p;
        if (r.sessions) {
          p.items = std::move(*r.sessions);
        } else if (r.session) {
          p.items.push_back(std::move(*r.session));
        }
        p.paging = std::move(r.paging);
        return p;
      });
}

}  // namespace rtk

RTK_INSTANTIATE_CALL(rtk::livestream)
RTK_INSTANTIATE_CALL(rtk::page<rtk::livestream>)
RTK_INSTANTIATE_CALL(rtk::livestream_details)
RTK_INSTANTIATE_CALL(rtk::livestream_active_session)
RTK_INSTANTIATE_CALL(rtk::livestream_session)
RTK_INSTANTIATE_CALL(rtk::livestream_stop_result)
RTK_INSTANTIATE_CALL(rtk::livestream_analytics)
RTK_INSTANTIATE_CALL(rtk::page<rtk::livestream_day_analytics>)
RTK_INSTANTIATE_PAGER(rtk::livestream)
RTK_INSTANTIATE_PAGER(rtk::livestream_session)
