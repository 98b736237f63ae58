// The emulator's own behaviour, whatever the resource: authentication, routing, envelopes,
// bodies it cannot read, the control endpoint, fault injection, HTTPS and stopping.

#include "fixture.hpp"
#include "support/test_ca.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

using namespace rtk_emu_test;
using rtk::errc;

namespace {

namespace beast = boost::beast;
namespace http = beast::http;

struct raw_answer {
  unsigned status = 0;
  json::value body{};
  http::fields headers{};
};

// One request over a plain socket: what no typed call can send (broken JSON, unknown routes).
raw_answer raw(const rtk::emulator& emu, http::verb method, const std::string& target,
               const std::string& body = {}, bool with_token = true) {
  asio::io_context ioc;
  asio::ip::tcp::socket socket(ioc);
  socket.connect({asio::ip::make_address("127.0.0.1"), emu.port()});
  http::request<http::string_body> req{method, target, 11};
  req.set(http::field::host, "127.0.0.1");
  if (with_token) req.set(http::field::authorization, std::string("Bearer ") + token);
  if (!body.empty()) req.set(http::field::content_type, "application/json");
  req.body() = body;
  req.prepare_payload();
  http::write(socket, req);
  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  http::read(socket, buffer, res);
  raw_answer out{res.result_int(), {}, res.base()};
  if (!res.body().empty()) out.body = json::parse(res.body());
  return out;
}

// A request head announcing a body of `size` bytes, and no body: the answer to the head alone.
unsigned status_for_announced_body(const rtk::emulator& emu, const std::string& target,
                                   std::size_t size) {
  asio::io_context ioc;
  asio::ip::tcp::socket socket(ioc);
  socket.connect({asio::ip::make_address("127.0.0.1"), emu.port()});
  http::request<http::empty_body> req{http::verb::post, target, 11};
  req.set(http::field::host, "127.0.0.1");
  req.set(http::field::authorization, std::string("Bearer ") + token);
  req.content_length(size);
  http::request_serializer<http::empty_body> head{req};
  http::write_header(socket, head);
  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  http::read(socket, buffer, res);
  return res.result_int();
}

const std::string kit = std::string("/client/v4/accounts/") + account + "/realtime/kit/";

// The gateway's envelope, with this error code.
bool is_gateway_error(const json::value& body, std::int64_t code) try {
  const auto& o = body.as_object();
  return o.at("success") == false && o.at("result").is_null() &&
         o.at("messages").as_array().empty() &&
         o.at("errors").as_array().at(0).at("code").to_number<std::int64_t>() == code;
} catch (const std::exception&) {
  return false;  // not that envelope at all
}

// RealtimeKit's own envelope, with this code.
bool is_api_error(const json::value& body, std::int64_t code) try {
  const auto& o = body.as_object();
  return o.at("success") == false && o.at("error").at("code").to_number<std::int64_t>() == code &&
         o.at("error").at("message").is_string();
} catch (const std::exception&) {
  return false;  // not that envelope at all
}

asio::awaitable<rtk::meeting> create_meeting(rtk::client& c, std::string title) {
  rtk::create_meeting_request req{};
  req.title = title;
  co_return co_await c.meetings().async_create(app, req);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(emulator_core)

BOOST_AUTO_TEST_CASE(a_wrong_or_missing_token_gets_the_gateways_401) {
  rtk::emulator emu({.token = "the-right-token", .app_ids = {app}});
  auto opts = client_options_for(emu);
  opts.auth = rtk::api_token{"a-wrong-token"};
  asio::io_context ioc;
  rtk::client c(ioc.get_executor(), opts);
  rtk::diagnostics diag;
  auto call = start_list_apps(ioc, c, diag);
  run_until_ready(ioc, call);
  try {
    call.get();
    BOOST_FAIL("a wrong token was accepted");
  } catch (const rtk::error& e) {
    BOOST_TEST((e.code() == errc::unauthorized));
    BOOST_TEST(std::string(e.what()).find("a-wrong-token") == std::string::npos);
  }
  BOOST_TEST(diag.api_code.value_or(0) == 10000);
  BOOST_TEST(diag.api_message == "Authentication error");
  auto missing = raw(emu, http::verb::get, kit + "apps", {}, false);
  BOOST_TEST(missing.status == 401u);
  BOOST_TEST(is_gateway_error(missing.body, 10000), json::serialize(missing.body));
}

BOOST_AUTO_TEST_CASE(the_right_token_and_the_legacy_key_pair_are_accepted) {
  rtk::emulator emu({.token = "the-right-token", .app_ids = {app}});
  for (rtk::credentials creds :
       {rtk::credentials{rtk::api_token{"the-right-token"}},
        rtk::credentials{rtk::api_key{"me@example.com", "the-right-token"}}}) {
    auto opts = client_options_for(emu);
    opts.auth = creds;
    asio::io_context ioc;
    rtk::client c(ioc.get_executor(), opts);
    rtk::diagnostics diag;
    auto call = start_list_apps(ioc, c, diag);
    run_until_ready(ioc, call);
    auto apps = call.get();
    BOOST_TEST_REQUIRE(apps.items.size() == 1u);
    BOOST_TEST((apps.items[0].id == app));
  }
}

BOOST_AUTO_TEST_CASE(unknown_routes_methods_and_bodies_get_clear_errors) {
  rtk::emulator emu({.app_ids = {app}});
  auto no_route = raw(emu, http::verb::get, kit + app + "/no-such-thing");
  BOOST_TEST(no_route.status == 404u);
  BOOST_TEST(is_gateway_error(no_route.body, 7003), json::serialize(no_route.body));
  auto wrong_method = raw(emu, http::verb::delete_, kit + app + "/meetings");
  BOOST_TEST(wrong_method.status == 405u);
  BOOST_TEST(is_gateway_error(wrong_method.body, 7001));
  auto broken = raw(emu, http::verb::post, kit + app + "/meetings", R"({"title": )");
  BOOST_TEST(broken.status == 400u);
  BOOST_TEST(is_api_error(broken.body, 400), json::serialize(broken.body));
  auto not_object = raw(emu, http::verb::post, kit + app + "/meetings", "[1, 2]");
  BOOST_TEST(not_object.status == 400u);
  BOOST_TEST(is_api_error(not_object.body, 400));
  auto unknown_app = raw(emu, http::verb::get, kit + "no-such-app/meetings");
  BOOST_TEST(unknown_app.status == 404u);
  BOOST_TEST(is_api_error(unknown_app.body, 404));
  BOOST_TEST(unknown_app.body.at("error").at("message") == "App not found");
  BOOST_TEST(status_for_announced_body(emu, kit + app + "/meetings", 2 << 20) == 413u);
  BOOST_TEST(!no_route.headers["cf-ray"].empty());
}

BOOST_AUTO_TEST_CASE(the_control_endpoint_answers_over_http_too) {
  rtk::emulator emu({.app_ids = {app}});
  auto added = raw(emu, http::verb::post, "/__emulator/faults",
                   R"({"status": 500, "count": 3, "path_contains": "/presets"})", false);
  BOOST_TEST(added.status == 201u);
  auto listed = raw(emu, http::verb::get, "/__emulator/faults", {}, false);
  BOOST_TEST_REQUIRE(listed.body.at("data").as_array().size() == 1u);
  BOOST_TEST(listed.body.at("data").at(0).at("count") == 3);
  raw(emu, http::verb::delete_, "/__emulator/faults", {}, false);
  auto empty = raw(emu, http::verb::get, "/__emulator/faults", {}, false);
  BOOST_TEST(empty.body.at("data").as_array().empty());
  auto useless = raw(emu, http::verb::post, "/__emulator/faults", R"({"count": 2})", false);
  BOOST_TEST(useless.status == 422u);
  // Found by fuzz_emulator: an integer beyond int64 sent as a double was converted before its
  // range was checked (undefined). It is the wrong type, like any other non-integer.
  auto huge = raw(emu, http::verb::post, "/__emulator/faults",
                  R"({"status": 503, "count": 9.05556e125})", false);
  BOOST_TEST(huge.status == 422u);
  auto unknown = raw(emu, http::verb::get, "/__emulator/nothing", {}, false);
  BOOST_TEST(unknown.status == 404u);
  raw(emu, http::verb::get, kit + "apps");
  auto stats = raw(emu, http::verb::get, "/__emulator/stats", {}, false);
  BOOST_TEST(stats.body.at("data").at("requests_served") == 1);
}

BOOST_AUTO_TEST_CASE(an_injected_503_with_retry_after_is_retried_by_the_client) {
  emulated e;
  e.control("POST", "faults", R"({"status": 503, "retry_after": "0", "count": 2})");
  auto opts = client_options_for(e.emu);
  opts.retry = std::make_shared<rtk::limited_retry_policy>(2);
  asio::io_context ioc;
  rtk::client c(ioc.get_executor(), opts);
  rtk::diagnostics diag;
  auto call = start_list_apps(ioc, c, diag);
  run_until_ready(ioc, call);
  BOOST_TEST(call.get().items.size() == 1u);
  BOOST_TEST(diag.attempts == 3);
  BOOST_TEST(e.emu.requests_served() == 3u);
}

BOOST_AUTO_TEST_CASE(a_post_refused_with_429_is_retried_and_creates_one_meeting) {
  emulated e;
  e.control(
      "POST", "faults",
      R"({"method": "POST", "path_contains": "/meetings", "status": 429, "retry_after_ms": "10"})");
  auto opts = client_options_for(e.emu);
  opts.retry = std::make_shared<rtk::limited_retry_policy>(2);
  asio::io_context ioc;
  rtk::client c(ioc.get_executor(), opts);
  auto made = asio::co_spawn(ioc, create_meeting(c, "retried"), asio::use_future);
  run_until_ready(ioc, made);
  BOOST_TEST((made.get().title == "retried"));
  e.run([&]() -> asio::awaitable<void> {
    rtk::list_meetings_query all{};
    auto page = co_await e.client.meetings().async_list(app, all);
    BOOST_TEST(page.items.size() == 1u);
  });
}

BOOST_AUTO_TEST_CASE(a_dropped_connection_is_retried_for_a_get_and_unknown_for_a_post) {
  emulated e;
  auto opts = client_options_for(e.emu);
  opts.retry = std::make_shared<rtk::limited_retry_policy>(2);
  asio::io_context ioc;
  rtk::client c(ioc.get_executor(), opts);
  e.control("POST", "faults", R"({"method": "GET", "drop": true})");
  rtk::diagnostics diag;
  auto listed = start_list_apps(ioc, c, diag);
  e.control("POST", "faults", R"({"method": "POST", "drop": true})");
  auto created = asio::co_spawn(ioc, create_meeting(c, "dropped"), asio::use_future);
  run_until_ready(ioc, listed);
  run_until_ready(ioc, created);
  BOOST_TEST(listed.get().items.size() == 1u);
  BOOST_TEST(diag.attempts == 2);
  try {
    created.get();
    BOOST_FAIL("a dropped POST succeeded");
  } catch (const rtk::error& err) {
    BOOST_TEST((err.code() == errc::outcome_unknown), err.what());
  }
}

BOOST_AUTO_TEST_CASE(injected_latency_delays_the_answer_past_a_timeout) {
  emulated e;
  e.control("POST", "faults", R"({"latency_ms": 400, "count": 1})");
  e.run([&]() -> asio::awaitable<void> {
    rtk::call_options quick{};
    quick.attempt_timeout = 100ms;
    rtk::list_apps_query all{};
    auto slow_call = e.client.apps().async_list(all, quick);
    auto slow = co_await failure_of(std::move(slow_call));
    BOOST_TEST((slow.ec == errc::timeout), slow.ec.message());
    auto started = std::chrono::steady_clock::now();
    auto apps = co_await e.client.apps().async_list(all);
    BOOST_TEST(apps.items.size() == 1u);
    BOOST_TEST((std::chrono::steady_clock::now() - started < 300ms));
  });
}

BOOST_AUTO_TEST_CASE(reset_forgets_everything_but_the_configured_apps) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    rtk::create_app_request req{};
    req.name = "second";
    co_await e.client.apps().async_create(req);
    rtk::list_apps_query all{};
    auto two = co_await e.client.apps().async_list(all);
    BOOST_TEST(two.items.size() == 2u);
  });
  e.control("POST", "reset");
  e.run([&]() -> asio::awaitable<void> {
    rtk::list_apps_query all{};
    auto one = co_await e.client.apps().async_list(all);
    BOOST_TEST_REQUIRE(one.items.size() == 1u);
    BOOST_TEST((one.items[0].id == app));
  });
}

