// Every way a response or a connection can fail maps to a typed error with useful, secret-free
// diagnostics; broken connections are never reused.

#include "fixture.hpp"

#include <boost/test/unit_test.hpp>

using namespace rtk_test;
using rtk::errc;

namespace {

std::string rtk_envelope(int code, const std::string& message) {
  return R"({"success":false,"error":{"code":)" + std::to_string(code) + R"(,"message":")" +
         message + R"("}})";
}

std::string gateway_envelope(int code, const std::string& message) {
  return R"({"success":false,"errors":[{"code":)" + std::to_string(code) + R"(,"message":")" +
         message + R"("}],"messages":[],"result":null})";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(status_errors)

BOOST_AUTO_TEST_CASE(each_status_maps_to_its_errc_with_either_envelope) {
  const std::vector<std::pair<int, errc>> table{
      {400, errc::bad_request},  {401, errc::unauthorized}, {403, errc::forbidden},
      {404, errc::not_found},    {409, errc::conflict},     {422, errc::unprocessable},
      {429, errc::rate_limited}, {500, errc::server_error}, {503, errc::server_error},
      {408, errc::http_error},   {413, errc::http_error}};
  for (auto [status, expected] : table) {
    for (bool gateway : {false, true}) {
      loopback_server server;
      server.push_reply({.status = status,
                         .body = gateway ? gateway_envelope(10000 + status, "gw says no")
                                         : rtk_envelope(status, "kit says no")});
      auto out = one_call(options_for(server));
      BOOST_TEST((out.ec == expected), "status " << status);
      BOOST_TEST(out.diag.http_status == status);
      BOOST_TEST(*out.diag.api_code == (gateway ? 10000 + status : status));
      BOOST_TEST(out.diag.api_message == (gateway ? "gw says no" : "kit says no"));
    }
  }
}

BOOST_AUTO_TEST_CASE(an_html_502_from_a_proxy_keeps_the_status_and_an_excerpt) {
  loopback_server server;
  server.push_reply({.status = 502,
                     .headers = {{"Content-Type", "text/html"}},
                     .body = "<html><body><h1>502 Bad Gateway</h1></body></html>"});
  auto out = one_call(options_for(server));
  BOOST_TEST((out.ec == errc::server_error));
  BOOST_TEST(out.diag.http_status == 502);
  BOOST_TEST(!out.diag.api_code.has_value());
  BOOST_TEST(out.diag.body_excerpt == "<html><body><h1>502 Bad Gateway</h1></body></html>");
}

BOOST_AUTO_TEST_CASE(an_empty_error_body_is_still_a_clear_error) {
  loopback_server server;
  server.push_reply({.status = 500, .body = ""});
  auto out = one_call(options_for(server));
  BOOST_TEST((out.ec == errc::server_error));
  BOOST_TEST(out.diag.body_excerpt == "(empty body)");
}

BOOST_AUTO_TEST_CASE(a_2xx_that_is_not_json_is_a_malformed_response) {
  loopback_server server;
  server.push_reply({.body = R"({"success":true,"data":{"id":)"});
  auto out = one_call(options_for(server));
  BOOST_TEST((out.ec == errc::malformed_response));
  BOOST_TEST(out.diag.http_status == 200);
}

BOOST_AUTO_TEST_CASE(bytes_that_are_not_http_are_a_malformed_response) {
  loopback_server server;
  server.push_reply({.close_after = true, .raw = std::string("SMTP ready\r\n\r\n")});
  auto out = one_call(options_for(server));
  BOOST_TEST((out.ec == errc::malformed_response), out.ec.message());
}

BOOST_AUTO_TEST_CASE(secrets_never_reach_an_error_text) {
  loopback_server server;
  // A server (or proxy) that echoes the credential back must not get it into our errors.
  server.push_reply(
      {.status = 401, .body = gateway_envelope(10000, std::string("bad token ") + test_token)});
  server.push_reply({.status = 502, .body = std::string("<p>") + test_token + "</p>"});
  // A success whose body is not JSON is quoted too (malformed_response): scrubbed the same way.
  server.push_reply({.status = 200, .body = std::string("<p>") + test_token + "</p>"});
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  for (int i = 0; i < 3; ++i) {
    auto f = start(io.executor(), [&]() -> asio::awaitable<std::string> {
      try {
        co_await c.meetings().async_get(app, meeting_id);
      } catch (const rtk::error& e) {
        co_return std::string(e.what()) + "|" + e.diagnostics().to_string() + "|" +
            e.diagnostics().api_message + "|" + e.diagnostics().body_excerpt;
      }
      co_return "";
    });
    std::string text = get(f);
    BOOST_TEST(!text.empty());
    BOOST_TEST(text.find(test_token) == std::string::npos, text);
    BOOST_TEST(text.find("[redacted]") != std::string::npos, text);
  }
}

