#pragma once
// Rate limits, as a client keeps them: the API's limits are per token (the Cloudflare API
// allows 1,200 requests per 5 minutes; RealtimeKit documents its own), and exceeding one blocks
// every call for a while with HTTP 429. A client paces itself: it reads the limits each answer
// advertises (Ratelimit and Ratelimit-Policy, or X-RateLimit-*), spreads its calls over the
// window, and after a 429 holds every call of the scope in one queue until the server's reset,
// instead of each call retrying on its own. See the README's "Rate limits".

#include <chrono>
#include <cstdint>
#include <vector>

namespace rtk {

// The calls a limit counts.
enum class rate_limit_scope {
  all,         // every call of the client
  recordings,  // the Recordings group (/recordings paths), on top of `all`
};

// At most `quota` calls every `window`, started one every window / quota (never in a burst).
struct rate_limit {
  rate_limit_scope scope = rate_limit_scope::all;
  std::uint32_t quota = 0;
  std::chrono::milliseconds window{0};
};

// The limits the documentation gives today (they change: check before relying on them).
namespace documented_limits {
// The Cloudflare API: 1,200 requests per 5 minutes per user or token.
inline constexpr rate_limit cloudflare_api{rate_limit_scope::all, 1200, std::chrono::minutes(5)};
// RealtimeKit: "All RealtimeKit APIs", 3,500 per 5 minutes.
inline constexpr rate_limit realtimekit_all{rate_limit_scope::all, 3500, std::chrono::minutes(5)};
// RealtimeKit: "Recording APIs", 1,000 per 50 seconds.
inline constexpr rate_limit realtimekit_recordings{rate_limit_scope::recordings, 1000,
                                                   std::chrono::seconds(50)};
}  // namespace documented_limits

struct rate_limit_options {
  // Pace calls by what the server advertises, and hold a scope's calls after a 429 until its
  // reset. false: calls go at once and each retries a 429 on its own, as other SDKs do.
  bool enabled = true;
  // Limits of your own, enforced on top of the server's: the documented limits, or a share of
  // a token that several processes use. Ignored when `enabled` is false.
  std::vector<rate_limit> limits{};
};

// Retries are held to a share of recent calls, as gRPC's retry throttling does, so an outage
// does not multiply the load on the API: every call adds `ratio` to a budget that holds at most
// `max_tokens` (and starts full), and every retry takes one; a retry that finds less than one
// is not made (retry_stop::retry_budget).
struct retry_budget_options {
  bool enabled = true;
  double ratio = 0.1;
  double max_tokens = 10;
};

}  // namespace rtk
