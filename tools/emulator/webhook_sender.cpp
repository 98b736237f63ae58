// Webhook deliveries over Beast: a coroutine per webhook with deliveries waiting, each
// delivery a fresh connection (Connection: close) with one deadline per attempt.

#include "webhook_sender.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/url/parse.hpp>

#include <openssl/ssl.h>

#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <type_traits>
#include <utility>

namespace rtk::emu {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;

namespace {

constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);
// A receiver's answer is read to learn its status; more than this of body is not waited for.
constexpr std::size_t answer_limit = 1 << 20;

// Where a delivery goes.
struct destination {
  bool tls = false;
  std::string host{};         // no brackets: what DNS, SNI and the certificate check see
  std::string host_header{};  // host[:port] as the URL writes it
  std::uint16_t port = 0;
  std::string target{};  // path and query
};

// What one attempt came to.
struct attempt_result {
  unsigned status = 0;     // the receiver's status; 0: no answer
  std::string error{};     // why there is no answer (or why nothing was sent); "" otherwise
  bool final = false;      // not retried, whatever happened (nothing was sent)
  bool cancelled = false;  // cut by cancel_pending() or close(): not logged
};

attempt_result not_sent(std::string why) {
  attempt_result r;
  r.error = "not sent: " + why;
  r.final = true;
  return r;
}

bool is_localhost(std::string_view host) {
  std::string lower(host);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower == "localhost" || lower == "localhost.";
}

std::optional<destination> destination_of(std::string_view url, std::string& why) {
  auto parsed = boost::urls::parse_absolute_uri(url);
  if (!parsed) {
    why = "the URL does not parse";
    return std::nullopt;
  }
  destination d;
  if (parsed->scheme_id() == boost::urls::scheme::https) {
    d.tls = true;
  } else if (parsed->scheme_id() != boost::urls::scheme::http) {
    why = "only http and https URLs are posted to";
    return std::nullopt;
  }
  d.host = parsed->host_address();
  if (d.host.empty()) {
    why = "the URL has no host";
    return std::nullopt;
  }
  d.host_header = std::string(parsed->encoded_host_and_port());
  d.port = parsed->has_port() && parsed->port_number() != 0 ? parsed->port_number()
           : d.tls                                          ? 443
                                                            : 80;
  d.target = std::string(parsed->encoded_target());
  if (d.target.empty() || d.target.front() != '/') d.target.insert(0, "/");
  return d;
}

// An address when the host is one (or localhost), without asking DNS.
std::vector<tcp::endpoint> literal_endpoints(const destination& d) {
  if (is_localhost(d.host))
    return {tcp::endpoint(asio::ip::address_v4::loopback(), d.port),
            tcp::endpoint(asio::ip::address_v6::loopback(), d.port)};
  boost::system::error_code ec;
  auto address = asio::ip::make_address(d.host, ec);
  if (ec) return {};
  return {tcp::endpoint(address, d.port)};
}

bool is_loopback(const destination& d) {
  auto endpoints = literal_endpoints(d);
  return !endpoints.empty() && std::all_of(endpoints.begin(), endpoints.end(),
                                           [](const auto& e) { return e.address().is_loopback(); });
}

}  // namespace

struct webhook_sender::impl {
  struct job {
    outgoing_webhook out;
    std::uint64_t generation = 0;
  };
  // The deliveries waiting for one webhook, and whether a coroutine is sending them.
  struct lane {
    std::deque<job> jobs{};
    bool busy = false;
  };

  asio::io_context& ioc;
  const webhook_signer& signer;
  delivery_settings settings;
  std::optional<ssl::context> tls{};                 // made for the first https delivery
  std::map<std::string, lane, std::less<>> lanes{};  // by webhook id
  std::vector<json::object> log{};
  std::map<std::string, outgoing_webhook, std::less<>> sent{};  // by rtk-uuid, for redeliver
  // cancel_pending() moves to the next generation: work of an older one ends unlogged.
  std::uint64_t generation = 0;
  bool closed = false;
  // What cancel_pending() cuts: the sockets, backoff waits and DNS lookups under way.
  std::set<tcp::socket*> sockets{};
  std::set<asio::steady_timer*> timers{};
  std::set<tcp::resolver*> resolvers{};

  impl(asio::io_context& io, const webhook_signer& s, delivery_settings d)
      : ioc(io), signer(s), settings(d) {
    settings.attempts = std::max(1u, settings.attempts);
  }