// Storage passwords and keys in a request body are secrets too: a server that quotes them in
// its error must not get them into ours.
BOOST_AUTO_TEST_CASE(secrets_from_the_request_body_never_reach_an_error_text) {
  const std::string password = "correct-horse-battery-staple";
  const std::string key = "wJalrXUtnFEMI/K7MDENG";
  loopback_server server;
  server.push_reply(
      {.status = 422, .body = rtk_envelope(422, "bad credentials " + password + " / " + key)});
  server.push_reply(
      {.status = 502, .headers = {{"Content-Type", "text/html"}}, .body = "<p>" + key + "</p>"});
  server.push_reply(
      {.status = 201, .headers = {{"Content-Type", "text/html"}}, .body = "<p>" + key + "</p>"});
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  for (int i = 0; i < 3; ++i) {
    auto f = start(io.executor(), [&]() -> asio::awaitable<std::string> {
      rtk::start_recording_request req;
      req.meeting_id = meeting_id;
      rtk::storage_config storage{.type = rtk::storage_type::sftp};
      storage.password = password;
      storage.secret = key;
      req.storage_config = storage;
      try {
        co_await c.recordings().async_start(app, req);
      } catch (const rtk::error& e) {
        co_return std::string(e.what()) + "|" + e.diagnostics().api_message + "|" +
            e.diagnostics().body_excerpt;
      }
      co_return "";
    });
    std::string text = get(f);
    BOOST_TEST(!text.empty());
    BOOST_TEST(text.find(password) == std::string::npos, text);
    BOOST_TEST(text.find(key) == std::string::npos, text);
    BOOST_TEST(text.find("[redacted]") != std::string::npos, text);
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(transport_errors)

BOOST_AUTO_TEST_CASE(a_connection_closed_mid_body_fails_and_is_not_reused) {
  loopback_server server;
  server.push_reply({.body = meeting_body(), .fault_kind = fault::close_mid_body});
  server.push_reply({.body = meeting_body()});
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  auto f1 = start(io.executor(), get_meeting(c));
  auto first = get(f1);
  BOOST_TEST((first.ec == errc::connection_failure), first.ec.message());
  BOOST_TEST(first.diag.http_status == 0);
  auto f2 = start(io.executor(), get_meeting(c));
  BOOST_TEST(!get(f2).ec);
  BOOST_TEST(server.accepted_connections() == 2u);
}

BOOST_AUTO_TEST_CASE(a_close_or_reset_before_the_response_is_a_connection_failure) {
  for (fault kind : {fault::close_before_response, fault::reset}) {
    loopback_server server;
    server.push_reply({.fault_kind = kind});
    auto out = one_call(options_for(server));
    BOOST_TEST((out.ec == errc::connection_failure), out.ec.message());
    BOOST_TEST(!out.diag.client_message.empty());
  }
}

BOOST_AUTO_TEST_CASE(nothing_listening_is_a_connection_failure) {
  std::string url;
  {
    loopback_server gone;
    url = gone.base_url();
  }
  loopback_server unused;  // options_for needs a server; only base_url differs
  auto opts = options_for(unused);
  opts.base_url = url;
  auto out = one_call(opts);
  BOOST_TEST((out.ec == errc::connection_failure), out.ec.message());
  BOOST_TEST(out.diag.client_message.find("connect to 127.0.0.1:") == 0u, out.diag.client_message);
}

BOOST_AUTO_TEST_CASE(a_stalled_server_hits_the_attempt_timeout) {
  loopback_server server;
  server.push_reply({.fault_kind = fault::stall});
  auto opts = options_for(server);
  opts.attempt_timeout = 200ms;
  auto started = std::chrono::steady_clock::now();
  auto out = one_call(opts);
  auto took = std::chrono::steady_clock::now() - started;
  BOOST_TEST((out.ec == errc::timeout), out.ec.message());
  BOOST_TEST((took >= 200ms));
  BOOST_TEST((took < 3s));
}

BOOST_AUTO_TEST_CASE(a_per_call_timeout_overrides_the_clients) {
  loopback_server server;
  server.push_reply({.body = meeting_body(), .delay = 1500ms});
  auto out = one_call(options_for(server), {.attempt_timeout = 100ms});
  BOOST_TEST((out.ec == errc::timeout));
}

BOOST_AUTO_TEST_CASE(the_total_deadline_bounds_the_call) {
  loopback_server server;
  server.push_reply({.fault_kind = fault::stall});
  auto out = one_call(options_for(server), {.deadline = std::chrono::steady_clock::now() + 150ms});
  BOOST_TEST((out.ec == errc::deadline_exceeded), out.ec.message());
}

BOOST_AUTO_TEST_CASE(a_connection_close_response_is_not_reused) {
  loopback_server server;
  server.push_reply({.body = meeting_body(), .close_after = true});
  server.push_reply({.body = meeting_body()});
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  for (int i = 0; i < 2; ++i) {
    auto f = start(io.executor(), get_meeting(c));
    BOOST_TEST(!get(f).ec);
  }
  BOOST_TEST(server.accepted_connections() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()
