// One client shared by several threads running one io_context: 4 threads x 1,000 calls.
// Run under ThreadSanitizer in CI (label "mt").

#include "fixture.hpp"

#include <boost/test/unit_test.hpp>

#include <atomic>

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

BOOST_AUTO_TEST_SUITE_END()
