#pragma once
// The retry decision: after a failed attempt, may another start, and after what wait? Pure
// logic with the time passed in, so it is unit-tested without sleeping. The session runs it
// between attempts; it never does I/O.

#include "request.hpp"

#include "retry_budget.hpp"

#include <rtk/diagnostics.hpp>
#include <rtk/retry.hpp>

#include <chrono>
#include <memory>
#include <optional>
#include <string_view>

namespace rtk::detail {

// What the server said about retrying, from the response headers.
struct retry_hints {
  // retry-after-ms wins over Retry-After; a value that is zero, negative or unreadable means
  // "now", as in the official SDKs.
  std::optional<std::chrono::milliseconds> retry_after;
  std::optional<bool> should_retry;  // x-should-retry: true|false
};

retry_hints parse_retry_hints(std::string_view retry_after_ms, std::string_view retry_after,
                              std::string_view should_retry,
                              std::chrono::system_clock::time_point now);

// An HTTP date (IMF-fixdate, RFC 850 or asctime form); nullopt when it is none of them.
std::optional<std::chrono::system_clock::time_point> parse_http_date(std::string_view text);

// How one attempt ended, as the retry rules judge it.
struct attempt_outcome {
  error_code ec;
  int status = 0;                // 0 when no response arrived
  bool request_written = false;  // at least one byte of the request left
  retry_hints hints{};           // from an error response's headers
  // Held by the client's rate limiter before it started.
  std::chrono::microseconds rate_limit_wait{};
};
// An attempt that failed, as decide() takes it.
using failed_attempt = attempt_outcome;

struct retry_decision {
  bool retry = false;
  std::chrono::milliseconds delay{};
  retry_stop stop = retry_stop::none;
};

// The rules for one call. The policies are the client's (or the call's) prototypes; they are
// cloned on the first decision, so a call that never fails costs no allocation.
class retry_rules {
 public:
  using clock = std::chrono::steady_clock;

  // `idempotent`: the operation may be repeated after an attempt whose outcome is unknown;
  // otherwise only when the server cannot have processed it (request_spec::idempotent).
  // `budget`: the client's retry budget, which every retry draws on (null: none).
  retry_rules(const retry_policy& retry, const backoff_policy& backoff, bool idempotent,
              bool retry_non_idempotent, clock::time_point start,
              std::optional<clock::time_point> deadline, retry_budget* budget = nullptr) noexcept;

  retry_decision decide(const failed_attempt& failed, clock::time_point now);
  int retries() const noexcept { return retries_; }

 private:
  bool retryable(const failed_attempt& failed) const;
  bool safe_to_repeat(const failed_attempt& failed) const;

  const retry_policy& retry_prototype_;
  const backoff_policy& backoff_prototype_;
  std::unique_ptr<retry_policy> retry_;
  std::unique_ptr<backoff_policy> backoff_;
  bool idempotent_;
  bool retry_non_idempotent_;
  clock::time_point start_;
  std::optional<clock::time_point> deadline_;
  retry_budget* budget_;
  int retries_ = 0;
};

}  // namespace rtk::detail