  template <class T>
  struct tracked {
    std::set<T*>& set;
    T* item;
    tracked(std::set<T*>& s, T& i) : set(s), item(&i) { set.insert(item); }
    ~tracked() { set.erase(item); }
    tracked(const tracked&) = delete;
    tracked& operator=(const tracked&) = delete;
  };

  bool stale(const job& j) const { return closed || j.generation != generation; }

  void send(std::vector<outgoing_webhook> batch) {
    if (closed) return;
    for (auto& out : batch) {
      sent.insert_or_assign(out.id, out);
      std::string id = out.webhook_id;
      lane& l = lanes[id];
      l.jobs.push_back(job{std::move(out), generation});
      if (l.busy) continue;
      l.busy = true;
      asio::co_spawn(ioc, drain(std::move(id)), asio::detached);
    }
  }

  // Sends one webhook's deliveries in order until none is left.
  asio::awaitable<void> drain(std::string webhook_id) {
    for (;;) {
      auto it = lanes.find(webhook_id);
      if (it == lanes.end()) co_return;
      if (it->second.jobs.empty()) {
        lanes.erase(it);
        co_return;
      }
      job j = std::move(it->second.jobs.front());
      it->second.jobs.pop_front();
      try {
        co_await deliver(j);
      } catch (const std::exception& e) {
        attempt_result broken;
        broken.error = e.what();
        if (!stale(j)) record(j, 1, broken, "failed");
      }
    }
  }

  std::chrono::milliseconds backoff_after(unsigned attempt) const {
    return settings.backoff * (1LL << std::min(attempt - 1, 20u));
  }

  asio::awaitable<void> deliver(const job& j) {
    for (unsigned attempt = 1;; ++attempt) {
      attempt_result r = co_await post_once(j);
      if (r.cancelled || stale(j)) co_return;
      bool delivered = r.status >= 200 && r.status < 300;
      bool retryable = !r.final && (r.status == 0 || r.status >= 500);
      bool again = !delivered && retryable && attempt < settings.attempts;
      record(j, attempt, r, delivered ? "delivered" : again ? "retrying" : "failed");
      if (!again) co_return;
      asio::steady_timer wait(ioc, backoff_after(attempt));
      tracked<asio::steady_timer> t(timers, wait);
      auto [ec] = co_await wait.async_wait(use_tuple);
      if (ec || stale(j)) co_return;
    }
  }

  void record(const job& j, unsigned attempt, const attempt_result& r, std::string_view outcome) {
    log.push_back(json::object{{"id", j.out.id},
                               {"webhook_id", j.out.webhook_id},
                               {"event", j.out.event},
                               {"url", j.out.url},
                               {"attempt", attempt},
                               {"status", r.status},
                               {"error", r.error},
                               {"outcome", outcome}});
  }

