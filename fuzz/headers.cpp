// The response headers rtk acts on: retry hints (retry-after-ms, Retry-After as seconds or an
// HTTP date, x-should-retry) and rate limits (Ratelimit, Ratelimit-Policy, X-RateLimit-*),
// and the pacer fed what they say. The input is the header values, one per line.

#include "pacer.hpp"
#include "rate_limit_headers.hpp"
#include "retry_rules.hpp"

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::array<std::string_view, 8> field{};
  for (auto& f : field) {
    const auto nl = in.find('\n');
    f = in.substr(0, nl);
    in = nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1);
  }
  const auto wall = std::chrono::system_clock::time_point{} + std::chrono::hours(500'000);
  const auto hints = rtk::detail::parse_retry_hints(field[0], field[1], field[2], wall);
  if (hints.retry_after && hints.retry_after->count() < 0) std::abort();
  (void)rtk::detail::parse_http_date(field[1]);

  const rtk::detail::rate_limit_fields limits{field[3], field[4], field[5], field[6], field[7]};
  const auto said = rtk::detail::parse_rate_limit_headers(limits, wall);
  if (said.reset && said.reset->count() < 0) std::abort();
  if (said.window && said.window->count() < 0) std::abort();
  rtk::detail::pacer p;
  const auto t0 = std::chrono::steady_clock::time_point{} + std::chrono::hours(1000);
  p.start(t0);
  p.finish(said, t0);
  if (p.next_start() < t0) std::abort();  // never a start in the past of the last one
  return 0;
}
