// The client's rate limiter and retry budget against a scripted loopback server: a call that
// would wait past its deadline fails unsent; a wait on the limiter is cancelled at once; a 429
// holds every call of the client, with or without Retry-After; turned off, each call retries
// alone; retries stop when the budget is spent. (Pacing under a real quota:
// emulator_rate_limit.cpp.)

#include "fixture.hpp"

#include <boost/asio/bind_cancellation_slot.hpp>
#include <boost/asio/cancellation_signal.hpp>
#include <boost/asio/post.hpp>

#include <atomic>

using namespace rtk_test;
using steady = std::chrono::steady_clock;

namespace {

scripted_reply meeting_with(std::vector<std::pair<std::string, std::string>> headers) {
  return {.headers = std::move(headers), .body = meeting_body()};
}

scripted_reply too_many(std::vector<std::pair<std::string, std::string>> headers = {}) {
  return {.status = 429,
          .headers = std::move(headers),
          .body = R"({"success":false,"error":{"code":429,"message":"Rate limit exceeded"}})"};
}

// A server whose answers say the window is spent for the next minute.
void window_spent_for_a_minute(loopback_server& server) {
  server.set_handler([](const received_request&) {
    return meeting_with(
        {{"Ratelimit", R"("default";r=0;t=60)"}, {"Ratelimit-Policy", R"("default";q=10;w=60)"}});
  });
}

// A client whose first call was answered "nothing left for a minute".
struct after_a_spent_window {
  after_a_spent_window() {
    window_spent_for_a_minute(server);
    auto first = start(io.executor(), get_meeting(c));
    BOOST_TEST_REQUIRE(!get(first).ec);
  }
  loopback_server server;
  io_runner io;
  rtk::client c{io.executor(), options_for(server)};
};

// The first answer is a 429 (with `headers`), every later one a meeting.
void first_answer_429(loopback_server& server,
                      std::vector<std::pair<std::string, std::string>> headers) {
  auto first = std::make_shared<std::atomic<bool>>(true);
  server.set_handler([first, headers](const received_request&) {
    return first->exchange(false) ? too_many(headers) : scripted_reply{.body = meeting_body()};
  });
}

rtk::client_options with_default_retries(const loopback_server& server) {
  auto o = options_for(server);
  o.retry = nullptr;
  return o;
}

// Starts a second call once the first has been answered 429 and will retry: what the second
// call sees is the limiter's hold.
struct two_calls_around_a_429 {
  outcome<rtk::meeting> first, second;
  steady::duration first_took{}, second_took{};
};

two_calls_around_a_429 run_two_calls(rtk::client_options opts) {
  std::promise<void> retrying;
  std::atomic<bool> told{false};
  opts.on_attempt = [&](const rtk::attempt_event& e) {
    if (e.record.http_status == 429 && e.will_retry && !told.exchange(true)) retrying.set_value();
  };
  io_runner io;
  rtk::client c(io.executor(), std::move(opts));
  const auto t0 = steady::now();
  auto first = start(io.executor(), get_meeting(c));
  BOOST_TEST_REQUIRE((retrying.get_future().wait_for(5s) == std::future_status::ready));
  const auto t1 = steady::now();
  auto second = start(io.executor(), get_meeting(c));
  two_calls_around_a_429 out;
  out.second = get(second);
  out.second_took = steady::now() - t1;
  out.first = get(first);
  out.first_took = steady::now() - t0;
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rate_limits)

BOOST_FIXTURE_TEST_CASE(a_call_that_would_wait_past_its_deadline_fails_at_once_unsent,
                        after_a_spent_window) {
  rtk::call_options within_2s;
  within_2s.deadline = steady::now() + 2s;
  const auto t0 = steady::now();
  auto second = start(io.executor(), get_meeting(c, within_2s));
  auto out = get(second);
  BOOST_TEST((steady::now() - t0 < 1s));
  BOOST_TEST((out.ec == rtk::errc::rate_limited));
  BOOST_TEST(out.diag.http_status == 0);
  BOOST_TEST(out.diag.attempts == 1);
  BOOST_TEST((out.diag.stopped_because == rtk::retry_stop::deadline));
  BOOST_TEST(out.diag.client_message.find("rate limiter") != std::string::npos);
  BOOST_TEST(out.diag.client_message.find("deadline") != std::string::npos);
  BOOST_TEST(server.request_count() == 1u);  // nothing sent
}

BOOST_FIXTURE_TEST_CASE(a_call_held_by_the_limiter_is_cancelled_at_once, after_a_spent_window) {
  asio::cancellation_signal signal;
  std::promise<rtk::error_code> done;
  auto result = done.get_future();
  const auto t0 = steady::now();
  asio::post(io.executor(), [&] {
    c.meetings().async_get(
        app, meeting_id,
        asio::bind_cancellation_slot(
            signal.slot(), [&done](rtk::error_code ec, rtk::meeting) { done.set_value(ec); }));
    // Runs after the call has started (one thread): it is held for the next minute.
    asio::post(io.executor(), [&] { signal.emit(asio::cancellation_type::terminal); });
  });
  BOOST_TEST_REQUIRE((result.wait_for(5s) == std::future_status::ready));
  BOOST_TEST((result.get() == asio::error::operation_aborted));
  BOOST_TEST((steady::now() - t0 < 1s));
  BOOST_TEST(server.request_count() == 1u);
}

BOOST_AUTO_TEST_CASE(a_429_holds_every_call_until_its_retry_after) {
  loopback_server server;
  first_answer_429(server, {{"Retry-After", "1"}});
  auto out = run_two_calls(with_default_retries(server));
  BOOST_TEST(!out.first.ec);
  BOOST_TEST(out.first.diag.attempts == 2);
  BOOST_TEST(!out.second.ec);
  BOOST_TEST(out.second.diag.attempts == 1);
  // The second call was never answered 429: it waited in the limiter's queue for the second
  // the server asked for, like the first call's retry.
  BOOST_TEST((out.second.diag.rate_limit_wait > 800ms));
  BOOST_TEST((out.second_took > 800ms));
  BOOST_TEST_REQUIRE(out.first.diag.attempt_log.size() == 2u);
  BOOST_TEST((out.first.diag.attempt_log[1].rate_limit_wait > 800ms));
  BOOST_TEST((out.first.diag.rate_limit_wait > 800ms));
  BOOST_TEST(server.request_count() == 3u);
  BOOST_TEST(out.second.diag.to_string().find("by the rate limiter") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_429_without_retry_after_holds_them_for_the_backoff) {
  loopback_server server;
  first_answer_429(server, {});
  auto out = run_two_calls(with_default_retries(server));
  BOOST_TEST(!out.first.ec);
  BOOST_TEST(!out.second.ec);
  BOOST_TEST(out.second.diag.attempts == 1);
  // The default backoff before the first retry: 375 to 500 ms.
  BOOST_TEST_REQUIRE(out.first.diag.attempt_log.size() == 2u);
  const auto backoff = out.first.diag.attempt_log[1].waited;
  BOOST_TEST((backoff >= 375ms && backoff <= 500ms));
  BOOST_TEST((out.first.diag.attempt_log[1].rate_limit_wait > 300ms));
  BOOST_TEST((out.second.diag.rate_limit_wait > 250ms));
}

BOOST_AUTO_TEST_CASE(with_the_limiter_off_each_call_retries_alone) {
  loopback_server server;
  first_answer_429(server, {{"Retry-After", "1"}});
  auto opts = with_default_retries(server);
  opts.rate_limits.enabled = false;
  auto out = run_two_calls(std::move(opts));
  BOOST_TEST(!out.first.ec);
  BOOST_TEST(!out.second.ec);
  BOOST_TEST((out.second.diag.rate_limit_wait == 0us));
  BOOST_TEST((out.second_took < 800ms));
  BOOST_TEST((out.first_took > 900ms));  // its own Retry-After
}

BOOST_AUTO_TEST_CASE(own_limits_spread_calls_evenly) {
  loopback_server server;
  server.set_handler(
      [](const received_request&) { return scripted_reply{.body = meeting_body()}; });
  auto opts = options_for(server);
  opts.rate_limits.limits = {{rtk::rate_limit_scope::all, 10, 1s}};  // one every 100 ms
  io_runner io;
  rtk::client c(io.executor(), std::move(opts));
  std::vector<std::future<outcome<rtk::meeting>>> calls;
  const auto t0 = steady::now();
  for (int i = 0; i < 6; ++i) calls.push_back(start(io.executor(), get_meeting(c)));
  for (auto& f : calls) BOOST_TEST(!get(f).ec);
  // Five intervals between six starts.
  BOOST_TEST((steady::now() - t0 >= 500ms));
  BOOST_TEST(server.request_count() == 6u);
}

BOOST_AUTO_TEST_CASE(a_limit_with_no_quota_is_refused) {
  loopback_server server;
  auto opts = options_for(server);
  opts.rate_limits.limits = {{rtk::rate_limit_scope::recordings, 0, 1s}};
  io_runner io;
  BOOST_CHECK_EXCEPTION(rtk::client(io.executor(), opts), rtk::error, [](const rtk::error& e) {
    return e.code() == rtk::errc::invalid_argument;
  });
}

BOOST_AUTO_TEST_CASE(retries_stop_when_the_budget_is_spent) {
  loopback_server server;
  server.set_handler([](const received_request&) {
    return scripted_reply{.status = 503,
                          .body = R"({"success":false,"error":{"code":1,"message":"down"}})"};
  });
  auto opts = options_for(server);
  opts.retry = std::make_shared<rtk::limited_retry_policy>(2);
  opts.backoff = std::make_shared<rtk::exponential_backoff>(
      rtk::exponential_backoff::settings{.initial = 1ms, .maximum = 1ms});
  opts.retry_budget = {.enabled = true, .ratio = 0, .max_tokens = 3};
  io_runner io;
  rtk::client c(io.executor(), std::move(opts));
  std::vector<int> attempts;
  for (int i = 0; i < 3; ++i) {
    auto f = start(io.executor(), get_meeting(c));
    auto out = get(f);
    BOOST_TEST((out.ec == rtk::errc::server_error));
    attempts.push_back(out.diag.attempts);
    if (i == 2) {
      BOOST_TEST((out.diag.stopped_because == rtk::retry_stop::retry_budget));
      BOOST_TEST(out.diag.client_message.find("retry budget") != std::string::npos);
    }
  }
  // Three tokens: two retries for the first call, one for the second, none for the third.
  BOOST_TEST(attempts == (std::vector<int>{3, 2, 1}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
