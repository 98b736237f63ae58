#include "support/scripted_proxy.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address_v4.hpp>
#include <boost/asio/ip/address_v6.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>
#include <utility>

namespace rtk_test {
namespace {

namespace asio = boost::asio;
namespace http = boost::beast::http;
using tcp = boost::asio::ip::tcp;
using error_code = boost::system::error_code;

constexpr std::size_t kHeadLimit = 64 * 1024;
constexpr std::uint64_t kBodyLimit = 64 * 1024 * 1024;
constexpr std::size_t kChunk = 64 * 1024;
constexpr auto kAcceptRetryDelay = std::chrono::milliseconds(10);

constexpr std::string_view kEstablished = "HTTP/1.1 200 Connection established\r\n\r\n";
constexpr std::string_view kBadRequest = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n";
constexpr std::string_view kForbidden = "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n";
constexpr std::string_view kBadGateway = "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n";
constexpr std::string_view kAuthRequired =
    "HTTP/1.1 407 Proxy Authentication Required\r\n"
    "Proxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\n\r\n";

bool iequals(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

enum class target_check { ok, malformed, forbidden };

// "host[:port]", the host possibly "[v6]". Only loopback origins are ever contacted.
target_check parse_authority(std::string_view authority, bool port_required, tcp::endpoint& out) {
  std::string_view host = authority;
  std::string_view port;
  if (!authority.empty() && authority.front() == '[') {
    const std::size_t close = authority.find(']');
    if (close == std::string_view::npos) return target_check::malformed;
    host = authority.substr(1, close - 1);
    const std::string_view rest = authority.substr(close + 1);
    if (!rest.empty() && rest.front() != ':') return target_check::malformed;
    if (!rest.empty()) port = rest.substr(1);
  } else if (const std::size_t colon = authority.rfind(':'); colon != std::string_view::npos) {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
  } else if (port_required) {
    return target_check::malformed;
  }
  unsigned number = 80;
  if (!port.empty() || port_required) {
    const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), number);
    if (ec != std::errc{} || end != port.data() + port.size() || number == 0 || number > 65535) {
      return target_check::malformed;
    }
  }
  asio::ip::address address;
  if (host == "127.0.0.1" || iequals(host, "localhost")) {
    address = asio::ip::address_v4::loopback();
  } else if (host == "::1") {
    address = asio::ip::address_v6::loopback();
  } else {
    return host.empty() ? target_check::malformed : target_check::forbidden;
  }
  out = tcp::endpoint(address, static_cast<std::uint16_t>(number));
  return target_check::ok;
}

// "http://authority[/path][?query]": the authority, and the target in origin form.
bool split_absolute(std::string_view target, std::string_view& authority, std::string& path) {
  constexpr std::string_view scheme = "http://";
  if (target.size() < scheme.size() || !iequals(target.substr(0, scheme.size()), scheme)) {
    return false;
  }
  target.remove_prefix(scheme.size());
  const std::size_t end = std::min(target.find_first_of("/?"), target.size());
  authority = target.substr(0, end);
  path = target.substr(end);
  if (path.empty() || path.front() != '/') path.insert(0, "/");
  return true;
}

// The head with `request_line` in place of its own and without Proxy-Authorization.
std::string origin_head(std::string_view head, std::string_view request_line) {
  std::string out(request_line);
  out += "\r\n";
  std::size_t pos = head.find("\r\n") + 2;
  for (;;) {
    const std::size_t end = head.find("\r\n", pos);
    const std::string_view line = head.substr(pos, end - pos);
    if (end == std::string_view::npos || line.empty()) break;
    pos = end + 2;
    if (!iequals(line.substr(0, line.find(':')), "Proxy-Authorization")) {
      out.append(line).append("\r\n");
    }
  }
  out += "\r\n";
  return out;
}

// Tells when a connection that close_after_request cuts is cut: as soon as the origin starts
// answering the client's request, and never during the TLS handshake before it. It is fed each
// direction's bytes, in order, before they are forwarded.
//
// Plain bytes (absolute-form requests, or a tunnel whose first byte does not start a TLS
// handshake record): once the client has sent anything, the origin's next bytes are its answer.
//
// TLS: only record types are visible. The first application-data record (type 23) from the
// client is its request with TLS 1.2, but its Finished with TLS 1.3, recognisable because the
// origin sent application data (its encrypted handshake) before. With TLS 1.3 the origin then
// sends session tickets, as application data too, after reading the client's Finished and
// independently of the request. So that they are not taken for the answer, the client's request
// records are held back until the origin's next bytes (the tickets) have gone through. This
// assumes the origin sends tickets, in one write: OpenSSL sends two by default, and an Asio
// server such as loopback_server writes them together; an origin that sends none would leave the
// request waiting until the client gives up.
//
// The orderings rest on causality, not timing: the client sends its Finished only once the
// origin's whole first flight went through the proxy, and the origin answers only once the
// request did; so the cut is deterministic and the origin always gets the whole request.
class request_watch {
 public:
  // How many of the client's next bytes may be forwarded now; the rest waits for origin_data().
  std::size_t client_data(std::string_view bytes) {
    if (payload_ == payload::unknown && !bytes.empty()) {
      payload_ = bytes.front() == kHandshake ? payload::tls : payload::plain;
    }
    if (payload_ == payload::plain) {
      armed_ = true;
      return bytes.size();
    }
    return client_.walk(bytes, [this](unsigned char type) {
      if (type != kApplicationData) return true;
      if (client_app_records_ == 0) tls13_ = origin_app_data_;
      const bool request = !tls13_ || client_app_records_ > 0;
      if (request && tls13_ && !tickets_passed_) return false;
      ++client_app_records_;
      armed_ = armed_ || request;
      return true;
    });
  }

