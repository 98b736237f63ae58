#include "transport_error.hpp"

#include <boost/asio/error.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/beast/http/error.hpp>

namespace rtk::detail {
namespace asio = boost::asio;

namespace {

// A TLS stream the peer closed without close_notify ended like a TCP connection that closed:
// it is a broken connection (and, after the request was written, an unknown outcome), not a
// failed handshake or certificate.
bool is_tls_error(const error_code& ec) {
  if (ec == asio::ssl::error::stream_truncated) return false;
  return ec.category() == asio::error::get_ssl_category() ||
         ec.category() == asio::ssl::error::get_stream_category() || ec == errc::tls_failure;
}

// Bytes arrived, but they were not an HTTP response. A response cut short is a connection
// failure instead: the connection ended, not the protocol.
bool is_malformed_http(const error_code& ec) {
  using http_error = boost::beast::http::error;
  return ec.category() == make_error_code(http_error::bad_version).category() &&
         ec != http_error::end_of_stream && ec != http_error::partial_message;
}

}  // namespace

transport_failure classify_transport_error(error_code ec, std::string_view phase,
                                           std::string_view host, bool limit_is_deadline,
                                           bool cancelled) {
  std::string what = std::string(phase) + " " + std::string(host) + ": ";
  if (ec == asio::error::timed_out)
    return {make_error_code(limit_is_deadline ? errc::deadline_exceeded : errc::timeout),
            what + "timed out"};
  if (cancelled || ec == asio::error::operation_aborted)
    return {asio::error::operation_aborted, std::string()};
  what += ec.message();
  if (ec == errc::proxy_auth_required || ec == errc::proxy_refused) return {ec, std::move(what)};
  if (is_tls_error(ec)) return {make_error_code(errc::tls_failure), std::move(what)};
  if (is_malformed_http(ec)) return {make_error_code(errc::malformed_response), std::move(what)};
  return {make_error_code(errc::connection_failure), std::move(what)};
}

}  // namespace rtk::detail
