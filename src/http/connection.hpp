#pragma once
// One keep-alive HTTP/1.1 connection to the API host, over TLS or plain TCP, directly or
// through an HTTP proxy (a CONNECT tunnel for TLS, absolute-form requests for plain http). It
// owns the HTTP framing both ways (it writes the request head and reads the response) and the
// time limit of each phase; it knows bytes, never retries or JSON. One call uses it at a time (the
// pool hands it over under a mutex); only interrupt() may come from another thread.

#include "../interrupt.hpp"
#include "../proxy.hpp"
#include "../url.hpp"
#include "response.hpp"

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace rtk::detail::http {

// A request as the connection writes it. The head is the request line, the client's fixed
// header lines, `X-RTK-Retry-Count: <retry>` and, with a body, its Content-Type and
// Content-Length (a POST, PUT or PATCH without one sends `Content-Length: 0`).
struct request {
  std::string_view method{};  // "GET", "POST"...
  std::string_view target{};  // path and query, percent-encoded
  int retry = 0;
  bool has_body = false;
  std::string_view body{};
};

// How an exchange failed, for the retry rules: did any of the request leave, did any of the
// response arrive?
struct exchange_result {
  error_code ec;                  // asio::error::timed_out when the phase's time limit passed
  bool request_written = false;   // at least one byte of the request was sent
  bool response_started = false;  // at least one byte of a response was received
};

class connection final : public interruptible {
 public:
  using clock = std::chrono::steady_clock;

  // `tls` is null for plain http, `proxy` without a proxy. `fixed_headers` (Host, Accept,
  // credentials, User-Agent; each line ending in CRLF) and `proxy` must outlive the connection.
  connection(boost::asio::any_io_executor ex, const origin& o, boost::asio::ssl::context* tls,
             const proxy_route* proxy, std::string_view fixed_headers);
  ~connection();
  connection(const connection&) = delete;
  connection& operator=(const connection&) = delete;

  // Resolve, connect (every resolved address in turn; the proxy's, with one), through a
  // proxy the CONNECT tunnel, and over TLS the handshake with SNI and the origin's host-name
  // verification, all before `deadline`. The errors are Asio's, OpenSSL's, errc::tls_failure,
  // errc::proxy_auth_required or errc::proxy_refused (transport_error.cpp maps them);
  // asio::error::timed_out when the deadline passed, operation_aborted after interrupt().
  boost::asio::awaitable<error_code> connect(clock::time_point deadline);

  // Writes `r` and reads its response (response()) before `deadline`; the same errors.
  boost::asio::awaitable<exchange_result> exchange(const request& r, clock::time_point deadline);

  // The last exchange's response; valid until the next exchange.
  const http::response& response() const noexcept { return response_; }
  // The proxy's status when it refused the tunnel; 0 otherwise.
  int proxy_status() const noexcept { return proxy_status_; }

  // From any thread: ends the connect or exchange under way, and every later one, at once.
  // The connection is not reusable afterwards.
  void interrupt() noexcept override;

  // Closes the socket and cancels a pending resolve. Only from the coroutine using it, for a
  // connection dropped after an error or a cancellation.
  void abort() noexcept;

  // True when the connection can carry another request: open, the last response complete
  // with keep-alive, nothing unread, and the peer has not closed it while it sat idle.
  bool reusable() const noexcept;
  // Non-blocking check of an idle socket: has the peer closed it (or sent stray bytes)?
  bool peer_closed_while_idle() const noexcept;

  clock::time_point last_used;

 private:
  // What another thread may do to the connection: end the running phase when its time limit
  // passes (the phase timer's handler, on any thread) or when the call is cancelled
  // (interrupt()). Either stops the I/O without touching the Asio objects, which belong to the
  // coroutine using the connection: it cancels the resolver (whose start is under the same
  // mutex) and shuts the socket down, which ends a pending connect, read or write at once.
  // Only that coroutine closes the socket, after taking its descriptor out of here. The timer's
  // handler holds the stopper weakly and checks the phase, so a firing that was already queued
  // when the phase (or the connection) ended does nothing.
  struct stopper {
    std::mutex mutex;
    unsigned phase = 0;
    bool fired = false;        // the running phase's time limit passed
    bool interrupted = false;  // this phase and every later one end at once
    int fd = -1;               // the socket's descriptor while it is open
    boost::asio::ip::tcp::resolver* resolver = nullptr;  // while a resolve is under way

    void stop_io() noexcept;  // with `mutex` held
  };
  void start_phase(clock::time_point deadline);
  // Ends the phase: timed_out when its limit passed, operation_aborted when it was
  // interrupted, else `ec`.
  error_code end_phase(error_code ec);
  bool stopped() const noexcept;

  boost::asio::ip::tcp::socket& socket() noexcept;
  void write_head(const request& r);
  boost::asio::awaitable<error_code> resolve_and_connect();
  boost::asio::awaitable<error_code> open_tunnel();
  boost::asio::awaitable<error_code> connect_to(const boost::asio::ip::tcp::endpoint& ep);
  void close_socket() noexcept;
  template <class Stream>
  boost::asio::awaitable<exchange_result> exchange_on(Stream& s, std::string_view body,
                                                      clock::time_point deadline);

  const origin& origin_;
  const proxy_route* proxy_;
  std::string_view fixed_headers_;
  boost::asio::ip::tcp::resolver resolver_;
  std::optional<boost::asio::ip::tcp::socket> plain_;
  std::optional<boost::asio::ssl::stream<boost::asio::ip::tcp::socket>> tls_;
  boost::asio::steady_timer phase_timer_;
  std::shared_ptr<stopper> stop_;
  std::string head_;  // the request head being written; its capacity is kept for the next
  boost::beast::flat_buffer buffer_;
  http::response response_;
  bool keep_alive_ = false;
  int proxy_status_ = 0;
};

}  // namespace rtk::detail::http
