#pragma once
// The Analytics group: `client.analytics()`. Call forms: see <rtk/resources/meetings.hpp>.
// Livestream analytics are in the Livestreams group.

#include <rtk/detail/operation.hpp>
#include <rtk/models/analytics.hpp>

#include <boost/describe/class.hpp>

#include <string_view>

namespace rtk {

namespace ops {
// clang-format off
// The SDK's analytics.getOrgAnalytics and livestreams.getOrgAnalytics: the same endpoint, which
// the reference lists under both groups.
inline constexpr descriptor<analytics_daywise_report(std::string_view app_id, const analytics_daywise_query&)> analytics_daywise{"analytics.daywise", get, "/accounts/{account_id}/realtime/kit/{app_id}/analytics/daywise", "analytics.getOrgAnalytics, livestreams.getOrgAnalytics"};
// clang-format on
}  // namespace ops

// The Analytics group: client.analytics(), or client.app(app_id).analytics().
template <class Scope>
struct basic_analytics_resource {
  operation<ops::analytics_daywise, Scope> async_daywise;

  BOOST_DESCRIBE_CLASS(basic_analytics_resource, (), (async_daywise), (), ())
};

}  // namespace rtk