  ssl::context& client_tls() {
    if (!tls) {
      tls.emplace(ssl::context::tls_client);
      tls->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                       ssl::context::no_sslv3);
      boost::system::error_code ignored;  // without a system store, every handshake fails
      tls->set_default_verify_paths(ignored);
    }
    return *tls;
  }

  asio::awaitable<attempt_result> post_once(const job& j) {
    std::string why;
    std::optional<destination> dest = destination_of(j.out.url, why);
    if (!dest) co_return not_sent(why);
    if (!settings.any_host && !is_loopback(*dest)) {
      attempt_result refused =
          not_sent(dest->host +
                   " is not a loopback host; the emulator posts elsewhere only with "
                   "webhook_any_host (--webhook-any-host)");
      co_return refused;
    }
    http::request<http::string_body> req{http::verb::post, dest->target, 11};
    req.set(http::field::host, dest->host_header);
    req.set(http::field::user_agent, "rtk-emulator");
    req.set(http::field::content_type, "application/json");
    req.set("rtk-signature", signer.sign(j.out.body));
    req.set("rtk-uuid", j.out.id);
    req.set("rtk-webhook-id", j.out.webhook_id);
    req.keep_alive(false);
    req.body() = j.out.body;
    req.prepare_payload();
    if (!dest->tls) {
      beast::tcp_stream plain(ioc);
      attempt_result r = co_await exchange(plain, *dest, req, j);
      co_return r;
    }
    ssl::stream<beast::tcp_stream> secure(ioc, client_tls());
    attempt_result r = co_await exchange(secure, *dest, req, j);
    co_return r;
  }

  attempt_result network_failure(std::string_view step, const boost::system::error_code& ec) const {
    attempt_result r;
    if (ec == beast::error::timeout)
      r.error = std::string(step) + ": timed out after " +
                std::to_string(settings.timeout.count()) + " ms";
    else
      r.error = std::string(step) + ": " + ec.message();
    return r;
  }

  static attempt_result cancelled() {
    attempt_result r;
    r.cancelled = true;
    return r;
  }

  // Connects, (handshakes,) writes the request and reads the answer's status, all before one
  // deadline.
  template <class Stream>
  asio::awaitable<attempt_result> exchange(Stream& stream, const destination& dest,
                                           http::request<http::string_body>& req, const job& j) {
    auto& lowest = beast::get_lowest_layer(stream);
    lowest.expires_after(settings.timeout);
    std::vector<tcp::endpoint> endpoints = literal_endpoints(dest);
    if (endpoints.empty()) {
      tcp::resolver resolver(ioc);
      tracked<tcp::resolver> t(resolvers, resolver);
      std::string port = std::to_string(dest.port);
      auto [ec, found] = co_await resolver.async_resolve(dest.host, port, use_tuple);
      if (stale(j)) co_return cancelled();
      if (ec) co_return network_failure("resolve " + dest.host, ec);
      for (const auto& entry : found) endpoints.push_back(entry.endpoint());
    }
    tracked<tcp::socket> t(sockets, lowest.socket());
    auto [connect_ec, to] = co_await lowest.async_connect(endpoints, use_tuple);
    if (stale(j)) co_return cancelled();
    if (connect_ec) co_return network_failure("connect", connect_ec);
    if constexpr (!std::is_same_v<Stream, beast::tcp_stream>) {
      boost::system::error_code not_an_address;
      asio::ip::make_address(dest.host, not_an_address);
      if (not_an_address) SSL_set_tlsext_host_name(stream.native_handle(), dest.host.c_str());
      stream.set_verify_mode(ssl::verify_peer);
      stream.set_verify_callback(ssl::host_name_verification(dest.host));
      auto [tls_ec] = co_await stream.async_handshake(ssl::stream_base::client, use_tuple);
      if (stale(j)) co_return cancelled();
      if (tls_ec) co_return network_failure("TLS handshake", tls_ec);
    }
    auto [write_ec, written] = co_await http::async_write(stream, req, use_tuple);
    if (stale(j)) co_return cancelled();
    if (write_ec) co_return network_failure("send", write_ec);
    beast::flat_buffer buffer;
    http::response_parser<http::string_body> parser;
    parser.body_limit(answer_limit);
    auto [read_ec, read] = co_await http::async_read(stream, buffer, parser, use_tuple);
    if (stale(j)) co_return cancelled();
    // A status counts once its header is in, even if the body then breaks off.
    if (parser.is_header_done()) {
      attempt_result answered;
      answered.status = parser.get().result_int();
      co_return answered;
    }
    co_return network_failure("answer", read_ec);
  }

  void cancel_pending() {
    ++generation;
    sent.clear();
    for (auto& [id, l] : lanes) l.jobs.clear();
    boost::system::error_code ignored;
    for (tcp::socket* s : sockets) s->close(ignored);
    for (asio::steady_timer* t : timers) t->cancel();
    for (tcp::resolver* r : resolvers) r->cancel();
  }
};

webhook_sender::webhook_sender(asio::io_context& ioc, const webhook_signer& signer,
                               delivery_settings settings)
    : impl_(std::make_unique<impl>(ioc, signer, settings)) {}

webhook_sender::~webhook_sender() = default;

void webhook_sender::send(std::vector<outgoing_webhook> batch) {
  impl_->send(std::move(batch));
}

bool webhook_sender::redeliver(std::string_view id) {
  auto it = impl_->sent.find(id);
  if (it == impl_->sent.end() || impl_->closed) return false;
  std::vector<outgoing_webhook> again{it->second};
  impl_->send(std::move(again));
  return true;
}

json::array webhook_sender::attempts() const {
  json::array out;
  for (const auto& entry : impl_->log) out.push_back(entry);
  return out;
}

void webhook_sender::clear_attempts() {
  impl_->log.clear();
}

void webhook_sender::cancel_pending() {
  impl_->cancel_pending();
}

void webhook_sender::close() {
  impl_->closed = true;
  impl_->cancel_pending();
}

}  // namespace rtk::emu
