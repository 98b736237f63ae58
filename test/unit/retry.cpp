// The retry decision, the policies and the server hints, with the time passed in: nothing here
// sleeps.

#include "retry_rules.hpp"

#include <rtk/error.hpp>
#include <rtk/retry.hpp>

#include <boost/asio/error.hpp>
#include <boost/test/unit_test.hpp>

#include <ctime>
#include <set>

using namespace std::chrono_literals;
using rtk::errc;
using rtk::retry_stop;
using rtk::detail::failed_attempt;
using rtk::detail::http_method;
using rtk::detail::parse_http_date;
using rtk::detail::parse_retry_hints;
using rtk::detail::retry_rules;
using clock_type = std::chrono::steady_clock;

namespace {

const auto t0 = clock_type::time_point{} + 1000h;
const auto wall = std::chrono::system_clock::from_time_t(784111777);  // 06 Nov 1994 08:49:37

// No jitter, so waits are exact: 0.5 s, 1 s, 2 s...
const rtk::exponential_backoff exact_backoff({.min_jitter = 1.0});
const rtk::limited_retry_policy two_retries(2);

failed_attempt status(int code, std::optional<std::chrono::milliseconds> retry_after = {},
                      std::optional<bool> should_retry = {}) {
  failed_attempt f;
  f.ec = make_error_code(code >= 500 ? errc::server_error : errc::http_error);
  f.status = code;
  f.request_written = true;
  f.hints.retry_after = retry_after;
  f.hints.should_retry = should_retry;
  return f;
}

failed_attempt transport(errc e, bool written) {
  failed_attempt f;
  f.ec = make_error_code(e);
  f.request_written = written;
  return f;
}

// A GET's idempotency, for the rules that do not depend on it.
constexpr bool a_get = rtk::detail::idempotent_by_method(http_method::get);

rtk::detail::retry_decision first_decision(http_method m, const failed_attempt& f,
                                           bool opt_in = false) {
  retry_rules rules(two_retries, exact_backoff, rtk::detail::idempotent_by_method(m), opt_in, t0,
                    std::nullopt);
  return rules.decide(f, t0);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(retry_hints)

BOOST_AUTO_TEST_CASE(retry_after_ms_wins_over_retry_after) {
  auto h = parse_retry_hints("250", "5", "", wall);
  BOOST_TEST(h.retry_after->count() == 250);
  BOOST_TEST(parse_retry_hints("12.2", "", "", wall).retry_after->count() == 13);  // rounded up
}

BOOST_AUTO_TEST_CASE(retry_after_takes_seconds_fractions_and_http_dates) {
  BOOST_TEST(parse_retry_hints("", "1", "", wall).retry_after->count() == 1000);
  BOOST_TEST(parse_retry_hints("", " 1.5 ", "", wall).retry_after->count() == 1500);
  BOOST_TEST(
      parse_retry_hints("", "Sun, 06 Nov 1994 08:49:40 GMT", "", wall).retry_after->count() ==
      3000);
  BOOST_TEST(
      parse_retry_hints("", "Sunday, 06-Nov-94 08:49:42 GMT", "", wall).retry_after->count() ==
      5000);
  BOOST_TEST(parse_retry_hints("", "Sun Nov  6 08:49:38 1994", "", wall).retry_after->count() ==
             1000);
}

BOOST_AUTO_TEST_CASE(zero_negative_past_and_unreadable_hints_mean_now) {
  for (const char* v : {"0", "-3", "Sun, 06 Nov 1994 08:00:00 GMT", "soon", "1e999"}) {
    auto h = parse_retry_hints("", v, "", wall);
    BOOST_TEST_REQUIRE(h.retry_after.has_value(), v);
    BOOST_TEST(h.retry_after->count() == 0, v);
  }
  BOOST_TEST(!parse_retry_hints("", "", "", wall).retry_after.has_value());
  // An unreadable retry-after-ms falls back to Retry-After.
  BOOST_TEST(parse_retry_hints("x", "2", "", wall).retry_after->count() == 2000);
}

BOOST_AUTO_TEST_CASE(absurd_hints_are_capped_at_a_day) {
  BOOST_TEST(parse_retry_hints("", "99999999999", "", wall).retry_after->count() == 86'400'000);
}

BOOST_AUTO_TEST_CASE(x_should_retry_is_read_both_ways) {
  BOOST_TEST(*parse_retry_hints("", "", "true", wall).should_retry == true);
  BOOST_TEST(*parse_retry_hints("", "", "FALSE", wall).should_retry == false);
  BOOST_TEST(!parse_retry_hints("", "", "maybe", wall).should_retry.has_value());
}

BOOST_AUTO_TEST_CASE(http_dates_are_validated) {
  BOOST_TEST(!parse_http_date("Sun, 06 Foo 1994 08:49:37 GMT").has_value());
  BOOST_TEST(!parse_http_date("Sun, 06 Nov 1994 25:49:37 GMT").has_value());
  BOOST_TEST(!parse_http_date("Sun, 06 Nov 1994 08:49:37 PST").has_value());
  BOOST_TEST(!parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT trailing").has_value());
  BOOST_TEST((*parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT") == wall));
}

// Found by fuzz_headers: a date past 2262 overflowed the nanoseconds of a time point. It is
// read as 2200, and the wait it asks for is capped at a day.
BOOST_AUTO_TEST_CASE(a_date_far_in_the_future_is_a_wait_of_a_day) {
  BOOST_TEST(parse_http_date("Sun, 06 Nov 3994 08:49:37 GMT").has_value());
  auto hints = parse_retry_hints("", "Sun, 06 Nov 3994 08:49:37 GMT", "", wall);
  BOOST_TEST(hints.retry_after->count() == 24 * 3600 * 1000);
  // And one before 1677 (year 1 here): a date past, retried at once.
  auto past = parse_retry_hints("", "Mon, 01 Jan 0001 00:00:00 GMT", "", wall);
  BOOST_TEST(past.retry_after->count() == 0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(policies)

BOOST_AUTO_TEST_CASE(the_default_backoff_is_the_sdks_schedule_with_jitter) {
  rtk::exponential_backoff b;
  const std::int64_t base[] = {500, 1000, 2000, 4000, 8000, 8000, 8000};
  for (int round = 0; round < 200; ++round) {
    for (int retry = 1; retry <= 7; ++retry) {
      auto d = b.delay(retry).count();
      BOOST_TEST_REQUIRE(d > base[retry - 1] * 3 / 4);
      BOOST_TEST_REQUIRE(d <= base[retry - 1]);
    }
  }
}

BOOST_AUTO_TEST_CASE(jitter_spreads_waits_and_a_seed_repeats_them) {
  rtk::exponential_backoff a({}, 42);
  rtk::exponential_backoff b({}, 42);
  std::set<std::int64_t> seen;
  for (int i = 0; i < 50; ++i) {
    auto d = a.delay(1);
    BOOST_TEST((d == b.delay(1)));
    seen.insert(d.count());
  }
  BOOST_TEST(seen.size() > 10);
}

BOOST_AUTO_TEST_CASE(bad_backoff_settings_throw) {
  BOOST_CHECK_THROW(rtk::exponential_backoff({.initial = -1ms}), std::invalid_argument);
  BOOST_CHECK_THROW(rtk::exponential_backoff({.multiplier = 0.5}), std::invalid_argument);
  BOOST_CHECK_THROW(rtk::exponential_backoff({.min_jitter = 1.5}), std::invalid_argument);
}

BOOST_AUTO_TEST_CASE(the_limited_policy_counts_retries_and_time) {
  rtk::limited_retry_policy p(2, 10s);
  BOOST_TEST(p.allow_retry(1, 1s));
  BOOST_TEST(p.allow_retry(2, 10s));
  BOOST_TEST(!p.allow_retry(3, 1s));
  BOOST_TEST(!p.allow_retry(1, 11s));
  rtk::limited_retry_policy unlimited_time(5);
  BOOST_TEST(unlimited_time.allow_retry(5, std::chrono::hours(24 * 365)));
}

BOOST_AUTO_TEST_CASE(statuses_retried_by_default) {
  rtk::limited_retry_policy p;
  for (int s : {408, 409, 429, 500, 502, 503, 504, 599}) BOOST_TEST(p.is_retryable_status(s), s);
  for (int s : {400, 401, 403, 404, 413, 422, 425}) BOOST_TEST(!p.is_retryable_status(s), s);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(retry_decisions)

BOOST_AUTO_TEST_CASE(idempotent_methods_retry_every_retryable_failure) {
  for (auto m : {http_method::get, http_method::put, http_method::del}) {
    for (int s : {408, 409, 429, 500, 503}) BOOST_TEST(first_decision(m, status(s)).retry, s);
    BOOST_TEST(first_decision(m, transport(errc::connection_failure, true)).retry);
    BOOST_TEST(first_decision(m, transport(errc::timeout, true)).retry);
    BOOST_TEST(first_decision(m, transport(errc::tls_failure, false)).retry);
    BOOST_TEST(first_decision(m, transport(errc::malformed_response, true)).retry);
  }
}

BOOST_AUTO_TEST_CASE(non_retryable_failures_stop_at_once) {
  for (int s : {400, 401, 403, 404, 413, 422, 425}) {
    auto d = first_decision(http_method::get, status(s));
    BOOST_TEST(!d.retry);
    BOOST_TEST((d.stop == retry_stop::not_retryable));
  }
  for (errc e : {errc::pool_exhausted, errc::invalid_argument}) {
    auto d = first_decision(http_method::get, transport(e, false));
    BOOST_TEST((d.stop == retry_stop::not_retryable));
  }
  auto cancelled = transport(errc::timeout, true);
  cancelled.ec = boost::asio::error::operation_aborted;
  BOOST_TEST((first_decision(http_method::get, cancelled).stop == retry_stop::cancelled));
  BOOST_TEST((first_decision(http_method::get, transport(errc::deadline_exceeded, true)).stop ==
              retry_stop::deadline));
}

BOOST_AUTO_TEST_CASE(x_should_retry_overrides_the_status_rule_both_ways) {
  BOOST_TEST(first_decision(http_method::get, status(400, {}, true)).retry);
  auto d = first_decision(http_method::get, status(503, {}, false));
  BOOST_TEST((d.stop == retry_stop::not_retryable));
}

BOOST_AUTO_TEST_CASE(a_hint_on_a_non_retryable_status_is_ignored) {
  auto d = first_decision(http_method::get, status(400, 1s));
  BOOST_TEST((d.stop == retry_stop::not_retryable));
}

BOOST_AUTO_TEST_CASE(post_and_patch_retry_only_what_was_provably_not_processed) {
  for (auto m : {http_method::post, http_method::patch}) {
    // Nothing written: a connect or TLS failure, a timeout while connecting.
    BOOST_TEST(first_decision(m, transport(errc::connection_failure, false)).retry);
    BOOST_TEST(first_decision(m, transport(errc::tls_failure, false)).retry);
    BOOST_TEST(first_decision(m, transport(errc::timeout, false)).retry);
    // Written, then no answer: the server may have done it.
    for (errc e : {errc::connection_failure, errc::timeout, errc::malformed_response}) {
      auto d = first_decision(m, transport(e, true));
      BOOST_TEST((d.stop == retry_stop::not_idempotent));
    }
    // The server said it did nothing.
    BOOST_TEST(first_decision(m, status(429)).retry);
    BOOST_TEST(first_decision(m, status(503, 0ms)).retry);
    BOOST_TEST(first_decision(m, status(500, {}, true)).retry);
    for (auto f : {status(503), status(500), status(502, 1s), status(408), status(409)}) {
      auto d = first_decision(m, f);
      BOOST_TEST((d.stop == retry_stop::not_idempotent), f.status);
    }
    // Unless the caller opted in.
    BOOST_TEST(first_decision(m, transport(errc::connection_failure, true), true).retry);
    BOOST_TEST(first_decision(m, status(500), true).retry);
  }
}

BOOST_AUTO_TEST_CASE(waits_follow_the_backoff_and_hints_replace_it) {
  const rtk::limited_retry_policy four(4);
  retry_rules rules(four, exact_backoff, a_get, false, t0, std::nullopt);
  BOOST_TEST(rules.decide(status(500), t0).delay.count() == 500);
  BOOST_TEST(rules.decide(status(500), t0).delay.count() == 1000);
  BOOST_TEST(rules.decide(status(429, 250ms), t0).delay.count() == 250);
  BOOST_TEST(rules.decide(status(500), t0).delay.count() == 4000);
  auto last = rules.decide(status(500), t0);
  BOOST_TEST(!last.retry);
  BOOST_TEST((last.stop == retry_stop::exhausted));
  BOOST_TEST(rules.retries() == 4);
}

BOOST_AUTO_TEST_CASE(two_retries_by_default_then_exhausted) {
  retry_rules rules(two_retries, exact_backoff, a_get, false, t0, std::nullopt);
  BOOST_TEST(rules.decide(status(503), t0).retry);
  BOOST_TEST(rules.decide(status(503), t0 + 1s).retry);
  BOOST_TEST((rules.decide(status(503), t0 + 2s).stop == retry_stop::exhausted));
}

BOOST_AUTO_TEST_CASE(the_elapsed_limit_counts_the_wait_ahead) {
  rtk::limited_retry_policy policy(10, 3s);
  retry_rules rules(policy, exact_backoff, a_get, false, t0, std::nullopt);
  BOOST_TEST(rules.decide(status(500), t0 + 2s).retry);  // next attempt at 2.5 s
  BOOST_TEST((rules.decide(status(500), t0 + 2600ms).stop == retry_stop::exhausted));  // 3.6 s
}

BOOST_AUTO_TEST_CASE(no_wait_crosses_the_deadline) {
  retry_rules rules(two_retries, exact_backoff, a_get, false, t0, t0 + 2s);
  auto d = rules.decide(status(429, 5s), t0 + 100ms);
  BOOST_TEST(!d.retry);
  BOOST_TEST((d.stop == retry_stop::deadline));
  BOOST_TEST(d.delay.count() == 5000);  // reported, not waited
  BOOST_TEST(rules.decide(status(429, 1s), t0 + 100ms).retry);
  BOOST_TEST((rules.decide(status(500), t0 + 1600ms).stop == retry_stop::deadline));  // +1 s
}

// Counts clones, and keeps a per-call budget in the clone.
struct counting_policy final : rtk::retry_policy {
  explicit counting_policy(int* clones) : clones(clones) {}
  std::unique_ptr<rtk::retry_policy> clone() const override {
    ++*clones;
    return std::make_unique<counting_policy>(*this);
  }
  bool allow_retry(int, clock_type::duration) override { return budget-- > 0; }
  int* clones;
  int budget = 1;
};

BOOST_AUTO_TEST_CASE(policies_are_cloned_once_per_call_and_only_on_failure) {
  int clones = 0;
  const counting_policy prototype(&clones);
  retry_rules unused(prototype, exact_backoff, a_get, false, t0, std::nullopt);
  BOOST_TEST(clones == 0);
  for (int call = 0; call < 2; ++call) {
    retry_rules rules(prototype, exact_backoff, a_get, false, t0, std::nullopt);
    BOOST_TEST(rules.decide(status(500), t0).retry);
    BOOST_TEST(!rules.decide(status(500), t0).retry);  // this call's budget is spent
  }
  BOOST_TEST(clones == 2);
}

BOOST_AUTO_TEST_SUITE_END()
