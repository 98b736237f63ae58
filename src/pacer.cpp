#include "pacer.hpp"

#include <algorithm>

namespace rtk::detail {

pacer::clock::time_point pacer::next_start() const noexcept {
  return std::max(next_start_, paused_until_);
}

pacer::clock::time_point pacer::start_of(std::size_t ahead) const noexcept {
  return next_start() + interval() * static_cast<std::int64_t>(ahead);
}

pacer::clock::duration pacer::interval() const noexcept {
  return std::max({own_interval_, policy_interval_, remaining_interval_});
}

void pacer::start(clock::time_point now) noexcept {
  ++in_flight_;
  last_start_ = now;
  respace();
}

void pacer::pause_until(clock::time_point until) noexcept {
  paused_until_ = std::max(paused_until_, until);
}

// The next start, one interval after the last: the part of it owed to the window's remainder
// ends at the window's reset, where the quota is whole again.
void pacer::respace() noexcept {
  if (!last_start_) return;
  auto steady = *last_start_ + std::max(own_interval_, policy_interval_);
  auto by_remainder = *last_start_ + remaining_interval_;
  if (window_reset_) by_remainder = std::min(by_remainder, *window_reset_);
  next_start_ = std::max(steady, by_remainder);
}

void pacer::finish(const advertised_limit& said, clock::time_point now) noexcept {
  if (in_flight_ > 0) --in_flight_;
  if (said.quota && said.window && *said.quota > 0)
    policy_interval_ = std::chrono::duration_cast<clock::duration>(*said.window) /
                       static_cast<std::int64_t>(*said.quota);
  if (said.remaining && said.reset) {
    const auto reset_at = now + *said.reset;
    // Answers of one window may arrive out of order, by as many as are in flight; more left
    // than that, or a reset already passed, is a new window.
    const bool new_window =
        !window_reset_ || now >= *window_reset_ || *said.remaining > last_remaining_ + in_flight_;
    window_reset_ = new_window ? reset_at : std::min(*window_reset_, reset_at);
    last_remaining_ = *said.remaining;
    // What the calls in flight will take is not left for the next.
    const std::uint64_t usable = *said.remaining > in_flight_ ? *said.remaining - in_flight_ : 0;
    if (usable == 0) {
      remaining_interval_ = {};
      pause_until(*window_reset_);
    } else {
      remaining_interval_ = (*window_reset_ - now) / static_cast<std::int64_t>(usable);
    }
  }
  respace();
}

}  // namespace rtk::detail
