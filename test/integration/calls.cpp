// Whole calls over real loopback sockets: what goes on the wire, what comes back, and every
// completion-token form.

#include "fixture.hpp"

#include <boost/json/parse.hpp>
#include <boost/test/unit_test.hpp>

using namespace rtk_test;

BOOST_AUTO_TEST_SUITE(calls)

BOOST_AUTO_TEST_CASE(fetching_a_meeting_decodes_it_and_sends_the_documented_headers) {
  loopback_server server;
  server.push_reply({.headers = {{"cf-ray", "8d1e2f-LHR"}}, .body = meeting_body()});
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  auto f = start(io.executor(), get_meeting(c));
  auto out = get(f);
  BOOST_TEST(!out.ec, out.ec.message());
  BOOST_TEST(out.value.id == meeting_id);
  BOOST_TEST(*out.value.title == "standup");
  BOOST_TEST(out.diag.http_status == 200);
  BOOST_TEST(out.diag.request_id == "8d1e2f-LHR");
  BOOST_TEST(out.diag.attempts == 1);

  auto req = server.requests().at(0);
  BOOST_TEST(req.method == "GET");
  BOOST_TEST(req.target == std::string("/client/v4/accounts/") + account + "/realtime/kit/" + app +
                               "/meetings/" + meeting_id);
  BOOST_TEST(req.header("Accept") == "application/json");
  BOOST_TEST(req.header("Authorization") == std::string("Bearer ") + test_token);
  BOOST_TEST(req.header("User-Agent") == "rtk/0.1.0");
  BOOST_TEST(req.header("Host") == "127.0.0.1:" + std::to_string(server.port()));
  BOOST_TEST(!req.has_header("Content-Type"));
  BOOST_TEST(!req.has_header("Content-Length"));
}

BOOST_AUTO_TEST_CASE(creating_a_meeting_posts_its_json_body) {
  loopback_server server;
  server.push_reply({.body = meeting_body("new-id")});
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  auto f = start(io.executor(), [&]() -> asio::awaitable<rtk::meeting> {
    // Named, not a braced temporary inside co_await: GCC 12 miscompiles those (see README).
    rtk::create_meeting_request request{.record_on_start = true, .title = "standup"};
    co_return co_await c.meetings().async_create(app, request);  // default token: throws
  });
  BOOST_TEST(get(f).id == "new-id");
  auto req = server.requests().at(0);
  BOOST_TEST(req.method == "POST");
  BOOST_TEST(req.target ==
             std::string("/client/v4/accounts/") + account + "/realtime/kit/" + app + "/meetings");
  BOOST_TEST(req.header("Content-Type") == "application/json");
  BOOST_TEST(req.header("Content-Length") == std::to_string(req.body.size()));
  BOOST_TEST(boost::json::parse(req.body) ==
             boost::json::parse(R"({"record_on_start":true,"title":"standup"})"));
}

BOOST_AUTO_TEST_CASE(an_empty_create_sends_an_empty_object) {
  loopback_server server;
  server.push_reply({.body = meeting_body()});
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  auto f = start(io.executor(), [&]() -> asio::awaitable<rtk::meeting> {
    rtk::create_meeting_request empty;
    co_return co_await c.meetings().async_create(app, empty);
  });
  get(f);
  BOOST_TEST(server.requests().at(0).body == "{}");
}

BOOST_AUTO_TEST_CASE(the_default_token_throws_rtk_error_with_diagnostics) {
  loopback_server server;
  server.push_reply(
      {.status = 404, .body = R"({"success":false,"error":{"code":2004,"message":"No meeting"}})"});
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  auto f = start(io.executor(), [&]() -> asio::awaitable<std::string> {
    try {
      co_await c.meetings().async_get(app, meeting_id);
    } catch (const rtk::error& e) {
      BOOST_TEST((e.code() == rtk::errc::not_found));
      BOOST_TEST(e.diagnostics().http_status == 404);
      BOOST_TEST(*e.diagnostics().api_code == 2004);
      co_return e.what();
    }
    co_return "no exception";
  });
  BOOST_TEST(get(f) ==
             "rtk: not found (HTTP 404) [HTTP 404; API error 2004: No meeting; 1 attempt (stopped: "
             "not retryable)]");
}

BOOST_AUTO_TEST_CASE(a_plain_callback_gets_the_error_code_and_the_value) {
  loopback_server server;
  server.push_reply({.body = meeting_body()});
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  std::promise<std::pair<rtk::error_code, std::string>> done;
  c.meetings().async_get(app, meeting_id, [&](rtk::error_code ec, rtk::meeting m) {
    done.set_value({ec, m.id});
  });
  auto f = done.get_future();
  auto [ec, id] = get(f);
  BOOST_TEST(!ec);
  BOOST_TEST(id == meeting_id);
}

