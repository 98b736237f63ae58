// The Analytics group: each method builds its request (method, path, query, body) and names
// its result type. Sockets, retries and time are the session's business.

#include "../call.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/analytics.hpp>

namespace rtk {

namespace ops = detail::ops;
using detail::request_builder;

detail::request_ptr analytics_resource::prepare_daywise(std::string_view app_id,
                                                        const analytics_daywise_query& query,
                                                        const call_options& opts) const {
  return request_builder(*session_, opts, ops::analytics_daywise, {app_id}).query(query).done();
}

}  // namespace rtk

RTK_INSTANTIATE_CALL(rtk::analytics_daywise_report)
