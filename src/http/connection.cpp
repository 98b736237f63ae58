#include "connection.hpp"

#include "response_reader.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/basic_parser.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>

#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <sys/socket.h>

#include <array>
#include <cerrno>
#include <charconv>

namespace rtk::detail::http {
namespace asio = boost::asio;
namespace beast = boost::beast;
using boost::asio::awaitable;
constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);

namespace {

bool is_ip_literal(const std::string& host) {
  boost::system::error_code ec;
  asio::ip::make_address(host, ec);
  return !ec;
}

// Completes `handler` with `args` through its executor, never inside the initiating function.
template <class Handler, class... Args>
void post_completion(const asio::any_io_executor& fallback, Handler handler, Args... args) {
  auto ex = asio::get_associated_executor(handler, fallback);
  asio::post(ex, [h = std::move(handler), args...]() mutable { std::move(h)(args...); });
}

}  // namespace

connection::connection(asio::any_io_executor ex, const origin& o, asio::ssl::context* tls,
                       const proxy_route* proxy, std::string_view fixed_headers)
    : origin_(o),
      proxy_(proxy),
      fixed_headers_(fixed_headers),
      resolver_(ex),
      phase_timer_(ex),
      stop_(std::make_shared<stopper>()) {
  if (tls != nullptr) {
    tls_.emplace(ex, *tls);
  } else {
    plain_.emplace(ex);
  }
}

connection::~connection() {
  std::lock_guard lock(stop_->mutex);  // a late timer handler finds nothing left to stop
  stop_->fd = -1;
  stop_->resolver = nullptr;
}

asio::ip::tcp::socket& connection::socket() noexcept {
  return tls_ ? tls_->next_layer() : *plain_;
}

void connection::stopper::stop_io() noexcept {
  if (resolver != nullptr) resolver->cancel();
  if (fd >= 0) ::shutdown(fd, SHUT_RDWR);
}

void connection::interrupt() noexcept {
  std::lock_guard lock(stop_->mutex);
  stop_->interrupted = true;
  stop_->stop_io();
}

bool connection::stopped() const noexcept {
  std::lock_guard lock(stop_->mutex);
  return stop_->interrupted || stop_->fired;
}

void connection::start_phase(clock::time_point deadline) {
  unsigned phase = 0;
  {
    std::lock_guard lock(stop_->mutex);
    phase = ++stop_->phase;
    stop_->fired = false;
  }
  phase_timer_.expires_at(deadline);
  phase_timer_.async_wait([weak = std::weak_ptr(stop_), phase](error_code ec) {
    if (ec) return;
    auto stop = weak.lock();
    if (!stop) return;
    std::lock_guard lock(stop->mutex);
    if (stop->phase != phase) return;
    stop->fired = true;
    stop->stop_io();
  });
}

error_code connection::end_phase(error_code ec) {
  bool fired = false;
  bool interrupted = false;
  {
    std::lock_guard lock(stop_->mutex);
    ++stop_->phase;
    fired = stop_->fired;
    interrupted = stop_->interrupted;
  }
  phase_timer_.cancel();
  if (fired) return asio::error::timed_out;
  if (interrupted) return asio::error::operation_aborted;
  return ec;
}

void connection::close_socket() noexcept {
  {
    std::lock_guard lock(stop_->mutex);
    stop_->fd = -1;
  }
  error_code ignored;
  socket().close(ignored);
}

