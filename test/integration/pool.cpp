// The pool under pressure: the connection cap, the acquire timeout, idle eviction, stale
// keep-alive connections, cancellation of one call among many, and a client destroyed while
// calls are in flight.

#include "fixture.hpp"

#include <atomic>

#include <boost/asio/bind_cancellation_slot.hpp>
#include <boost/asio/cancellation_signal.hpp>
#include <boost/asio/post.hpp>
#include <boost/test/unit_test.hpp>

using namespace rtk_test;
using rtk::errc;

BOOST_AUTO_TEST_SUITE(pool)

BOOST_AUTO_TEST_CASE(concurrent_calls_never_open_more_than_the_cap) {
  loopback_server server;
  server.set_handler([](const received_request&) {
    return scripted_reply{.body = meeting_body(), .delay = 100ms};
  });
  auto opts = options_for(server);
  opts.pool.max_connections = 2;
  io_runner io;
  rtk::client c(io.executor(), opts);
  std::vector<std::future<outcome<rtk::meeting>>> calls;
  for (int i = 0; i < 6; ++i) calls.push_back(start(io.executor(), get_meeting(c)));
  for (auto& f : calls) BOOST_TEST(!get(f).ec);
  BOOST_TEST(server.accepted_connections() == 2u);
  BOOST_TEST(server.request_count() == 6u);
}

BOOST_AUTO_TEST_CASE(a_call_that_cannot_get_a_connection_in_time_is_pool_exhausted) {
  loopback_server server;
  server.push_reply({.body = meeting_body(), .delay = 1s});
  auto opts = options_for(server);
  opts.pool.max_connections = 1;
  opts.pool.acquire_timeout = 100ms;
  io_runner io;
  rtk::client c(io.executor(), opts);
  auto holder = start(io.executor(), get_meeting(c));
  BOOST_TEST(server.wait_for_requests(1, 5s));
  auto started = std::chrono::steady_clock::now();
  auto waiter = start(io.executor(), get_meeting(c));
  auto out = get(waiter);
  BOOST_TEST((out.ec == errc::pool_exhausted), out.ec.message());
  BOOST_TEST((std::chrono::steady_clock::now() - started < 900ms));
  BOOST_TEST(!get(holder).ec);
  BOOST_TEST(server.request_count() == 1u);
}

BOOST_AUTO_TEST_CASE(a_deadline_shorter_than_the_acquire_timeout_wins) {
  loopback_server server;
  server.push_reply({.body = meeting_body(), .delay = 1s});
  auto opts = options_for(server);
  opts.pool.max_connections = 1;
  io_runner io;
  rtk::client c(io.executor(), opts);
  auto holder = start(io.executor(), get_meeting(c));
  BOOST_TEST(server.wait_for_requests(1, 5s));
  auto waiter =
      start(io.executor(), get_meeting(c, {.deadline = std::chrono::steady_clock::now() + 100ms}));
  BOOST_TEST((get(waiter).ec == errc::deadline_exceeded));
  BOOST_TEST(!get(holder).ec);
}

BOOST_AUTO_TEST_CASE(idle_connections_are_closed_after_the_idle_timeout_while_calls_run) {
  loopback_server server;
  std::atomic<int> seen{0};
  server.set_handler([&seen](const received_request&) {
    // The first call is slow and keeps the pool in use; the others answer at once.
    return scripted_reply{.body = meeting_body(), .delay = seen++ == 0 ? 3s : 0ms};
  });
  auto opts = options_for(server);
  opts.pool.idle_timeout = 100ms;
  io_runner io;
  rtk::client c(io.executor(), opts);
  auto slow = start(io.executor(), get_meeting(c));
  BOOST_TEST(server.wait_for_requests(1, 5s));
  auto quick = start(io.executor(), get_meeting(c));
  BOOST_TEST(!get(quick).ec);
  BOOST_TEST(server.accepted_connections() == 2u);
  // The sweeper closes the idle one while the slow call still runs.
  BOOST_TEST(server.wait_for_open_connections(1, 2s));
  BOOST_TEST(!get(slow).ec);
}

BOOST_AUTO_TEST_CASE(a_connection_idle_past_the_timeout_in_a_quiet_pool_is_never_reused) {
  loopback_server server;
  server.set_handler(
      [](const received_request&) { return scripted_reply{.body = meeting_body()}; });
  auto opts = options_for(server);
  opts.pool.idle_timeout = 50ms;
  io_runner io;
  rtk::client c(io.executor(), opts);
  auto f1 = start(io.executor(), get_meeting(c));
  BOOST_TEST(!get(f1).ec);
  // No call runs, so no timer of rtk's is pending; the time has to pass for real.
  std::this_thread::sleep_for(150ms);
  auto f2 = start(io.executor(), get_meeting(c));
  BOOST_TEST(!get(f2).ec);
  BOOST_TEST(server.accepted_connections() == 2u);
  // The expired one was closed by that call, not kept beside the new one.
  BOOST_TEST(server.wait_for_open_connections(1, 5s));
}

