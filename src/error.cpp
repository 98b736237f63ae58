// rtk's error category, rtk::error and diagnostics::to_string.

#include "invalid_argument.hpp"

#include <rtk/error.hpp>

#include <ostream>
#include <string>

namespace rtk {
namespace {

class category_impl final : public boost::system::error_category {
 public:
  const char* name() const noexcept override { return "rtk"; }

  std::string message(int ev) const override {
    switch (static_cast<errc>(ev)) {
      case errc::invalid_argument:
        return "invalid argument: the request was not sent";
      case errc::bad_request:
        return "bad request (HTTP 400)";
      case errc::unauthorized:
        return "unauthorized (HTTP 401): check the API token";
      case errc::forbidden:
        return "forbidden (HTTP 403): the token lacks a permission";
      case errc::not_found:
        return "not found (HTTP 404)";
      case errc::conflict:
        return "conflict (HTTP 409)";
      case errc::unprocessable:
        return "unprocessable entity (HTTP 422)";
      case errc::rate_limited:
        return "rate limited (HTTP 429)";
      case errc::server_error:
        return "server error (HTTP 5xx)";
      case errc::http_error:
        return "HTTP error status";
      case errc::timeout:
        return "the attempt timed out";
      case errc::deadline_exceeded:
        return "the call's deadline passed";
      case errc::pool_exhausted:
        return "no connection became free before the acquire timeout";
      case errc::tls_failure:
        return "TLS handshake or certificate verification failed";
      case errc::connection_failure:
        return "could not connect, or the connection broke";
      case errc::outcome_unknown:
        return "the request was sent but no response came: the server may have processed it";
      case errc::malformed_response:
        return "the response is not what the API documents";
      case errc::pagination_error:
        return "the list's pages do not advance as their paging says";
      case errc::proxy_auth_required:
        return "the proxy asks for authentication (HTTP 407)";
      case errc::proxy_refused:
        return "the proxy refused the tunnel";
    }
    return "unknown rtk error";
  }
};

std::string what_text(const error_code& ec, const diagnostics& diag) {
  std::string text = "rtk: " + ec.message();
  std::string details = diag.to_string();
  if (!details.empty()) text += " [" + details + "]";
  return text;
}

}  // namespace

const boost::system::error_category& category() noexcept {
  static const category_impl instance;
  return instance;
}

std::ostream& operator<<(std::ostream& os, errc e) {
  return os << make_error_code(e).message();
}

error::error(error_code ec, rtk::diagnostics diag)
    : boost::system::system_error(ec), diag_(std::move(diag)), what_(what_text(ec, diag_)) {}

std::string diagnostics::to_string() const {
  std::string out;
  auto add = [&out](const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += "; ";
    out += part;
  };
  add(client_message);
  if (http_status != 0) add("HTTP " + std::to_string(http_status));
  if (proxy_status != 0) add("proxy answered CONNECT with HTTP " + std::to_string(proxy_status));
  if (api_code || !api_message.empty()) {
    std::string api = "API error";
    if (api_code) api += " " + std::to_string(*api_code);
    if (!api_message.empty()) api += ": " + api_message;
    add(api);
  }
  if (!body_excerpt.empty()) add("body: " + body_excerpt);
  if (!request_id.empty()) add("cf-ray " + request_id);
  if (server_retry_after)
    add("server asked to wait " + std::to_string(server_retry_after->count()) + " ms");
  if (rate_limit_wait.count() > 0)
    add("held " +
        std::to_string(std::chrono::ceil<std::chrono::milliseconds>(rate_limit_wait).count()) +
        " ms by the rate limiter");
  if (attempts > 0) {
    std::string count = std::to_string(attempts) + (attempts == 1 ? " attempt" : " attempts");
    if (stopped_because != retry_stop::none && stopped_because != retry_stop::cancelled)
      count += std::string(" (stopped: ") + rtk::to_string(stopped_because) + ")";
    add(count);
  }
  return out;
}

namespace detail {

void throw_invalid_argument(std::string why) {
  diagnostics d;
  d.client_message = std::move(why);
  throw error(make_error_code(errc::invalid_argument), std::move(d));
}

}  // namespace detail

}  // namespace rtk
