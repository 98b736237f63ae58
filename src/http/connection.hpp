#pragma once
// One keep-alive HTTP/1.1 connection to the API host, over TLS or plain TCP. It owns the HTTP
// framing both ways (it writes the request head and reads the response) and the time limit of
// each phase; it knows bytes, never retries or JSON. Not thread-safe: one call uses it at a
// time (the pool hands it over under a mutex), and that call drives it from its own strand.

#include "../url.hpp"
#include "response.hpp"

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>

#include <atomic>
#include <chrono>
#include <memory>
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

class connection {
 public:
  using clock = std::chrono::steady_clock;

  // `tls` is null for plain http. `fixed_headers` (Host, Accept, credentials, User-Agent; each
  // line ending in CRLF) must outlive the connection.
  connection(boost::asio::any_io_executor ex, const origin& o, boost::asio::ssl::context* tls,
             std::string_view fixed_headers);
  ~connection();
  connection(const connection&) = delete;
  connection& operator=(const connection&) = delete;

  // Resolve, connect (every resolved address in turn) and, over TLS, the handshake with SNI
  // and host-name verification, all before `deadline`. The errors are Asio's, OpenSSL's or
  // errc::tls_failure; transport_error.cpp maps them.
  boost::asio::awaitable<error_code> connect(clock::time_point deadline);

  // Writes `r` and reads its response (response()) before `deadline`.
  boost::asio::awaitable<exchange_result> exchange(const request& r, clock::time_point deadline);

  // The last exchange's response; valid until the next exchange.
  const http::response& response() const noexcept { return response_; }

  // Closes the socket and cancels a pending resolve: pending operations complete at once.
  // Used for time limits and for connections dropped after an error or a cancellation.
  void abort() noexcept;

  // True when the connection can carry another request: open, the last response complete
  // with keep-alive, nothing unread, and the peer has not closed it while it sat idle.
  bool reusable() const noexcept;
  // Non-blocking check of an idle socket: has the peer closed it (or sent stray bytes)?
  bool peer_closed_while_idle() const noexcept;

  clock::time_point last_used;

 private:
  // The time limit of the running phase. Its handler runs on the phase's executor (the
  // calling coroutine's strand) and aborts the connection only if that phase is still running:
  // `phase` changes when a phase ends, and the handler holds only a weak reference, so a
  // firing that was already queued when the phase ended (or the connection went) is a no-op.
  struct phase_guard {
    std::atomic<unsigned> phase{0};
    bool fired = false;  // touched only on the phase's executor
    connection* owner = nullptr;
  };
  void start_phase(clock::time_point deadline, const boost::asio::any_io_executor& on);
  // Ends the phase; true when its time limit passed.
  bool end_phase();

  boost::asio::ip::tcp::socket& socket() noexcept;
  void write_head(const request& r);
  boost::asio::awaitable<error_code> resolve_and_connect();
  template <class Stream>
  boost::asio::awaitable<exchange_result> exchange_on(Stream& s, std::string_view body);

  const origin& origin_;
  std::string_view fixed_headers_;
  boost::asio::ip::tcp::resolver resolver_;
  std::optional<boost::asio::ip::tcp::socket> plain_;
  std::optional<boost::asio::ssl::stream<boost::asio::ip::tcp::socket>> tls_;
  boost::asio::steady_timer phase_timer_;
  std::shared_ptr<phase_guard> guard_;
  std::string head_;  // the request head being written; its capacity is kept for the next
  boost::beast::flat_buffer buffer_;
  http::response response_;
  bool keep_alive_ = false;
};

}  // namespace rtk::detail::http