// Each step that another thread may have to stop (the resolve, each connect) starts under the
// stopper's mutex: an interrupt() or a firing deadline either comes first, and the step is not
// started, or finds it under way and stops it.
awaitable<error_code> connection::resolve_and_connect() {
  using results = asio::ip::tcp::resolver::results_type;
  auto start_resolve = [this](auto handler) {
    std::lock_guard lock(stop_->mutex);
    if (stop_->interrupted || stop_->fired) {
      post_completion(resolver_.get_executor(), std::move(handler),
                      error_code(asio::error::operation_aborted), results());
      return;
    }
    stop_->resolver = &resolver_;
    if (proxy_ != nullptr) {
      resolver_.async_resolve(proxy_->host, proxy_->port, std::move(handler));
    } else {
      resolver_.async_resolve(origin_.host, origin_.port, std::move(handler));
    }
  };
  auto [rec, endpoints] =
      co_await asio::async_initiate<decltype(use_tuple), void(error_code, results)>(start_resolve,
                                                                                    use_tuple);
  {
    std::lock_guard lock(stop_->mutex);
    stop_->resolver = nullptr;
  }
  if (rec) co_return rec;
  error_code ec = asio::error::host_not_found;
  for (const auto& entry : endpoints) {
    ec = co_await connect_to(entry.endpoint());
    if (!ec || ec == asio::error::operation_aborted || stopped()) co_return ec;
    close_socket();  // the next address gets a socket of its own
  }
  co_return ec;
}

awaitable<error_code> connection::connect_to(const asio::ip::tcp::endpoint& ep) {
  auto start_connect = [this, ep](auto handler) {
    std::lock_guard lock(stop_->mutex);
    error_code ec;
    if (stop_->interrupted || stop_->fired) {
      ec = asio::error::operation_aborted;
    } else if (!socket().is_open()) {
      socket().open(ep.protocol(), ec);
    }
    if (ec) {
      post_completion(resolver_.get_executor(), std::move(handler), ec);
      return;
    }
    stop_->fd = socket().native_handle();
    socket().async_connect(ep, std::move(handler));
  };
  auto [ec] = co_await asio::async_initiate<decltype(use_tuple), void(error_code)>(start_connect,
                                                                                   use_tuple);
  co_return ec;
}

awaitable<error_code> connection::connect(clock::time_point deadline) {
  start_phase(deadline);
  error_code ec = co_await resolve_and_connect();
  if (!ec) {
    error_code ignored;
    socket().set_option(asio::ip::tcp::no_delay(true), ignored);
  }
  if (!ec && tls_ && proxy_ != nullptr) ec = co_await open_tunnel();
  if (!ec && tls_) {
    SSL* ssl = tls_->native_handle();
    // SNI is for names only; an IP literal is checked against the certificate's IP SANs.
    const bool ip = is_ip_literal(origin_.host);
    if (!ip) SSL_set_tlsext_host_name(ssl, origin_.host.c_str());
    X509_VERIFY_PARAM* param = SSL_get0_param(ssl);
    X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    int set = ip ? X509_VERIFY_PARAM_set1_ip_asc(param, origin_.host.c_str())
                 : X509_VERIFY_PARAM_set1_host(param, origin_.host.c_str(), 0);
    if (set != 1) {
      ec = make_error_code(errc::tls_failure);
    } else {
      auto [hec] = co_await tls_->async_handshake(asio::ssl::stream_base::client, use_tuple);
      ec = hec;
    }
  }
  ec = end_phase(ec);
  keep_alive_ = !ec;
  co_return ec;
}

// CONNECT host:port through the proxy; a 2xx answer makes the socket a tunnel to the origin.
// Within the connect phase: its time limit and interrupt() stop it like a TCP connect.
awaitable<error_code> connection::open_tunnel() {
  const bool ipv6 = origin_.host.find(':') != std::string::npos;
  const std::string authority =
      (ipv6 ? "[" + origin_.host + "]" : origin_.host) + ":" + origin_.port;
  head_ = "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n" +
          proxy_->authorization + "\r\n";
  auto [wec, written] = co_await asio::async_write(socket(), asio::buffer(head_), use_tuple);
  if (wec) co_return wec;
  beast::http::response_parser<beast::http::empty_body> answer;
  answer.skip(true);  // a 2xx to CONNECT has no body; any other ends the connection
  beast::flat_buffer buffer;
  auto [rec, read] = co_await beast::http::async_read_header(socket(), buffer, answer, use_tuple);
  if (rec) co_return rec;
  const unsigned status = answer.get().result_int();
  if (status >= 200 && status <= 299) co_return error_code{};
  proxy_status_ = static_cast<int>(status);
  // 407 asks for credentials; some proxies (tinyproxy) answer wrong ones with 401.
  const bool auth = status == 407 || status == 401;
  co_return make_error_code(auth ? errc::proxy_auth_required : errc::proxy_refused);
}

