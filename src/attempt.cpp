#include "attempt.hpp"

#include "envelope.hpp"
#include "rate_limit_headers.hpp"
#include "transport_error.hpp"

#include <boost/asio/error.hpp>

#include <utility>

namespace rtk::detail {
namespace asio = boost::asio;
using asio::awaitable;
using clock = std::chrono::steady_clock;

namespace {

// A phase's time limit: `now + timeout`, or the call's deadline when that comes first.
struct limit {
  clock::time_point at;
  bool is_deadline = false;
};

limit limit_for(const request_spec& req, std::chrono::milliseconds timeout) {
  const auto t = clock::now() + timeout;
  const auto& deadline = req.options.deadline;
  if (deadline && *deadline < t) return {*deadline, true};
  return {t, false};
}

void report(const attempt_plan& plan, transport_failure failure, diagnostics& diag) {
  if (failure.message.empty()) return;
  plan.scrub.scrub(failure.message, plan.request.secrets);
  diag.client_message = std::move(failure.message);
}

awaitable<error_code> acquire(const attempt_plan& plan, http::lease& conn, call_flags& flags,
                              diagnostics& diag) {
  const limit wait = limit_for(plan.request, plan.acquire_timeout);
  auto [ec, lease] = co_await plan.pool.acquire(wait.at, flags.waits);
  if (ec == errc::pool_exhausted) {
    if (wait.is_deadline) {
      diag.client_message = "the deadline passed while waiting for a connection";
      co_return make_error_code(errc::deadline_exceeded);
    }
    diag.client_message = "no connection became free within the acquire timeout";
    if (auto last = plan.pool.last_connect_error()) {
      diag.client_message += "; last connect error: " + last.message();
      plan.scrub.scrub(diag.client_message, plan.request.secrets);
    }
  }
  if (ec == asio::error::operation_aborted && plan.pool.closed())
    diag.client_message = "the client was shut down";
  conn = std::move(lease);
  co_return ec;
}

awaitable<error_code> connect(const attempt_plan& plan, http::lease& conn, call_flags& flags,
                              diagnostics& diag) {
  const limit until = limit_for(plan.request, plan.connect_timeout);
  error_code ec = asio::error::operation_aborted;
  {
    waiting_on scope(flags.waits, *conn);
    if (scope.entered()) ec = co_await conn->connect(until.at);
  }
  if (!ec) {
    conn.mark_connected();
    co_return ec;
  }
  if (!flags.cancelled() && ec != asio::error::operation_aborted)
    plan.pool.record_connect_error(ec == asio::error::timed_out ? make_error_code(errc::timeout)
                                                                : ec);
  diag.proxy_status = conn->proxy_status();
  auto failure =
      classify_transport_error(ec, "connect to", plan.host, until.is_deadline, flags.cancelled());
  report(plan, failure, diag);
  co_return failure.ec;
}

// A 2xx: its body into the call's result.
error_code decode_success(const attempt_plan& plan, std::string_view body, diagnostics& diag) {
  const error_code ec = plan.result.decode(body, plan.result.out, diag);
  // A 2xx body that is not JSON is quoted in the diagnostics: scrubbed like an error body.
  if (ec) plan.scrub.scrub(diag.body_excerpt, plan.request.secrets);
  if (!ec && plan.request.options.keep_response_body) diag.response_body = body;
  return ec;
}

// Any other status: what the server said, and whether it said when to try again.
error_code read_failure(const attempt_plan& plan, const http::response& resp, attempt_outcome& out,
                        diagnostics& diag) {
  read_error_body(resp.body, diag);
  plan.scrub.scrub(diag.api_message, plan.request.secrets);
  plan.scrub.scrub(diag.body_excerpt, plan.request.secrets);
  out.hints = parse_retry_hints(resp.retry_after_ms, resp.retry_after, resp.should_retry,
                                std::chrono::system_clock::now());
  diag.server_retry_after = out.hints.retry_after;
  return make_error_code(status_to_errc(resp.status));
}

// An attempt the rate limiter let start: it hears how the attempt ended, whatever the way out.
class admitted {
 public:
  admitted(rate_limiter* limiter, rate_limit_scope scope) noexcept
      : limiter_(limiter), scope_(scope) {}
  ~admitted() {
    if (limiter_ != nullptr) limiter_->finish(scope_, said_);
  }
  admitted(const admitted&) = delete;
  admitted& operator=(const admitted&) = delete;

  void heard(const http::response& resp) {
    if (limiter_ == nullptr) return;
    const rate_limit_fields fields{resp.ratelimit, resp.ratelimit_policy, resp.x_ratelimit_limit,
                                   resp.x_ratelimit_remaining, resp.x_ratelimit_reset};
    said_ = parse_rate_limit_headers(fields, std::chrono::system_clock::now());
  }

 private:
  rate_limiter* limiter_;
  rate_limit_scope scope_;
  advertised_limit said_{};
};

// The limiter's leave to start: at once while the pace allows, or after a wait in its queue.
awaitable<error_code> wait_for_leave(const attempt_plan& plan, call_flags& flags,
                                     attempt_outcome& out, diagnostics& diag) {
  const error_code ec = co_await plan.limiter->admit(
      plan.request.scope, plan.request.options.deadline, flags.waits, diag, out.rate_limit_wait);
  diag.rate_limit_wait += out.rate_limit_wait;
  co_return ec;
}

}  // namespace

awaitable<attempt_outcome> run_attempt(const attempt_plan& plan, int retry, call_flags& flags,
                                       diagnostics& diag) {
  attempt_outcome out;
  const request_spec& req = plan.request;
  rate_limiter* limiter = plan.limiter;
  if (limiter && !limiter->try_admit(req.scope) &&
      (out.ec = co_await wait_for_leave(plan, flags, out, diag)))
    co_return out;
  admitted leave(limiter, req.scope);
  // A connection at once when there is one; the wait (a coroutine of its own) only when not.
  http::lease conn = plan.pool.try_acquire();
  if (!conn && (out.ec = co_await acquire(plan, conn, flags, diag))) co_return out;
  if (conn.fresh() && (out.ec = co_await connect(plan, conn, flags, diag))) co_return out;

  const http::request wire{to_string(req.method), req.target, retry, req.has_body, req.body};
  const limit until = limit_for(req, plan.attempt_timeout);
  http::exchange_result exchanged{asio::error::operation_aborted};
  {
    waiting_on scope(flags.waits, *conn);
    flags.on_the_wire = true;
    if (scope.entered()) exchanged = co_await conn->exchange(wire, until.at);
    flags.on_the_wire = false;
  }
  out.request_written = exchanged.request_written;
  if (exchanged.ec) {
    auto failure = classify_transport_error(exchanged.ec, "exchange with", plan.host,
                                            until.is_deadline, flags.cancelled());
    report(plan, failure, diag);
    out.ec = failure.ec;
    co_return out;
  }

  const http::response& resp = conn->response();
  leave.heard(resp);
  out.status = static_cast<int>(resp.status);
  diag.http_status = out.status;
  diag.request_id = resp.request_id;
  out.ec = (resp.status >= 200 && resp.status <= 299) ? decode_success(plan, resp.body, diag)
                                                      : read_failure(plan, resp, out, diag);
  conn.release();  // after decoding: the response lives in the connection
  co_return out;
}

}  // namespace rtk::detail
