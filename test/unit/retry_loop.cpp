// The retry loop with a scripted attempt, a fake clock and a sleeper that only moves that
// clock: every row of the README's retry table, the number and length of the waits, the
// deadline and cancellation. Nothing here opens a socket or sleeps.

#include "retry_loop.hpp"
#include "envelope.hpp"

#include <rtk/error.hpp>
#include <rtk/retry.hpp>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/error.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_future.hpp>
#include <boost/test/unit_test.hpp>

#include <optional>
#include <ostream>
#include <vector>

using namespace std::chrono_literals;
using rtk::errc;
using rtk::retry_stop;
using rtk::detail::attempt_outcome;
using rtk::detail::retry_decision;
using rtk::detail::retry_rules;
using clock_type = std::chrono::steady_clock;

// How Boost.Test prints a stop reason in a failed check.
namespace rtk {
std::ostream& boost_test_print_type(std::ostream& os, retry_stop s) {
  return os << to_string(s);
}
}  // namespace rtk

namespace {

const auto t0 = clock_type::time_point{} + 1000h;
const rtk::exponential_backoff exact_backoff({.min_jitter = 1.0});  // 0.5 s, 1 s, 2 s...
const rtk::limited_retry_policy two_retries(2);
constexpr auto attempt_takes = 20ms;  // how far the fake clock moves during each attempt

attempt_outcome status(int code, std::optional<std::chrono::milliseconds> retry_after = {},
                       std::optional<bool> should_retry = {}) {
  attempt_outcome o;
  o.ec = make_error_code(rtk::detail::status_to_errc(static_cast<unsigned>(code)));
  o.status = code;
  o.request_written = true;
  o.hints.retry_after = retry_after;
  o.hints.should_retry = should_retry;
  return o;
}

attempt_outcome transport(errc e, bool written) {
  attempt_outcome o;
  o.ec = make_error_code(e);
  o.request_written = written;
  return o;
}

const attempt_outcome ok{};

// Plays the script, one outcome per attempt (the last one again once it runs out).
class scripted_io final : public rtk::detail::retry_loop_io {
 public:
  explicit scripted_io(std::vector<attempt_outcome> script) : script_(std::move(script)) {}

  boost::asio::awaitable<attempt_outcome> attempt(int retry, rtk::diagnostics& diag) override {
    retries_seen.push_back(retry);
    const auto& o =
        script_.at(std::min<std::size_t>(static_cast<std::size_t>(retry), script_.size() - 1));
    diag.http_status = o.status;
    clock_ += attempt_takes;
    if (cancel_during_attempt == retry) cancelled_ = true;
    co_return o;
  }
  clock_type::time_point now() const override { return clock_; }
  boost::asio::awaitable<void> sleep(std::chrono::milliseconds delay) override {
    slept.push_back(delay);
    if (cancel_during_sleep) {
      cancelled_ = true;
      co_return;  // cancelled at once: the wait ends early
    }
    clock_ += delay;
    co_return;
  }
  bool cancelled() const override { return cancelled_; }
  void observe(int, const rtk::attempt_record& record, const retry_decision& d) override {
    observed.push_back(d);
    records.push_back(record);
  }

  std::vector<int> retries_seen;
  std::vector<std::chrono::milliseconds> slept;
  std::vector<retry_decision> observed;
  std::vector<rtk::attempt_record> records;
  int cancel_during_attempt = -1;
  bool cancel_during_sleep = false;

