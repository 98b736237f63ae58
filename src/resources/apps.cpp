// The Apps group: each method builds its request (method, path, query, body) and names its
// result type. Sockets, retries and time are the session's business.

#include "../call.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/apps.hpp>

namespace rtk {

namespace ops = detail::ops;
using detail::request_builder;

detail::request_ptr apps_resource::prepare_list(const list_apps_query& query,
                                                const call_options& opts) const {
  return request_builder(*session_, opts, ops::apps_list, {}).query(query).done();
}

detail::request_ptr apps_resource::prepare_create(const create_app_request& request,
                                                  const call_options& opts) const {
  return request_builder(*session_, opts, ops::apps_create, {})
      .require(!request.name.empty(), "name")
      .body(request)
      .done();
}

}  // namespace rtk

RTK_INSTANTIATE_CALL(rtk::page<rtk::app>)
RTK_INSTANTIATE_CALL(rtk::created_app)
