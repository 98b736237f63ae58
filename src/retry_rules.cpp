#include "retry_rules.hpp"

#include "http/field_value.hpp"

#include <boost/asio/error.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <ctime>

namespace rtk::detail {
namespace {

using http::trim_ows;

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x | 0x20) == (y | 0x20);
         });
}

std::optional<double> parse_number(std::string_view s) {
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// Zero for negative waits; capped at a day so a absurd hint cannot overflow a time point.
std::chrono::milliseconds to_wait(double ms) {
  constexpr double day = 24.0 * 3600 * 1000;
  return std::chrono::milliseconds(static_cast<std::int64_t>(std::ceil(std::clamp(ms, 0.0, day))));
}

int month_index(std::string_view m) {
  static constexpr std::array<std::string_view, 12> names{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (std::size_t i = 0; i < names.size(); ++i)
    if (iequals(m, names[i])) return static_cast<int>(i);
  return -1;
}

std::optional<std::chrono::system_clock::time_point> from_fields(int year, int month, int day,
                                                                 int h, int m, int s) {
  if (month < 0 || day < 1 || day > 31 || h > 23 || m > 59 || s > 60) return std::nullopt;
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month;
  tm.tm_mday = day;
  tm.tm_hour = h;
  tm.tm_min = m;
  tm.tm_sec = s;
  std::time_t t = timegm(&tm);
  if (t == static_cast<std::time_t>(-1)) return std::nullopt;
  // A time point holds nanoseconds from 1677 to 2262: a date past 2200 is read as 2200 (any
  // wait is capped at a day anyway) and one before 1970 as 1970 (a date past), not as an
  // overflow.
  constexpr std::time_t year_2200 = 7'258'118'400;
  return std::chrono::system_clock::from_time_t(std::clamp<std::time_t>(t, 0, year_2200));
}

}  // namespace

std::optional<std::chrono::system_clock::time_point> parse_http_date(std::string_view text) {
  std::string s(trim_ows(text));
  char wday[16] = {}, mon[4] = {}, zone[4] = {};
  int d = 0, y = 0, h = 0, mi = 0, se = 0, n = 0;
  // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
  if (std::sscanf(s.c_str(), "%3s, %2d %3s %4d %2d:%2d:%2d %3s%n", wday, &d, mon, &y, &h, &mi, &se,
                  zone, &n) == 8 &&
      static_cast<std::size_t>(n) == s.size() && iequals(zone, "GMT"))
    return from_fields(y, month_index(mon), d, h, mi, se);
  // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"
  if (std::sscanf(s.c_str(), "%15[A-Za-z], %2d-%3s-%2d %2d:%2d:%2d %3s%n", wday, &d, mon, &y, &h,
                  &mi, &se, zone, &n) == 8 &&
      static_cast<std::size_t>(n) == s.size() && iequals(zone, "GMT"))
    return from_fields(y < 70 ? 2000 + y : 1900 + y, month_index(mon), d, h, mi, se);
  // asctime: "Sun Nov  6 08:49:37 1994"
  if (std::sscanf(s.c_str(), "%3s %3s %2d %2d:%2d:%2d %4d%n", wday, mon, &d, &h, &mi, &se, &y,
                  &n) == 7 &&
      static_cast<std::size_t>(n) == s.size())
    return from_fields(y, month_index(mon), d, h, mi, se);
  return std::nullopt;
}

retry_hints parse_retry_hints(std::string_view retry_after_ms, std::string_view retry_after,
                              std::string_view should_retry,
                              std::chrono::system_clock::time_point now) {
  retry_hints hints;
  retry_after_ms = trim_ows(retry_after_ms);
  retry_after = trim_ows(retry_after);
  if (!retry_after_ms.empty()) {
    if (auto ms = parse_number(retry_after_ms)) hints.retry_after = to_wait(*ms);
  }
  if (!hints.retry_after && !retry_after.empty()) {
    if (auto seconds = parse_number(retry_after)) {
      hints.retry_after = to_wait(*seconds * 1000.0);
    } else if (auto date = parse_http_date(retry_after)) {
      hints.retry_after = to_wait(std::chrono::duration<double, std::milli>(*date - now).count());
    }
  }
  // Present but unreadable: retry at once, as the official SDKs do.
  if (!hints.retry_after && (!retry_after_ms.empty() || !retry_after.empty()))
    hints.retry_after = std::chrono::milliseconds(0);

  should_retry = trim_ows(should_retry);
  if (iequals(should_retry, "true")) hints.should_retry = true;
  if (iequals(should_retry, "false")) hints.should_retry = false;
  return hints;
}

retry_rules::retry_rules(const retry_policy& retry, const backoff_policy& backoff, bool idempotent,
                         bool retry_non_idempotent, clock::time_point start,
                         std::optional<clock::time_point> deadline, retry_budget* budget) noexcept
    : retry_prototype_(retry),
      backoff_prototype_(backoff),
      idempotent_(idempotent),
      retry_non_idempotent_(retry_non_idempotent),
      start_(start),
      deadline_(deadline),
      budget_(budget) {}

bool retry_rules::retryable(const failed_attempt& f) const {
  if (f.status != 0)
    return f.hints.should_retry.value_or(retry_prototype_.is_retryable_status(f.status));
  return f.ec == errc::connection_failure || f.ec == errc::tls_failure || f.ec == errc::timeout ||
         f.ec == errc::malformed_response;
}

// A request that is not idempotent is repeated only when the server cannot have processed it,
// or said that repeating is fine.
bool retry_rules::safe_to_repeat(const failed_attempt& f) const {
  if (idempotent_ || retry_non_idempotent_) return true;
  if (f.status == 0) return !f.request_written;
  return f.status == 429 || (f.status == 503 && f.hints.retry_after) ||
         f.hints.should_retry == true;
}

retry_decision retry_rules::decide(const failed_attempt& f, clock::time_point now) {
  if (f.ec == boost::asio::error::operation_aborted) return {false, {}, retry_stop::cancelled};
  if (f.ec == errc::deadline_exceeded) return {false, {}, retry_stop::deadline};
  // Not sent: the rate limiter would have held it past the deadline.
  if (f.ec == errc::rate_limited && f.status == 0) return {false, {}, retry_stop::deadline};
  if (!retryable(f)) return {false, {}, retry_stop::not_retryable};
  if (!safe_to_repeat(f)) return {false, {}, retry_stop::not_idempotent};

  if (!retry_) retry_ = retry_prototype_.clone();
  if (!backoff_) backoff_ = backoff_prototype_.clone();
  const int next = retries_ + 1;
  const auto delay =
      (f.status != 0 && f.hints.retry_after) ? *f.hints.retry_after : backoff_->delay(next);
  if (!retry_->allow_retry(next, now + delay - start_))
    return {false, delay, retry_stop::exhausted};
  if (deadline_ && now + delay >= *deadline_) return {false, delay, retry_stop::deadline};
  if (budget_ && !budget_->try_retry()) return {false, delay, retry_stop::retry_budget};
  retries_ = next;
  return {true, delay, retry_stop::none};
}

}  // namespace rtk::detail
