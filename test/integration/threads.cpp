// One client shared by several threads running one io_context: 4 threads x 1,000 calls, and
// calls cancelled from other threads while they wait, connect, exchange or back off. Run under
// ThreadSanitizer in CI (label "mt").

#include "fixture.hpp"

#include <boost/asio/bind_cancellation_slot.hpp>
#include <boost/asio/cancellation_signal.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/test/unit_test.hpp>

#include <atomic>
#include <memory>

using namespace rtk_test;

BOOST_AUTO_TEST_SUITE(threads)

BOOST_AUTO_TEST_CASE(four_threads_share_one_client_for_4000_calls) {
  loopback_server server;
  server.set_handler(
      [](const received_request&) { return scripted_reply{.body = meeting_body()}; });
  auto opts = options_for(server);
  opts.pool.max_connections = 8;
  constexpr int threads = 4;
  constexpr int calls_per_thread = 1000;
  io_runner io(threads);
  rtk::client c(io.executor(), opts);
  std::atomic<int> ok{0};
  std::vector<std::thread> callers;
  for (int t = 0; t < threads; ++t) {
    callers.emplace_back([&] {
      // Each caller thread keeps two calls in flight; completions run on the io threads.
      auto loop = [&]() -> asio::awaitable<void> {
        for (int i = 0; i < calls_per_thread / 2; ++i) {
          auto out = co_await get_meeting(c);
          if (!out.ec && out.value.id == meeting_id) ++ok;
        }
      };
      auto a = start(io.executor(), loop());
      auto b = start(io.executor(), loop());
      get(a, 120s);
      get(b, 120s);
    });
  }
  for (auto& t : callers) t.join();
  BOOST_TEST(ok.load() == threads * calls_per_thread);
  BOOST_TEST(server.request_count() == static_cast<std::size_t>(threads * calls_per_thread));
  BOOST_TEST(server.accepted_connections() <= 8u);
}

// Every other call is cancelled from a strand of its caller's after 0 to 3 ms, while it
// runs on whichever of the four threads: in the pool's queue (4 connections for 32 calls at a
// time), connecting, mid-exchange against a server that answers after up to 4 ms, or waiting
// to retry a 503. Every call ends: the others with their answer, a cancelled one with its
// answer, with operation_aborted or, when the cancellation came as a 503 arrived, with that
// 503 and no retry. The client is whole afterwards.
BOOST_AUTO_TEST_CASE(calls_cancelled_from_other_threads_all_end_and_leave_the_client_whole) {
  loopback_server server;
  std::atomic<int> n{0};
  server.set_handler([&n](const received_request&) {
    const int i = n++;
    if (i % 5 == 0)
      return scripted_reply{.status = 503, .headers = {{"Retry-After", "0.002"}}, .body = "{}"};
    return scripted_reply{.body = meeting_body(), .delay = std::chrono::milliseconds(i % 5)};
  });
  auto opts = options_for(server);
  opts.pool.max_connections = 4;
  opts.retry = std::make_shared<rtk::limited_retry_policy>(5);
  // A fifth of the answers are 503s, twice the share of calls the retry budget lets retry:
  // this test is about cancellation, so every 503 is retried.
  opts.retry_budget.enabled = false;
  io_runner io(4);
  rtk::client c(io.executor(), opts);

  constexpr int rounds = 20;
  constexpr int calls_per_round = 32;
  std::atomic<int> answered{0}, aborted{0}, stopped_at_a_503{0}, other{0};
  for (int round = 0; round < rounds; ++round) {
    std::vector<std::future<void>> done;
    for (int i = 0; i < calls_per_round; ++i) {
      auto strand = asio::make_strand(io.executor());
      auto signal = std::make_shared<asio::cancellation_signal>();
      const bool cancel = i % 2 == 0;
      const auto after = std::chrono::microseconds((round * calls_per_round + i) % 7 * 500);
      auto caller = [&, strand, signal, cancel, after]() -> asio::awaitable<void> {
        asio::steady_timer timer(strand, after);
        if (cancel)
          timer.async_wait([signal](rtk::error_code ec) {
            if (!ec) signal->emit(asio::cancellation_type::terminal);
          });
        rtk::diagnostics diag;
        auto [ec, m] = co_await c.meetings().async_get(
            app, meeting_id, diag,
            asio::bind_cancellation_slot(signal->slot(), asio::as_tuple(asio::use_awaitable)));
        timer.cancel();
        if (!ec && m.id == meeting_id) {
          ++answered;
        } else if (!cancel) {
          ++other;
        } else if (ec == asio::error::operation_aborted) {
          ++aborted;
        } else if (ec == rtk::errc::server_error &&
                   diag.stopped_because == rtk::retry_stop::cancelled) {
          ++stopped_at_a_503;
        } else {
          ++other;
        }
      };
      done.push_back(asio::co_spawn(strand, caller, asio::use_future));
    }
    for (auto& f : done) get(f, 60s);
  }
  BOOST_TEST(answered + aborted + stopped_at_a_503 + other == rounds * calls_per_round);
  BOOST_TEST(answered.load() >= rounds * calls_per_round / 2);
  BOOST_TEST(aborted.load() > 0);
  BOOST_TEST(other.load() == 0);

  // The pool was not left short of connections by the cancelled calls.
  server.set_handler(
      [](const received_request&) { return scripted_reply{.body = meeting_body()}; });
  std::vector<std::future<outcome<rtk::meeting>>> later;
  for (int i = 0; i < 16; ++i) later.push_back(start(io.executor(), get_meeting(c)));
  for (auto& f : later) BOOST_TEST(!get(f).ec);
}

BOOST_AUTO_TEST_SUITE_END()
