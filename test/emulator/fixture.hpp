#pragma once
// Tests against the in-process emulator: a fresh emulator with one app, and an rtk::client
// pointed at it, run by a background io_context. Tests are coroutines started with run().

#include <rtk/emulator.hpp>
#include <rtk/rtk.hpp>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/use_future.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <future>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>

namespace rtk_emu_test {

namespace asio = boost::asio;
namespace json = boost::json;
using namespace std::chrono_literals;

inline constexpr const char* token = "emulator-test-token";
inline constexpr const char* account = "023e105f4ecef8ad9ca31a8372d0c353";
inline constexpr const char* app = "app-under-test";

inline rtk::client_options client_options_for(const rtk::emulator& emu) {
  rtk::client_options o;
  o.base_url = emu.base_url();
  o.auth = rtk::api_token{token};
  o.account_id = account;
  o.attempt_timeout = 5s;
  // The emulator never fails unless told to: a test sees the first answer.
  o.retry = std::make_shared<rtk::limited_retry_policy>(0);
  return o;
}

struct emulated {
  rtk::emulator emu{rtk::emulator::options{.app_ids = {app}}};
  asio::io_context ioc{};
  asio::executor_work_guard<asio::io_context::executor_type> guard{ioc.get_executor()};
  std::thread thread{[this] { ioc.run(); }};
  rtk::client client{ioc.get_executor(), client_options_for(emu)};

  emulated() = default;
  // An emulator with these options (give them app_ids = {app} for the fixture's app).
  explicit emulated(rtk::emulator::options opts) : emu(std::move(opts)) {}
  emulated(const emulated&) = delete;
  emulated& operator=(const emulated&) = delete;

  ~emulated() {
    client.shutdown();
    guard.reset();
    thread.join();
  }

  // Runs a coroutine lambda (`[&]() -> asio::awaitable<void> {...}`) on the client's
  // io_context and waits for it; its exception, if any, is rethrown here. A hang fails.
  template <class F>
  void run(F&& f, std::chrono::seconds bound = 30s) {
    auto done = asio::co_spawn(ioc, std::forward<F>(f), asio::use_future);
    if (done.wait_for(bound) != std::future_status::ready)
      throw std::runtime_error("test coroutine hung");
    done.get();
  }

  // A control request (see docs/emulator.md); fails the test unless it answers 2xx.
  json::value control(std::string_view method, std::string_view path, std::string_view body = {}) {
    auto r = emu.control(method, path, body);
    BOOST_TEST_REQUIRE(r.status / 100 == 2u, method << " /__emulator/" << path << ": " << r.body);
    return json::parse(r.body);
  }
};

// The app list, with these options, its diagnostics stored in `diag`; failures throw
// rtk::error. A coroutine rather than an asio::use_future token on the call: GCC 12 at -O1
// (the ASan build) warns falsely inside use_future's handler for rtk's initiations.
inline asio::awaitable<rtk::page<rtk::app>> list_apps(rtk::client& c, rtk::call_options opts,
                                                      rtk::diagnostics& diag) {
  rtk::list_apps_query all{};
  auto call = c.apps().async_list(all, opts, diag);
  co_return co_await std::move(call);
}

// Starts list_apps on `ioc`: the future holds the page or the rtk::error.
inline std::future<rtk::page<rtk::app>> start_list_apps(asio::io_context& ioc, rtk::client& c,
                                                        rtk::diagnostics& diag,
                                                        rtk::call_options opts = {}) {
  return asio::co_spawn(ioc, list_apps(c, std::move(opts), diag), asio::use_future);
}

// Runs `ioc` on this thread until `f` is ready: a client's pool keeps its io_context busy, so
// run() would not return. A call still pending after `bound` fails the test.
template <class T>
void run_until_ready(asio::io_context& ioc, std::future<T>& f, std::chrono::seconds bound = 20s) {
  auto give_up = std::chrono::steady_clock::now() + bound;
  while (f.wait_for(0s) != std::future_status::ready) {
    if (std::chrono::steady_clock::now() > give_up) throw std::runtime_error("call hung");
    ioc.run_one_for(10ms);
  }
}

// How a call failed: its code (success if it did not fail) and diagnostics (HTTP status, the
// API's message). Usage: `auto f = co_await failure_of(c.meetings().async_get(app, "nope"));`
// then check f.ec == rtk::errc::not_found. The awaitable must be built before this call (GCC 12).
struct failure_seen {
  rtk::error_code ec{};
  rtk::diagnostics diag{};
};

template <class Awaitable>
asio::awaitable<failure_seen> failure_of(Awaitable a) {
  failure_seen out;
  try {
    co_await std::move(a);
  } catch (const rtk::error& e) {
    out.ec = e.code();
    out.diag = e.diagnostics();
  }
  co_return out;
}

// The call failed with 404 and exactly this API message ("Meeting not found").
inline void check_not_found(const failure_seen& f, std::string_view message) {
  BOOST_TEST((f.ec == rtk::errc::not_found));
  BOOST_TEST(f.diag.http_status == 404);
  BOOST_TEST(f.diag.api_message == std::string(message));
}

// The call failed with 422 and a message naming `field`.
inline void check_unprocessable(const failure_seen& f, std::string_view field) {
  BOOST_TEST((f.ec == rtk::errc::unprocessable));
  BOOST_TEST(f.diag.http_status == 422);
  BOOST_TEST(f.diag.api_message.find(field) != std::string::npos, f.diag.api_message);
}

// The call failed with `status` and a message containing `words`.
inline void check_status(const failure_seen& f, int status, std::string_view words) {
  BOOST_TEST(f.diag.http_status == status);
  BOOST_TEST(f.diag.api_message.find(words) != std::string::npos, f.diag.api_message);
}

// A new meeting of the fixture's app with this title: its id.
inline asio::awaitable<std::string> new_meeting(rtk::client& c, std::string_view title) {
  rtk::create_meeting_request req;
  req.title = title;
  rtk::meeting m = co_await c.meetings().async_create(app, req);
  co_return m.id;
}

}  // namespace rtk_emu_test
