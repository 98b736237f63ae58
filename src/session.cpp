#include "session.hpp"

#include "retry_loop.hpp"

#include <boost/asio/this_coro.hpp>

#include <utility>

namespace rtk::detail {
namespace asio = boost::asio;
using asio::awaitable;

// The retry loop's view of a running call: real attempts, the steady clock, a timer that
// cancellation interrupts for the waits, and the session's hook and log watching.
class session::live_call final : public retry_loop_io {
 public:
  live_call(const session& s, call_state& call, const attempt_plan& plan)
      : session_(s), call_(call), plan_(plan) {}

  awaitable<attempt_outcome> attempt(int retry, diagnostics& diag) override {
    return run_attempt(plan_, retry, call_.flags, diag);
  }
  clock::time_point now() const override { return clock::now(); }
  // Ended early by the call's cancellation. After a 429 the rate limiter's queue waits instead.
  awaitable<void> sleep(std::chrono::milliseconds delay) override {
    if (std::exchange(queued_by_limiter_, false)) co_return;
    interruptible_timer timer(co_await asio::this_coro::executor);
    waiting_on scope(call_.flags.waits, timer);
    if (scope.entered()) co_await timer.wait_until(clock::now() + delay);
  }
  bool cancelled() const override { return call_.flags.cancelled(); }
  void observe(int attempt, const attempt_record& record, const retry_decision& decision) override {
    session_.notify_attempt(plan_.request, attempt, record, decision);
    if (record.http_status == 429 && plan_.limiter != nullptr) hold_scope(decision);
  }

 private:
  // A 429: every call of the scope waits, in the limiter's one queue, for the server's
  // Retry-After (or this call's backoff), instead of each retrying on its own.
  void hold_scope(const retry_decision& decision) {
    const auto wait = call_.diag.server_retry_after.value_or(decision.delay);
    if (wait.count() > 0) plan_.limiter->pause(plan_.request.scope, clock::now() + wait);
    queued_by_limiter_ = decision.retry;
  }

  const session& session_;
  call_state& call_;
  const attempt_plan& plan_;
  bool queued_by_limiter_ = false;
};

session::session(asio::any_io_executor ex, client_options opts)
    : ex_(std::move(ex)),
      opts_(std::move(opts)),
      setup_(check_client_options(opts_)),
      scrubber_(opts_.auth, setup_.proxy ? std::string_view(setup_.proxy->password) : ""),
      pool_(std::make_shared<http::pool>(ex_, setup_.api, setup_.tls ? &*setup_.tls : nullptr,
                                         setup_.proxy ? &*setup_.proxy : nullptr,
                                         setup_.fixed_headers, opts_.pool)) {
  if (opts_.rate_limits.enabled)
    limiter_ = std::make_shared<rate_limiter>(ex_, opts_.rate_limits.limits);
  if (opts_.retry_budget.enabled) budget_ = std::make_unique<retry_budget>(opts_.retry_budget);
}

session::~session() {
  shutdown();
}

bool session::open_call(const std::shared_ptr<call_state>& call) {
  std::lock_guard lock(calls_mutex_);
  if (closed_) return false;
  call->next = calls_;
  if (calls_ != nullptr) calls_->prev = call.get();
  calls_ = call.get();
  return true;
}

void session::close_call(call_state& call) {
  std::lock_guard lock(calls_mutex_);
  if (call.prev != nullptr) call.prev->next = call.next;
  if (call.next != nullptr) call.next->prev = call.prev;
  if (calls_ == &call) calls_ = call.next;
  call.prev = call.next = nullptr;
}

void session::shutdown() {
  {
    std::lock_guard lock(calls_mutex_);
    if (closed_) return;
    closed_ = true;
    // A registered call stays alive until close_call(), which waits for this lock; cancelling
    // takes only the call's own locks.
    for (call_state* call = calls_; call != nullptr; call = call->next) cancel_call(*call);
  }
  if (limiter_) limiter_->shutdown();
  pool_->shutdown();
}

void session::cancel_call(call_state& call) {
  call.flags.waits.interrupt();
}

void session::log(log_level level, const std::string& line) const {
  if (opts_.log.sink && level >= opts_.log.level && opts_.log.level != log_level::off)
    opts_.log.sink(level, line);
}

const retry_policy& session::retry_prototype(const call_settings& o) const noexcept {
  static const limited_retry_policy fallback;
  if (o.retry) return *o.retry;
  return opts_.retry ? *opts_.retry : fallback;
}

const backoff_policy& session::backoff_prototype(const call_settings& o) const noexcept {
  static const exponential_backoff fallback;
  if (o.backoff) return *o.backoff;
  return opts_.backoff ? *opts_.backoff : fallback;
}

void session::notify_attempt(const request_spec& req, int attempt, const attempt_record& rec,
                             const retry_decision& decision) const {
  if (opts_.log.sink && opts_.log.level <= log_level::debug) {
    auto ms = std::chrono::duration<double, std::milli>(rec.duration).count();
    std::string line = std::string(to_string(req.method)) + " " + req.target + " attempt " +
                       std::to_string(attempt + 1) + " -> ";
    line += rec.http_status != 0 ? std::to_string(rec.http_status) : rec.error.message();
    line += " in " + std::to_string(ms) + " ms";
    if (decision.retry) line += "; retrying in " + std::to_string(decision.delay.count()) + " ms";
    log(log_level::debug, line);
  }
  if (!opts_.on_attempt) return;
  attempt_event event{to_string(req.method), req.target,     attempt,      rec,
                      decision.retry,        decision.delay, decision.stop};
  try {
    opts_.on_attempt(event);
  } catch (...) {
    log(log_level::error, "the on_attempt hook threw; the exception was ignored");
  }
}

awaitable<error_code> session::run(std::shared_ptr<call_state> call, request_ptr request,
                                   result_sink sink) {
  const request_spec& req = *request;
  const attempt_plan plan{*pool_,
                          req,
                          scrubber_,
                          setup_.route_label,
                          opts_.pool.acquire_timeout,
                          opts_.pool.connect_timeout,
                          req.options.attempt_timeout.value_or(opts_.attempt_timeout),
                          sink,
                          limiter_.get()};
  if (budget_) budget_->on_call();
  retry_rules rules(retry_prototype(req.options), backoff_prototype(req.options), req.idempotent,
                    req.options.retry_non_idempotent, std::chrono::steady_clock::now(),
                    req.options.deadline, budget_.get());
  live_call io(*this, *call, plan);
  co_return co_await run_with_retries(rules, req.idempotent, to_string(req.method), io, call->diag);
}

}  // namespace rtk::detail