BOOST_AUTO_TEST_CASE(the_account_can_be_chosen_per_call) {
  loopback_server server;
  server.push_reply({.body = meeting_body()});
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  auto f = start(io.executor(), get_meeting(c, {.account_id = "other-account"}));
  BOOST_TEST(!get(f).ec);
  BOOST_TEST(server.requests().at(0).target.find("/accounts/other-account/") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(sequential_calls_reuse_one_connection, meeting_server_and_client) {
  auto f = start(io.executor(), [&]() -> asio::awaitable<int> {
    int ok = 0;
    for (int i = 0; i < 20; ++i) {
      auto out = co_await get_meeting(c);
      ok += out.ec ? 0 : 1;
    }
    co_return ok;
  });
  BOOST_TEST(get(f) == 20);
  BOOST_TEST(server.accepted_connections() == 1u);
  BOOST_TEST(server.request_count() == 20u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(invalid_input)

BOOST_AUTO_TEST_CASE(bad_ids_and_bodies_are_refused_before_any_byte_is_sent) {
  loopback_server server;
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  struct bad_call {
    std::string app_id, meeting, title, expected_reason;
    rtk::call_options opts;
  };
  std::vector<bad_call> cases{
      {"", meeting_id, "t", "app_id must not be empty", {}},
      {"..", meeting_id, "t", "app_id must not be '.' or '..'", {}},
      {app, ".", "t", "meeting_id must not be '.' or '..'", {}},
      {app, std::string("\xFF"), "t", "meeting_id is not valid UTF-8", {}},
      {app, meeting_id, std::string("\xC3"), "title is not valid UTF-8", {}},
  };
  for (const auto& bc : cases) {
    auto f = start(io.executor(), [&]() -> asio::awaitable<outcome<rtk::meeting>> {
      outcome<rtk::meeting> out;
      if (bc.meeting == meeting_id) {
        rtk::create_meeting_request request{.title = bc.title};
        auto [ec, m] = co_await c.meetings().async_create(bc.app_id, request, bc.opts, out.diag,
                                                          asio::as_tuple(asio::use_awaitable));
        out.ec = ec;
      } else {
        auto [ec, m] = co_await c.meetings().async_get(bc.app_id, bc.meeting, bc.opts, out.diag,
                                                       asio::as_tuple(asio::use_awaitable));
        out.ec = ec;
      }
      co_return out;
    });
    auto out = get(f);
    BOOST_TEST((out.ec == rtk::errc::invalid_argument), bc.expected_reason);
    BOOST_TEST(out.diag.client_message == bc.expected_reason);
  }
  // An account id is needed too, from the options or the call.
  rtk::client_options no_account = options_for(server);
  no_account.account_id.clear();
  rtk::client c2(io.executor(), no_account);
  auto f = start(io.executor(), get_meeting(c2));
  auto out = get(f);
  BOOST_TEST((out.ec == rtk::errc::invalid_argument));
  BOOST_TEST(out.diag.client_message == "account_id must not be empty");

  BOOST_TEST(server.accepted_connections() == 0u);
  BOOST_TEST(server.request_count() == 0u);
}

BOOST_AUTO_TEST_CASE(a_refused_call_does_not_complete_inside_the_initiating_call) {
  loopback_server server;
  asio::io_context ioc;
  rtk::client c(ioc.get_executor(), options_for(server));
  bool completed = false;
  c.meetings().async_get("", meeting_id, [&](rtk::error_code ec, rtk::meeting) {
    BOOST_TEST((ec == rtk::errc::invalid_argument));
    completed = true;
  });
  BOOST_TEST(!completed);
  ioc.run();
  BOOST_TEST(completed);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(faithful_results)

BOOST_AUTO_TEST_CASE(required_members_the_server_left_out_are_reported_not_invented) {
  loopback_server server;
  const std::string body = R"({"success":true,"data":{"id":"m-1","title":"x"}})";
  server.push_reply({.body = body});
  server.push_reply({.body = meeting_body()});
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  auto partial = start(io.executor(), get_meeting(c, {.keep_response_body = true}));
  auto out = get(partial);
  BOOST_TEST(!out.ec);
  BOOST_TEST(
      out.diag.missing_fields == (std::vector<std::string>{"data.created_at", "data.updated_at"}),
      boost::test_tools::per_element());
  BOOST_TEST(out.diag.response_body == body);
  BOOST_TEST(out.diag.to_string().find("m-1") == std::string::npos);
  auto complete = start(io.executor(), get_meeting(c));
  out = get(complete);
  BOOST_TEST(out.diag.missing_fields.empty());
  BOOST_TEST(out.diag.response_body.empty());
}

BOOST_AUTO_TEST_SUITE_END()
