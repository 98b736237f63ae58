#pragma once
// The client's rate limiter: every attempt of every call of a client asks it before it is sent
// (run_attempt). Calls start at once while the pace allows; otherwise they wait in one queue,
// in order, and a timer lets the head go when the pace allows it (pacer.hpp says when). Each
// answer's rate-limit headers, and each 429, go back to it. Thread-safe: one mutex, held for
// bookkeeping only.
//
// Two scopes: every call counts in `all`; a call of the Recordings group counts in
// `recordings` as well, and the headers of its answers describe that scope. One queue serves
// both, so a recording call at its head holds the calls behind it.

#include "interrupt.hpp"
#include "pacer.hpp"

#include <rtk/diagnostics.hpp>
#include <rtk/rate_limit.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/steady_timer.hpp>

#include <array>
#include <chrono>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>

namespace rtk::detail {

// The scope of an operation, from its path template.
rate_limit_scope scope_of_path(std::string_view path_template) noexcept;

class rate_limiter : public std::enable_shared_from_this<rate_limiter> {
 public:
  using clock = std::chrono::steady_clock;

  // `limits`: the client's own (client_options::rate_limits.limits); a scope with several
  // keeps the tightest. Throws rtk::error(invalid_argument) for a limit with no quota or no
  // window.
  rate_limiter(boost::asio::any_io_executor ex, const std::vector<rate_limit>& limits);

  // Starts an attempt of `scope` now if the pace allows it and nobody waits before it.
  bool try_admit(rate_limit_scope scope);
  // Waits in the queue until the pace allows the attempt to start. Fails with
  // errc::rate_limited, at once and with the reason in diag.client_message, when the attempt
  // would start after `deadline`; operation_aborted when the call is cancelled (through
  // `waits`) or the client shuts down. `waited` is the time spent in the queue.
  boost::asio::awaitable<error_code> admit(rate_limit_scope scope,
                                           std::optional<clock::time_point> deadline,
                                           wait_registry& waits, diagnostics& diag,
                                           std::chrono::microseconds& waited);
  // An admitted attempt has ended, with what its answer advertised (nothing when none came).
  void finish(rate_limit_scope scope, const advertised_limit& said);
  // Holds the scope's calls until `until`: after a 429, for the server's Retry-After or the
  // call's backoff. Queued calls that would then start after their deadline fail at once.
  void pause(rate_limit_scope scope, clock::time_point until);

  void shutdown();

 private:
  struct waiter;

  pacer& pace(rate_limit_scope s) noexcept { return pacers_[static_cast<std::size_t>(s)]; }
  clock::time_point next_start(rate_limit_scope s) const noexcept;
  clock::time_point start_of(rate_limit_scope s, std::size_t ahead) const noexcept;
  void start(rate_limit_scope s, clock::time_point now) noexcept;
  void release_due();                               // with mutex_ held
  void arm_release_timer();                         // with mutex_ held
  void refuse_late_waiters(clock::time_point now);  // with mutex_ held

  std::mutex mutex_;
  std::array<pacer, 2> pacers_;
  std::deque<std::shared_ptr<waiter>> queue_;  // the waiters, in arrival order
  boost::asio::steady_timer release_;  // armed at the head's start while the queue is not empty
  std::optional<clock::time_point> armed_for_;
  bool closed_ = false;
};

}  // namespace rtk::detail
