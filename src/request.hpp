#pragma once
// A request as the resource layer hands it to the session: everything needed to put it on the
// wire, already validated and encoded. The session adds headers and never looks inside.

#include <rtk/call_options.hpp>
#include <rtk/detail/async.hpp>
#include <rtk/detail/operation.hpp>
#include <rtk/error.hpp>
#include <rtk/rate_limit.hpp>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rtk::detail {

std::string_view to_string(http_method m) noexcept;

// What a call keeps of its call_options, which only live until the call function returns.
struct call_settings {
  std::optional<std::chrono::milliseconds> attempt_timeout;
  std::optional<std::chrono::steady_clock::time_point> deadline;
  std::shared_ptr<const retry_policy> retry;  // the call's own copies, when it was given any
  std::shared_ptr<const backoff_policy> backoff;
  bool retry_non_idempotent = false;
  bool keep_response_body = false;
};

struct request_spec {
  http_method method = http_method::get;
  bool idempotent = true;  // may be resent after an attempt whose outcome is unknown
  rate_limit_scope scope = rate_limit_scope::all;  // the rate limits it counts against
  std::string target;                              // path and query, percent-encoded
  std::string body;                                // JSON text; sent only when has_body
  bool has_body = false;
  call_settings options;
  // Secret values in the body (passwords, keys, tokens): scrubbed from any text the server
  // echoes back, like the credentials.
  std::vector<std::string> secrets;
  // Set when validation failed: the call completes with it and nothing is sent.
  error_code rejected;
  std::string reject_reason;  // names the parameter, never its value
};

inline request_ptr make_request() {
  return request_ptr(new request_spec);
}

inline request_ptr reject(std::string reason) {
  auto r = make_request();
  r->rejected = make_error_code(errc::invalid_argument);
  r->reject_reason = std::move(reason);
  return r;
}

}  // namespace rtk::detail
