#pragma once
// One keep-alive HTTP/1.1 connection to the API host, over TLS or plain TCP. It knows bytes,
// never retries or JSON. Not thread-safe: one call uses it at a time (the pool hands it over
// under a mutex), and that call drives it from its own strand.

#include "../url.hpp"
#include "response.hpp"

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/beast/core/flat_buffer.hpp>

#include <chrono>
#include <optional>
#include <string_view>

namespace rtk::detail::http {

// How an exchange failed, for the retry rules: did any of the request leave, did any of the
// response arrive?
struct exchange_result {
  error_code ec;
  bool request_written = false;   // at least one byte of the request was sent
  bool response_started = false;  // at least one byte of a response was received
};

class connection {
 public:
  // `tls` is null for plain http.
  connection(boost::asio::any_io_executor ex, const origin& o, boost::asio::ssl::context* tls);
  ~connection();
  connection(const connection&) = delete;
  connection& operator=(const connection&) = delete;

  // Resolve, connect (every resolved address in turn) and, over TLS, the handshake with SNI
  // and host-name verification. Errors are mapped: tls_failure, connection_failure.
  boost::asio::awaitable<error_code> connect();

  // Writes head+body, reads one response into `out`.
  boost::asio::awaitable<exchange_result> exchange(std::string_view head, std::string_view body,
                                                   response& out);

  // Closes the socket and cancels a pending resolve: pending operations complete with
  // operation_aborted. Used for timeouts and shutdown, from the owning call's strand.
  void abort() noexcept;

  // True when the connection can carry another request: open, the last response complete
  // with keep-alive, nothing unread, and the peer has not closed it while it sat idle.
  bool reusable() const noexcept;
  // Non-blocking check of an idle socket: has the peer closed it (or sent stray bytes)?
  bool peer_closed_while_idle() const noexcept;

  std::chrono::steady_clock::time_point last_used;

 private:
  boost::asio::ip::tcp::socket& socket() noexcept;
  template <class Stream>
  boost::asio::awaitable<exchange_result> exchange_on(Stream& s, std::string_view head,
                                                      std::string_view body, response& out);

  const origin& origin_;
  boost::asio::ip::tcp::resolver resolver_;
  std::optional<boost::asio::ip::tcp::socket> plain_;
  std::optional<boost::asio::ssl::stream<boost::asio::ip::tcp::socket>> tls_;
  boost::beast::flat_buffer buffer_;
  bool keep_alive_ = false;
};

}  // namespace rtk::detail::http
