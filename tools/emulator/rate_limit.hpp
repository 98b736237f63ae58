#pragma once
// The emulator's rate limit: each API token may make `quota` requests in a fixed window of
// `window`, which opens at the token's first request after its previous window closed. The
// caller passes the time (a steady clock's), so tests move it without sleeping. Answers are
// described in the IETF httpapi-ratelimit-headers form Cloudflare's API uses:
//   Ratelimit: "default";r=<remaining>;t=<seconds to the reset>
//   Ratelimit-Policy: "default";q=<quota>;w=<window seconds>
// Not thread-safe: the service calls it from the server's thread.

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rtk::emu {

class rate_limiter {
 public:
  using clock = std::chrono::steady_clock;

  struct setting {
    unsigned quota = 0;  // 0: no limit
    std::chrono::seconds window{0};
  };

  // What one request got.
  struct verdict {
    bool admitted = true;
    unsigned remaining = 0;         // what the quota has left after this request
    std::chrono::seconds reset{0};  // until the window closes: rounded up, at least 1 s
  };

  // A setting's problem, or "" when it has none: with a quota, the window must be 1 to
  // max_window_seconds seconds (a bound that keeps a window's end far from overflowing the
  // clock).
  static constexpr std::int64_t max_window_seconds = 4'294'967'295;
  static std::string problem_of(const setting& s);

  rate_limiter() = default;  // no limit
  explicit rate_limiter(setting s) : setting_(s) {}

  const setting& current() const noexcept { return setting_; }
  bool enabled() const noexcept { return setting_.quota > 0; }
  // Applies a new setting (problem_of(s) must be ""): every token's window starts afresh.
  void configure(setting s);
  // Forgets every window and the count of refusals; the setting stays.
  void clear();

  // Counts one request of `token` at `now` when the window has quota left; a refused request
  // counts nothing against the quota (only in refused()). Only with enabled().
  verdict admit(std::string_view token, clock::time_point now);
  // Requests refused since the last clear().
  std::uint64_t refused() const noexcept { return refused_; }

  // The Ratelimit and Ratelimit-Policy headers of an answer to a request that got `v`.
  std::vector<std::pair<std::string, std::string>> headers_of(const verdict& v) const;

 private:
  struct window {
    clock::time_point start;
    unsigned used = 0;
  };
  setting setting_{};
  std::map<std::string, window, std::less<>> windows_{};  // by token
  std::uint64_t refused_ = 0;
};

}  // namespace rtk::emu