BOOST_AUTO_TEST_CASE(https_with_a_given_certificate) {
  rtk_test::test_ca ca;
  auto pem = ca.issue("emulator", {"IP:127.0.0.1"});
  rtk::emulator emu({.app_ids = {app}, .cert_file = pem.cert_file, .key_file = pem.key_file});
  BOOST_TEST(emu.base_url().rfind("https://127.0.0.1:", 0) == 0u);
  auto opts = client_options_for(emu);
  opts.tls.ca_file = ca.ca_file();
  asio::io_context ioc;
  rtk::client c(ioc.get_executor(), opts);
  rtk::diagnostics diag;
  auto call = start_list_apps(ioc, c, diag);
  run_until_ready(ioc, call);
  BOOST_TEST(call.get().items.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_bad_certificate_or_address_is_refused_at_start) {
  BOOST_CHECK_THROW(
      rtk::emulator({.cert_file = "/nonexistent.pem", .key_file = "/nonexistent.key"}),
      std::runtime_error);
  BOOST_CHECK_THROW(rtk::emulator({.host = "not-an-address"}), std::runtime_error);
  rtk::emulator first;
  BOOST_CHECK_THROW(rtk::emulator({.port = first.port()}), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(stop_closes_open_connections_and_is_idempotent) {
  rtk::emulator emu({.app_ids = {app}});
  // A client holding a kept-alive connection and a request waiting on injected latency.
  emu.control("POST", "faults", R"({"latency_ms": 60000})");
  asio::io_context ioc;
  rtk::client c(ioc.get_executor(), client_options_for(emu));
  rtk::diagnostics diag;
  auto waiting = start_list_apps(ioc, c, diag);
  while (emu.requests_served() == 0) ioc.run_one_for(10ms);
  auto started = std::chrono::steady_clock::now();
  emu.stop();
  emu.stop();
  BOOST_TEST((std::chrono::steady_clock::now() - started < 2s));
  run_until_ready(ioc, waiting);
  BOOST_CHECK_THROW(waiting.get(), rtk::error);
  BOOST_TEST(emu.control("GET", "stats").status == 503u);
}

BOOST_AUTO_TEST_SUITE_END()
