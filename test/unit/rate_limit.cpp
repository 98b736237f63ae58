// The rate limiter's arithmetic without a socket or a sleep: the header parsers (both
// generations), the pacer with the time passed in, and the retry budget.

#include "pacer.hpp"
#include "rate_limit_headers.hpp"
#include "retry_budget.hpp"

#include <boost/test/unit_test.hpp>

#include <ostream>

using namespace std::chrono_literals;
using rtk::detail::advertised_limit;
using rtk::detail::pacer;
using rtk::detail::parse_rate_limit_headers;
using rtk::detail::rate_limit_fields;
using steady = std::chrono::steady_clock;

namespace {

const auto wall = std::chrono::system_clock::time_point{} + std::chrono::seconds(1'800'000'000);
const auto t0 = steady::time_point{} + 1000h;

advertised_limit parse(const rate_limit_fields& f) {
  return parse_rate_limit_headers(f, wall);
}

advertised_limit said(std::uint64_t remaining, std::chrono::seconds reset,
                      std::uint64_t quota = 100, std::chrono::seconds window = 1s) {
  return advertised_limit{remaining, reset, quota, window};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rate_limit_headers)

BOOST_AUTO_TEST_CASE(ietf_fields) {
  auto a =
      parse({.ratelimit = R"("default";r=50;t=30)", .ratelimit_policy = R"("default";q=100;w=60)"});
  BOOST_TEST(*a.remaining == 50u);
  BOOST_TEST(a.reset->count() == 30'000);
  BOOST_TEST(*a.quota == 100u);
  BOOST_TEST(a.window->count() == 60'000);
}

BOOST_AUTO_TEST_CASE(the_tightest_of_several_limits) {
  // 10 left in 1 s is tighter than 100 left in 60 s? No: 10/s against 1.7/s.
  auto a = parse({.ratelimit = R"("burst";r=10;t=1, "day";r=100;t=60)",
                  .ratelimit_policy = R"("burst";q=10;w=1, "day";q=1000;w=3600)"});
  BOOST_TEST(*a.remaining == 100u);
  BOOST_TEST(a.reset->count() == 60'000);
  BOOST_TEST(*a.quota == 1000u);  // 3.6 s a request against 0.1 s
  BOOST_TEST(a.window->count() == 3'600'000);
}

BOOST_AUTO_TEST_CASE(parameters_in_any_order_with_spaces_and_unknown_keys) {
  auto a = parse({.ratelimit = R"( "default" ; t=5 ; x=abc ; r=0 )"});
  BOOST_TEST(*a.remaining == 0u);
  BOOST_TEST(a.reset->count() == 5'000);
  BOOST_TEST(!a.quota);
}

BOOST_AUTO_TEST_CASE(unreadable_values_are_absent) {
  for (auto field : {R"("default";r=-1;t=5)", R"("default";r=1)", R"("default";r=1.5;t=2)",
                     "garbage", R"("default";r=;t=)", ""}) {
    auto a = parse({.ratelimit = field, .ratelimit_policy = R"("default";q=0;w=10)"});
    BOOST_TEST(!a.remaining, field);
    BOOST_TEST(!a.reset, field);
    BOOST_TEST(!a.quota, field);  // a quota of 0 paces nothing
  }
}

BOOST_AUTO_TEST_CASE(older_x_ratelimit_headers) {
  auto a = parse({.x_limit = "1200", .x_remaining = "7", .x_reset = "42"});
  BOOST_TEST(*a.remaining == 7u);
  BOOST_TEST(a.reset->count() == 42'000);
  BOOST_TEST(*a.quota == 1200u);
  BOOST_TEST(!a.window);

  // A Unix time, and a limit with a policy after its number.
  auto b = parse({.x_limit = "100, 100;w=60", .x_remaining = "3", .x_reset = "1800000090"});
  BOOST_TEST(b.reset->count() == 90'000);
  BOOST_TEST(*b.quota == 100u);
  // A reset already passed is now.
  auto c = parse({.x_remaining = "3", .x_reset = "1700000000"});
  BOOST_TEST(c.reset->count() == 0);
  // Remaining without a reset says nothing usable.
  BOOST_TEST(!parse({.x_remaining = "3"}).remaining);
}

// Found by fuzzing: a Unix time past 2262 overflowed the nanoseconds of a time point.
BOOST_AUTO_TEST_CASE(a_reset_far_in_the_future_is_capped_at_a_day) {
  auto a = parse({.x_remaining = "3", .x_reset = "99999999999999"});
  BOOST_TEST(a.reset->count() == 24 * 3600 * 1000);
}

BOOST_AUTO_TEST_CASE(the_newer_headers_win) {
  auto a = parse({.ratelimit = R"("default";r=5;t=10)", .x_remaining = "99", .x_reset = "1"});
  BOOST_TEST(*a.remaining == 5u);
}

BOOST_AUTO_TEST_CASE(absurd_resets_are_capped_at_a_day) {
  auto a = parse({.ratelimit = R"("default";r=5;t=99999999999)"});
  BOOST_TEST(a.reset->count() == 24 * 3600 * 1000);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(pacing)

BOOST_AUTO_TEST_CASE(nothing_known_nothing_held) {
  pacer p;
  for (int i = 0; i < 100; ++i) {
    BOOST_TEST((p.next_start() <= t0));
    p.start(t0);
  }
  BOOST_TEST(p.in_flight() == 100u);
}

BOOST_AUTO_TEST_CASE(an_own_limit_spreads_calls_evenly) {
  pacer p(std::chrono::duration_cast<steady::duration>(60s) / 1200);  // 1200 a minute
  p.start(t0);
  BOOST_TEST((p.next_start() == t0 + 50ms));
  BOOST_TEST((p.start_of(3) == t0 + 200ms));  // three more ahead of it
  p.start(t0 + 70ms);                         // a late start: the next is spaced from it
  BOOST_TEST((p.next_start() == t0 + 120ms));
}

BOOST_AUTO_TEST_CASE(the_servers_policy_spreads_calls) {
  pacer p;
  p.start(t0);
  p.finish(said(99, 1s, 100, 1s), t0 + 1ms);
  // 99 left for 1 s: one every 10.1 ms, a little longer than the policy's 10 ms.
  BOOST_TEST((p.interval() > 10ms));
  BOOST_TEST((p.interval() < 10200us));
}

BOOST_AUTO_TEST_CASE(what_calls_in_flight_will_take_is_not_left) {
  pacer p;
  for (int i = 0; i < 64; ++i) p.start(t0);
  // The first answer: 99 left, but 63 calls are still out: 36 left for the next second.
  p.finish(said(99, 1s), t0 + 1ms);
  BOOST_TEST((p.interval() == std::chrono::nanoseconds(1s) / 36));
}

BOOST_AUTO_TEST_CASE(the_earliest_reset_of_a_window_is_kept) {
  pacer p;
  p.start(t0);
  p.finish(said(90, 1s), t0);  // resets by t0 + 1 s
  p.start(t0 + 900ms);
  // t is whole seconds rounded up: 900 ms later the window still says 1 s.
  p.finish(said(10, 1s), t0 + 900ms);
  // 10 left for the 100 ms to the real reset, not for a second.
  BOOST_TEST((p.interval() == 10ms));
}

BOOST_AUTO_TEST_CASE(nothing_left_pauses_until_the_reset) {
  pacer p;
  p.start(t0);
  p.finish(said(0, 2s, 10, 10s), t0);
  BOOST_TEST((p.next_start() == t0 + 2s));
  // The new window: quota whole again, paced by the policy from the reset on.
  p.start(t0 + 2s);
  p.finish(said(9, 10s, 10, 10s), t0 + 2s + 5ms);
  BOOST_TEST((p.interval() >= 1s));
  BOOST_TEST((p.next_start() < t0 + 4s));
}

BOOST_AUTO_TEST_CASE(the_remainders_pace_ends_at_the_reset) {
  pacer p;
  p.start(t0);
  p.finish(said(1, 1s), t0 + 500ms);  // 1 left until t0 + 1.5 s: one a second
  p.start(t0 + 600ms);
  // The remainder's pace would say t0 + 1.6 s; the window resets at t0 + 1.5 s.
  BOOST_TEST((p.next_start() == t0 + 1500ms));
}

BOOST_AUTO_TEST_CASE(a_pause_holds_every_start) {
  pacer p;
  p.pause_until(t0 + 3s);
  BOOST_TEST((p.next_start() == t0 + 3s));
  BOOST_TEST((p.start_of(0) == t0 + 3s));
  p.pause_until(t0 + 1s);  // an earlier pause does not shorten it
  BOOST_TEST((p.next_start() == t0 + 3s));
}

BOOST_AUTO_TEST_CASE(a_limit_that_changes_is_followed) {
  pacer p;
  p.start(t0);
  p.finish(said(99, 1s, 100, 1s), t0);
  BOOST_TEST((p.interval() < 11ms));
  // The server now allows 10 a second.
  p.start(t0 + 2s);
  p.finish(said(9, 1s, 10, 1s), t0 + 2s);
  BOOST_TEST((p.interval() >= 100ms));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(retry_budget)

BOOST_AUTO_TEST_CASE(retries_stay_under_a_share_of_calls) {
  rtk::detail::retry_budget budget({.enabled = true, .ratio = 0.1, .max_tokens = 10});
  int retries = 0;
  // An outage: every call fails and wants a retry.
  for (int call = 0; call < 1000; ++call) {
    budget.on_call();
    if (budget.try_retry()) ++retries;
  }
  // The ten it starts with, then one for every ten calls.
  BOOST_TEST(retries >= 95);
  BOOST_TEST(retries <= 110);
}

BOOST_AUTO_TEST_CASE(the_budget_refills_to_its_cap) {
  rtk::detail::retry_budget budget({.enabled = true, .ratio = 0.5, .max_tokens = 3});
  for (int i = 0; i < 100; ++i) budget.on_call();
  int retries = 0;
  while (budget.try_retry()) ++retries;
  BOOST_TEST(retries == 3);
}

BOOST_AUTO_TEST_SUITE_END()
