// The retry and backoff policies rtk ships.

#include <rtk/retry.hpp>

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace rtk {

const char* to_string(retry_stop s) noexcept {
  switch (s) {
    case retry_stop::none:
      return "none";
    case retry_stop::not_retryable:
      return "not retryable";
    case retry_stop::not_idempotent:
      return "not idempotent";
    case retry_stop::exhausted:
      return "retries exhausted";
    case retry_stop::deadline:
      return "deadline";
    case retry_stop::cancelled:
      return "cancelled";
    case retry_stop::retry_budget:
      return "retry budget spent";
  }
  return "unknown";
}

bool retry_policy::is_retryable_status(int status) const {
  return status == 408 || status == 409 || status == 429 || status >= 500;
}

std::unique_ptr<retry_policy> limited_retry_policy::clone() const {
  return std::make_unique<limited_retry_policy>(*this);
}

bool limited_retry_policy::allow_retry(int retry, std::chrono::steady_clock::duration elapsed) {
  // In milliseconds: max_elapsed_ may be milliseconds::max(), which nanoseconds cannot hold.
  return retry <= max_retries_ &&
         std::chrono::duration_cast<std::chrono::milliseconds>(elapsed) <= max_elapsed_;
}

namespace {

std::uint64_t fresh_seed() {
  std::random_device rd;
  return (std::uint64_t{rd()} << 32) ^ rd();
}

// splitmix64: small, fast and good enough to spread retries of many clients apart.
std::uint64_t next_random(std::uint64_t& state) noexcept {
  std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

}  // namespace

exponential_backoff::exponential_backoff(settings s, std::uint64_t seed)
    : settings_(s), seed_(seed), state_(seed != 0 ? seed : fresh_seed()) {
  if (s.initial.count() < 0 || s.maximum.count() < 0)
    throw std::invalid_argument("exponential_backoff: waits must not be negative");
  if (!(s.multiplier >= 1.0))
    throw std::invalid_argument("exponential_backoff: the multiplier must be at least 1");
  if (!(s.min_jitter >= 0.0 && s.min_jitter <= 1.0))
    throw std::invalid_argument("exponential_backoff: min_jitter must be within [0, 1]");
}

std::unique_ptr<backoff_policy> exponential_backoff::clone() const {
  return std::make_unique<exponential_backoff>(settings_, seed_);
}

std::chrono::milliseconds exponential_backoff::delay(int retry) {
  const double exponent = std::max(retry - 1, 0);
  const double base = std::min(
      static_cast<double>(settings_.initial.count()) * std::pow(settings_.multiplier, exponent),
      static_cast<double>(settings_.maximum.count()));
  // u in [0, 1): the factor 1 - u * (1 - min_jitter) is in (min_jitter, 1].
  const double u = static_cast<double>(next_random(state_) >> 11) * 0x1.0p-53;
  const double factor = 1.0 - u * (1.0 - settings_.min_jitter);
  // Rounded up, so a wait is never shorter than the jitter range allows.
  return std::chrono::milliseconds(static_cast<std::int64_t>(std::ceil(base * factor)));
}

}  // namespace rtk
