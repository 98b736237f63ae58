// The Meetings group: each method builds its request (method, path, query, body) and names
// its result type. Sockets, retries and time are the session's business.

#include "../call.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/meetings.hpp>

namespace rtk {

using detail::http_method;
using detail::request_builder;

detail::request_ptr meetings_resource::prepare_get(std::string_view app_id,
                                                   std::string_view meeting_id,
                                                   const call_options& opts) const {
  return request_builder(*session_, opts, http_method::get)
      .path_param("app_id", app_id)
      .literal("/meetings")
      .path_param("meeting_id", meeting_id)
      .done();
}

detail::request_ptr meetings_resource::prepare_create(std::string_view app_id,
                                                      const create_meeting_request& request,
                                                      const call_options& opts) const {
  return request_builder(*session_, opts, http_method::post)
      .path_param("app_id", app_id)
      .literal("/meetings")
      .body(request)
      .done();
}

}  // namespace rtk

RTK_INSTANTIATE_CALL(rtk::meeting)