void connection::write_head(const request& r) {
  char number[16];
  auto decimal = [&number](std::size_t n) {
    auto [end, ec] = std::to_chars(number, number + sizeof number, n);
    return std::string_view(number, static_cast<std::size_t>(end - number));
  };
  head_.clear();
  head_.append(r.method).append(" ");
  // Through a proxy, plain http goes in absolute form, with the proxy's credentials.
  const bool via_proxy = proxy_ != nullptr && !tls_;
  if (via_proxy) head_.append("http://").append(origin_.host_header);
  head_.append(r.target).append(" HTTP/1.1\r\n");
  head_.append(fixed_headers_);
  if (via_proxy) head_.append(proxy_->authorization);
  head_.append("X-RTK-Retry-Count: ").append(decimal(static_cast<std::size_t>(r.retry)));
  head_.append("\r\n");
  if (r.has_body) {
    head_.append("Content-Type: application/json\r\nContent-Length: ");
    head_.append(decimal(r.body.size())).append("\r\n");
  } else if (r.method != "GET" && r.method != "DELETE") {
    head_.append("Content-Length: 0\r\n");
  }
  head_.append("\r\n");
}

// The whole exchange is this one coroutine, on the stream type at hand: a coroutine frame is
// a heap allocation once Asio's per-thread cache of two is in use.
template <class Stream>
awaitable<exchange_result> connection::exchange_on(Stream& s, std::string_view body,
                                                   clock::time_point deadline) {
  exchange_result result;
  keep_alive_ = false;  // until a complete keep-alive response says otherwise
  response_.clear();
  start_phase(deadline);
  if (!stopped()) {  // else interrupted before anything was sent
    std::array<asio::const_buffer, 2> buffers{asio::buffer(head_), asio::buffer(body)};
    auto [wec, written] = co_await asio::async_write(s, buffers, use_tuple);
    result.request_written = written > 0;
    result.ec = wec;
  }
  if (!result.ec && !stopped()) {
    response_reader reader(response_);
    reader.body_limit(max_body_bytes);
    auto [rec, consumed] = co_await beast::http::async_read(s, buffer_, reader, use_tuple);
    result.response_started = response_.status != 0 || buffer_.size() > 0 || consumed > 0;
    result.ec = rec;
    if (!rec) {
      response_.keep_alive = reader.keep_alive();
      keep_alive_ = response_.keep_alive && buffer_.size() == 0;
    }
  }
  result.ec = end_phase(result.ec);
  if (result.ec) keep_alive_ = false;
  co_return result;
}

awaitable<exchange_result> connection::exchange(const request& r, clock::time_point deadline) {
  write_head(r);
  const std::string_view body = r.has_body ? r.body : std::string_view();
  if (tls_) return exchange_on(*tls_, body, deadline);
  return exchange_on(*plain_, body, deadline);
}

void connection::abort() noexcept {
  keep_alive_ = false;
  {
    std::lock_guard lock(stop_->mutex);
    stop_->resolver = nullptr;
  }
  resolver_.cancel();
  close_socket();
}

bool connection::reusable() const noexcept {
  // An interrupt() that came after the last exchange ended has shut the socket down.
  return keep_alive_ && !stopped() && (tls_ ? tls_->next_layer().is_open() : plain_->is_open());
}

bool connection::peer_closed_while_idle() const noexcept {
  const auto& sock = tls_ ? tls_->next_layer() : *plain_;
  if (!sock.is_open()) return true;
  char byte;
  // An idle keep-alive connection has nothing to read: 0 means the peer closed it, data means
  // something we cannot interpret (a TLS alert, a stray response). Either way: do not reuse.
  ssize_t n = ::recv(const_cast<asio::ip::tcp::socket&>(sock).native_handle(), &byte, 1,
                     MSG_PEEK | MSG_DONTWAIT);
  if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return false;
  return true;
}

}  // namespace rtk::detail::http
