// The rtk-emulator program: prints its base URL, serves, and exits 0 on SIGTERM or SIGINT.

#include "fixture.hpp"
#include "plain_http.hpp"
#include "support/child_process.hpp"

#include <chrono>
#include <csignal>
#include <cstdint>
#include <string>
#include <vector>

using namespace rtk_emu_test;

namespace {

// A running rtk-emulator with its stdout on a pipe. Killed if a test leaves it running.
struct program : rtk_test::child_process {
  explicit program(std::vector<std::string> args) : child_process(RTK_EMULATOR, std::move(args)) {}
  // The first line it printed, without the newline; "" if it printed none.
  std::string first_line() { return next_line(std::chrono::seconds(30)).value_or(""); }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(emulator_program)

BOOST_AUTO_TEST_CASE(it_prints_its_url_serves_and_stops_cleanly_on_each_signal) {
  for (int sig : {SIGTERM, SIGINT}) {
    program p({"--app", "my-app"});
    std::string url = p.first_line();
    BOOST_TEST_REQUIRE(url.rfind("http://127.0.0.1:", 0) == 0u, url);
    BOOST_TEST(url.substr(url.size() - 10) == "/client/v4");
    rtk::client_options opts;
    opts.base_url = url;
    opts.auth = rtk::api_token{token};
    opts.account_id = account;
    asio::io_context ioc;
    rtk::client c(ioc.get_executor(), opts);
    rtk::diagnostics diag;
    auto call = start_list_apps(ioc, c, diag);
    run_until_ready(ioc, call);
    auto apps = call.get();
    BOOST_TEST_REQUIRE(apps.items.size() == 1u);
    BOOST_TEST((apps.items[0].id == "my-app"));
    BOOST_TEST(p.stop(sig) == 0);
  }
}

BOOST_AUTO_TEST_CASE(help_exits_0_and_bad_arguments_exit_1) {
  BOOST_TEST(program({"--help"}).stop(0) == 0);
  BOOST_TEST(program({"--port", "seventy"}).stop(0) == 1);
  BOOST_TEST(program({"--no-such-option", "x"}).stop(0) == 1);
  BOOST_TEST(program({"--cert", "/nonexistent.pem", "--key", "/nonexistent.key"}).stop(0) == 1);
  BOOST_TEST(program({"--webhook-key", "/nonexistent.pem"}).stop(0) == 1);
}

BOOST_AUTO_TEST_CASE(rate_limit_sets_the_limit_and_bad_values_exit_1) {
  program p({"--rate-limit", "2/60"});
  std::string url = p.first_line();
  BOOST_TEST_REQUIRE(url.rfind("http://127.0.0.1:", 0) == 0u, url);
  auto port =
      static_cast<std::uint16_t>(std::stoi(url.substr(std::string("http://127.0.0.1:").size())));
  http_reply limit =
      http_call(port, boost::beast::http::verb::get, "/__emulator/rate-limit", {}, false);
  BOOST_TEST(limit.status == 200u);
  BOOST_TEST(json::parse(limit.body).at("data") ==
             json::parse(R"({"quota": 2, "window_seconds": 60})"));
  BOOST_TEST(p.stop(SIGTERM) == 0);
  for (const char* bad : {"0/60", "3/0", "3", "3/", "/60", "x/60", "3/60s", "-1/60", "+3/60",
                          "4294967296/60", "3/4294967296"})
    BOOST_TEST(program({"--rate-limit", bad}).stop(0) == 1, bad);
}

BOOST_AUTO_TEST_SUITE_END()
