#pragma once
// The Analytics group: `client.analytics()`. Call forms: see <rtk/resources/meetings.hpp>.
// Livestream analytics are in the Livestreams group.

#include <rtk/call_options.hpp>
#include <rtk/detail/async.hpp>
#include <rtk/models/analytics.hpp>

#include <memory>
#include <string_view>

namespace rtk {

class analytics_resource {
 public:
  explicit analytics_resource(std::shared_ptr<detail::session> s) : session_(std::move(s)) {}

  // analytics.daywise
  // (SDK: analytics.getOrgAnalytics, and livestreams.getOrgAnalytics: the same endpoint, which
  // the reference lists under both groups)
  template <class... Tail>
  auto async_daywise(std::string_view app_id, const analytics_daywise_query& query,
                     Tail&&... tail) {
    return detail::start<analytics_daywise_report>(
        session_, prepare_daywise(app_id, query, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

 private:
  detail::request_ptr prepare_daywise(std::string_view app_id, const analytics_daywise_query& query,
                                      const call_options& opts) const;

  std::shared_ptr<detail::session> session_;
};

}  // namespace rtk
