// Retries on real loopback sockets: which failures are retried, the waits between attempts, the
// server's hints, and that a POST the server may have processed is never sent twice.

#include "fixture.hpp"

#include <rtk/resources/meetings.hpp>

#include <boost/asio/bind_cancellation_slot.hpp>
#include <boost/asio/cancellation_signal.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/test/unit_test.hpp>

#include <atomic>
#include <mutex>
#include <utility>

using namespace rtk_test;
using rtk::errc;
using rtk::retry_stop;

namespace {

using ms = std::chrono::milliseconds;

// The default policies, as a user gets them.
rtk::client_options default_retries(const loopback_server& server) {
  auto o = options_for(server);
  o.retry = nullptr;
  o.backoff = nullptr;
  return o;
}

// Retries with waits short enough for tests.
rtk::client_options fast_retries(const loopback_server& server, int retries = 2) {
  auto o = options_for(server);
  o.retry = std::make_shared<rtk::limited_retry_policy>(retries);
  o.backoff = std::make_shared<rtk::exponential_backoff>(
      rtk::exponential_backoff::settings{.initial = 5ms, .maximum = 20ms});
  return o;
}

// What a co_awaited call threw (nothing: a default code).
struct thrown_error {
  rtk::error_code ec;
  int attempts = 0;
};

ms gap(const received_request& a, const received_request& b) {
  return std::chrono::duration_cast<ms>(b.received_at - a.received_at);
}

asio::awaitable<outcome<rtk::meeting>> create_meeting(rtk::client& c, rtk::call_options opts) {
  outcome<rtk::meeting> out;
  rtk::create_meeting_request req;
  req.title = "standup";
  auto [ec, m] = co_await c.meetings().async_create(app, req, opts, out.diag,
                                                    asio::as_tuple(asio::use_awaitable));
  out.ec = ec;
  out.value = std::move(m);
  co_return out;
}

outcome<rtk::meeting> one_post(rtk::client_options opts, rtk::call_options call = {}) {
  io_runner io;
  rtk::client c(io.executor(), std::move(opts));
  auto f = start(io.executor(), create_meeting(c, call));
  return get(f);
}

scripted_reply ok_meeting() {
  return {.status = 200, .body = meeting_body()};
}

scripted_reply failing(int status, std::vector<std::pair<std::string, std::string>> headers = {}) {
  return {.status = status,
          .headers = std::move(headers),
          .body = R"({"success":false,"error":{"code":1,"message":"try later"}})"};
}

// A server whose every answer is 503 with Retry-After: 10, and options for a client of it whose
// hook makes `waiting` ready once a call has begun to wait those 10 s out.
rtk::client_options waiting_ten_seconds(loopback_server& server, std::promise<void>& waiting) {
  server.set_handler([](const received_request&) { return failing(503, {{"Retry-After", "10"}}); });
  auto opts = default_retries(server);
  opts.on_attempt = [&waiting](const rtk::attempt_event& e) {
    if (e.will_retry) waiting.set_value();  // the wait starts right after this hook
  };
  return opts;
}

// Cancels (terminal) a call once it waits, and gives its outcome and how long after the
// cancellation it came.
template <class T>
std::pair<T, std::chrono::steady_clock::duration> cancel_while_waiting(
    io_runner& io, std::promise<void>& waiting, asio::cancellation_signal& signal,
    std::future<T>& result) {
  BOOST_TEST_REQUIRE((waiting.get_future().wait_for(5s) == std::future_status::ready));
  const auto cancelled_at = std::chrono::steady_clock::now();
  asio::post(io.executor(), [&] { signal.emit(asio::cancellation_type::terminal); });
  auto out = get(result, 5s);
  return {std::move(out), std::chrono::steady_clock::now() - cancelled_at};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(retries)

// The acceptance rows: 3 attempts for each retryable status, 0.375-0.5 s then 0.75-1 s apart.
// The statuses run side by side, so the test takes as long as one of them.
BOOST_AUTO_TEST_CASE(the_default_client_retries_each_retryable_status_twice_with_backoff) {
  const std::vector<int> statuses{408, 409, 429, 500, 502, 503, 504};
  io_runner io;  // declared first: the clients must go before it stops
  std::vector<std::unique_ptr<loopback_server>> servers;
  std::vector<std::unique_ptr<rtk::client>> clients;
  std::vector<std::future<outcome<rtk::meeting>>> calls;
  for (int s : statuses) {
    servers.push_back(std::make_unique<loopback_server>());
    servers.back()->set_handler([s](const received_request&) { return failing(s); });
    clients.push_back(
        std::make_unique<rtk::client>(io.executor(), default_retries(*servers.back())));
    calls.push_back(start(io.executor(), get_meeting(*clients.back())));
  }
  for (std::size_t i = 0; i < statuses.size(); ++i) {
    auto out = get(calls[i]);
    auto seen = servers[i]->requests();
    BOOST_TEST_CONTEXT("status " << statuses[i]) {
      BOOST_TEST(out.ec.failed());
      BOOST_TEST(out.diag.http_status == statuses[i]);
      BOOST_TEST(out.diag.attempts == 3);
      BOOST_TEST((out.diag.stopped_because == retry_stop::exhausted));
      BOOST_TEST_REQUIRE(seen.size() == 3u);
      BOOST_TEST(gap(seen[0], seen[1]).count() >= 375);
      BOOST_TEST(gap(seen[0], seen[1]).count() <= 600);
      BOOST_TEST(gap(seen[1], seen[2]).count() >= 750);
      BOOST_TEST(gap(seen[1], seen[2]).count() <= 1100);
      // The retry counter, and what diagnostics recorded of each wait.
      for (int n = 0; n < 3; ++n)
        BOOST_TEST(seen[n].header("X-RTK-Retry-Count") == std::to_string(n));
      BOOST_TEST_REQUIRE(out.diag.attempt_log.size() == 3u);
      BOOST_TEST(out.diag.attempt_log[0].waited.count() == 0);
      BOOST_TEST(out.diag.attempt_log[1].waited.count() > 375);
      BOOST_TEST(out.diag.attempt_log[2].waited.count() > 750);
      BOOST_TEST(out.diag.attempt_log[2].http_status == statuses[i]);
    }
  }
}

BOOST_AUTO_TEST_CASE(the_default_client_tries_non_retryable_statuses_once) {
  for (int s : {400, 401, 403, 404, 413, 422, 425}) {
    loopback_server server;
    server.set_handler([s](const received_request&) { return failing(s); });
    auto out = one_call(default_retries(server));
    BOOST_TEST_CONTEXT("status " << s) {
      BOOST_TEST(server.request_count() == 1u);
      BOOST_TEST(out.diag.attempts == 1);
      BOOST_TEST((out.diag.stopped_because == retry_stop::not_retryable));
    }
  }
}

BOOST_AUTO_TEST_CASE(retry_after_one_second_is_honoured) {
  loopback_server server;
  server.push_reply(failing(429, {{"Retry-After", "1"}}));
  server.push_reply(ok_meeting());
  auto out = one_call(default_retries(server));
  BOOST_TEST(!out.ec);
  BOOST_TEST(out.diag.attempts == 2);
  auto seen = server.requests();
  BOOST_TEST_REQUIRE(seen.size() == 2u);
  BOOST_TEST(gap(seen[0], seen[1]).count() >= 1000);
  BOOST_TEST(gap(seen[0], seen[1]).count() <= 1100);
}

BOOST_AUTO_TEST_CASE(retry_after_ms_is_honoured_and_wins) {
  loopback_server server;
  server.push_reply(failing(503, {{"Retry-After", "5"}, {"retry-after-ms", "250"}}));
  server.push_reply(ok_meeting());
  auto out = one_call(default_retries(server));
  BOOST_TEST(!out.ec);
  auto seen = server.requests();
  BOOST_TEST_REQUIRE(seen.size() == 2u);
  BOOST_TEST(gap(seen[0], seen[1]).count() >= 250);
  BOOST_TEST(gap(seen[0], seen[1]).count() <= 350);
}

BOOST_AUTO_TEST_CASE(x_should_retry_overrides_the_status_rule_both_ways) {
  loopback_server server;
  server.push_reply(failing(400, {{"x-should-retry", "true"}}));
  server.push_reply(ok_meeting());
  auto retried = one_call(fast_retries(server));
  BOOST_TEST(!retried.ec);
  BOOST_TEST(server.request_count() == 2u);

  loopback_server refusing;
  refusing.set_handler([](const received_request&) {
    return failing(503, {{"x-should-retry", "false"}});
  });
  auto stopped = one_call(fast_retries(refusing));
  BOOST_TEST((stopped.ec == errc::server_error));
  BOOST_TEST(refusing.request_count() == 1u);
  BOOST_TEST((stopped.diag.stopped_because == retry_stop::not_retryable));
}

BOOST_AUTO_TEST_CASE(a_get_whose_connection_dropped_after_sending_is_retried) {
  for (fault f : {fault::close_before_response, fault::reset}) {
    loopback_server server;
    server.push_reply({.fault_kind = f});
    server.push_reply(ok_meeting());
    auto out = one_call(fast_retries(server));
    BOOST_TEST(!out.ec);
    BOOST_TEST(server.request_count() == 2u);
    BOOST_TEST_REQUIRE(out.diag.attempt_log.size() == 2u);
    BOOST_TEST((out.diag.attempt_log[0].error == errc::connection_failure));
    BOOST_TEST(out.diag.attempt_log[0].request_sent);
  }
}

// The one deliberate difference from the official SDKs.
BOOST_AUTO_TEST_CASE(a_post_whose_connection_dropped_after_the_server_read_it_arrives_once) {
  for (fault f : {fault::close_before_response, fault::reset}) {
    loopback_server server;
    server.push_reply({.fault_kind = f});
    server.push_reply(ok_meeting());
    auto out = one_post(default_retries(server));
    BOOST_TEST((out.ec == errc::outcome_unknown));
    BOOST_TEST(server.request_count() == 1u);
    BOOST_TEST(out.diag.attempts == 1);
    BOOST_TEST((out.diag.stopped_because == retry_stop::not_idempotent));
    BOOST_TEST(out.diag.client_message.find("may have processed it") != std::string::npos);
    BOOST_TEST(rtk::error(out.ec, out.diag).what() != std::string());
  }
}

BOOST_AUTO_TEST_CASE(a_post_is_repeated_when_the_caller_opts_in) {
  loopback_server server;
  server.push_reply({.fault_kind = fault::close_before_response});
  server.push_reply(ok_meeting());
  rtk::call_options opts;
  opts.retry_non_idempotent = true;
  auto out = one_post(fast_retries(server), opts);
  BOOST_TEST(!out.ec);
  auto seen = server.requests();
  BOOST_TEST_REQUIRE(seen.size() == 2u);
  BOOST_TEST(seen[0].body == seen[1].body);  // byte-identical
}

BOOST_AUTO_TEST_CASE(a_post_that_could_not_connect_is_retried) {
  // Take a free port, close it, and start listening there only once the first attempt failed.
  auto probe = std::make_unique<loopback_server>();
  const std::uint16_t port = probe->port();
  auto opts = fast_retries(*probe);
  probe.reset();
  std::unique_ptr<loopback_server> late;
  std::mutex late_mutex;
  opts.on_attempt = [&](const rtk::attempt_event& e) {
    std::lock_guard lock(late_mutex);
    if (e.attempt == 0 && e.will_retry && !late) {
      late = std::make_unique<loopback_server>(loopback_server::options{.port = port});
      late->push_reply(ok_meeting());
    }
  };
  auto out = one_post(opts);
  BOOST_TEST(!out.ec);
  BOOST_TEST_REQUIRE(out.diag.attempt_log.size() == 2u);
  BOOST_TEST((out.diag.attempt_log[0].error == errc::connection_failure));
  BOOST_TEST(!out.diag.attempt_log[0].request_sent);
  std::lock_guard lock(late_mutex);
  BOOST_TEST_REQUIRE(late != nullptr);
  BOOST_TEST(late->request_count() == 1u);
}

BOOST_AUTO_TEST_CASE(the_server_may_tell_a_post_to_retry) {
  for (auto reply : {failing(429), failing(503, {{"Retry-After", "0"}}),
                     failing(500, {{"x-should-retry", "true"}})}) {
    loopback_server server;
    server.push_reply(reply);
    server.push_reply(ok_meeting());
    auto out = one_post(fast_retries(server));
    BOOST_TEST(!out.ec, reply.status);
    BOOST_TEST(server.request_count() == 2u);
  }
  for (auto reply : {failing(503), failing(500), failing(408)}) {
    loopback_server server;
    server.push_reply(reply);
    server.push_reply(ok_meeting());
    auto out = one_post(fast_retries(server));
    BOOST_TEST(out.ec.failed(), reply.status);
    BOOST_TEST(server.request_count() == 1u);
    BOOST_TEST((out.diag.stopped_because == retry_stop::not_idempotent));
  }
}

BOOST_AUTO_TEST_CASE(a_connection_the_server_closed_while_idle_is_not_an_error) {
  loopback_server server;
  io_runner io;
  auto opts = options_for(server);  // no retries: the pool alone must get this right
  rtk::client c(io.executor(), opts);
  auto first = start(io.executor(), get_meeting(c));
  BOOST_TEST(!get(first).ec);
  for (int round = 0; round < 2; ++round) {
    server.close_idle_connections();
    BOOST_TEST_REQUIRE(server.wait_for_open_connections(0, 5s));
    auto f = round == 0 ? start(io.executor(), get_meeting(c))
                        : start(io.executor(), create_meeting(c, rtk::call_options{}));
    auto out = get(f);
    BOOST_TEST(!out.ec);
    BOOST_TEST(out.diag.attempts == 1);
  }
  BOOST_TEST(server.request_count() == 3u);
  BOOST_TEST(server.accepted_connections() == 3u);
}

// Idempotency is the operation's, not its method's: kicking everyone out is a POST whose
// repetition changes nothing, so a dropped connection is retried.
BOOST_AUTO_TEST_CASE(a_post_that_is_safe_to_resend_is_retried_after_a_dropped_connection) {
  loopback_server server;
  server.push_reply({.fault_kind = fault::close_before_response});
  server.push_reply({.body = R"({"success":true,"data":{"action":"kick_all"}})"});
  io_runner io;
  rtk::client c(io.executor(), fast_retries(server));
  auto f = start(io.executor(), [&]() -> asio::awaitable<rtk::error_code> {
    auto [ec, kicked] = co_await c.active_session().async_kick_all(
        app, meeting_id, asio::as_tuple(asio::use_awaitable));
    co_return ec;
  });
  BOOST_TEST(!get(f));
  BOOST_TEST(server.request_count() == 2u);
}

BOOST_AUTO_TEST_CASE(an_attempt_that_times_out_is_retried) {
  loopback_server server;
  server.push_reply({.fault_kind = fault::stall});
  server.push_reply(ok_meeting());
  auto opts = fast_retries(server);
  opts.attempt_timeout = 200ms;
  auto out = one_call(opts);
  BOOST_TEST(!out.ec);
  BOOST_TEST_REQUIRE(out.diag.attempt_log.size() == 2u);
  BOOST_TEST((out.diag.attempt_log[0].error == errc::timeout));

  // The same for a POST is an unknown outcome, not a second create.
  loopback_server stalling;
  stalling.push_reply({.fault_kind = fault::stall});
  stalling.push_reply(ok_meeting());
  auto post_opts = fast_retries(stalling);
  post_opts.attempt_timeout = 200ms;
  auto post_out = one_post(post_opts);
  BOOST_TEST((post_out.ec == errc::outcome_unknown));
  BOOST_TEST(post_out.diag.client_message.find("timed out") != std::string::npos);
  BOOST_TEST(stalling.request_count() == 1u);
}

BOOST_AUTO_TEST_CASE(a_retry_after_past_the_deadline_fails_at_once_with_the_hint) {
  loopback_server server;
  server.push_reply(failing(429, {{"Retry-After", "5"}}));
  server.push_reply(ok_meeting());
  rtk::call_options opts;
  opts.deadline = std::chrono::steady_clock::now() + 1s;
  const auto began = std::chrono::steady_clock::now();
  auto out = one_call(default_retries(server), opts);
  BOOST_TEST((std::chrono::steady_clock::now() - began < 500ms));
  BOOST_TEST((out.ec == errc::rate_limited));
  BOOST_TEST(server.request_count() == 1u);
  BOOST_TEST((out.diag.stopped_because == retry_stop::deadline));
  BOOST_TEST_REQUIRE(out.diag.server_retry_after.has_value());
  BOOST_TEST(out.diag.server_retry_after->count() == 5000);
  BOOST_TEST(out.diag.to_string().find("server asked to wait 5000 ms") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(cancelling_during_a_backoff_wait_completes_at_once) {
  loopback_server server;
  io_runner io;
  std::promise<void> waiting;
  rtk::client c(io.executor(), waiting_ten_seconds(server, waiting));
  asio::cancellation_signal signal;
  std::promise<outcome<rtk::meeting>> done;
  auto result = done.get_future();
  asio::post(io.executor(), [&] {
    auto diag = std::make_shared<rtk::diagnostics>();
    c.meetings().async_get(
        app, meeting_id, rtk::call_options{}, *diag,
        asio::bind_cancellation_slot(signal.slot(), [&, diag](rtk::error_code ec, rtk::meeting m) {
          done.set_value({ec, std::move(m), *diag});
        }));
  });
  auto [out, took] = cancel_while_waiting(io, waiting, signal, result);
  BOOST_TEST((took < 1s));
  BOOST_TEST((out.ec == asio::error::operation_aborted));
  BOOST_TEST(server.request_count() == 1u);
}

// The same through co_await with the default token: the coroutine's cancellation slot reaches
// the call, which ends with an rtk::error (operation_aborted) carrying its diagnostics.
BOOST_AUTO_TEST_CASE(cancelling_a_coroutine_ends_its_co_awaited_call_at_once) {
  loopback_server server;
  io_runner io;
  std::promise<void> waiting;
  rtk::client c(io.executor(), waiting_ten_seconds(server, waiting));
  asio::cancellation_signal signal;
  std::promise<thrown_error> done;
  auto result = done.get_future();
  asio::post(io.executor(), [&] {
    asio::co_spawn(
        io.executor(),
        [&]() -> asio::awaitable<void> {
          try {
            co_await c.meetings().async_get(app, meeting_id);
            done.set_value({});
          } catch (const rtk::error& e) {
            done.set_value({e.code(), e.diagnostics().attempts});
          }
        },
        asio::bind_cancellation_slot(signal.slot(), asio::detached));
  });
  auto [out, took] = cancel_while_waiting(io, waiting, signal, result);
  BOOST_TEST((took < 1s));
  BOOST_TEST((out.ec == asio::error::operation_aborted));
  BOOST_TEST(out.attempts == 1);
  BOOST_TEST(server.request_count() == 1u);
}

BOOST_AUTO_TEST_CASE(a_call_can_turn_retries_off_and_the_hook_sees_every_attempt) {
  loopback_server server;
  server.set_handler([](const received_request&) { return failing(500); });
  struct seen_event {
    int attempt;
    int status;
    bool will_retry;
    retry_stop stop;
  };
  std::mutex m;
  std::vector<seen_event> events;
  auto opts = fast_retries(server);
  opts.on_attempt = [&](const rtk::attempt_event& e) {
    std::lock_guard lock(m);
    BOOST_TEST(e.method == "GET");
    events.push_back({e.attempt, e.record.http_status, e.will_retry, e.stopped_because});
  };
  auto out = one_call(opts);
  BOOST_TEST(out.diag.attempts == 3);
  {
    std::lock_guard lock(m);
    BOOST_TEST_REQUIRE(events.size() == 3u);
    BOOST_TEST(events[0].will_retry);
    BOOST_TEST(events[1].will_retry);
    BOOST_TEST(!events[2].will_retry);
    BOOST_TEST((events[2].stop == retry_stop::exhausted));
    BOOST_TEST(events[2].status == 500);
    events.clear();
  }
  rtk::call_options once;
  const rtk::limited_retry_policy no_retries(0);
  once.retry = &no_retries;
  auto single = one_call(opts, once);
  BOOST_TEST(single.diag.attempts == 1);
  std::lock_guard lock(m);
  BOOST_TEST(events.size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
