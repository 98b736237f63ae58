// The Active Session group: each method builds its request (method, path, query, body) and
// names its result type. Sockets, retries and time are the session's business.

#include "../call.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/active_session.hpp>

namespace rtk {

namespace ops = detail::ops;
using detail::request_builder;

detail::request_ptr active_session_resource::prepare_get(std::string_view app_id,
                                                         std::string_view meeting_id,
                                                         const call_options& opts) const {
  return request_builder(*session_, opts, ops::active_session_get, {app_id, meeting_id}).done();
}

detail::request_ptr active_session_resource::prepare_kick(std::string_view app_id,
                                                          std::string_view meeting_id,
                                                          const kick_participants_request& request,
                                                          const call_options& opts) const {
  return request_builder(*session_, opts, ops::active_session_kick, {app_id, meeting_id})
      .body(request)
      .done();
}

// No body: the API defines none (sent with Content-Length: 0).
detail::request_ptr active_session_resource::prepare_kick_all(std::string_view app_id,
                                                              std::string_view meeting_id,
                                                              const call_options& opts) const {
  return request_builder(*session_, opts, ops::active_session_kick_all, {app_id, meeting_id})
      .done();
}

detail::request_ptr active_session_resource::prepare_create_poll(std::string_view app_id,
                                                                 std::string_view meeting_id,
                                                                 const create_poll_request& request,
                                                                 const call_options& opts) const {
  return request_builder(*session_, opts, ops::active_session_create_poll, {app_id, meeting_id})
      .require(!request.options.empty(), "options")
      .require(!request.question.empty(), "question")
      .body(request)
      .done();
}

}  // namespace rtk

RTK_INSTANTIATE_CALL(rtk::active_session)
RTK_INSTANTIATE_CALL(rtk::kicked_participants)
RTK_INSTANTIATE_CALL(rtk::kicked_all_participants)
RTK_INSTANTIATE_CALL(rtk::created_poll)
