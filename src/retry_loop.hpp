#pragma once
// The retry loop of one call: an attempt, the decision, the wait, and again, until an attempt
// succeeds or the rules say stop. Whatever it needs from the world (the attempt itself, the
// clock, the sleep between attempts, whether the call was cancelled, who watches the attempts)
// comes through retry_loop_io, so it is unit-tested with a scripted attempt, a fake clock and
// a sleeper that only moves that clock (test/unit/retry_loop.cpp). The decisions themselves
// are retry_rules'.

#include "retry_rules.hpp"

#include <rtk/diagnostics.hpp>

#include <boost/asio/awaitable.hpp>

#include <chrono>
#include <string_view>

namespace rtk::detail {

class retry_loop_io {
 public:
  using clock = std::chrono::steady_clock;

  // Attempt number `retry` (0 for the first): fills `diag` with what it learned (status,
  // request id, an error envelope's code and message...).
  virtual boost::asio::awaitable<attempt_outcome> attempt(int retry, diagnostics& diag) = 0;
  virtual clock::time_point now() const = 0;
  // Waits `delay`, or less when the call is cancelled meanwhile.
  virtual boost::asio::awaitable<void> sleep(std::chrono::milliseconds delay) = 0;
  // Terminal cancellation or shutdown: whatever failed, the call reports operation_aborted.
  virtual bool cancelled() const = 0;
  // After each attempt, with what happens next: the metrics hook and the debug log.
  virtual void observe(int attempt, const attempt_record& record,
                       const retry_decision& decision) = 0;

 protected:
  ~retry_loop_io() = default;
};

// Runs the call's attempts. `diag` describes the last attempt and lists them all
// (attempt_log, attempts); when the call fails, stopped_because and client_message say why no
// further attempt was made. A request that is not idempotent, was written and got no answer
// fails with errc::outcome_unknown: the server may have processed it.
boost::asio::awaitable<error_code> run_with_retries(retry_rules& rules, bool idempotent,
                                                    std::string_view method, retry_loop_io& io,
                                                    diagnostics& diag);

}  // namespace rtk::detail
