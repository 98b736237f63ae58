// Every way to complete a call: each throwing form throws rtk::error with the diagnostics, each
// non-throwing form gives the error_code; and a program whose last call completed is not held
// up by the client (the README tour's shape).

#include "fixture.hpp"

#include <boost/asio/deferred.hpp>
#include <boost/asio/detached.hpp>
#include <boost/test/unit_test.hpp>

using namespace rtk_test;
using rtk::errc;

namespace {

const char* const not_found_body =
    R"({"success":false,"error":{"code":2004,"message":"No meeting"}})";

// What a throwing form threw: the code and the diagnostics' status, or "no exception".
struct thrown {
  rtk::error_code ec;
  int http_status = 0;
  std::string what;
};

template <class Await>
asio::awaitable<thrown> catch_rtk_error(Await call) {
  thrown out;
  try {
    co_await std::move(call);
    out.what = "no exception";
  } catch (const rtk::error& e) {
    out.ec = e.code();
    out.http_status = e.diagnostics().http_status;
    out.what = e.what();
  }
  co_return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(call_forms)

BOOST_AUTO_TEST_CASE(use_awaitable_throws_rtk_error_with_diagnostics) {
  loopback_server server;
  server.push_reply({.status = 404, .body = not_found_body});
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  auto f = start(io.executor(), [&]() -> asio::awaitable<thrown> {
    co_return co_await catch_rtk_error(
        c.meetings().async_get(app, meeting_id, asio::use_awaitable));
  });
  auto t = get(f);
  BOOST_TEST((t.ec == errc::not_found), t.what);
  BOOST_TEST(t.http_status == 404);
}

// A deferred call composes like any Asio operation: (error_code, T). co_await turns its error
// into Asio's system_error; the diagnostics come through a diagnostics& (see async.hpp on why
// it is not an rtk::error with Boost 1.81).
BOOST_AUTO_TEST_CASE(deferred_completes_with_the_error_code) {
  loopback_server server;
  server.push_reply({.status = 404, .body = not_found_body});
  server.push_reply({.status = 404, .body = not_found_body});
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  auto f = start(io.executor(), [&]() -> asio::awaitable<rtk::error_code> {
    rtk::call_options opts;
    rtk::diagnostics diag;
    auto [ec, m] = co_await c.meetings().async_get(app, meeting_id, opts, diag,
                                                   asio::as_tuple(asio::deferred));
    BOOST_TEST(diag.http_status == 404);
    try {
      co_await c.meetings().async_get(app, meeting_id, asio::deferred);
    } catch (const boost::system::system_error& e) {
      BOOST_TEST((e.code() == errc::not_found));
    }
    co_return ec;
  });
  BOOST_TEST((get(f) == errc::not_found));
  BOOST_TEST(server.request_count() == 2u);
}

BOOST_AUTO_TEST_CASE(use_future_throws_rtk_error_with_diagnostics) {
  loopback_server server;
  server.push_reply({.status = 404, .body = not_found_body});
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  std::future<rtk::meeting> f = c.meetings().async_get(app, meeting_id, asio::use_future);
  BOOST_REQUIRE(f.wait_for(20s) == std::future_status::ready);
  try {
    f.get();
    BOOST_FAIL("no exception");
  } catch (const rtk::error& e) {
    BOOST_TEST((e.code() == errc::not_found));
    BOOST_TEST(e.diagnostics().http_status == 404);
  }
}

BOOST_AUTO_TEST_CASE(one_catch_of_boost_system_error_sees_rtk_errors_too) {
  loopback_server server;
  server.push_reply({.status = 404, .body = not_found_body});
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  auto f = start(io.executor(), [&]() -> asio::awaitable<rtk::error_code> {
    try {
      co_await c.meetings().async_get(app, meeting_id);
    } catch (const boost::system::system_error& e) {
      co_return e.code();
    }
    co_return rtk::error_code{};
  });
  BOOST_TEST((get(f) == errc::not_found));
}

BOOST_AUTO_TEST_CASE(as_tuple_and_diagnostics_give_the_code_without_throwing) {
  loopback_server server;
  server.push_reply({.status = 404, .body = not_found_body});
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  auto f = start(io.executor(), get_meeting(c));
  auto out = get(f);
  BOOST_TEST((out.ec == errc::not_found));
  BOOST_TEST(out.diag.http_status == 404);
  BOOST_TEST(*out.diag.api_code == 2004);
}

BOOST_AUTO_TEST_CASE(diagnostics_without_options_with_and_without_a_token) {
  loopback_server server;
  server.push_reply({.status = 404, .body = not_found_body});
  server.push_reply({.status = 404, .body = not_found_body});
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  auto f = start(io.executor(), [&]() -> asio::awaitable<int> {
    rtk::diagnostics with_token;
    auto [ec, m] = co_await c.meetings().async_get(app, meeting_id, with_token,
                                                   asio::as_tuple(asio::use_awaitable));
    BOOST_TEST((ec == errc::not_found));
    rtk::diagnostics thrown_too;
    try {
      co_await c.meetings().async_get(app, meeting_id, thrown_too);
    } catch (const rtk::error& e) {
      BOOST_TEST((e.code() == errc::not_found));
    }
    co_return with_token.http_status + thrown_too.http_status;
  });
  BOOST_TEST(get(f) == 808);
}

// Options written inline; a GET's query given inline, named, or left out: each call sends what
// it says, and `{.attempt_timeout = ...}` is never taken for a query.
BOOST_FIXTURE_TEST_CASE(inline_options_and_an_optional_query, meeting_server_and_client) {
  auto f = start(io.executor(), [&]() -> asio::awaitable<int> {
    auto meetings = c.meetings();
    co_await meetings.async_get(app, meeting_id);
    // Braced temporaries inside co_await: what GCC 12 destroys twice when their type has a
    // non-trivial destructor; requests and call_options have none (this file runs under ASan).
    co_await meetings.async_get(app, meeting_id, {.attempt_timeout = 5s});
    co_await meetings.async_get(app, meeting_id, {.name = "Ada"});
    const rtk::get_meeting_query named{.name = "Grace"};
    const rtk::call_options opts{.attempt_timeout = 5s};
    rtk::diagnostics diag;
    co_await meetings.async_get(app, meeting_id, named, opts, diag);
    co_return diag.http_status;
  });
  BOOST_TEST(get(f) == 200);
  const auto got = server.requests();
  BOOST_REQUIRE(got.size() == 4u);
  const std::string path = "/accounts/" + std::string(account) + "/realtime/kit/" +
                           std::string(app) + "/meetings/" + std::string(meeting_id);
  BOOST_TEST(got[0].target.ends_with(path), got[0].target);
  BOOST_TEST(got[1].target.ends_with(path), got[1].target);
  BOOST_TEST(got[2].target.ends_with(path + "?name=Ada"), got[2].target);
  BOOST_TEST(got[3].target.ends_with(path + "?name=Grace"), got[3].target);
}

// A braced request inside co_await, as a user writes it: its strings, lists and nested objects
// are borrowed, read before the call function returns, and sent as given.
BOOST_FIXTURE_TEST_CASE(a_braced_request_inside_co_await, meeting_server_and_client) {
  auto f = start(io.executor(), [&]() -> asio::awaitable<std::string> {
    const std::string title = std::string(40, 't');  // on the heap, not in the string itself
    const rtk::ai_config ai{
        .transcription = rtk::transcription_config{.language = rtk::transcription_language::de}};
    co_await c.meetings().async_create(app, {.title = "x"});
    const rtk::meeting m = co_await c.meetings().async_create(
        app, {.ai_config = ai, .record_on_start = false, .title = title}, {.attempt_timeout = 5s});
    co_return m.id;
  });
  BOOST_TEST(!get(f).empty());
  const auto got = server.requests();
  BOOST_REQUIRE(got.size() == 2u);
  BOOST_TEST(got[0].body == R"({"title":"x"})");
  BOOST_TEST(got[1].body == R"({"ai_config":{"transcription":{"language":"de"}},)"
                            R"("record_on_start":false,"title":")" +
                                std::string(40, 't') + R"("})");
}

