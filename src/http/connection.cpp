#include "connection.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/basic_parser.hpp>
#include <boost/beast/http/read.hpp>

#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <sys/socket.h>

#include <array>
#include <cerrno>

namespace rtk::detail::http {
namespace asio = boost::asio;
namespace beast = boost::beast;
using boost::asio::awaitable;
constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);

namespace {

// Parses a response head and body straight into `response`: only the headers rtk acts on
// are kept, and the body string's capacity is reused across responses.
class response_reader final : public beast::http::basic_parser<false> {
 public:
  explicit response_reader(response& out) : out_(out) {}

 private:
  void on_request_impl(beast::http::verb, beast::string_view, beast::string_view, int,
                       beast::error_code&) override {}
  void on_response_impl(int code, beast::string_view, int, beast::error_code&) override {
    out_.status = static_cast<unsigned>(code);
  }
  void on_field_impl(beast::http::field f, beast::string_view name, beast::string_view value,
                     beast::error_code&) override {
    using beast::http::field;
    if (f == field::content_type) {
      out_.content_type = std::string(value);
    } else if (f == field::retry_after) {
      out_.retry_after = std::string(value);
    } else if (beast::iequals(name, "cf-ray")) {
      out_.request_id = std::string(value);
    } else if (beast::iequals(name, "retry-after-ms")) {
      out_.retry_after_ms = std::string(value);
    } else if (beast::iequals(name, "x-should-retry")) {
      out_.should_retry = std::string(value);
    }
  }
  void on_header_impl(beast::error_code&) override {}
  void on_body_init_impl(const boost::optional<std::uint64_t>& length,
                         beast::error_code&) override {
    constexpr std::uint64_t max_reserve = 1 << 20;
    if (length) out_.body.reserve(static_cast<std::size_t>(std::min(*length, max_reserve)));
  }
  std::size_t on_body_impl(beast::string_view data, beast::error_code&) override {
    out_.body.append(data.data(), data.size());
    return data.size();
  }
  void on_chunk_header_impl(std::uint64_t, beast::string_view, beast::error_code&) override {}
  std::size_t on_chunk_body_impl(std::uint64_t, beast::string_view data,
                                 beast::error_code&) override {
    out_.body.append(data.data(), data.size());
    return data.size();
  }
  void on_finish_impl(beast::error_code&) override {}

  response& out_;
};

bool is_ip_literal(const std::string& host) {
  boost::system::error_code ec;
  asio::ip::make_address(host, ec);
  return !ec;
}

}  // namespace

connection::connection(asio::any_io_executor ex, const origin& o, asio::ssl::context* tls)
    : origin_(o), resolver_(ex) {
  if (tls != nullptr) {
    tls_.emplace(ex, *tls);
  } else {
    plain_.emplace(ex);
  }
}

connection::~connection() = default;

asio::ip::tcp::socket& connection::socket() noexcept {
  return tls_ ? tls_->next_layer() : *plain_;
}

awaitable<error_code> connection::connect() {
  auto [rec, endpoints] = co_await resolver_.async_resolve(origin_.host, origin_.port, use_tuple);
  if (rec) co_return rec;
  auto [cec, endpoint] = co_await asio::async_connect(socket(), endpoints, use_tuple);
  if (cec) co_return cec;
  error_code ignored;
  socket().set_option(asio::ip::tcp::no_delay(true), ignored);
  if (tls_) {
    SSL* ssl = tls_->native_handle();
    // SNI is for names only; an IP literal is checked against the certificate's IP SANs.
    const bool ip = is_ip_literal(origin_.host);
    if (!ip) SSL_set_tlsext_host_name(ssl, origin_.host.c_str());
    X509_VERIFY_PARAM* param = SSL_get0_param(ssl);
    X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    int set = ip ? X509_VERIFY_PARAM_set1_ip_asc(param, origin_.host.c_str())
                 : X509_VERIFY_PARAM_set1_host(param, origin_.host.c_str(), 0);
    if (set != 1) co_return make_error_code(errc::tls_failure);
    auto [hec] = co_await tls_->async_handshake(asio::ssl::stream_base::client, use_tuple);
    if (hec) co_return hec;
  }
  keep_alive_ = true;
  co_return error_code{};
}

template <class Stream>
awaitable<exchange_result> connection::exchange_on(Stream& s, std::string_view head,
                                                   std::string_view body, response& out) {
  exchange_result result;
  keep_alive_ = false;  // until a complete keep-alive response says otherwise
  out.clear();
  std::array<asio::const_buffer, 2> buffers{asio::buffer(head), asio::buffer(body)};
  auto [wec, written] = co_await asio::async_write(s, buffers, use_tuple);
  result.request_written = written > 0;
  if (wec) {
    result.ec = wec;
    co_return result;
  }
  response_reader reader(out);
  reader.body_limit(std::uint64_t{256} << 20);
  auto [rec, consumed] = co_await beast::http::async_read(s, buffer_, reader, use_tuple);
  result.response_started = out.status != 0 || buffer_.size() > 0 || consumed > 0;
  if (rec) {
    result.ec = rec;
    co_return result;
  }
  out.keep_alive = reader.keep_alive();
  keep_alive_ = out.keep_alive && buffer_.size() == 0;
  co_return result;
}

awaitable<exchange_result> connection::exchange(std::string_view head, std::string_view body,
                                                response& out) {
  if (tls_) co_return co_await exchange_on(*tls_, head, body, out);
  co_return co_await exchange_on(*plain_, head, body, out);
}

void connection::abort() noexcept {
  keep_alive_ = false;
  resolver_.cancel();
  error_code ignored;
  socket().close(ignored);
}

bool connection::reusable() const noexcept {
  return keep_alive_ && (tls_ ? tls_->next_layer().is_open() : plain_->is_open());
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
