#pragma once
// The client's retry budget (retry_budget_options): every call adds `ratio` tokens, up to
// `max_tokens`; a retry takes one, and is not made when less than one is left. Retries so stay
// under `ratio` of the calls made, plus a few, whatever fails. Thread-safe, without a lock.

#include <rtk/rate_limit.hpp>

#include <algorithm>
#include <atomic>

namespace rtk::detail {

class retry_budget {
 public:
  explicit retry_budget(const retry_budget_options& o) noexcept
      : ratio_(o.ratio), max_(o.max_tokens), tokens_(o.max_tokens) {}

  void on_call() noexcept {
    double t = tokens_.load(std::memory_order_relaxed);
    while (t < max_ && !tokens_.compare_exchange_weak(t, std::min(max_, t + ratio_),
                                                      std::memory_order_relaxed)) {
    }
  }

  // Takes a token for a retry; false when there is none.
  bool try_retry() noexcept {
    double t = tokens_.load(std::memory_order_relaxed);
    while (t >= 1.0) {
      if (tokens_.compare_exchange_weak(t, t - 1.0, std::memory_order_relaxed)) return true;
    }
    return false;
  }

 private:
  double ratio_;
  double max_;
  std::atomic<double> tokens_;
};

}  // namespace rtk::detail
