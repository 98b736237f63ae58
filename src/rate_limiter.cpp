#include "rate_limiter.hpp"

#include <algorithm>

namespace rtk::detail {
namespace asio = boost::asio;
using clock = std::chrono::steady_clock;

rate_limit_scope scope_of_path(std::string_view path_template) noexcept {
  return path_template.find("/recordings") != std::string_view::npos ? rate_limit_scope::recordings
                                                                     : rate_limit_scope::all;
}

namespace {

// The client's own limits as intervals between starts, the tightest per scope.
std::array<pacer, 2> own_pacers(const std::vector<rate_limit>& limits) {
  std::array<clock::duration, 2> interval{};
  for (const auto& l : limits) {
    if (l.quota == 0 || l.window.count() <= 0) continue;  // refused by check_client_options
    auto& i = interval[static_cast<std::size_t>(l.scope)];
    i = std::max(i, std::chrono::duration_cast<clock::duration>(l.window) /
                        static_cast<std::int64_t>(l.quota));
  }
  return {pacer(interval[0]), pacer(interval[1])};
}

}  // namespace

struct rate_limiter::waiter {
  enum class state { queued, started, refused };
  waiter(const asio::any_io_executor& ex, rate_limit_scope s, std::optional<clock::time_point> d)
      : timer(ex), scope(s), deadline(d) {}
  interruptible_timer timer;  // interrupted when the waiter starts, is refused or cancelled
  rate_limit_scope scope;
  std::optional<clock::time_point> deadline;
  state is = state::queued;  // guarded by the limiter's mutex
};

rate_limiter::rate_limiter(asio::any_io_executor ex, const std::vector<rate_limit>& limits)
    : pacers_(own_pacers(limits)), release_(ex) {}

clock::time_point rate_limiter::next_start(rate_limit_scope s) const noexcept {
  const auto all = pacers_[0].next_start();
  return s == rate_limit_scope::all ? all : std::max(all, pacers_[1].next_start());
}

clock::time_point rate_limiter::start_of(rate_limit_scope s, std::size_t ahead) const noexcept {
  const auto all = pacers_[0].start_of(ahead);
  return s == rate_limit_scope::all ? all : std::max(all, pacers_[1].start_of(ahead));
}

void rate_limiter::start(rate_limit_scope s, clock::time_point now) noexcept {
  pacers_[0].start(now);
  if (s == rate_limit_scope::recordings) pacers_[1].start(now);
}

bool rate_limiter::try_admit(rate_limit_scope scope) {
  std::lock_guard lock(mutex_);
  if (closed_) return true;  // the pool refuses it
  if (!queue_.empty()) return false;
  const auto now = clock::now();
  if (now < next_start(scope)) return false;
  start(scope, now);
  return true;
}

asio::awaitable<error_code> rate_limiter::admit(rate_limit_scope scope,
                                                std::optional<clock::time_point> deadline,
                                                wait_registry& waits, diagnostics& diag,
                                                std::chrono::microseconds& waited) {
  const auto began = clock::now();
  std::shared_ptr<waiter> w;
  {
    std::lock_guard lock(mutex_);
    if (closed_) co_return error_code{};  // the pool refuses it
    if (queue_.empty() && began >= next_start(scope)) {
      start(scope, began);
      co_return error_code{};
    }
    const auto at = start_of(scope, queue_.size());
    if (deadline && at > *deadline) {
      diag.client_message =
          "not sent: the rate limiter would hold this call " +
          std::to_string(std::chrono::ceil<std::chrono::milliseconds>(at - began).count()) +
          " ms, past its deadline";
      co_return make_error_code(errc::rate_limited);
    }
    w = std::make_shared<waiter>(release_.get_executor(), scope, deadline);
    queue_.push_back(w);
    arm_release_timer();
  }

  {
    // Without a deadline, a year: the timer only ends through interrupt().
    const auto until = deadline.value_or(began + std::chrono::hours(24 * 365));
    waiting_on in(waits, w->timer);
    if (in.entered()) co_await w->timer.wait_until(until);
  }

  std::lock_guard lock(mutex_);
  waited = std::chrono::duration_cast<std::chrono::microseconds>(clock::now() - began);
  if (w->is == waiter::state::started) {
    if (!waits.interrupted()) co_return error_code{};
    // Cancelled as it started: it never goes out.
    pace(rate_limit_scope::all).finish({}, clock::now());
    if (scope == rate_limit_scope::recordings) pace(scope).finish({}, clock::now());
    co_return error_code(asio::error::operation_aborted);
  }
  if (auto it = std::find(queue_.begin(), queue_.end(), w); it != queue_.end()) {
    queue_.erase(it);
    arm_release_timer();
  }
  if (closed_ || waits.interrupted()) co_return error_code(asio::error::operation_aborted);
  diag.client_message = w->is == waiter::state::refused
                            ? "not sent: after a pause the rate limiter would hold this call past "
                              "its deadline"
                            : "not sent: the rate limiter held this call until its deadline";
  co_return make_error_code(errc::rate_limited);
}

void rate_limiter::finish(rate_limit_scope scope, const advertised_limit& said) {
  std::lock_guard lock(mutex_);
  const auto now = clock::now();
  const auto paused_before = next_start(scope);
  const bool recordings = scope == rate_limit_scope::recordings;
  pace(rate_limit_scope::all).finish(recordings ? advertised_limit{} : said, now);
  if (recordings) pace(scope).finish(said, now);
  if (queue_.empty()) return;
  if (next_start(scope) > paused_before) refuse_late_waiters(now);
  arm_release_timer();
}

void rate_limiter::pause(rate_limit_scope scope, clock::time_point until) {
  std::lock_guard lock(mutex_);
  pace(scope).pause_until(until);
  if (queue_.empty()) return;
  refuse_late_waiters(clock::now());
  arm_release_timer();
}

void rate_limiter::shutdown() {
  std::lock_guard lock(mutex_);
  closed_ = true;
  for (auto& w : queue_) w->timer.interrupt();
  queue_.clear();
  release_.cancel();
  armed_for_.reset();
}

// The head goes when its pace allows, then the next, and so on; the timer waits for the rest.
void rate_limiter::release_due() {
  const auto now = clock::now();
  while (!queue_.empty() && now >= next_start(queue_.front()->scope)) {
    auto w = std::move(queue_.front());
    queue_.pop_front();
    start(w->scope, now);
    w->is = waiter::state::started;
    w->timer.interrupt();
  }
  arm_release_timer();
}

void rate_limiter::arm_release_timer() {
  if (queue_.empty() || closed_) {
    if (armed_for_) release_.cancel();
    armed_for_.reset();
    return;
  }
  const auto at = next_start(queue_.front()->scope);
  if (armed_for_ == at) return;
  armed_for_ = at;
  release_.expires_at(at);
  release_.async_wait([self = shared_from_this()](error_code ec) {
    if (ec) return;  // re-armed or shut down
    std::lock_guard lock(self->mutex_);
    self->armed_for_.reset();
    self->release_due();
  });
}

// Queued calls that would now start after their deadline fail at once instead of waiting.
void rate_limiter::refuse_late_waiters(clock::time_point) {
  std::size_t ahead = 0;
  for (auto it = queue_.begin(); it != queue_.end();) {
    waiter* w = it->get();
    if (w->deadline && start_of(w->scope, ahead) > *w->deadline) {
      w->is = waiter::state::refused;
      w->timer.interrupt();
      it = queue_.erase(it);
    } else {
      ++ahead;
      ++it;
    }
  }
}

}  // namespace rtk::detail
