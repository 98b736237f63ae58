#pragma once
// Shared set-up for tests that call a loopback server through a real rtk::client: an
// io_context run by a background thread, and helpers to start calls and wait for them.

#include "support/loopback_server.hpp"

#include <rtk/rtk.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/use_future.hpp>

#include <chrono>
#include <future>
#include <string>
#include <thread>

namespace rtk_test {

namespace asio = boost::asio;
using namespace std::chrono_literals;

inline constexpr const char* test_token = "tok-SECRET-0123456789";
inline constexpr const char* account = "023e105f4ecef8ad9ca31a8372d0c353";
inline constexpr const char* app = "14a396e7-ca44-4937-bf1f-050a69118543";
inline constexpr const char* meeting_id = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e";

// A compact meeting body, as the API sends it.
inline std::string meeting_body(const std::string& id = meeting_id) {
  return R"({"success":true,"data":{"id":")" + id +
         R"(","created_at":"2019-12-27T18:11:19.117Z","updated_at":"2019-12-27T18:11:19.117Z",)"
         R"("status":"ACTIVE","title":"standup"}})";
}

inline rtk::client_options options_for(const loopback_server& server) {
  rtk::client_options o;
  o.base_url = server.base_url();
  o.auth = rtk::api_token{test_token};
  o.account_id = account;
  o.attempt_timeout = 5s;
  o.pool.connect_timeout = 5s;
  o.pool.acquire_timeout = 5s;
  // One attempt per call, so each test sees exactly the reply it scripted; the retry tests
  // set their own policies.
  o.retry = std::make_shared<rtk::limited_retry_policy>(0);
  return o;
}

// Runs `threads` threads over one io_context until destroyed.
class io_runner {
 public:
  explicit io_runner(int threads = 1) : guard_(asio::make_work_guard(ioc_)) {
    for (int i = 0; i < threads; ++i) threads_.emplace_back([this] { ioc_.run(); });
  }
  ~io_runner() {
    guard_.reset();
    for (auto& t : threads_) t.join();
  }
  asio::io_context& context() { return ioc_; }
  asio::any_io_executor executor() { return ioc_.get_executor(); }

 private:
  asio::io_context ioc_;
  asio::executor_work_guard<asio::io_context::executor_type> guard_;
  std::vector<std::thread> threads_;
};

// A loopback server that answers every request with a meeting, and a client of it: the set-up
// of tests that look at what was sent. For BOOST_FIXTURE_TEST_CASE.
struct meeting_server_and_client {
  meeting_server_and_client() {
    server.set_handler(
        [](const received_request&) { return scripted_reply{.body = meeting_body()}; });
  }
  loopback_server server;
  io_runner io;
  rtk::client c{io.executor(), options_for(server)};
};

// A call's outcome, as the as_tuple form gives it.
template <class T>
struct outcome {
  rtk::error_code ec;
  T value;
  rtk::diagnostics diag;
};

// Starts an awaitable on `ex`; the future is ready when it finishes.
template <class T>
std::future<T> start(asio::any_io_executor ex, asio::awaitable<T> a) {
  return asio::co_spawn(ex, std::move(a), asio::use_future);
}

// Starts a coroutine lambda on `ex`. co_spawn keeps the lambda alive until the coroutine ends,
// so its captures stay valid (an immediately invoked lambda coroutine would dangle).
template <class F>
requires std::invocable<F&>
auto start(asio::any_io_executor ex, F&& f) {
  return asio::co_spawn(ex, std::forward<F>(f), asio::use_future);
}

// Waits for a future with a generous bound, so a hang fails the test instead of the run.
template <class T>
T get(std::future<T>& f, std::chrono::seconds bound = 20s) {
  if (f.wait_for(bound) != std::future_status::ready) throw std::runtime_error("call hung");
  return f.get();
}

inline asio::awaitable<outcome<rtk::meeting>> get_meeting(rtk::client& c, rtk::call_options opts,
                                                          std::string id) {
  outcome<rtk::meeting> out;
  auto [ec, m] =
      co_await c.meetings().async_get(app, id, opts, out.diag, asio::as_tuple(asio::use_awaitable));
  out.ec = ec;
  out.value = std::move(m);
  co_return out;
}

// Not a coroutine, and without default arguments on the coroutine itself: GCC 12 miscompiles
// class-type temporaries inside a co_await expression (see README), so they are made here.
inline asio::awaitable<outcome<rtk::meeting>> get_meeting(rtk::client& c, rtk::call_options opts) {
  return get_meeting(c, std::move(opts), meeting_id);
}
inline asio::awaitable<outcome<rtk::meeting>> get_meeting(rtk::client& c) {
  return get_meeting(c, rtk::call_options{}, meeting_id);
}

// One fetch on a client of its own: the outcome of a single call against `opts`.
inline outcome<rtk::meeting> one_call(rtk::client_options opts, rtk::call_options call = {}) {
  io_runner io;
  rtk::client c(io.executor(), std::move(opts));
  auto f = start(io.executor(), get_meeting(c, std::move(call)));
  return get(f);
}

}  // namespace rtk_test