  // True if the connection is to be cut instead of forwarding these origin bytes.
  bool origin_data(std::string_view bytes) {
    if (armed_) return true;
    if (payload_ != payload::plain) {
      if (tls13_ && client_app_records_ > 0) tickets_passed_ = true;
      origin_.walk(bytes, [this](unsigned char type) {
        if (type == kApplicationData && client_app_records_ == 0) origin_app_data_ = true;
        return true;
      });
    }
    return false;
  }

 private:
  static constexpr unsigned char kHandshake = 22;
  static constexpr unsigned char kApplicationData = 23;

  // Follows one direction's TLS records across reads.
  struct record_walker {
    // Calls on_start(type) where a record starts; stops there (returning the offset) if it
    // returns false, so that the same record is offered again with the next call.
    template <class OnStart>
    std::size_t walk(std::string_view bytes, OnStart on_start) {
      std::size_t i = 0;
      while (i < bytes.size()) {
        if (body_left > 0) {
          const std::size_t skip = std::min(body_left, bytes.size() - i);
          body_left -= skip;
          i += skip;
          continue;
        }
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (header_seen == 0 && !on_start(byte)) return i;
        header[header_seen++] = byte;
        ++i;
        if (header_seen == header.size()) {  // type, version (2), length (2, big-endian)
          body_left = (std::size_t{header[3]} << 8) | header[4];
          header_seen = 0;
        }
      }
      return bytes.size();
    }

    std::array<unsigned char, 5> header{};
    std::size_t header_seen = 0;
    std::size_t body_left = 0;
  };

  enum class payload { unknown, plain, tls };
  payload payload_ = payload::unknown;
  record_walker client_;
  record_walker origin_;
  bool origin_app_data_ = false;  // the origin sent application data before the client did
  bool tls13_ = false;
  std::size_t client_app_records_ = 0;
  bool tickets_passed_ = false;
  bool armed_ = false;  // the request is on its way: the origin's next bytes are its answer
};

class session;

// State shared by the proxy thread (sessions, acceptor) and test threads (public API). Members
// marked "io thread only" are touched only by handlers run by ioc_; the rest is guarded by mu_.
class proxy_core {
 public:
  proxy_core();
  ~proxy_core() { stop(); }
  proxy_core(const proxy_core&) = delete;
  proxy_core& operator=(const proxy_core&) = delete;

