// remote_verifier: the key from the well-known URL, fetched once and shared, fetched again when
// a signature fails (the key may have been rotated), under a rate limit.
//
// One fetch runs at a time: callers that need the key while it is being fetched wait for that
// fetch. Whether a fetch may start is decided, and its start recorded, under one lock, so no
// burst of requests can start two. Every completion goes through the verifier's executor to
// the caller's, never inline from async_verify.

#include "../http/connection.hpp"
#include "../http/field_value.hpp"
#include "../http/tls.hpp"
#include "../invalid_argument.hpp"
#include "../url.hpp"

#include <rtk/version.hpp>
#include <rtk/webhooks.hpp>

#include <boost/asio/associated_executor.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace rtk::webhooks {
namespace asio = boost::asio;
using clock = std::chrono::steady_clock;
using handler = asio::any_completion_handler<void(error_code)>;

struct remote_verifier::state {
  asio::any_io_executor ex;
  options opts;
  rtk::detail::origin origin;
  std::optional<asio::ssl::context> tls;

  std::mutex mutex;  // guards what follows
  std::optional<verifier> key;
  std::optional<clock::time_point> last_start;  // of the last fetch
  bool last_failed = false;
  bool fetching = false;
  // Run when the fetch under way ends. They get the state rather than holding it, so a fetch
  // abandoned with its io_context leaves no cycle behind.
  std::vector<std::function<void(state&)>> waiting;
};

namespace {

bool is_loopback(const std::string& host) {
  if (host == "localhost") return true;
  error_code ec;
  const auto address = asio::ip::make_address(host, ec);
  return !ec && address.is_loopback();
}

// Completes `h` on its own executor (the verifier's when it has none), never inline.
void complete(asio::any_io_executor fallback, handler h, error_code ec) {
  asio::post(fallback, [fallback, h = std::move(h), ec]() mutable {
    auto ex = asio::get_associated_executor(h, fallback);
    asio::dispatch(ex, [h = std::move(h), ec]() mutable { std::move(h)(ec); });
  });
}

// GET the well-known document; its key, or the reason there is none. One time limit covers
// the connect and the exchange.
asio::awaitable<error_code> fetch_key(remote_verifier::state& s, std::optional<verifier>& out) {
  const std::string headers = "Host: " + s.origin.host_header +
                              "\r\nAccept: application/json\r\nUser-Agent: rtk/" RTK_VERSION_STRING
                              "\r\nConnection: close\r\n";
  rtk::detail::http::connection conn(co_await asio::this_coro::executor, s.origin,
                                     s.tls ? &*s.tls : nullptr, nullptr, headers);
  const auto deadline = clock::now() + s.opts.timeout;
  error_code ec = co_await conn.connect(deadline);
  if (!ec) {
    const std::string target = s.origin.path_prefix.empty() ? "/" : s.origin.path_prefix;
    const rtk::detail::http::exchange_result r = co_await conn.exchange({"GET", target}, deadline);
    ec = r.ec;
    if (!ec && conn.response().status != 200) ec = make_error_code(errc::key_unavailable);
    if (!ec) out = verifier::from_well_known(conn.response().body, ec);
  }
  co_return ec;
}

asio::awaitable<void> run_fetch(std::shared_ptr<remote_verifier::state> s) {
  std::optional<verifier> fetched;
  error_code ec;
  try {
    auto fetch = fetch_key(*s, fetched);
    ec = co_await std::move(fetch);
  } catch (const std::exception&) {  // out of memory, or no TLS stream could be made
    ec = make_error_code(errc::key_unavailable);
  }
  std::vector<std::function<void(remote_verifier::state&)>> waiting;
  {
    std::lock_guard lock(s->mutex);
    if (!ec) s->key = std::move(fetched);
    s->last_failed = static_cast<bool>(ec);
    s->fetching = false;
    waiting.swap(s->waiting);
  }
  for (auto& w : waiting) w(*s);
}

// Runs `then` once the fetch under way ends, or starts one for it if the rate limits allow:
// `refetch_interval` since the last start while a key is held, `failed_fetch_backoff` after a
// failure without one. False (and `then` dropped) when no fetch may start now.
bool after_fetch(const std::shared_ptr<remote_verifier::state>& s,
                 std::function<void(remote_verifier::state&)> then) {
  {
    std::lock_guard lock(s->mutex);
    if (!s->fetching) {
      const auto now = clock::now();
      const auto wait =
          s->key ? s->opts.refetch_interval
                 : (s->last_failed ? s->opts.failed_fetch_backoff : std::chrono::milliseconds(0));
      if (s->last_start && now - *s->last_start < wait) return false;
      s->fetching = true;
      s->last_start = now;
      s->waiting.push_back(std::move(then));
    } else {
      s->waiting.push_back(std::move(then));
      return true;
    }
  }
  asio::co_spawn(asio::make_strand(s->ex), run_fetch(s), asio::detached);
  return true;
}

std::optional<verifier> current_key(remote_verifier::state& s) {
  std::lock_guard lock(s.mutex);
  return s.key;
}

}  // namespace

