// The rate limiter against a real quota: the emulator allows 100 requests a second per token
// and answers 429 past it. 64 calls in flight for 5 s complete about 500 calls, with almost no
// 429 and no error; a limit the server changes at run time is followed. Two io threads, so it
// runs under ThreadSanitizer in CI (label "mt").

#include "fixture.hpp"

#include <rtk/emulator.hpp>

#include <boost/json/parse.hpp>
#include <boost/test/unit_test.hpp>

#include <atomic>

using namespace rtk_test;
using steady = std::chrono::steady_clock;

namespace {

constexpr const char* limited_app = "limited-app";

struct tally {
  std::atomic<int> completed{0};
  std::atomic<int> failed{0};
  std::atomic<int> answered_429{0};  // every 429 answer, retried ones included
};

rtk::client_options client_of(const rtk::emulator& emu, tally& t) {
  rtk::client_options o;
  o.base_url = emu.base_url();
  o.auth = rtk::api_token{test_token};
  o.account_id = account;
  o.on_attempt = [&t](const rtk::attempt_event& e) {
    if (e.record.http_status == 429) ++t.answered_429;
  };
  return o;
}

// Fetches the meeting until `until`, one call at a time.
asio::awaitable<void> fetch_until(rtk::client& c, std::string id, steady::time_point until,
                                  tally& t) {
  while (steady::now() < until) {
    auto [ec, m] =
        co_await c.meetings().async_get(limited_app, id, asio::as_tuple(asio::use_awaitable));
    ++(ec ? t.failed : t.completed);
  }
}

// `calls` in flight for `run`; waits for the last to end.
void drive(rtk::client& c, asio::any_io_executor ex, const std::string& id, int calls,
           std::chrono::milliseconds run, tally& t) {
  const auto until = steady::now() + run;
  std::vector<std::future<void>> workers;
  for (int i = 0; i < calls; ++i) workers.push_back(start(ex, fetch_until(c, id, until, t)));
  for (auto& w : workers) get(w, 60s);
}

std::string create_meeting(rtk::client& c, asio::any_io_executor ex) {
  auto made = start(ex, [&c]() -> asio::awaitable<std::string> {
    rtk::create_meeting_request req{};
    req.title = "paced";
    auto m = co_await c.meetings().async_create(limited_app, req);
    co_return m.id;
  });
  return get(made);
}

std::uint64_t limited_by_emulator(rtk::emulator& emu) {
  auto stats = emu.control("GET", "stats");
  auto v = boost::json::parse(stats.body);
  return v.at("data").at("rate_limited").to_number<std::uint64_t>();
}

// The emulator at 100 requests a second, a client of it on two threads, and a meeting to fetch.
struct limited_emulator {
  rtk::emulator emu{{.app_ids = {limited_app},
                     .rate_limit_quota = 100,
                     .rate_limit_window = std::chrono::seconds(1)}};
  io_runner io{2};
  tally t;
  rtk::client c{io.executor(), client_of(emu, t)};
  const std::string id = create_meeting(c, io.executor());
};

}  // namespace

BOOST_AUTO_TEST_SUITE(emulator_rate_limit)

BOOST_FIXTURE_TEST_CASE(sixty_four_calls_in_flight_keep_under_100_a_second, limited_emulator) {
  drive(c, io.executor(), id, 64, 5s, t);
  const int sent = t.completed + t.failed + t.answered_429;
  BOOST_TEST_MESSAGE("completed " << t.completed << ", 429 " << t.answered_429 << ", failed "
                                  << t.failed);
  BOOST_TEST(t.failed == 0);
  // 100 a second for 5 s (and the create's window), within 20 %.
  BOOST_TEST(t.completed >= 400);
  BOOST_TEST(t.completed <= 600);
  BOOST_TEST(t.answered_429 <= sent * 2 / 100);
  BOOST_TEST(limited_by_emulator(emu) == static_cast<std::uint64_t>(t.answered_429.load()));
}

BOOST_FIXTURE_TEST_CASE(a_limit_changed_at_run_time_is_followed, limited_emulator) {
  drive(c, io.executor(), id, 16, 1s, t);
  BOOST_TEST(t.completed >= 50);

  // The server now allows 20 a second: the same client follows it.
  auto changed = emu.control("PUT", "rate-limit", R"({"quota":20,"window_seconds":1})");
  BOOST_TEST_REQUIRE(changed.status == 200u);
  const int completed_before = t.completed, limited_before = t.answered_429;
  drive(c, io.executor(), id, 16, 3s, t);
  const int completed = t.completed - completed_before;
  const int limited = t.answered_429 - limited_before;
  BOOST_TEST_MESSAGE("after the change: completed " << completed << ", 429 " << limited);
  BOOST_TEST(t.failed == 0);
  // 20 a second for 3 s; the first window may be spent at once, by the 16 in flight.
  BOOST_TEST(completed >= 45);
  BOOST_TEST(completed <= 85);
  BOOST_TEST(limited <= 4);
}

BOOST_AUTO_TEST_SUITE_END()
