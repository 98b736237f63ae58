// The livestreams operations by name, for rtk::call_operation.

#include "context.hpp"

#include <rtk/resources/livestreams.hpp>

namespace rtk::detail::ops {
namespace {

const entry table[] = {
    {{"livestreams.create", "POST", "/accounts/{account_id}/realtime/kit/{app_id}/livestreams", "",
      false},
     [](context& c) {
       return c.run<livestream>([&c](auto&&... tail) {
         return c.api.livestreams().async_create(c.path("app_id"),
                                                 c.take<create_livestream_request>(),
                                                 std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"livestreams.list", "GET", "/accounts/{account_id}/realtime/kit/{app_id}/livestreams",
      "livestreams.getAllLivestreams", true},
     [](context& c) {
       return c.run<page<livestream>>([&c](auto&&... tail) {
         return c.api.livestreams().async_list(c.path("app_id"), c.take<list_livestreams_query>(),
                                               std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"livestreams.get", "GET",
      "/accounts/{account_id}/realtime/kit/{app_id}/livestreams/{livestream_id}",
      "livestreams.getLivestreamSessionForLivestreamID", true},
     [](context& c) {
       return c.run<livestream_details>([&c](auto&&... tail) {
         return c.api.livestreams().async_get(c.path("app_id"), c.path("livestream_id"),
                                              c.take<get_livestream_query>(),
                                              std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"livestreams.get_active_session", "GET",
      "/accounts/{account_id}/realtime/kit/{app_id}/livestreams/{livestream_id}/"
      "active-livestream-session",
      "livestreams.getActiveLivestreamsForLivestreamID", false},
     [](context& c) {
       return c.run<livestream_active_session>([&c](auto&&... tail) {
         return c.api.livestreams().async_get_active_session(
             c.path("app_id"), c.path("livestream_id"), std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"livestreams.get_session", "GET",
      "/accounts/{account_id}/realtime/kit/{app_id}/livestreams/sessions/{livestream-session-id}",
      "livestreams.getLivestreamSessionDetailsForSessionID", false},
     [](context& c) {
       return c.run<livestream_session>([&c](auto&&... tail) {
         return c.api.livestreams().async_get_session(c.path("app_id"),
                                                      c.path("livestream-session-id"),
                                                      std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"livestreams.start", "POST",
      "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/livestreams",
      "livestreams.startLivestreamingAMeeting", false},
     [](context& c) {
       return c.run<livestream>([&c](auto&&... tail) {
         return c.api.livestreams().async_start(c.path("app_id"), c.path("meeting_id"),
                                                c.take<start_livestream_request>(),
                                                std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"livestreams.stop", "POST",
      "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-livestream/stop",
      "livestreams.stopLivestreamingAMeeting", false},
     [](context& c) {
       return c.run<livestream_stop_result>([&c](auto&&... tail) {
         return c.api.livestreams().async_stop(c.path("app_id"), c.path("meeting_id"),
                                               std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"livestreams.get_meeting_active", "GET",
      "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-livestream",
      "livestreams.getMeetingActiveLivestreams", false},
     [](context& c) {
       return c.run<livestream>([&c](auto&&... tail) {
         return c.api.livestreams().async_get_meeting_active(c.path("app_id"), c.path("meeting_id"),
                                                             std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"livestreams.get_analytics", "GET",
      "/accounts/{account_id}/realtime/kit/{app_id}/analytics/livestreams/overall",
      "livestreams.getLivestreamAnalyticsComplete", false},
     [](context& c) {
       return c.run<livestream_analytics>([&c](auto&&... tail) {
         return c.api.livestreams().async_get_analytics(
             c.path("app_id"), c.take<livestream_analytics_complete_query>(),
             std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"livestreams.get_daywise_analytics", "GET",
      "/accounts/{account_id}/realtime/kit/{app_id}/analytics/livestreams/daywise",
      "livestreams.getLivestreamAnalyticsDaywise", false},
     [](context& c) {
       return c.run<page<livestream_day_analytics>>([&c](auto&&... tail) {
         return c.api.livestreams().async_get_daywise_analytics(
             c.path("app_id"), c.take<livestream_analytics_daywise_query>(),
             std::forward<decltype(tail)>(tail)...);
       });
     }},
};

}  // namespace

std::span<const entry> livestreams_table() {
  return table;
}

}  // namespace rtk::detail::ops