  std::uint16_t port() const { return port_; }
  void set_mode(proxy_mode mode, std::size_t count);
  std::size_t connects() const;
  std::size_t connections() const;
  std::size_t cuts() const;
  std::vector<std::string> heads() const;
  std::string last_head() const;
  void stop();

  // Called by sessions, on the io thread.
  proxy_mode on_head(std::string head, bool connect);  // records it; returns the current mode
  bool take_cut();                                     // true if this connection is to be cut
  void on_cut();
  void on_closed(std::size_t index);

 private:
  void run() noexcept;
  void do_accept();
  void on_accept(error_code ec, tcp::socket socket);
  void stop_on_io_thread();

  asio::io_context ioc_;  // declared before every I/O object so it is destroyed after them
  tcp::acceptor acceptor_;
  asio::steady_timer accept_retry_;
  std::uint16_t port_ = 0;
  std::map<std::size_t, std::weak_ptr<session>> sessions_;  // io thread only
  std::size_t next_index_ = 0;                              // io thread only
  bool stopping_ = false;                                   // io thread only

  mutable std::mutex mu_;
  proxy_mode mode_ = proxy_mode::tunnel;
  std::size_t cut_budget_ = 0;
  std::size_t connects_ = 0;
  std::size_t connections_ = 0;
  std::size_t cuts_ = 0;
  std::vector<std::string> heads_;

  std::once_flag stop_once_;
  std::thread thread_;  // last: started once everything else is constructed
};

// One client connection and, once it reaches one, its origin connection. Lives as long as one
// of its asynchronous operations holds a shared_ptr to it. Per direction at most one read and
// one write are in flight; "up" is client to origin, "down" origin to client.
class session : public std::enable_shared_from_this<session> {
 public:
  session(proxy_core& core, std::size_t index, tcp::socket client)
      : core_(core), index_(index), client_(std::move(client)), origin_(client_.get_executor()) {}

  void start() { read_head(); }
  void close_now() { close_all(); }

 private:
  void read_head();
  void on_head(error_code ec, std::size_t n);
  void open_origin(tcp::endpoint endpoint);
  void on_origin(error_code ec);
  void read_request_body();
  void forward_request();
  void pump_up();
  void read_up();
  void read_down();
  void on_down(error_code ec, std::size_t n);
  void refuse(std::string_view answer);
  void drain();
  void close_all();

