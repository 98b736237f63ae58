#pragma once
// Error codes of rtk. Every failure a call can report is an rtk::errc in rtk's category,
// except cancellation, which keeps Asio's `operation_aborted` so generic Asio code sees it.

#include <rtk/diagnostics.hpp>

#include <boost/system/error_code.hpp>
#include <boost/system/system_error.hpp>

#include <iosfwd>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace rtk {

enum class errc {
  // Rejected before anything was sent.
  invalid_argument = 1,
  // The API answered with an error status.
  bad_request,    // 400
  unauthorized,   // 401
  forbidden,      // 403
  not_found,      // 404
  conflict,       // 409
  unprocessable,  // 422
  rate_limited,   // 429
  server_error,   // 5xx
  http_error,     // any other non-2xx status (408, 413, 425, ...)
  // The exchange itself failed.
  timeout,             // an attempt took longer than its timeout
  deadline_exceeded,   // the call's total deadline passed
  pool_exhausted,      // no connection could be had before the acquire timeout
  tls_failure,         // handshake or certificate verification failed
  connection_failure,  // resolve, connect, or the connection broke before a response
  outcome_unknown,     // a POST or PATCH was sent, but no response came: the server may or
                       // may not have processed it, so it was not sent again
  malformed_response,  // not HTTP, or a 2xx whose body is not the documented envelope
  pagination_error,    // a list's pages repeat, fall short of their total_count, or pass the
                       // caller's cap: the pager stopped instead of looping
  // The proxy (client_options::proxy) would not open a tunnel to the API.
  proxy_auth_required,  // it answered CONNECT with 407 (or 401): credentials missing or wrong
  proxy_refused,        // it answered CONNECT with another status (diagnostics::proxy_status)
};

const boost::system::error_category& category() noexcept;

inline error_code make_error_code(errc e) noexcept {
  return error_code(static_cast<int>(e), category());
}

// Prints the errc's message.
std::ostream& operator<<(std::ostream& os, errc e);

// What every throwing form of a call throws (the default token, asio::use_awaitable,
// asio::use_future; asio::deferred completes with an error_code, see detail/async.hpp).
// A boost::system::system_error, as Asio throws, so one
// `catch` sees both; code() is the same error_code the non-throwing forms give
// (`e.code() == rtk::errc::not_found`). Carries the diagnostics of the failed call; what() is
// built from them and never holds a secret.
class error : public boost::system::system_error {
 public:
  error(error_code ec, rtk::diagnostics diag);
  // "rtk: <what failed> [<diagnostics>]".
  const char* what() const noexcept override { return what_.c_str(); }
  const rtk::diagnostics& diagnostics() const noexcept { return diag_; }

 private:
  rtk::diagnostics diag_;
  std::string what_;
};

}  // namespace rtk

template <>
struct boost::system::is_error_code_enum<rtk::errc> : std::true_type {};
