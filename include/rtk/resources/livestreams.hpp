#pragma once
// The Livestreams group: `client.livestreams()`. Call forms: see <rtk/resources/meetings.hpp>.
// Independent livestreams (pushed by any RTMP encoder) and meeting livestreams, their sessions
// and livestream analytics. Day-wise session/recording analytics: `client.analytics()`.

#include <rtk/detail/operation.hpp>
#include <rtk/models/livestreams.hpp>

#include <boost/describe/class.hpp>

#include <string_view>
#include <utility>

namespace rtk {

namespace ops {
// clang-format off
// No SDK method: the reference's "Create an independent livestream".
inline constexpr descriptor<livestream(std::string_view app_id, const create_livestream_request&)> livestreams_create{"livestreams.create", post, "/accounts/{account_id}/realtime/kit/{app_id}/livestreams", ""};
inline constexpr descriptor<page<livestream>(std::string_view app_id, const list_livestreams_query&)> livestreams_list{"livestreams.list", get, "/accounts/{account_id}/realtime/kit/{app_id}/livestreams", "livestreams.getAllLivestreams", pages};
// The livestream with a page of its sessions; the pager form (session_pages) goes through them.
inline constexpr descriptor<livestream_details(std::string_view app_id, std::string_view livestream_id, const get_livestream_query&)> livestreams_get{"livestreams.get", get, "/accounts/{account_id}/realtime/kit/{app_id}/livestreams/{livestream_id}", "livestreams.getLivestreamSessionForLivestreamID", pages};
inline constexpr descriptor<livestream_active_session(std::string_view app_id, std::string_view livestream_id)> livestreams_get_active_session{"livestreams.get_active_session", get, "/accounts/{account_id}/realtime/kit/{app_id}/livestreams/{livestream_id}/active-livestream-session", "livestreams.getActiveLivestreamsForLivestreamID"};
inline constexpr descriptor<livestream_session(std::string_view app_id, std::string_view livestream_session_id)> livestreams_get_session{"livestreams.get_session", get, "/accounts/{account_id}/realtime/kit/{app_id}/livestreams/sessions/{livestream-session-id}", "livestreams.getLivestreamSessionDetailsForSessionID"};
inline constexpr descriptor<livestream(std::string_view app_id, std::string_view meeting_id, const start_livestream_request&)> livestreams_start{"livestreams.start", post, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/livestreams", "livestreams.startLivestreamingAMeeting"};
// Safe to resend: stopping a stopped livestream changes nothing.
// No body: the API defines none (the official SDK sends none).
inline constexpr descriptor<livestream_stop_result(std::string_view app_id, std::string_view meeting_id)> livestreams_stop{"livestreams.stop", post, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-livestream/stop", "livestreams.stopLivestreamingAMeeting", none, safe_to_resend};
inline constexpr descriptor<livestream(std::string_view app_id, std::string_view meeting_id)> livestreams_get_meeting_active{"livestreams.get_meeting_active", get, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-livestream", "livestreams.getMeetingActiveLivestreams"};
inline constexpr descriptor<livestream_analytics(std::string_view app_id, const livestream_analytics_complete_query&)> livestreams_get_analytics{"livestreams.get_analytics", get, "/accounts/{account_id}/realtime/kit/{app_id}/analytics/livestreams/overall", "livestreams.getLivestreamAnalyticsComplete"};
// In the official SDK, not in the reference, whose upstream example answers with one entry per
// day in `data`.
inline constexpr descriptor<page<livestream_day_analytics>(std::string_view app_id, const livestream_analytics_daywise_query&)> livestreams_get_daywise_analytics{"livestreams.get_daywise_analytics", get, "/accounts/{account_id}/realtime/kit/{app_id}/analytics/livestreams/daywise", "livestreams.getLivestreamAnalyticsDaywise"};
// clang-format on
}  // namespace ops

namespace detail {

// The items of a livestream's details (its sessions), for its pager.
template <>
struct page_item<livestream_details> {
  using type = livestream_session;
  static page<livestream_session> convert(livestream_details&& r) {
    page<livestream_session> p;
    if (r.sessions) {
      p.items = std::move(*r.sessions);
    } else if (r.session) {
      p.items.push_back(std::move(*r.session));
    }
    p.paging = std::move(r.paging);
    return p;
  }
};

}  // namespace detail

// The Livestreams group: client.livestreams(), or client.app(app_id).livestreams().
template <class Scope>
struct basic_livestreams_resource {
  operation<ops::livestreams_create, Scope> async_create;
  operation<ops::livestreams_list, Scope> async_list;
  operation<ops::livestreams_get, Scope> async_get;
  operation<ops::livestreams_get_active_session, Scope> async_get_active_session;
  operation<ops::livestreams_get_session, Scope> async_get_session;
  operation<ops::livestreams_start, Scope> async_start;
  operation<ops::livestreams_stop, Scope> async_stop;
  operation<ops::livestreams_get_meeting_active, Scope> async_get_meeting_active;
  operation<ops::livestreams_get_analytics, Scope> async_get_analytics;
  operation<ops::livestreams_get_daywise_analytics, Scope> async_get_daywise_analytics;

  // Every livestream of the app, page after page.
  pages<ops::livestreams_list, Scope> list_pages;
  // Every session of one livestream, page after page: the pager form of async_get.
  pages<ops::livestreams_get, Scope> session_pages;

  BOOST_DESCRIBE_CLASS(basic_livestreams_resource, (),
                       (async_create, async_list, async_get, async_get_active_session,
                        async_get_session, async_start, async_stop, async_get_meeting_active,
                        async_get_analytics, async_get_daywise_analytics, list_pages,
                        session_pages),
                       (), ())
};

}  // namespace rtk