 private:
  std::vector<attempt_outcome> script_;
  clock_type::time_point clock_ = t0;
  bool cancelled_ = false;
};

struct call {
  bool idempotent = true;  // a GET's, a PUT's, a DELETE's
  bool opt_in = false;     // call_options::retry_non_idempotent
  std::optional<clock_type::time_point> deadline{};
  const rtk::retry_policy& policy = two_retries;
};

struct result {
  rtk::error_code ec;
  rtk::diagnostics diag;
};

result run(scripted_io& io, const call& c = {}) {
  retry_rules rules(c.policy, exact_backoff, c.idempotent, c.opt_in, t0, c.deadline);
  result r;
  boost::asio::io_context ioc;
  auto done = boost::asio::co_spawn(
      ioc,
      rtk::detail::run_with_retries(rules, c.idempotent, c.idempotent ? "GET" : "POST", io, r.diag),
      boost::asio::use_future);
  ioc.run();
  r.ec = done.get();
  return r;
}

const call a_post{.idempotent = false};

// The row's failure, then success: how many attempts the call made.
std::size_t attempts_until_success(const attempt_outcome& failure, const call& c) {
  scripted_io io({failure, ok});
  auto r = run(io, c);
  return r.ec ? 0 : io.retries_seen.size();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(retry_loop)

// README row: 408, 409, 5xx.
BOOST_AUTO_TEST_CASE(transient_statuses_are_retried_for_idempotent_calls_only) {
  for (int code : {408, 409, 500, 502, 503, 504}) {
    BOOST_TEST(attempts_until_success(status(code), {}) == 2u, code);
    scripted_io io({status(code), ok});
    auto r = run(io, a_post);
    BOOST_TEST(io.retries_seen.size() == 1u, code);
    BOOST_TEST(r.diag.stopped_because == retry_stop::not_idempotent, code);
    BOOST_TEST(r.diag.http_status == code);
  }
}

// README row: 429.
BOOST_AUTO_TEST_CASE(rate_limited_calls_are_retried_whatever_the_method) {
  BOOST_TEST(attempts_until_success(status(429), {}) == 2u);
  BOOST_TEST(attempts_until_success(status(429), a_post) == 2u);
}

// README row: 503 with Retry-After or retry-after-ms; the server's wait replaces the backoff.
BOOST_AUTO_TEST_CASE(a_503_with_a_retry_hint_is_retried_after_the_hint) {
  for (const call& c : {call{}, a_post}) {
    scripted_io io({status(503, 1500ms), ok});
    auto r = run(io, c);
    BOOST_TEST(!r.ec);
    BOOST_TEST(io.retries_seen == (std::vector<int>{0, 1}), boost::test_tools::per_element());
    BOOST_REQUIRE(io.slept.size() == 1u);
    BOOST_TEST(io.slept[0].count() == 1500);
    BOOST_TEST(r.diag.attempt_log.at(1).waited.count() == 1500);
  }
}

// README row: x-should-retry: true, on any status.
BOOST_AUTO_TEST_CASE(x_should_retry_true_retries_any_status) {
  BOOST_TEST(attempts_until_success(status(400, {}, true), {}) == 2u);
  BOOST_TEST(attempts_until_success(status(400, {}, true), a_post) == 2u);
  BOOST_TEST(attempts_until_success(status(500, {}, true), a_post) == 2u);
}

// README row: x-should-retry: false, on any status.
BOOST_AUTO_TEST_CASE(x_should_retry_false_stops_any_status) {
  for (const call& c : {call{}, a_post}) {
    scripted_io io({status(503, 100ms, false), ok});
    auto r = run(io, c);
    BOOST_TEST(r.ec == errc::server_error);
    BOOST_TEST(io.retries_seen.size() == 1u);
    BOOST_TEST(r.diag.stopped_because == retry_stop::not_retryable);
  }
}

// README row: 400, 401, 403, 404, 413, 422, 425.
BOOST_AUTO_TEST_CASE(client_errors_are_never_retried) {
  for (int code : {400, 401, 403, 404, 413, 422, 425}) {
    scripted_io io({status(code), ok});
    auto r = run(io);
    BOOST_TEST(r.ec == rtk::detail::status_to_errc(static_cast<unsigned>(code)), code);
    BOOST_TEST(io.retries_seen.size() == 1u, code);
    BOOST_TEST(io.slept.empty());
    BOOST_TEST(r.diag.stopped_because == retry_stop::not_retryable, code);
    BOOST_TEST(r.diag.attempts == 1);
  }
}

// README row: connect, DNS or TLS handshake failure; connect timeout. Nothing was written.
BOOST_AUTO_TEST_CASE(failures_before_anything_was_written_are_retried_for_every_method) {
  for (errc e : {errc::connection_failure, errc::tls_failure, errc::timeout}) {
    BOOST_TEST(attempts_until_success(transport(e, false), {}) == 2u);
    BOOST_TEST(attempts_until_success(transport(e, false), a_post) == 2u);
  }
}

// README row: connection dropped, or attempt timed out, after the request was written.
BOOST_AUTO_TEST_CASE(a_request_written_without_answer_is_repeated_only_when_idempotent) {
  for (errc e : {errc::connection_failure, errc::timeout, errc::malformed_response}) {
    BOOST_TEST(attempts_until_success(transport(e, true), {}) == 2u);

    scripted_io io({transport(e, true), ok});
    auto r = run(io, a_post);
    BOOST_TEST(r.ec == errc::outcome_unknown);
    BOOST_TEST(io.retries_seen.size() == 1u);
    BOOST_TEST(r.diag.stopped_because == retry_stop::not_idempotent);
    BOOST_TEST(r.diag.client_message.find("may have processed it") != std::string::npos);
    BOOST_TEST(r.diag.client_message.find("POST") != std::string::npos);
    BOOST_TEST(r.diag.attempt_log.at(0).request_sent);
  }
}

// README row: call_options::retry_non_idempotent = true.
BOOST_AUTO_TEST_CASE(opting_in_retries_a_post_like_a_get) {
  const call opted{.idempotent = false, .opt_in = true};
  BOOST_TEST(attempts_until_success(transport(errc::connection_failure, true), opted) == 2u);
  BOOST_TEST(attempts_until_success(status(500), opted) == 2u);
}

BOOST_AUTO_TEST_CASE(two_retries_then_exhausted_with_the_backoff_between) {
  scripted_io io({status(503)});
  auto r = run(io);
  BOOST_TEST(r.ec == errc::server_error);
  BOOST_TEST(io.retries_seen == (std::vector<int>{0, 1, 2}), boost::test_tools::per_element());
  BOOST_REQUIRE(io.slept.size() == 2u);
  BOOST_TEST(io.slept[0].count() == 500);
  BOOST_TEST(io.slept[1].count() == 1000);
  BOOST_TEST(r.diag.attempts == 3);
  BOOST_TEST(r.diag.attempt_log.size() == 3u);
  BOOST_TEST(r.diag.attempt_log[2].waited.count() == 1000);
  BOOST_TEST(r.diag.attempt_log[2].duration.count() == 20'000);  // the fake clock's 20 ms
  BOOST_TEST(r.diag.stopped_because == retry_stop::exhausted);
  BOOST_TEST(r.diag.client_message == "gave up after 3 attempts");
}

BOOST_AUTO_TEST_CASE(every_attempt_is_observed_with_what_comes_next) {
  scripted_io io({status(503), ok});
  auto r = run(io);
  BOOST_TEST(!r.ec);
  BOOST_REQUIRE(io.observed.size() == 2u);
  BOOST_TEST(io.observed[0].retry);
  BOOST_TEST(io.observed[0].delay.count() == 500);
  BOOST_TEST(!io.observed[1].retry);
  BOOST_TEST(io.observed[1].stop == retry_stop::none);
  BOOST_TEST(io.records[0].http_status == 503);
  BOOST_TEST(!io.records[1].error);
  // The diagnostics describe the last attempt, with the log of both.
  BOOST_TEST(r.diag.http_status == 0);
  BOOST_TEST(r.diag.attempts == 2);
  BOOST_TEST(r.diag.stopped_because == retry_stop::none);
}

BOOST_AUTO_TEST_CASE(no_wait_crosses_the_deadline) {
  // The server asks for 5 s; the deadline is 2 s away: the call fails at once, saying why.
  scripted_io io({status(429, 5000ms), ok});
  auto r = run(io, {.deadline = t0 + 2s});
  BOOST_TEST(r.ec == errc::rate_limited);
  BOOST_TEST(io.slept.empty());
  BOOST_TEST(r.diag.stopped_because == retry_stop::deadline);
  BOOST_TEST(r.diag.client_message.find("would pass the call's deadline") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_deadline_that_passed_during_an_attempt_is_not_retried) {
  scripted_io io({transport(errc::deadline_exceeded, true), ok});
  auto r = run(io, {.deadline = t0 + 10ms});
  BOOST_TEST(r.ec == errc::deadline_exceeded);
  BOOST_TEST(io.retries_seen.size() == 1u);
  BOOST_TEST(r.diag.stopped_because == retry_stop::deadline);
  BOOST_TEST(r.diag.client_message.empty());  // the attempt's own message says it
}

BOOST_AUTO_TEST_CASE(cancellation_during_the_wait_ends_the_call) {
  scripted_io io({status(503), ok});
  io.cancel_during_sleep = true;
  auto r = run(io);
  BOOST_TEST(r.ec == boost::asio::error::operation_aborted);
  BOOST_TEST(io.retries_seen.size() == 1u);
  BOOST_TEST(r.diag.stopped_because == retry_stop::cancelled);
}

BOOST_AUTO_TEST_CASE(cancellation_during_an_attempt_stops_retrying) {
  scripted_io io({transport(errc::connection_failure, false), ok});
  io.cancel_during_attempt = 0;
  auto r = run(io);
  BOOST_TEST(io.retries_seen.size() == 1u);
  BOOST_TEST(io.slept.empty());
  BOOST_TEST(r.diag.stopped_because == retry_stop::cancelled);
  BOOST_REQUIRE(io.observed.size() == 1u);
  BOOST_TEST(io.observed[0].stop == retry_stop::cancelled);
}

BOOST_AUTO_TEST_CASE(the_elapsed_limit_counts_attempts_and_waits) {
  // 1.2 s allowed: the first wait (0.5 s) fits after a 20 ms attempt, the second (1 s) does not.
  const rtk::limited_retry_policy short_budget(5, 1200ms);
  scripted_io io({status(500)});
  auto r = run(io, {.policy = short_budget});
  BOOST_TEST(io.retries_seen.size() == 2u);
  BOOST_TEST(r.diag.stopped_because == retry_stop::exhausted);
}

BOOST_AUTO_TEST_SUITE_END()
