// A scripted HTTP proxy on 127.0.0.1 for client tests: CONNECT tunnels (for https origins) and
// absolute-form requests (for plain http origins), or scripted refusals and a tunnel that is cut
// after the request went through.
//
// It only ever connects to loopback origins (127.0.0.1, ::1, localhost); any other target gets a
// 403. The proxy runs its own io_context on its own thread; every public method is thread-safe.
// Boost headers are kept out of this header on purpose so tests compile quickly.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace rtk_test {

enum class proxy_mode {
  // CONNECT host:port: "HTTP/1.1 200 Connection established", then bytes both ways until one
  // side closes. Absolute-form requests ("GET http://host:port/path HTTP/1.1"): forwarded in
  // origin form without Proxy-Authorization, over one origin connection per client connection
  // (keep-alive works; a later request for another origin closes the connection); the origin's
  // bytes are relayed as they are.
  tunnel,
  // Every request: "HTTP/1.1 502 Bad Gateway" (Content-Length: 0), then close.
  answer_502,
  // Every request: "HTTP/1.1 407 Proxy Authentication Required" with
  // Proxy-Authenticate: Basic realm="test" (Content-Length: 0), then close.
  answer_407,
  // The next N connections that reach an origin are cut: set up as in `tunnel`, but both sockets
  // are closed as soon as the origin starts answering the client's first request, and that answer
  // is dropped: the client wrote its request, the origin got it, the client gets no response.
  // Later connections behave as in `tunnel`. Through a CONNECT tunnel the proxy follows the TLS
  // records to tell the handshake from the request; with TLS 1.3 this needs an origin that sends
  // session tickets, as OpenSSL (so loopback_server) does by default (see request_watch in
  // scripted_proxy.cpp).
  close_after_request,
};

class scripted_proxy {
 public:
  scripted_proxy();   // listens on 127.0.0.1, any free port, in proxy_mode::tunnel
  ~scripted_proxy();  // stop()

  scripted_proxy(const scripted_proxy&) = delete;
  scripted_proxy& operator=(const scripted_proxy&) = delete;

  std::uint16_t port() const;
  std::string url() const;  // "http://127.0.0.1:PORT"

  // A connection follows the mode in force when its first request head arrives. `count` is how
  // many connections close_after_request cuts (it replaces any count left); other modes ignore it.
  void set_mode(proxy_mode mode, std::size_t count = 1);

  std::size_t connects() const;     // CONNECT requests received (in any mode)
  std::size_t connections() const;  // client connections accepted
  std::size_t cuts() const;         // connections cut by close_after_request so far
  // Request heads received, in arrival order, each exactly as sent, from the request line to the
  // blank line included (CONNECT, and every absolute-form request on a kept-alive connection).
  std::string last_head() const;  // "" before the first
  std::vector<std::string> heads() const;

  // Closes the listener and every connection and joins the thread. Idempotent.
  void stop();

 private:
  class impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace rtk_test