// An app's handle: the same operations without app_id, sent to that app's paths.
BOOST_FIXTURE_TEST_CASE(an_app_handle_fills_in_the_app, meeting_server_and_client) {
  auto f = start(io.executor(), [&]() -> asio::awaitable<std::string> {
    auto my_app = c.app("app-7");
    const rtk::meeting m = co_await my_app.meetings().async_get(meeting_id);
    co_await my_app.meetings().async_create({.title = "x"}, {.attempt_timeout = 5s});
    co_return m.id;
  });
  BOOST_TEST(!get(f).empty());
  const auto got = server.requests();
  BOOST_REQUIRE(got.size() == 2u);
  const std::string meetings = "/accounts/" + std::string(account) + "/realtime/kit/app-7/meetings";
  BOOST_TEST(got[0].target.ends_with(meetings + "/" + std::string(meeting_id)), got[0].target);
  BOOST_TEST(got[1].target.ends_with(meetings), got[1].target);
  BOOST_TEST(got[1].body == R"({"title":"x"})");
  BOOST_CHECK_THROW(c.app(""), rtk::error);
}

// The README tour's shape: one io_context run by main, calls made, the coroutine returns.
// run() returns at once, while the connection was kept for reuse between the calls.
BOOST_AUTO_TEST_CASE(run_returns_as_soon_as_the_last_call_completes) {
  loopback_server server;
  server.set_handler(
      [](const received_request&) { return scripted_reply{.body = meeting_body()}; });
  asio::io_context ioc;
  rtk::client c(ioc.get_executor(), options_for(server));
  std::chrono::steady_clock::time_point completed;
  int calls = 0;
  asio::co_spawn(
      ioc,
      [&]() -> asio::awaitable<void> {
        for (int i = 0; i < 3; ++i) {
          co_await c.meetings().async_get(app, meeting_id);
          ++calls;
        }
        completed = std::chrono::steady_clock::now();
      },
      asio::detached);
  // A bound on the test itself, should run() not return: stop() from another thread.
  std::promise<void> returned;
  std::thread watchdog([&, f = returned.get_future()] {
    if (f.wait_for(20s) != std::future_status::ready) ioc.stop();
  });
  ioc.run();
  const auto returned_at = std::chrono::steady_clock::now();
  returned.set_value();
  watchdog.join();
  BOOST_TEST(calls == 3);
  BOOST_TEST(server.accepted_connections() == 1u);
  BOOST_TEST(
      std::chrono::duration_cast<std::chrono::milliseconds>(returned_at - completed).count() < 100);
}

BOOST_AUTO_TEST_SUITE_END()
