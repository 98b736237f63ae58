#include "rate_limit_headers.hpp"

#include "http/field_value.hpp"

#include <algorithm>
#include <charconv>

namespace rtk::detail {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

// A non-negative decimal integer and nothing else.
std::optional<std::uint64_t> parse_count(std::string_view s) {
  s = http::trim_ows(s);
  std::uint64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
  return v;
}

// Seconds as a wait, capped at a day so that an absurd value cannot overflow a time point.
milliseconds to_wait(std::uint64_t secs) {
  constexpr std::uint64_t day = 24 * 3600;
  return seconds(secs < day ? secs : day);
}

// The parameters of one member of a structured-field list: `"name";a=1;b=2`. Unknown keys and
// values that are not integers are skipped.
template <class OnParam>
void for_each_param(std::string_view member, OnParam on_param) {
  std::size_t at = member.find(';');
  while (at != std::string_view::npos) {
    std::string_view rest = member.substr(at + 1);
    std::size_t next = rest.find(';');
    std::string_view param = http::trim_ows(rest.substr(0, next));
    if (auto eq = param.find('='); eq != std::string_view::npos) {
      if (auto value = parse_count(param.substr(eq + 1)))
        on_param(http::trim_ows(param.substr(0, eq)), *value);
    }
    at = next == std::string_view::npos ? next : at + 1 + next;
  }
}

template <class OnMember>
void for_each_member(std::string_view list, OnMember on_member) {
  while (!list.empty()) {
    std::size_t comma = list.find(',');
    on_member(list.substr(0, comma));
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
}

// Ratelimit: the member with the fewest requests left per second of its window.
void read_ratelimit(std::string_view field, advertised_limit& out) {
  for_each_member(field, [&](std::string_view member) {
    std::optional<std::uint64_t> r, t;
    for_each_param(member, [&](std::string_view key, std::uint64_t v) {
      if (key == "r") r = v;
      if (key == "t") t = v;
    });
    if (!r || !t) return;
    // r1 / t1 < r0 / t0, without division (a t of 0 means the window resets now).
    bool tighter = !out.remaining || (*r * static_cast<std::uint64_t>(out.reset->count()) <
                                      *out.remaining * (*t * 1000));
    if (tighter) {
      out.remaining = r;
      out.reset = to_wait(*t);
    }
  });
}

// Ratelimit-Policy: the member with the longest time per request.
void read_policy(std::string_view field, advertised_limit& out) {
  for_each_member(field, [&](std::string_view member) {
    std::optional<std::uint64_t> q, w;
    for_each_param(member, [&](std::string_view key, std::uint64_t v) {
      if (key == "q") q = v;
      if (key == "w") w = v;
    });
    if (!q || !w || *q == 0) return;
    // w1 / q1 > w0 / q0
    bool tighter = !out.quota ||
                   (*w * 1000 * *out.quota > static_cast<std::uint64_t>(out.window->count()) * *q);
    if (tighter) {
      out.quota = q;
      out.window = to_wait(*w);
    }
  });
}

// X-RateLimit-Reset: seconds from now, or a Unix time (any value past 2001-09-09).
std::optional<milliseconds> read_x_reset(std::string_view field,
                                         std::chrono::system_clock::time_point now) {
  auto v = parse_count(field);
  if (!v) return std::nullopt;
  constexpr std::uint64_t unix_time_from = 1'000'000'000;
  if (*v < unix_time_from) return to_wait(*v);
  // A time point holds nanoseconds until 2262: later times are read as 2200 (a wait is capped
  // at a day anyway).
  constexpr std::uint64_t year_2200 = 7'258'118'400;
  auto at = std::chrono::system_clock::time_point(
      seconds(static_cast<std::int64_t>(std::min(*v, year_2200))));
  auto left = std::chrono::ceil<seconds>(at - now).count();
  return to_wait(left > 0 ? static_cast<std::uint64_t>(left) : 0);
}

// X-RateLimit-Limit may carry a policy after its number ("100, 100;w=60"): the number counts.
std::optional<std::uint64_t> read_x_limit(std::string_view field) {
  std::size_t end = field.find_first_of(",;");
  return parse_count(field.substr(0, end));
}

}  // namespace

advertised_limit parse_rate_limit_headers(const rate_limit_fields& f,
                                          std::chrono::system_clock::time_point now) {
  advertised_limit out;
  if (!f.ratelimit.empty()) read_ratelimit(f.ratelimit, out);
  if (!f.ratelimit_policy.empty()) read_policy(f.ratelimit_policy, out);
  // The older headers only fill what the newer did not say.
  if (!out.remaining && !f.x_remaining.empty()) {
    auto remaining = parse_count(f.x_remaining);
    auto reset = read_x_reset(f.x_reset, now);
    if (remaining && reset) {
      out.remaining = remaining;
      out.reset = reset;
    }
  }
  if (!out.quota && !f.x_limit.empty()) out.quota = read_x_limit(f.x_limit);
  return out;
}

}  // namespace rtk::detail
