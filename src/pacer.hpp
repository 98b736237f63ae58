#pragma once
// The arithmetic of one rate-limit scope: when may the next call start? Pure, with the time
// passed in, so it is unit-tested without sleeping; rate_limiter.hpp queues the calls that
// must wait and keeps it under a lock.
//
// Calls are spread evenly, never sent in a burst: after a call starts, the next may start one
// interval later, the longest of
//   - the client's own limit: window / quota (client_options::rate_limits);
//   - the server's policy: w / q of Ratelimit-Policy;
//   - what is left of the window: the time to its reset over the requests left that no call in
//     flight will take. A window's reset is only known to the second (t is whole seconds, rounded
//     up), so the earliest reset an answer of the window implied is the one kept.
// A window with nothing left, or a 429, pauses the scope until the reset the server gave.

#include "rate_limit_headers.hpp"

#include <chrono>
#include <cstdint>
#include <optional>

namespace rtk::detail {

class pacer {
 public:
  using clock = std::chrono::steady_clock;

  // `own_interval`: window / quota of the client's own limit for the scope (zero: none).
  explicit pacer(clock::duration own_interval = {}) noexcept : own_interval_(own_interval) {}

  // The earliest a call may start.
  clock::time_point next_start() const noexcept;
  // When the call `ahead` places behind the next one would start, as things stand.
  clock::time_point start_of(std::size_t ahead) const noexcept;
  // A call starts now (no earlier than next_start()).
  void start(clock::time_point now) noexcept;
  // An attempt that started has ended, with what its answer advertised (nothing, when no
  // answer came).
  void finish(const advertised_limit& said, clock::time_point now) noexcept;
  // Nothing starts before `until` (a 429's Retry-After, or the call's backoff).
  void pause_until(clock::time_point until) noexcept;

  clock::duration interval() const noexcept;
  std::uint64_t in_flight() const noexcept { return in_flight_; }

 private:
  void respace() noexcept;

  clock::duration own_interval_;
  clock::duration policy_interval_{};     // w / q
  clock::duration remaining_interval_{};  // to the reset / the requests left
  std::optional<clock::time_point> window_reset_;
  std::uint64_t last_remaining_ = 0;
  std::uint64_t in_flight_ = 0;
  std::optional<clock::time_point> last_start_;
  clock::time_point next_start_{};
  clock::time_point paused_until_{};
};

}  // namespace rtk::detail