  proxy_core& core_;
  const std::size_t index_;
  tcp::socket client_;
  tcp::socket origin_;
  std::string in_;      // client bytes read and not handled yet
  std::string head_;    // the request head being handled
  std::string up_out_;  // bytes of the write to the origin (or of a refusal) in flight
  std::array<char, kChunk> up_buf_{};
  std::array<char, kChunk> down_buf_{};
  std::optional<http::request_parser<http::string_body>> parser_;  // absolute-form only
  std::string request_line_;  // the current request's line in origin form
  std::string request_rest_;  // its body bytes as sent (still framed), once parsed
  tcp::endpoint origin_endpoint_;
  std::optional<request_watch> watch_;  // set if close_after_request cuts this connection
  bool connect_ = false;                // a CONNECT tunnel (else absolute-form forwarding)
  bool want_cut_ = false;
  bool origin_open_ = false;
  bool up_held_ = false;  // the watch holds client bytes back until the origin's next bytes
  bool closed_ = false;
};

void session::read_head() {
  // Leftover bytes in in_ are searched first, so pipelined requests are not lost.
  asio::async_read_until(
      client_, asio::dynamic_buffer(in_, kHeadLimit), "\r\n\r\n",
      [self = shared_from_this()](error_code ec, std::size_t n) { self->on_head(ec, n); });
}

void session::on_head(error_code ec, std::size_t n) {
  if (closed_) return;
  if (ec) return close_all();  // EOF, or a head over kHeadLimit
  head_.assign(in_, 0, n);
  in_.erase(0, n);
  parser_.emplace();
  parser_->header_limit(static_cast<std::uint32_t>(kHeadLimit));
  parser_->body_limit(kBodyLimit);
  error_code parse_ec;
  parser_->put(asio::buffer(head_), parse_ec);
  const bool parsed = !parse_ec && parser_->is_header_done();
  const bool connect = parsed && parser_->get().method() == http::verb::connect;
  const std::string target = parsed ? std::string(parser_->get().target()) : std::string();
  std::string_view authority = target;
  std::string path;
  const bool absolute = parsed && !connect && split_absolute(target, authority, path);
  if (parsed) {
    const std::string_view line = std::string_view(head_).substr(0, head_.find("\r\n"));
    const std::string_view method = parser_->get().method_string();
    request_line_ =
        std::string(method) + " " + path + " " + std::string(line.substr(line.rfind(' ') + 1));
  }

  if (origin_open_) {
    // A further request on a kept-alive absolute-form connection: same origin only.
    core_.on_head(head_, connect);
    tcp::endpoint endpoint;
    if (!absolute || parse_authority(authority, false, endpoint) != target_check::ok ||
        endpoint != origin_endpoint_) {
      return close_all();
    }
    return read_request_body();
  }

  const proxy_mode mode = core_.on_head(head_, connect);
  if (mode == proxy_mode::answer_502) return refuse(kBadGateway);
  if (mode == proxy_mode::answer_407) return refuse(kAuthRequired);
  if (!connect && !absolute) return refuse(kBadRequest);
  tcp::endpoint endpoint;
  switch (parse_authority(authority, connect, endpoint)) {
    case target_check::ok:
      break;
    case target_check::malformed:
      return refuse(kBadRequest);
    case target_check::forbidden:
      return refuse(kForbidden);
  }
  connect_ = connect;
  want_cut_ = mode == proxy_mode::close_after_request;
  open_origin(endpoint);
}

void session::open_origin(tcp::endpoint endpoint) {
  origin_endpoint_ = endpoint;
  origin_.async_connect(endpoint,
                        [self = shared_from_this()](error_code ec) { self->on_origin(ec); });
}

void session::on_origin(error_code ec) {
  if (closed_) return;
  if (ec) return refuse(kBadGateway);
  origin_open_ = true;
  error_code ignored;
  origin_.set_option(tcp::no_delay(true), ignored);
  if (want_cut_ && core_.take_cut()) watch_.emplace();
  if (!connect_) {
    read_down();
    return read_request_body();
  }
  up_out_ = kEstablished;
  asio::async_write(client_, asio::buffer(up_out_),
                    [self = shared_from_this()](error_code wec, std::size_t) {
                      if (self->closed_) return;
                      if (wec) return self->close_all();
                      self->read_down();
                      self->pump_up();  // bytes the client sent right after its CONNECT first
                    });
}

// Absolute form: the parser has the head; it finds where the body ends (Content-Length or
// chunked), so each request can be forwarded whole, as sent, before the next head is read.
void session::read_request_body() {
  parser_->eager(true);  // the head is parsed: now take as much of the body as there is
  while (!parser_->is_done() && !in_.empty()) {
    error_code ec;
    const std::size_t used = parser_->put(asio::buffer(in_), ec);
    request_rest_.append(in_, 0, used);
    in_.erase(0, used);
    if (ec == http::error::need_more || (!ec && used == 0)) break;  // wait for more bytes
    if (ec) return close_all();
  }
  if (parser_->is_done()) return forward_request();
  client_.async_read_some(asio::buffer(up_buf_),
                          [self = shared_from_this()](error_code ec, std::size_t n) {
                            if (self->closed_) return;
                            if (ec) return self->close_all();
                            self->in_.append(self->up_buf_.data(), n);
                            self->read_request_body();
                          });
}

void session::forward_request() {
  up_out_ = origin_head(head_, request_line_) + request_rest_;
  request_rest_.clear();
  if (watch_) watch_->client_data(up_out_);  // plain bytes: always forwarded, and arms the cut
  asio::async_write(origin_, asio::buffer(up_out_),
                    [self = shared_from_this()](error_code ec, std::size_t) {
                      if (self->closed_) return;
                      if (ec) return self->close_all();
                      self->read_head();
                    });
}

// CONNECT tunnel, client to origin: forwards what in_ holds (as far as the watch allows), then
// reads more.
void session::pump_up() {
  if (in_.empty()) return read_up();
  const std::size_t n = watch_ ? watch_->client_data(in_) : in_.size();
  if (n == 0) {
    up_held_ = true;  // read_down() resumes once the origin's next bytes have gone through
    return;
  }
  up_out_.assign(in_, 0, n);
  in_.erase(0, n);
  asio::async_write(origin_, asio::buffer(up_out_),
                    [self = shared_from_this()](error_code ec, std::size_t) {
                      if (self->closed_) return;
                      if (ec) return self->close_all();
                      self->pump_up();
                    });
}

void session::read_up() {
  client_.async_read_some(asio::buffer(up_buf_),
                          [self = shared_from_this()](error_code ec, std::size_t n) {
                            if (self->closed_) return;
                            if (ec) return self->close_all();
                            self->in_.append(self->up_buf_.data(), n);
                            self->pump_up();
                          });
}

// Origin to client, for both kinds of connection: the origin's bytes are relayed as they come.
void session::read_down() {
  origin_.async_read_some(
      asio::buffer(down_buf_),
      [self = shared_from_this()](error_code ec, std::size_t n) { self->on_down(ec, n); });
}

void session::on_down(error_code ec, std::size_t n) {
  if (closed_) return;
  if (ec) return close_all();
  if (watch_ && watch_->origin_data(std::string_view(down_buf_.data(), n))) {
    core_.on_cut();
    return close_all();  // the origin's answer is dropped
  }
  asio::async_write(client_, asio::buffer(down_buf_.data(), n),
                    [self = shared_from_this()](error_code wec, std::size_t) {
                      if (self->closed_) return;
                      if (wec) return self->close_all();
                      if (self->up_held_) {
                        self->up_held_ = false;
                        self->pump_up();
                      }
                      self->read_down();
                    });
}

// Answers and closes. The client's end of file is awaited (after ours) before closing, so that
// unread request bytes cannot make the close a reset that might destroy the answer.
void session::refuse(std::string_view answer) {
  up_out_ = answer;
  asio::async_write(client_, asio::buffer(up_out_),
                    [self = shared_from_this()](error_code ec, std::size_t) {
                      if (self->closed_) return;
                      if (ec) return self->close_all();
                      error_code ignored;
                      self->client_.shutdown(tcp::socket::shutdown_send, ignored);
                      self->drain();
                    });
}

void session::drain() {
  client_.async_read_some(asio::buffer(up_buf_),
                          [self = shared_from_this()](error_code ec, std::size_t) {
                            if (self->closed_) return;
                            if (ec) return self->close_all();
                            self->drain();
                          });
}

// The single place where a connection ends; idempotent. Pending operations complete with
// operation_aborted afterwards and return early because closed_ is set.
void session::close_all() {
  if (closed_) return;
  closed_ = true;
  error_code ignored;
  client_.close(ignored);
  origin_.close(ignored);
  core_.on_closed(index_);
}

proxy_core::proxy_core() : acceptor_(ioc_), accept_retry_(ioc_) {
  const tcp::endpoint endpoint(asio::ip::address_v4::loopback(), 0);  // loopback only
  acceptor_.open(endpoint.protocol());
  acceptor_.set_option(tcp::acceptor::reuse_address(true));
  acceptor_.bind(endpoint);
  acceptor_.listen(asio::socket_base::max_listen_connections);
  port_ = acceptor_.local_endpoint().port();
  do_accept();
  thread_ = std::thread([this] { run(); });
}

void proxy_core::stop() {
  std::call_once(stop_once_, [this] {
    // Stopping on the io thread avoids racing with handlers; run() then returns by itself once
    // the aborted operations have drained, so no handler (and no session) outlives the thread.
    asio::post(ioc_, [this] { stop_on_io_thread(); });
    thread_.join();
  });
}

void proxy_core::run() noexcept {
  for (;;) {
    try {
      ioc_.run();
      return;
    } catch (const std::exception& e) {
      // Only a bug in this file (or a throwing allocation) gets here; keep serving.
      std::fprintf(stderr, "scripted_proxy: unexpected exception: %s\n", e.what());
    } catch (...) {
      std::fprintf(stderr, "scripted_proxy: unexpected exception\n");
    }
  }
}

void proxy_core::do_accept() {
  acceptor_.async_accept(
      [this](error_code ec, tcp::socket socket) { on_accept(ec, std::move(socket)); });
}

void proxy_core::on_accept(error_code ec, tcp::socket socket) {
  if (stopping_) return;
  if (ec) {
    // E.g. EMFILE: back off briefly instead of spinning on a failing accept.
    accept_retry_.expires_after(kAcceptRetryDelay);
    accept_retry_.async_wait([this](error_code wait_ec) {
      if (!wait_ec && !stopping_) do_accept();
    });
    return;
  }
  error_code ignored;
  socket.set_option(tcp::no_delay(true), ignored);  // relayed bytes must go on at once
  {
    std::lock_guard lock(mu_);
    ++connections_;
  }
  const std::size_t index = next_index_++;
  auto s = std::make_shared<session>(*this, index, std::move(socket));
  sessions_.emplace(index, s);
  s->start();
  do_accept();
}

void proxy_core::stop_on_io_thread() {
  stopping_ = true;
  error_code ignored;
  acceptor_.close(ignored);
  accept_retry_.cancel();
  // A snapshot, because closing a session erases it from sessions_.
  std::vector<std::shared_ptr<session>> live;
  for (const auto& [index, weak] : sessions_) {
    if (auto s = weak.lock()) live.push_back(std::move(s));
  }
  for (const auto& s : live) s->close_now();
}

void proxy_core::set_mode(proxy_mode mode, std::size_t count) {
  std::lock_guard lock(mu_);
  mode_ = mode;
  cut_budget_ = mode == proxy_mode::close_after_request ? count : 0;
}

std::size_t proxy_core::connects() const {
  std::lock_guard lock(mu_);
  return connects_;
}

std::size_t proxy_core::connections() const {
  std::lock_guard lock(mu_);
  return connections_;
}

std::size_t proxy_core::cuts() const {
  std::lock_guard lock(mu_);
  return cuts_;
}

std::vector<std::string> proxy_core::heads() const {
  std::lock_guard lock(mu_);
  return heads_;
}

std::string proxy_core::last_head() const {
  std::lock_guard lock(mu_);
  return heads_.empty() ? std::string() : heads_.back();
}

proxy_mode proxy_core::on_head(std::string head, bool connect) {
  std::lock_guard lock(mu_);
  if (connect) ++connects_;
  heads_.push_back(std::move(head));
  return mode_;
}

bool proxy_core::take_cut() {
  std::lock_guard lock(mu_);
  if (cut_budget_ == 0) return false;
  --cut_budget_;
  return true;
}

void proxy_core::on_cut() {
  std::lock_guard lock(mu_);
  ++cuts_;
}

void proxy_core::on_closed(std::size_t index) {
  sessions_.erase(index);
}

}  // namespace

class scripted_proxy::impl : public proxy_core {};

scripted_proxy::scripted_proxy() : impl_(std::make_unique<impl>()) {}

scripted_proxy::~scripted_proxy() = default;

std::uint16_t scripted_proxy::port() const {
  return impl_->port();
}

std::string scripted_proxy::url() const {
  return "http://127.0.0.1:" + std::to_string(port());
}

void scripted_proxy::set_mode(proxy_mode mode, std::size_t count) {
  impl_->set_mode(mode, count);
}

std::size_t scripted_proxy::connects() const {
  return impl_->connects();
}

std::size_t scripted_proxy::connections() const {
  return impl_->connections();
}

std::size_t scripted_proxy::cuts() const {
  return impl_->cuts();
}

std::string scripted_proxy::last_head() const {
  return impl_->last_head();
}

std::vector<std::string> scripted_proxy::heads() const {
  return impl_->heads();
}

void scripted_proxy::stop() {
  impl_->stop();
}

}  // namespace rtk_test
