#pragma once
// The Livestreams group: `client.livestreams()`. Call forms: see <rtk/resources/meetings.hpp>.
// Independent livestreams (pushed by any RTMP encoder) and meeting livestreams, their sessions
// and livestream analytics. Day-wise session/recording analytics: `client.analytics()`.

#include <rtk/call_options.hpp>
#include <rtk/detail/async.hpp>
#include <rtk/models/livestreams.hpp>
#include <rtk/pager.hpp>

#include <memory>
#include <string_view>

namespace rtk {

class livestreams_resource {
 public:
  explicit livestreams_resource(std::shared_ptr<detail::session> s) : session_(std::move(s)) {}

  // livestreams.create
  // (SDK: none; the reference's "Create an independent livestream")
  template <class... Tail>
  auto async_create(std::string_view app_id, const create_livestream_request& request,
                    Tail&&... tail) {
    return detail::start<livestream>(session_,
                                     prepare_create(app_id, request, detail::options_in(tail...)),
                                     std::forward<Tail>(tail)...);
  }

  // livestreams.list
  // (SDK: livestreams.getAllLivestreams)
  template <class... Tail>
  auto async_list(std::string_view app_id, const list_livestreams_query& query, Tail&&... tail) {
    return detail::start<page<livestream>>(session_,
                                           prepare_list(app_id, query, detail::options_in(tail...)),
                                           std::forward<Tail>(tail)...);
  }

  // livestreams.get
  // (SDK: livestreams.getLivestreamSessionForLivestreamID)
  template <class... Tail>
  auto async_get(std::string_view app_id, std::string_view livestream_id,
                 const get_livestream_query& query, Tail&&... tail) {
    return detail::start<livestream_details>(
        session_, prepare_get(app_id, livestream_id, query, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // livestreams.get_active_session
  // (SDK: livestreams.getActiveLivestreamsForLivestreamID)
  template <class... Tail>
  auto async_get_active_session(std::string_view app_id, std::string_view livestream_id,
                                Tail&&... tail) {
    return detail::start<livestream_active_session>(
        session_, prepare_get_active_session(app_id, livestream_id, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // livestreams.get_session
  // (SDK: livestreams.getLivestreamSessionDetailsForSessionID)
  template <class... Tail>
  auto async_get_session(std::string_view app_id, std::string_view livestream_session_id,
                         Tail&&... tail) {
    return detail::start<livestream_session>(
        session_, prepare_get_session(app_id, livestream_session_id, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // livestreams.start
  // (SDK: livestreams.startLivestreamingAMeeting)
  template <class... Tail>
  auto async_start(std::string_view app_id, std::string_view meeting_id,
                   const start_livestream_request& request, Tail&&... tail) {
    return detail::start<livestream>(
        session_, prepare_start(app_id, meeting_id, request, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // livestreams.stop
  // (SDK: livestreams.stopLivestreamingAMeeting)
  template <class... Tail>
  auto async_stop(std::string_view app_id, std::string_view meeting_id, Tail&&... tail) {
    return detail::start<livestream_stop_result>(
        session_, prepare_stop(app_id, meeting_id, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // livestreams.get_meeting_active
  // (SDK: livestreams.getMeetingActiveLivestreams)
  template <class... Tail>
  auto async_get_meeting_active(std::string_view app_id, std::string_view meeting_id,
                                Tail&&... tail) {
    return detail::start<livestream>(
        session_, prepare_get_meeting_active(app_id, meeting_id, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // livestreams.get_analytics
  // (SDK: livestreams.getLivestreamAnalyticsComplete)
  template <class... Tail>
  auto async_get_analytics(std::string_view app_id,
                           const livestream_analytics_complete_query& query, Tail&&... tail) {
    return detail::start<livestream_analytics>(
        session_, prepare_get_analytics(app_id, query, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // livestreams.get_daywise_analytics
  // (SDK: livestreams.getLivestreamAnalyticsDaywise; not in the reference, whose upstream
  // example answers with one entry per day in `data`)
  template <class... Tail>
  auto async_get_daywise_analytics(std::string_view app_id,
                                   const livestream_analytics_daywise_query& query,
                                   Tail&&... tail) {
    return detail::start<page<livestream_day_analytics>>(
        session_, prepare_get_daywise_analytics(app_id, query, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // Every livestream of the app: the pager form of async_list, every page in turn.
  pager<livestream> list_pages(std::string_view app_id, const list_livestreams_query& query) const;

  // Every session of one livestream: the pager form of async_get.
  pager<livestream_session> session_pages(std::string_view app_id, std::string_view livestream_id,
                                          const get_livestream_query& query) const;

 private:
  detail::request_ptr prepare_create(std::string_view app_id,
                                     const create_livestream_request& request,
                                     const call_options& opts) const;
  detail::request_ptr prepare_list(std::string_view app_id, const list_livestreams_query& query,
                                   const call_options& opts) const;
  detail::request_ptr prepare_get(std::string_view app_id, std::string_view livestream_id,
                                  const get_livestream_query& query,
                                  const call_options& opts) const;
  detail::request_ptr prepare_get_active_session(std::string_view app_id,
                                                 std::string_view livestream_id,
                                                 const call_options& opts) const;
  detail::request_ptr prepare_get_session(std::string_view app_id,
                                          std::string_view livestream_session_id,
                                          const call_options& opts) const;
  detail::request_ptr prepare_start(std::string_view app_id, std::string_view meeting_id,
                                    const start_livestream_request& request,
                                    const call_options& opts) const;
  detail::request_ptr prepare_stop(std::string_view app_id, std::string_view meeting_id,
                                   const call_options& opts) const;
  detail::request_ptr prepare_get_meeting_active(std::string_view app_id,
                                                 std::string_view meeting_id,
                                                 const call_options& opts) const;
  detail::request_ptr prepare_get_analytics(std::string_view app_id,
                                            const livestream_analytics_complete_query& query,
                                            const call_options& opts) const;
  detail::request_ptr prepare_get_daywise_analytics(std::string_view app_id,
                                                    const livestream_analytics_daywise_query& query,
                                                    const call_options& opts) const;

  std::shared_ptr<detail::session> session_;
};

}  // namespace rtk
