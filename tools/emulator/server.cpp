// Sockets for the emulator: accept, read a request with Beast, let the service answer, write
// the answer (after any injected latency), keep the connection for the next request.

#include "server.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/json/serialize.hpp>

#include <optional>
#include <set>
#include <stdexcept>

namespace rtk::emu {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;

namespace {

constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);
// A connection idle this long is closed, as a real server would.
constexpr std::chrono::seconds idle_timeout{120};
constexpr std::size_t body_limit = 1 << 20;

http_request decode(const http::request<http::string_body>& req) {
  http_request in;
  in.method = std::string(req.method_string());
  in.target = std::string(req.target());
  in.body = req.body();
  in.authorization = std::string(req[http::field::authorization]);
  in.auth_email = std::string(req["X-Auth-Email"]);
  in.auth_key = std::string(req["X-Auth-Key"]);
  return in;
}

http::response<http::string_body> encode(const reply& r, unsigned version, bool keep_alive) {
  http::response<http::string_body> res{static_cast<http::status>(r.status), version};
  res.set(http::field::server, "rtk-emulator");
  for (const auto& [name, value] : r.headers) res.set(name, value);
  if (!r.body.is_null()) {
    res.set(http::field::content_type, "application/json");
    res.body() = json::serialize(r.body);
  }
  res.keep_alive(keep_alive);
  res.prepare_payload();
  return res;
}

}  // namespace

struct server::impl {
  asio::io_context& ioc;
  service& svc;
  tcp::acceptor acceptor;
  std::optional<ssl::context> tls_ctx{};
  // Every connection's socket and every latency wait, to close and cancel on close(): then
  // each connection's coroutine ends on its own and the io_context runs out of work.
  std::set<tcp::socket*> open{};
  std::set<asio::steady_timer*> waits{};
  std::uint16_t port = 0;
  bool closed = false;

  impl(asio::io_context& io, service& s, const emulator::options& opts)
      : ioc(io), svc(s), acceptor(io) {
    if (!opts.cert_file.empty() || !opts.key_file.empty()) load_certificate(opts);
    boost::system::error_code ec;
    auto address = asio::ip::make_address(opts.host, ec);
    if (ec) throw std::runtime_error("rtk-emulator: not an IP address: " + opts.host);
    tcp::endpoint at{address, opts.port};
    acceptor.open(at.protocol());
    acceptor.set_option(tcp::acceptor::reuse_address(true));
    acceptor.bind(at, ec);
    if (ec)
      throw std::runtime_error("rtk-emulator: cannot listen on " + opts.host + ":" +
                               std::to_string(opts.port) + ": " + ec.message());
    acceptor.listen();
    port = acceptor.local_endpoint().port();
  }

  void load_certificate(const emulator::options& opts) {
    if (opts.cert_file.empty() || opts.key_file.empty())
      throw std::runtime_error("rtk-emulator: HTTPS needs both a certificate and a key file");
    tls_ctx.emplace(ssl::context::tls_server);
    boost::system::error_code ec;
    tls_ctx->use_certificate_chain_file(opts.cert_file, ec);
    if (!ec) tls_ctx->use_private_key_file(opts.key_file, ssl::context::pem, ec);
    if (ec) throw std::runtime_error("rtk-emulator: cannot load the certificate: " + ec.message());
  }

  asio::awaitable<void> accept_loop() {
    while (!closed) {
      auto [ec, socket] = co_await acceptor.async_accept(use_tuple);
      if (ec) {
        if (closed || ec == asio::error::operation_aborted) co_return;
        continue;  // e.g. too many open files: keep serving the connections we have
      }
      asio::co_spawn(ioc, connection(std::move(socket)), asio::detached);
    }
  }

  asio::awaitable<void> connection(tcp::socket socket) {
    if (closed) co_return;  // accepted just before close()
    beast::tcp_stream plain(std::move(socket));
    if (!tls_ctx) {
      registration reg(*this, plain.socket());
      co_await serve(plain);
      co_return;
    }
    ssl::stream<beast::tcp_stream> secure(std::move(plain), *tls_ctx);
    registration reg(*this, beast::get_lowest_layer(secure).socket());
    beast::get_lowest_layer(secure).expires_after(idle_timeout);
    auto [ec] = co_await secure.async_handshake(ssl::stream_base::server, use_tuple);
    if (!ec) co_await serve(secure);
  }

  // Registers the connection's socket for close() while it lives.
  struct registration {
    impl& owner;
    tcp::socket* socket;
    registration(impl& o, tcp::socket& s) : owner(o), socket(&s) { owner.open.insert(socket); }
    ~registration() { owner.open.erase(socket); }
    registration(const registration&) = delete;
    registration& operator=(const registration&) = delete;
  };

  template <class Stream>
  asio::awaitable<void> serve(Stream& stream) {
    auto& lowest = beast::get_lowest_layer(stream);
    beast::flat_buffer buffer;
    for (;;) {
      http::request_parser<http::string_body> parser;
      parser.body_limit(body_limit);
      lowest.expires_after(idle_timeout);
      auto [read_ec, n] = co_await http::async_read(stream, buffer, parser, use_tuple);
      if (read_ec == http::error::body_limit) {
        reply too_large = api_error(413, "request body too large");
        auto res = encode(too_large, 11, false);
        co_await http::async_write(stream, res, use_tuple);
        break;
      }
      if (read_ec) co_return;  // closed, timed out, or not HTTP: nothing to answer
      auto& req = parser.get();
      http_answer answer = svc.handle(decode(req));
      if (answer.delay.count() > 0) {
        asio::steady_timer wait(ioc, answer.delay);
        lowest.expires_never();
        waits.insert(&wait);
        auto [wait_ec] = co_await wait.async_wait(use_tuple);
        waits.erase(&wait);
        if (wait_ec || closed) co_return;
      }
      if (answer.drop) {
        boost::system::error_code ignored;
        lowest.socket().close(ignored);  // no answer: the client sees the connection drop
        co_return;
      }
      bool keep_alive = req.keep_alive() && !closed;
      auto res = encode(answer.answer, req.version(), keep_alive);
      lowest.expires_after(idle_timeout);
      auto [write_ec, written] = co_await http::async_write(stream, res, use_tuple);
      if (write_ec || !keep_alive) break;
    }
    boost::system::error_code ignored;
    lowest.socket().shutdown(tcp::socket::shutdown_send, ignored);
  }

  void close() {
    closed = true;
    boost::system::error_code ignored;
    acceptor.close(ignored);
    for (tcp::socket* s : open) s->close(ignored);
    for (asio::steady_timer* t : waits) t->cancel();
  }
};

server::server(asio::io_context& ioc, service& svc, const emulator::options& opts)
    : impl_(std::make_unique<impl>(ioc, svc, opts)) {}

server::~server() = default;

std::uint16_t server::port() const noexcept {
  return impl_->port;
}

bool server::tls() const noexcept {
  return impl_->tls_ctx.has_value();
}

void server::start() {
  asio::co_spawn(impl_->ioc, impl_->accept_loop(), asio::detached);
}

void server::close() {
  impl_->close();
}

}  // namespace rtk::emu
