#pragma once
// What an answer says about the rate limit it counted against, from either generation of
// headers: `Ratelimit: "default";r=<remaining>;t=<seconds to reset>` with
// `Ratelimit-Policy: "default";q=<quota>;w=<window seconds>` (IETF httpapi-ratelimit-headers),
// or the older X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset. Pure: the
// pacer (pacer.hpp) acts on the result.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

namespace rtk::detail {

// The header values as received (empty when absent).
struct rate_limit_fields {
  std::string_view ratelimit{};
  std::string_view ratelimit_policy{};
  std::string_view x_limit{};
  std::string_view x_remaining{};
  std::string_view x_reset{};
};

// Each member is absent when the answer did not say, or said it unreadably.
struct advertised_limit {
  std::optional<std::uint64_t> remaining;           // requests left in the current window
  std::optional<std::chrono::milliseconds> reset;   // until the window resets
  std::optional<std::uint64_t> quota;               // requests per window
  std::optional<std::chrono::milliseconds> window;  // the window's length
};

// Of several limits in one field, the tightest: the one with the fewest requests left per
// second until its reset, and the policy with the longest time per request. X-RateLimit-Reset
// is read as seconds from now, or as a Unix time when it is one (past 2001), against `now`.
advertised_limit parse_rate_limit_headers(const rate_limit_fields& fields,
                                          std::chrono::system_clock::time_point now);

}  // namespace rtk::detail
