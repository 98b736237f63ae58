#include "support/loopback_server.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address_v4.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/status.hpp>
#include <boost/beast/http/string_body.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <exception>
#include <future>
#include <map>
#include <mutex>
#include <thread>
#include <type_traits>

namespace rtk_test {
namespace {

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = boost::asio::ip::tcp;
using error_code = boost::system::error_code;

// Generous limits: tests may upload large bodies, and a limit error would look like a client bug.
constexpr std::size_t kHeaderLimit = 64 * 1024;
constexpr std::uint64_t kBodyLimit = 64 * 1024 * 1024;
constexpr std::size_t kReadChunk = 16 * 1024;
constexpr auto kAcceptRetryDelay = std::chrono::milliseconds(10);

bool iequals(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

std::string to_std(beast::string_view s) {
  return std::string(s.data(), s.size());
}

std::string reason_phrase(int status) {
  const http::status code = http::int_to_status(static_cast<unsigned>(status));
  return code == http::status::unknown ? "Unknown" : to_std(http::obsolete_reason(code));
}

struct wire_reply {
  std::string head;  // status line + headers + blank line
  std::string body;
};

// 1xx, 204 and 304 responses never have a body; writing one would desynchronise the client.
bool status_forbids_body(int status) {
  return (status >= 100 && status < 200) || status == 204 || status == 304;
}

wire_reply format_reply(const scripted_reply& r, bool head_request, bool close) {
  const bool bodiless = status_forbids_body(r.status);
  wire_reply out;
  out.head = "HTTP/1.1 " + std::to_string(r.status) + " " + reason_phrase(r.status) + "\r\n";
  bool has_content_type = false;
  bool has_connection = false;
  for (const auto& [name, value] : r.headers) {
    if (iequals(name, "Content-Length")) continue;  // always computed below
    has_content_type = has_content_type || iequals(name, "Content-Type");
    has_connection = has_connection || iequals(name, "Connection");
    out.head += name + ": " + value + "\r\n";
  }
  if (!bodiless) {
    if (!has_content_type) out.head += "Content-Type: application/json\r\n";
    out.head += "Content-Length: " + std::to_string(r.body.size()) + "\r\n";
  }
  if (close && !has_connection) out.head += "Connection: close\r\n";
  out.head += "\r\n";
  // A HEAD response announces the length of the body it would have had, but sends none.
  if (!bodiless && !head_request) out.body = r.body;
  return out;
}

received_request to_received(const http::request<http::string_body>& req, std::size_t index) {
  received_request r;
  r.received_at = std::chrono::steady_clock::now();
  r.method = to_std(req.method_string());
  r.target = to_std(req.target());
  r.body = req.body();
  r.connection_index = index;
  // Beast keeps fields in arrival order and preserves the spelling of their names.
  for (const auto& field : req) {
    r.headers.emplace_back(to_std(field.name_string()), to_std(field.value()));
  }
  return r;
}

scripted_reply default_reply() {
  scripted_reply r;
  r.body = R"({"success":true,"data":{}})";
  return r;
}

class session_base {
 public:
  virtual ~session_base() = default;
  virtual void start() = 0;
  virtual void close_if_idle() = 0;
  virtual void close_now() = 0;
};

// State shared by the server thread (sessions, acceptor) and test threads (public API).
// Members marked "io thread only" are touched exclusively from handlers run by ioc_, so they need
// no lock; everything else is guarded by mu_.
class server_core {
 public:
  using handler_type = std::function<scripted_reply(const received_request&)>;

  explicit server_core(loopback_server::options opts);
  ~server_core();
  server_core(const server_core&) = delete;
  server_core& operator=(const server_core&) = delete;

  std::uint16_t port() const { return port_; }
  bool tls() const { return tls_ctx_.has_value(); }

  void push_reply(scripted_reply r);
  void set_handler(handler_type h);
  std::size_t accepted_connections() const;
  std::size_t request_count() const;
  std::vector<received_request> requests() const;
  std::size_t open_connections() const;
  void close_idle_connections();
  bool wait_for_requests(std::size_t n, std::chrono::milliseconds timeout) const;
  bool wait_for_open_connections(std::size_t n, std::chrono::milliseconds timeout) const;

  // Called by sessions, on the io thread.
  std::size_t on_accepted();
  void on_closed(std::size_t index);
  void record(received_request r);
  bool take_close_without_reading();
  scripted_reply next_reply(const received_request& r);

 private:
  void open_acceptor(std::uint16_t port);
  void run() noexcept;
  void do_accept();
  void on_accept(error_code ec, tcp::socket socket);
  void start_session(tcp::socket socket);
  std::vector<std::shared_ptr<session_base>> live_sessions();
  void close_idle_on_io_thread();
  void stop_on_io_thread();

  std::optional<ssl::context> tls_ctx_;
  asio::io_context ioc_;  // declared before every I/O object so it is destroyed after them
  tcp::acceptor acceptor_;
  asio::steady_timer accept_retry_;
  std::uint16_t port_ = 0;
  std::map<std::size_t, std::weak_ptr<session_base>> sessions_;  // io thread only
  bool stopping_ = false;                                        // io thread only

  mutable std::mutex mu_;
  mutable std::condition_variable cv_;
  std::deque<scripted_reply> queue_;
  handler_type handler_;
  std::vector<received_request> requests_;
  std::size_t accepted_ = 0;
  std::size_t open_ = 0;

  std::thread thread_;  // last: started once everything else is constructed
};

// One accepted connection. Stream is tcp::socket or ssl::stream<tcp::socket>. Lives as long as
// one of its asynchronous operations holds a shared_ptr to it; at most one read or one write is
// in flight at any time, which keeps the TLS stream usage legal.
template <class Stream>
class session final : public session_base, public std::enable_shared_from_this<session<Stream>> {
  static constexpr bool kTls = !std::is_same_v<Stream, tcp::socket>;

 public:
  template <class... Args>
  session(server_core& server, std::size_t index, Args&&... stream_args)
      : server_(server),
        index_(index),
        stream_(std::forward<Args>(stream_args)...),
        timer_(stream_.get_executor()) {}

  void start() override;
  void close_if_idle() override;
  void close_now() override { finish_close(); }

 private:
  // writing_reply: a complete keep-alive response is being written. Such a connection counts as
  // idle for close_idle_connections(), because the client may already hold the whole response
  // before our write handler runs; otherwise a test closing idle connections right after reading
  // a response would race with that handler.
  enum class state {
    handshaking,
    idle,
    reading,
    responding,
    writing_reply,
    stalled,
    closing,
    closed
  };

  tcp::socket& raw_socket() {
    if constexpr (kTls) {
      return stream_.next_layer();
    } else {
      return stream_;
    }
  }
  bool closed() const { return state_ == state::closed; }

  void wait_for_request();
  void on_first_bytes(error_code ec, std::size_t n);
  void read_head();
  void on_head(error_code ec);
  void on_body(error_code ec);
  void handle_request();
  void respond(scripted_reply reply);
  void write_truncated(scripted_reply reply);
  void on_written(error_code ec, bool close);
  void discard_until_closed();
  void graceful_close();
  void abort_close(bool reset);
  void finish_close();

  server_core& server_;
  const std::size_t index_;
  Stream stream_;
  asio::steady_timer timer_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::string out_;                   // bytes of the write in flight; must outlive it
  std::array<char, 4096> discard_{};  // sink for bytes sent to a stalled connection
  state state_ = state::handshaking;
  bool idle_close_requested_ = false;
  bool keep_alive_ = true;
  bool head_request_ = false;
};

template <class Stream>
void session<Stream>::start() {
  if constexpr (kTls) {
    state_ = state::handshaking;
    // A failed handshake (e.g. the client rejects our certificate) just drops this connection.
    stream_.async_handshake(ssl::stream_base::server,
                            [self = this->shared_from_this()](error_code ec) {
                              if (self->closed()) return;
                              if (ec) return self->finish_close();
                              self->wait_for_request();
                            });
  } else {
    wait_for_request();
  }
}

// Waits for the first byte of the next request separately from parsing it, so that "idle"
// (eligible for close_idle_connections) means exactly: no byte of a new request has arrived.
template <class Stream>
void session<Stream>::wait_for_request() {
  if (buffer_.size() > 0) return read_head();  // a pipelined request is already buffered
  state_ = state::idle;
  stream_.async_read_some(buffer_.prepare(kReadChunk),
                          [self = this->shared_from_this()](error_code ec, std::size_t n) {
                            self->on_first_bytes(ec, n);
                          });
}

template <class Stream>
void session<Stream>::on_first_bytes(error_code ec, std::size_t n) {
  if (closed()) return;
  buffer_.commit(n);
  if (idle_close_requested_) return graceful_close();
  if (ec) return finish_close();  // the client closed its idle connection
  read_head();
}

template <class Stream>
void session<Stream>::read_head() {
  state_ = state::reading;
  parser_.emplace();
  parser_->header_limit(kHeaderLimit);
  parser_->body_limit(kBodyLimit);
  http::async_read_header(
      stream_, buffer_, *parser_,
      [self = this->shared_from_this()](error_code ec, std::size_t) { self->on_head(ec); });
}

template <class Stream>
void session<Stream>::on_head(error_code ec) {
  if (closed()) return;
  if (ec) return finish_close();  // the client went away or sent something unparseable
  if (server_.take_close_without_reading()) {
    received_request r = to_received(parser_->get(), index_);
    r.body.clear();
    server_.record(std::move(r));
    return abort_close(false);
  }
  http::async_read(
      stream_, buffer_, *parser_,
      [self = this->shared_from_this()](error_code ec, std::size_t) { self->on_body(ec); });
}

template <class Stream>
void session<Stream>::on_body(error_code ec) {
  if (closed()) return;
  if (ec) return finish_close();
  handle_request();
}

template <class Stream>
void session<Stream>::handle_request() {
  const auto& req = parser_->get();
  keep_alive_ = req.keep_alive();
  head_request_ = req.method() == http::verb::head;
  received_request r = to_received(req, index_);
  server_.record(r);  // recorded before the handler runs, so a handler sees it in requests()
  scripted_reply reply = server_.next_reply(r);
  state_ = state::responding;
  if (reply.delay.count() <= 0) return respond(std::move(reply));
  timer_.expires_after(reply.delay);
  timer_.async_wait(
      [self = this->shared_from_this(), reply = std::move(reply)](error_code ec) mutable {
        if (self->closed() || ec) return;  // only finish_close() cancels the timer
        self->respond(std::move(reply));
      });
}

template <class Stream>
void session<Stream>::respond(scripted_reply reply) {
  switch (reply.fault_kind) {
    case fault::close_before_response:
    case fault::close_without_reading:  // the body is already read when we get here
      return abort_close(false);
    case fault::reset:
      return abort_close(true);
    case fault::stall:
      state_ = state::stalled;
      return discard_until_closed();
    case fault::close_mid_body:
      return write_truncated(std::move(reply));
    case fault::none:
      break;
  }
  const bool close = reply.close_after || !keep_alive_;
  if (!close) state_ = state::writing_reply;
  if (reply.raw) {
    out_ = std::move(*reply.raw);
  } else {
    wire_reply wire = format_reply(reply, head_request_, close);
    out_ = std::move(wire.head) + wire.body;
  }
  asio::async_write(stream_, asio::buffer(out_),
                    [self = this->shared_from_this(), close](error_code ec, std::size_t) {
                      self->on_written(ec, close);
                    });
}

template <class Stream>
void session<Stream>::write_truncated(scripted_reply reply) {
  // There must be at least one announced byte left unsent for the body to be truncated.
  if (reply.body.size() < 2) reply.body.assign(16, 'x');
  wire_reply wire = format_reply(reply, false, false);
  out_ = std::move(wire.head);
  out_.append(wire.body, 0, wire.body.size() / 2);
  asio::async_write(stream_, asio::buffer(out_),
                    [self = this->shared_from_this()](error_code, std::size_t) {
                      if (self->closed()) return;
                      self->abort_close(false);
                    });
}

template <class Stream>
void session<Stream>::on_written(error_code ec, bool close) {
  if (closed()) return;
  if (ec) return finish_close();
  if (close || idle_close_requested_) return graceful_close();
  wait_for_request();
}

// Keeps reading (and dropping) whatever a stalled connection sends, only to notice the client
// closing it.
template <class Stream>
void session<Stream>::discard_until_closed() {
  stream_.async_read_some(asio::buffer(discard_),
                          [self = this->shared_from_this()](error_code ec, std::size_t) {
                            if (self->closed()) return;
                            if (ec) return self->finish_close();
                            self->discard_until_closed();
                          });
}

template <class Stream>
void session<Stream>::close_if_idle() {
  if (state_ == state::writing_reply) {
    idle_close_requested_ = true;  // on_written() closes instead of waiting for a request
    return;
  }
  if (state_ != state::idle) return;
  // The pending read completes with operation_aborted; on_first_bytes then closes. Closing from
  // there (not here) keeps a TLS shutdown from overlapping the read.
  idle_close_requested_ = true;
  error_code ignored;
  raw_socket().cancel(ignored);
}

// A well-behaved close: over TLS, send close_notify first, like a real server timing out.
template <class Stream>
void session<Stream>::graceful_close() {
  if constexpr (kTls) {
    state_ = state::closing;
    stream_.async_shutdown([self = this->shared_from_this()](error_code) { self->finish_close(); });
    // Asio's shutdown then waits for the peer's close_notify, which an idle client never sends.
    // Shutting down our receiving side makes that read end at once with EOF (Linux), after our
    // close_notify has been written, so the close never hangs.
    error_code ignored;
    raw_socket().shutdown(tcp::socket::shutdown_receive, ignored);
  } else {
    finish_close();
  }
}

template <class Stream>
void session<Stream>::abort_close(bool reset) {
  if (reset) {
    // Linger with a zero timeout makes close() send RST instead of FIN.
    error_code ignored;
    raw_socket().set_option(asio::socket_base::linger(true, 0), ignored);
  }
  finish_close();
}

// The single place where a connection ends; idempotent. Pending operations complete with
// operation_aborted afterwards and return early because closed() is true.
template <class Stream>
void session<Stream>::finish_close() {
  if (closed()) return;
  state_ = state::closed;
  timer_.cancel();
  error_code ignored;
  raw_socket().close(ignored);
  server_.on_closed(index_);
}

server_core::server_core(loopback_server::options opts)
    : acceptor_(ioc_),
      accept_retry_(ioc_),
      handler_([](const received_request&) { return default_reply(); }) {
  if (opts.tls) {
    tls_ctx_.emplace(ssl::context::tls_server);
    tls_ctx_->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                          ssl::context::no_sslv3);
    tls_ctx_->use_certificate_chain_file(opts.cert_file);
    tls_ctx_->use_private_key_file(opts.key_file, ssl::context::pem);
  }
  open_acceptor(opts.port);
  do_accept();
  thread_ = std::thread([this] { run(); });
}

server_core::~server_core() {
  // Stopping on the io thread avoids racing with handlers; run() then returns by itself once the
  // aborted operations have drained, so no handler (and no session) outlives this object.
  asio::post(ioc_, [this] { stop_on_io_thread(); });
  thread_.join();
}

void server_core::open_acceptor(std::uint16_t port) {
  const tcp::endpoint endpoint(asio::ip::address_v4::loopback(), port);  // loopback only
  acceptor_.open(endpoint.protocol());
  acceptor_.set_option(tcp::acceptor::reuse_address(true));
  acceptor_.bind(endpoint);
  acceptor_.listen(asio::socket_base::max_listen_connections);
  port_ = acceptor_.local_endpoint().port();
}

void server_core::run() noexcept {
  for (;;) {
    try {
      ioc_.run();
      return;
    } catch (const std::exception& e) {
      // Only a bug in this file (or a throwing allocation) gets here; keep serving.
      std::fprintf(stderr, "loopback_server: unexpected exception: %s\n", e.what());
    } catch (...) {
      std::fprintf(stderr, "loopback_server: unexpected exception\n");
    }
  }
}

void server_core::do_accept() {
  acceptor_.async_accept(
      [this](error_code ec, tcp::socket socket) { on_accept(ec, std::move(socket)); });
}

void server_core::on_accept(error_code ec, tcp::socket socket) {
  if (stopping_) return;
  if (ec) {
    // E.g. EMFILE: back off briefly instead of spinning on a failing accept.
    accept_retry_.expires_after(kAcceptRetryDelay);
    accept_retry_.async_wait([this](error_code wait_ec) {
      if (!wait_ec && !stopping_) do_accept();
    });
    return;
  }
  start_session(std::move(socket));
  do_accept();
}

void server_core::start_session(tcp::socket socket) {
  error_code ignored;
  socket.set_option(tcp::no_delay(true), ignored);  // partial writes must reach the client now
  const std::size_t index = on_accepted();
  std::shared_ptr<session_base> s;
  if (tls_ctx_) {
    s = std::make_shared<session<ssl::stream<tcp::socket>>>(*this, index, std::move(socket),
                                                            *tls_ctx_);
  } else {
    s = std::make_shared<session<tcp::socket>>(*this, index, std::move(socket));
  }
  sessions_.emplace(index, s);
  s->start();
}

std::vector<std::shared_ptr<session_base>> server_core::live_sessions() {
  // A snapshot, because closing a session erases it from sessions_.
  std::vector<std::shared_ptr<session_base>> out;
  for (const auto& [index, weak] : sessions_) {
    if (auto s = weak.lock()) out.push_back(std::move(s));
  }
  return out;
}

void server_core::close_idle_on_io_thread() {
  for (const auto& s : live_sessions()) s->close_if_idle();
}

void server_core::stop_on_io_thread() {
  stopping_ = true;
  error_code ignored;
  acceptor_.close(ignored);
  accept_retry_.cancel();
  for (const auto& s : live_sessions()) s->close_now();
}

void server_core::push_reply(scripted_reply r) {
  std::lock_guard lock(mu_);
  queue_.push_back(std::move(r));
}

void server_core::set_handler(handler_type h) {
  if (!h) h = [](const received_request&) { return default_reply(); };
  std::lock_guard lock(mu_);
  handler_ = std::move(h);
}

std::size_t server_core::accepted_connections() const {
  std::lock_guard lock(mu_);
  return accepted_;
}

std::size_t server_core::request_count() const {
  std::lock_guard lock(mu_);
  return requests_.size();
}

std::vector<received_request> server_core::requests() const {
  std::lock_guard lock(mu_);
  return requests_;
}

std::size_t server_core::open_connections() const {
  std::lock_guard lock(mu_);
  return open_;
}

void server_core::close_idle_connections() {
  // From a reply handler we are already on the io thread; posting and waiting would deadlock.
  if (ioc_.get_executor().running_in_this_thread()) return close_idle_on_io_thread();
  std::promise<void> done;
  std::future<void> finished = done.get_future();
  asio::post(ioc_, [this, &done] {
    close_idle_on_io_thread();
    done.set_value();
  });
  finished.wait();
}

bool server_core::wait_for_requests(std::size_t n, std::chrono::milliseconds timeout) const {
  std::unique_lock lock(mu_);
  return cv_.wait_for(lock, timeout, [&] { return requests_.size() >= n; });
}

bool server_core::wait_for_open_connections(std::size_t n,
                                            std::chrono::milliseconds timeout) const {
  std::unique_lock lock(mu_);
  return cv_.wait_for(lock, timeout, [&] { return open_ == n; });
}

std::size_t server_core::on_accepted() {
  std::size_t index = 0;
  {
    std::lock_guard lock(mu_);
    index = accepted_++;
    ++open_;
  }
  cv_.notify_all();
  return index;
}

void server_core::on_closed(std::size_t index) {
  sessions_.erase(index);
  {
    std::lock_guard lock(mu_);
    --open_;
  }
  cv_.notify_all();
}

void server_core::record(received_request r) {
  {
    std::lock_guard lock(mu_);
    requests_.push_back(std::move(r));
  }
  cv_.notify_all();
}

// Only a queued reply can act before the body is read: a handler needs the whole request.
bool server_core::take_close_without_reading() {
  std::lock_guard lock(mu_);
  if (queue_.empty() || queue_.front().fault_kind != fault::close_without_reading) return false;
  queue_.pop_front();
  return true;
}

scripted_reply server_core::next_reply(const received_request& r) {
  handler_type handler;
  {
    std::lock_guard lock(mu_);
    if (!queue_.empty()) {
      scripted_reply reply = std::move(queue_.front());
      queue_.pop_front();
      return reply;
    }
    handler = handler_;  // called unlocked, so it may use the server's public API
  }
  try {
    return handler(r);
  } catch (const std::exception& e) {
    scripted_reply reply;
    reply.status = 500;
    reply.body = std::string("loopback_server handler threw: ") + e.what();
    reply.headers = {{"Content-Type", "text/plain"}};
    return reply;
  }
}

}  // namespace

std::string received_request::header(std::string_view name) const {
  for (const auto& [n, v] : headers) {
    if (iequals(n, name)) return v;
  }
  return {};
}

bool received_request::has_header(std::string_view name) const {
  return std::any_of(headers.begin(), headers.end(),
                     [&](const auto& h) { return iequals(h.first, name); });
}

class loopback_server::impl : public server_core {
 public:
  using server_core::server_core;
};

loopback_server::loopback_server() : loopback_server(options{}) {}

loopback_server::loopback_server(options opts) : impl_(std::make_unique<impl>(std::move(opts))) {}

loopback_server::~loopback_server() = default;

std::uint16_t loopback_server::port() const {
  return impl_->port();
}

std::string loopback_server::base_url() const {
  return std::string(impl_->tls() ? "https" : "http") + "://127.0.0.1:" + std::to_string(port()) +
         "/client/v4";
}

void loopback_server::push_reply(scripted_reply r) {
  impl_->push_reply(std::move(r));
}

void loopback_server::set_handler(std::function<scripted_reply(const received_request&)> h) {
  impl_->set_handler(std::move(h));
}

std::size_t loopback_server::accepted_connections() const {
  return impl_->accepted_connections();
}

std::size_t loopback_server::request_count() const {
  return impl_->request_count();
}

std::vector<received_request> loopback_server::requests() const {
  return impl_->requests();
}

std::size_t loopback_server::open_connections() const {
  return impl_->open_connections();
}

void loopback_server::close_idle_connections() {
  impl_->close_idle_connections();
}

bool loopback_server::wait_for_requests(std::size_t n, std::chrono::milliseconds timeout) const {
  return impl_->wait_for_requests(n, timeout);
}

bool loopback_server::wait_for_open_connections(std::size_t n,
                                                std::chrono::milliseconds timeout) const {
  return impl_->wait_for_open_connections(n, timeout);
}

}  // namespace rtk_test
