// remote_verifier: the key from the well-known URL, fetched once and shared, fetched again when
// a signature fails (the key may have been rotated), at most once per refetch_interval.
//
// One fetch runs at a time: callers that need the key while it is being fetched wait for that
// fetch. Every completion goes to the caller's executor, never inline from async_verify.

#include "../http/connection.hpp"
#include "../http/tls.hpp"
#include "../url.hpp"

#include <rtk/version.hpp>
#include <rtk/webhooks.hpp>

#include <boost/asio/associated_executor.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace rtk::webhooks {
namespace asio = boost::asio;
using clock = std::chrono::steady_clock;

struct remote_verifier::state {
  asio::any_io_executor ex;
  options opts;
  detail::origin origin;
  std::optional<asio::ssl::context> tls;

  std::mutex mutex;  // guards what follows
  std::optional<verifier> key;
  std::optional<clock::time_point> last_fetch;
  bool fetching = false;
  std::vector<std::function<void(error_code)>> waiting;  // for the fetch under way
};

namespace {

[[noreturn]] void invalid(std::string why) {
  diagnostics d;
  d.client_message = std::move(why);
  throw rtk::error(make_error_code(rtk::errc::invalid_argument), std::move(d));
}

// Completes `h` on its own executor (the verifier's when it has none), never inline.
void complete(asio::any_io_executor fallback, asio::any_completion_handler<void(error_code)> h,
              error_code ec) {
  asio::post(fallback, [fallback, h = std::move(h), ec]() mutable {
    auto ex = asio::get_associated_executor(h, fallback);
    asio::dispatch(ex, [h = std::move(h), ec]() mutable { std::move(h)(ec); });
  });
}

// GET the well-known document; its key, or the reason there is none.
asio::awaitable<error_code> fetch_key(std::shared_ptr<remote_verifier::state> s,
                                      std::optional<verifier>& out) {
  auto ex = co_await asio::this_coro::executor;
  detail::http::connection conn(ex, s->origin, s->tls ? &*s->tls : nullptr);
  asio::steady_timer timer(ex, s->opts.timeout);
  timer.async_wait([&conn](error_code ec) {
    if (!ec) conn.abort();
  });
  error_code ec = co_await conn.connect();
  if (!ec) {
    const std::string target = s->origin.path_prefix.empty() ? "/" : s->origin.path_prefix;
    const std::string head = "GET " + target + " HTTP/1.1\r\nHost: " + s->origin.host_header +
                             "\r\nAccept: application/json\r\nUser-Agent: rtk/" RTK_VERSION_STRING
                             "\r\nConnection: close\r\n\r\n";
    detail::http::response answer;
    const std::string_view no_body;
    const detail::http::exchange_result r = co_await conn.exchange(head, no_body, answer);
    ec = r.ec;
    if (!ec && answer.status != 200) ec = make_error_code(errc::key_unavailable);
    if (!ec) out = verifier::from_well_known(answer.body, ec);
  }
  timer.cancel();
  co_return ec;
}

// Runs `then` once a fetch started now (or the one under way) has ended.
void after_fetch(std::shared_ptr<remote_verifier::state> s, std::function<void(error_code)> then) {
  {
    std::lock_guard lock(s->mutex);
    s->waiting.push_back(std::move(then));
    if (s->fetching) return;
    s->fetching = true;
  }
  auto strand = asio::make_strand(s->ex);
  asio::co_spawn(
      strand,
      [s]() -> asio::awaitable<void> {
        std::optional<verifier> fetched;
        error_code ec = co_await fetch_key(s, fetched);
        if (ec) ec = make_error_code(errc::key_unavailable);
        std::vector<std::function<void(error_code)>> waiting;
        {
          std::lock_guard lock(s->mutex);
          if (!ec) s->key = std::move(fetched);
          s->last_fetch = clock::now();
          s->fetching = false;
          waiting.swap(s->waiting);
        }
        for (auto& w : waiting) w(ec);
      },
      asio::detached);
}

std::optional<verifier> current_key(remote_verifier::state& s) {
  std::lock_guard lock(s.mutex);
  return s.key;
}

bool may_refetch(remote_verifier::state& s) {
  std::lock_guard lock(s.mutex);
  return !s.last_fetch || clock::now() - *s.last_fetch >= s.opts.refetch_interval;
}

}  // namespace

remote_verifier::remote_verifier(asio::any_io_executor ex) : remote_verifier(std::move(ex), {}) {}

remote_verifier::remote_verifier(asio::any_io_executor ex, options opts)
    : state_(std::make_shared<state>()) {
  state_->ex = std::move(ex);
  state_->opts = std::move(opts);
  std::string why;
  if (detail::parse_base_url(state_->opts.url, state_->origin, why))
    invalid("remote_verifier: the key URL " + why);
  if (state_->origin.tls) {
    state_->tls.emplace(asio::ssl::context::tls_client);
    if (auto reason = detail::http::configure_tls(*state_->tls, state_->opts.tls); !reason.empty())
      invalid("remote_verifier: " + reason);
  }
}

void remote_verifier::start_refresh(std::shared_ptr<state> s, handler h) {
  auto ex = s->ex;
  after_fetch(std::move(s), [ex, h = std::make_shared<handler>(std::move(h))](error_code ec) {
    complete(ex, std::move(*h), ec);
  });
}

void remote_verifier::start_verify(std::shared_ptr<state> s, std::string raw_body,
                                   std::string signature, handler h) {
  auto ex = s->ex;
  if (signature.empty())
    return complete(ex, std::move(h), make_error_code(errc::missing_signature));
  std::optional<verifier> key = current_key(*s);
  error_code ec = key ? key->verify(raw_body, signature) : error_code();
  const bool try_fresh_key = !key || (ec == errc::signature_mismatch && may_refetch(*s));
  if (!try_fresh_key) return complete(ex, std::move(h), ec);
  // Shared: std::function needs a copyable callable, the handler is move-only.
  auto pending = std::make_shared<handler>(std::move(h));
  // After a failed fetch the key we had (if any) still decides: fail closed, never open.
  after_fetch(s,
              [s, ex, body = std::move(raw_body), sig = std::move(signature), pending](error_code) {
                std::optional<verifier> fresh = current_key(*s);
                if (!fresh)
                  return complete(ex, std::move(*pending), make_error_code(errc::key_unavailable));
                complete(ex, std::move(*pending), fresh->verify(body, sig));
              });
}

}  // namespace rtk::webhooks
