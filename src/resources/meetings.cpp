// The Meetings group: each method builds its request (method, path, query, body) and names
// its result type. Sockets, retries and time are the session's business.

#include "../call.hpp"

#include <rtk/resources/meetings.hpp>

namespace rtk {
namespace {

using detail::http_method;

// "/accounts/{account_id}/realtime/kit/{app_id}/meetings"
detail::target_builder meetings_path(const detail::session& s, const call_options& opts,
                                     std::string_view app_id) {
  detail::target_builder t(s.api_origin().path_prefix);
  t.kit_root(s.account_id(opts)).param("app_id", app_id).literal("/meetings");
  return t;
}

detail::request_ptr finish(detail::target_builder& t, http_method method,
                           const call_options& opts) {
  if (t.failed()) return detail::reject(t.why());
  auto r = detail::make_request();
  r->method = method;
  r->target = t.take();
  r->options = opts;
  return r;
}

}  // namespace

detail::request_ptr meetings_resource::prepare_get(std::string_view app_id,
                                                   std::string_view meeting_id,
                                                   const call_options& opts) const {
  auto t = meetings_path(*session_, opts, app_id);
  t.param("meeting_id", meeting_id);
  return finish(t, http_method::get, opts);
}

detail::request_ptr meetings_resource::prepare_create(std::string_view app_id,
                                                      const create_meeting_request& request,
                                                      const call_options& opts) const {
  auto t = meetings_path(*session_, opts, app_id);
  detail::codec::encode_error err;
  auto body = detail::codec::encode_body(request, err);
  if (!body) return detail::reject(err.field + " " + err.problem);
  auto r = finish(t, http_method::post, opts);
  if (!r->rejected) {
    r->body = std::move(*body);
    r->has_body = true;
  }
  return r;
}

}  // namespace rtk

template void rtk::detail::start_call<rtk::meeting>(std::shared_ptr<session>, request_ptr,
                                                    call_handler<meeting>);