BOOST_FIXTURE_TEST_CASE(a_connection_the_server_closed_while_idle_is_replaced_silently,
                        meeting_server_and_client) {
  auto f1 = start(io.executor(), get_meeting(c));
  BOOST_TEST(!get(f1).ec);
  server.close_idle_connections();
  BOOST_TEST(server.wait_for_open_connections(0, 5s));
  // Both a GET and a POST go out on a fresh connection, without an error.
  auto f2 = start(io.executor(), get_meeting(c));
  BOOST_TEST(!get(f2).ec);
  server.close_idle_connections();
  BOOST_TEST(server.wait_for_open_connections(0, 5s));
  auto f3 = start(io.executor(), [&]() -> asio::awaitable<rtk::meeting> {
    rtk::create_meeting_request request{.title = "x"};
    co_return co_await c.meetings().async_create(app, request);
  });
  BOOST_TEST(get(f3).id == meeting_id);
  BOOST_TEST(server.accepted_connections() == 3u);
  BOOST_TEST(server.request_count() == 3u);
}

namespace {

// A fetch whose cancellation slot is `sig`'s.
asio::awaitable<outcome<rtk::meeting>> cancellable_get(rtk::client& c,
                                                       asio::cancellation_signal& sig) {
  outcome<rtk::meeting> out;
  const rtk::call_options defaults;
  auto [ec, m] = co_await c.meetings().async_get(
      app, meeting_id, defaults, out.diag,
      asio::bind_cancellation_slot(sig.slot(), asio::as_tuple(asio::use_awaitable)));
  out.ec = ec;
  out.value = std::move(m);
  co_return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(cancelling_one_call_leaves_the_others_and_the_pool_alone) {
  loopback_server server;
  server.set_handler([](const received_request&) {
    return scripted_reply{.body = meeting_body(), .delay = 300ms};
  });
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  constexpr int n = 5;
  std::vector<asio::cancellation_signal> signals(n);
  std::vector<std::future<outcome<rtk::meeting>>> calls;
  for (int i = 0; i < n; ++i) {
    calls.push_back(start(io.executor(), cancellable_get(c, signals[i])));
  }
  BOOST_TEST(server.wait_for_requests(n, 5s));
  auto cancelled_at = std::chrono::steady_clock::now();
  asio::post(io.context(), [&] { signals[2].emit(asio::cancellation_type::terminal); });
  auto cancelled = get(calls[2]);
  BOOST_TEST((cancelled.ec == asio::error::operation_aborted), cancelled.ec.message());
  BOOST_TEST((std::chrono::steady_clock::now() - cancelled_at < 250ms));
  for (int i = 0; i < n; ++i) {
    if (i == 2) continue;
    auto out = get(calls[i]);
    BOOST_TEST(!out.ec, out.ec.message());
  }
  // The pool still works, and only the cancelled call's connection was lost.
  auto again = start(io.executor(), get_meeting(c));
  BOOST_TEST(!get(again).ec);
  BOOST_TEST(server.accepted_connections() == static_cast<std::size_t>(n));
}

BOOST_AUTO_TEST_CASE(partial_and_total_cancellation_end_a_call_waiting_for_a_connection) {
  for (auto type : {asio::cancellation_type::partial, asio::cancellation_type::total}) {
    loopback_server server;
    server.push_reply({.body = meeting_body(), .delay = 500ms});
    auto opts = options_for(server);
    opts.pool.max_connections = 1;
    io_runner io;
    rtk::client c(io.executor(), opts);
    asio::cancellation_signal holder_sig, waiter_sig;
    auto holder = start(io.executor(), cancellable_get(c, holder_sig));
    BOOST_TEST(server.wait_for_requests(1, 5s));
    auto waiter = start(io.executor(), cancellable_get(c, waiter_sig));
    auto cancelled_at = std::chrono::steady_clock::now();
    asio::post(io.context(), [&] { waiter_sig.emit(type); });
    auto out = get(waiter);
    BOOST_TEST((out.ec == asio::error::operation_aborted), out.ec.message());
    BOOST_TEST((std::chrono::steady_clock::now() - cancelled_at < 400ms));
    BOOST_TEST(!get(holder).ec);
    BOOST_TEST(server.request_count() == 1u);
  }
}

BOOST_AUTO_TEST_CASE(partial_and_total_cancellation_leave_a_request_on_the_wire_alone) {
  for (auto type : {asio::cancellation_type::partial, asio::cancellation_type::total}) {
    loopback_server server;
    server.push_reply({.body = meeting_body(), .delay = 200ms});
    io_runner io;
    rtk::client c(io.executor(), options_for(server));
    asio::cancellation_signal sig;
    auto call = start(io.executor(), cancellable_get(c, sig));
    BOOST_TEST(server.wait_for_requests(1, 5s));
    asio::post(io.context(), [&] { sig.emit(type); });
    auto out = get(call);
    BOOST_TEST(!out.ec, out.ec.message());
    BOOST_TEST(out.value.id == meeting_id);
  }
}

BOOST_AUTO_TEST_CASE(destroying_the_client_mid_call_aborts_its_calls) {
  loopback_server server;
  server.set_handler(
      [](const received_request&) { return scripted_reply{.fault_kind = fault::stall}; });
  auto opts = options_for(server);
  opts.pool.max_connections = 2;  // the third call waits in the pool
  io_runner io;
  auto c = std::make_unique<rtk::client>(io.executor(), opts);
  std::vector<std::future<outcome<rtk::meeting>>> calls;
  for (int i = 0; i < 3; ++i) calls.push_back(start(io.executor(), get_meeting(*c)));
  BOOST_TEST(server.wait_for_requests(2, 5s));
  c.reset();
  for (auto& f : calls) {
    auto out = get(f, 5s);
    BOOST_TEST((out.ec == asio::error::operation_aborted), out.ec.message());
  }
  BOOST_TEST(server.wait_for_open_connections(0, 5s));
}

BOOST_AUTO_TEST_SUITE_END()
