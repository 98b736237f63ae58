#pragma once
// Retry, backoff and the metrics hook. A client holds a prototype of each policy; every call
// that needs one (its first failure) clones it, so a policy may keep state for one call.
//
// Which failures are retried is fixed by rtk and documented in the README: statuses the retry
// policy calls retryable, connection failures and attempt timeouts; a POST or PATCH only when
// the server provably did not process it (nothing was written, 429, 503 with a retry hint,
// `x-should-retry: true`) or when the call opts in with call_options::retry_non_idempotent.
// Server hints (`retry-after-ms`, `Retry-After`) replace the backoff; nothing ever waits past
// the call's deadline.

#include <rtk/diagnostics.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>

namespace rtk {

class retry_policy {
 public:
  virtual ~retry_policy() = default;
  virtual std::unique_ptr<retry_policy> clone() const = 0;
  // May retry number `retry` (1 for the first retry) start, `elapsed` after the call began?
  virtual bool allow_retry(int retry, std::chrono::steady_clock::duration elapsed) = 0;
  // Whether an error status is worth another attempt. `x-should-retry` overrides the answer.
  // Default: 408, 409, 429 and every 5xx, like the official SDKs.
  virtual bool is_retryable_status(int status) const;
};

// Limits a call by retries and by the time since it began. The default client policy is
// limited_retry_policy(2): at most 3 attempts.
class limited_retry_policy final : public retry_policy {
 public:
  explicit limited_retry_policy(int max_retries = 2, std::chrono::milliseconds max_elapsed =
                                                         std::chrono::milliseconds::max()) noexcept
      : max_retries_(max_retries), max_elapsed_(max_elapsed) {}
  std::unique_ptr<retry_policy> clone() const override;
  bool allow_retry(int retry, std::chrono::steady_clock::duration elapsed) override;

  int max_retries() const noexcept { return max_retries_; }
  std::chrono::milliseconds max_elapsed() const noexcept { return max_elapsed_; }

 private:
  int max_retries_;
  std::chrono::milliseconds max_elapsed_;
};

class backoff_policy {
 public:
  virtual ~backoff_policy() = default;
  virtual std::unique_ptr<backoff_policy> clone() const = 0;
  // The wait before retry number `retry` (1 for the first) when the server gave no hint.
  virtual std::chrono::milliseconds delay(int retry) = 0;
};

// initial × multiplier^(retry-1), capped at `maximum`, times a random factor in
// (min_jitter, 1]. The default is the official SDKs' schedule: 0.5 s, 1 s, 2 s ... 8 s, each
// scaled by (0.75, 1].
class exponential_backoff final : public backoff_policy {
 public:
  struct settings {
    std::chrono::milliseconds initial{500};
    std::chrono::milliseconds maximum{8'000};
    double multiplier = 2.0;
    double min_jitter = 0.75;  // 1.0 turns jitter off
  };
  exponential_backoff() noexcept : exponential_backoff(settings{}) {}
  // Throws std::invalid_argument for a negative wait, a multiplier below 1 or a jitter outside
  // [0, 1]. `seed` 0 seeds from std::random_device on each clone.
  explicit exponential_backoff(settings s, std::uint64_t seed = 0);
  std::unique_ptr<backoff_policy> clone() const override;
  std::chrono::milliseconds delay(int retry) override;

  const settings& config() const noexcept { return settings_; }

 private:
  settings settings_;
  std::uint64_t seed_;
  std::uint64_t state_;
};

// What the metrics hook sees after each attempt.
struct attempt_event {
  std::string_view method;  // "GET", "POST"...
  std::string_view target;  // path and query as sent, e.g. /client/v4/accounts/...
  int attempt = 0;          // 0 for the first attempt
  const attempt_record& record;
  bool will_retry = false;
  std::chrono::milliseconds next_delay{};         // when will_retry
  retry_stop stopped_because = retry_stop::none;  // when the call failed for good
};

// Called once per attempt, on whichever thread runs the call: it must be thread-safe and quick.
using attempt_hook = std::function<void(const attempt_event&)>;

}  // namespace rtk
