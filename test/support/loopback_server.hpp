// A scripted HTTP/1.1 server on 127.0.0.1 for client tests.
//
// Requests are parsed with Boost.Beast, but responses are written as raw bytes formatted here, so
// tests can craft malformed or truncated responses and connection-level faults. The server runs
// its own io_context on its own thread; every public method is thread-safe. Boost headers are
// kept out of this header on purpose so tests compile quickly.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rtk_test {

struct received_request {
  std::string method;
  std::string target;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // wire order, names as sent
  std::size_t connection_index = 0;  // 0-based order in which the connection was accepted
  std::chrono::steady_clock::time_point received_at{};  // when the whole request was read

  // Case-insensitive lookup of the first header with this name; "" if absent.
  std::string header(std::string_view name) const;
  bool has_header(std::string_view name) const;
};

enum class fault {
  none,
  close_before_response,  // read the request, then close (FIN) without writing anything
  reset,                  // read the request, then RST (SO_LINGER 0 + close)
  close_mid_body,         // announce Content-Length N, write about N/2 body bytes, then close
  stall,                  // read the request and never answer; the socket stays open until the
                          // client closes it or the server stops
  close_without_reading,  // when queued: close as soon as the request head is read, leaving the
                          // body unread (the kernel then typically sends RST). When returned by
                          // a handler the body has already been read: same as
                          // close_before_response.
};

struct scripted_reply {
  int status = 200;
  // Extra headers, written in order. "Content-Type: application/json" is added unless a
  // Content-Type is given. Content-Length is always computed (a given one is dropped), except for
  // 1xx/204/304 replies, which never carry a body or Content-Length.
  std::vector<std::pair<std::string, std::string>> headers{};
  std::string body = "{}";
  std::chrono::milliseconds delay{0};  // wait this long (on a timer) before answering
  fault fault_kind = fault::none;
  bool close_after = false;  // add "Connection: close" and close after writing
  // If set (and fault_kind is none), these exact bytes are written instead of a formatted
  // response; the connection is kept unless close_after (or the client asked to close).
  std::optional<std::string> raw{};
};

// Connections are closed after a response when close_after is set or the request asked for it
// (Connection: close, or HTTP/1.0 without keep-alive). Over TLS such "graceful" closes send a
// close_notify first; fault closes (close_before_response, reset, close_mid_body,
// close_without_reading) drop the TCP connection without one.
class loopback_server {
 public:
  struct options {
    bool tls = false;
    std::string cert_file{};  // PEM certificate (chain) for TLS
    std::string key_file{};   // PEM private key for TLS
    std::uint16_t port = 0;   // 0: any free port
  };

  loopback_server();                       // plain HTTP
  explicit loopback_server(options opts);  // TLS when opts.tls; throws if cert/key do not load
  ~loopback_server();                      // closes every socket and joins the thread

  loopback_server(const loopback_server&) = delete;
  loopback_server& operator=(const loopback_server&) = delete;

  std::uint16_t port() const;
  // "http://127.0.0.1:PORT/client/v4" or "https://127.0.0.1:PORT/client/v4".
  std::string base_url() const;

  // Queued replies are used first, FIFO, one per request; when the queue is empty the handler is
  // called (on the server thread). The default handler answers 200 {"success":true,"data":{}};
  // set_handler(nullptr) restores it. A handler that throws yields a 500 reply.
  void push_reply(scripted_reply r);
  void set_handler(std::function<scripted_reply(const received_request&)> h);

  std::size_t accepted_connections() const;  // total accepted so far
  // Total requests read so far (for a queued close_without_reading: requests whose head was read;
  // such requests are recorded with an empty body).
  std::size_t request_count() const;
  std::vector<received_request> requests() const;  // copies, in arrival order
  std::size_t open_connections() const;            // connections currently open server-side

  // Closes every connection that is waiting for its next request (simulates a keep-alive
  // timeout). A connection whose keep-alive response is still being written counts as waiting
  // (the client may already have read that response) and is closed right after the write.
  // Connections that are mid-request, delayed, stalled or in the TLS handshake are left alone.
  // Returns once the closes have been initiated; they finish asynchronously, so use
  // wait_for_open_connections() before relying on them. May be called from a handler.
  void close_idle_connections();

  // Block until the state holds or the timeout passes; return false on timeout.
  bool wait_for_requests(std::size_t n, std::chrono::milliseconds timeout) const;  // count >= n
  bool wait_for_open_connections(std::size_t n,
                                 std::chrono::milliseconds timeout) const;  // open == n

 private:
  class impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace rtk_test