remote_verifier::remote_verifier(asio::any_io_executor ex) : remote_verifier(std::move(ex), {}) {}

remote_verifier::remote_verifier(asio::any_io_executor ex, options opts)
    : state_(std::make_shared<state>()) {
  state_->ex = std::move(ex);
  state_->opts = std::move(opts);
  std::string why;
  if (rtk::detail::parse_base_url(state_->opts.url, state_->origin, why))
    rtk::detail::throw_invalid_argument(
        "remote_verifier: options.url is not an absolute http(s) URL");
  if (!state_->origin.tls && !is_loopback(state_->origin.host))
    rtk::detail::throw_invalid_argument(
        "remote_verifier: options.url must be https unless it names a loopback address");
  if (state_->origin.tls) {
    state_->tls.emplace(asio::ssl::context::tls_client);
    if (auto reason = rtk::detail::http::configure_tls(*state_->tls, state_->opts.tls);
        !reason.empty())
      rtk::detail::throw_invalid_argument("remote_verifier: " + reason);
  }
}

void remote_verifier::start_refresh(std::shared_ptr<state> s, handler h) {
  auto ex = s->ex;
  auto pending = std::make_shared<handler>(std::move(h));  // std::function needs a copy
  const bool started = after_fetch(s, [ex, pending](state& st) {
    std::lock_guard lock(st.mutex);
    complete(ex, std::move(*pending),
             st.last_failed ? make_error_code(errc::key_unavailable) : error_code());
  });
  if (!started) complete(ex, std::move(*pending), make_error_code(errc::key_unavailable));
}

void remote_verifier::start_verify(std::shared_ptr<state> s, std::string raw_body,
                                   std::string signature, handler h) {
  auto ex = s->ex;
  if (rtk::detail::http::trim_ows(signature).empty())  // no fetch for that
    return complete(ex, std::move(h), make_error_code(errc::missing_signature));
  std::optional<verifier> key = current_key(*s);
  const error_code first = key ? key->verify(raw_body, signature) : error_code();
  // A mismatch, or a signature of another size: the key may have been rotated.
  const bool maybe_rotated =
      first == errc::signature_mismatch || first == errc::malformed_signature;
  if (key && !maybe_rotated) return complete(ex, std::move(h), first);
  auto pending = std::make_shared<handler>(std::move(h));
  const bool started = after_fetch(
      s, [ex, body = std::move(raw_body), sig = std::move(signature), pending](state& st) {
        std::optional<verifier> fresh = current_key(st);
        // After a failed fetch the key we had (if any) still decides: fail closed, never open.
        complete(ex, std::move(*pending),
                 fresh ? fresh->verify(body, sig) : make_error_code(errc::key_unavailable));
      });
  if (!started)
    complete(ex, std::move(*pending), key ? first : make_error_code(errc::key_unavailable));
}

}  // namespace rtk::webhooks
