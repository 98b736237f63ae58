// The emulator's rate limit: the limiter's windows with the time passed in (no sleeps), then
// the Ratelimit headers, the 429, the stats and the control endpoint over HTTP.

#include "tools/emulator/rate_limit.hpp"
#include "fixture.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <charconv>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace rtk_emu_test;

namespace {

namespace beast = boost::beast;
namespace http = beast::http;
using limiter = rtk::emu::rate_limiter;

const auto t0 = limiter::clock::time_point{} + 1000h;

// ---- Over HTTP -----------------------------------------------------------------------------

using header_list = std::vector<std::pair<std::string, std::string>>;

header_list bearer(const std::string& t) {
  return {{"Authorization", "Bearer " + t}};
}
// The legacy pair: an e-mail and a global API key.
header_list legacy_key(const std::string& key) {
  return {{"X-Auth-Email", "someone@example.com"}, {"X-Auth-Key", key}};
}

struct answer {
  unsigned status = 0;
  json::value body{};
  http::fields headers{};

  std::string header(std::string_view name) const { return std::string(headers[name]); }
};

// One request with these credential headers (none: {}).
answer call(const rtk::emulator& emu, http::verb method, const std::string& target,
            const header_list& credentials = bearer(token), const std::string& body = {}) {
  asio::io_context ioc;
  asio::ip::tcp::socket socket(ioc);
  socket.connect({asio::ip::make_address("127.0.0.1"), emu.port()});
  http::request<http::string_body> req{method, target, 11};
  req.set(http::field::host, "127.0.0.1");
  for (const auto& [name, value] : credentials) req.set(name, value);
  if (!body.empty()) req.set(http::field::content_type, "application/json");
  req.body() = body;
  req.keep_alive(false);
  req.prepare_payload();
  http::write(socket, req);
  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  http::read(socket, buffer, res);
  answer out{res.result_int(), {}, res.base()};
  if (!res.body().empty()) out.body = json::parse(res.body());
  return out;
}

const std::string kit = std::string("/client/v4/accounts/") + account + "/realtime/kit/";
const std::string apps_path = kit + "apps";

// A parameter of a Ratelimit header: r or t in "default";r=2;t=60. -1 when absent.
long long parameter(std::string_view header, std::string_view key) {
  std::string wanted = ";" + std::string(key) + "=";
  auto at = header.find(wanted);
  if (at == std::string_view::npos) return -1;
  long long n = -1;
  const char* first = header.data() + at + wanted.size();
  std::from_chars(first, header.data() + header.size(), n);
  return n;
}

// The answer's Ratelimit says r=`remaining`, with t from 1 to `window`.
void check_remaining(const answer& a, long long remaining, long long window) {
  std::string rl = a.header("Ratelimit");
  BOOST_TEST(rl.rfind("\"default\";", 0) == 0u, rl);
  BOOST_TEST(parameter(rl, "r") == remaining, rl);
  BOOST_TEST(parameter(rl, "t") >= 1, rl);
  BOOST_TEST(parameter(rl, "t") <= window, rl);
}

bool has_rate_limit_headers(const answer& a) {
  return a.headers.find("Ratelimit") != a.headers.end() ||
         a.headers.find("Ratelimit-Policy") != a.headers.end();
}

rtk::emulator::options limited(unsigned quota, std::chrono::seconds window) {
  return rtk::emulator::options{
      .app_ids = {app}, .rate_limit_quota = quota, .rate_limit_window = window};
}

// A control request's parsed reply, with its status.
std::pair<unsigned, json::value> control(rtk::emulator& emu, std::string_view method,
                                         std::string_view path, std::string_view body = {}) {
  auto r = emu.control(method, path, body);
  return {r.status, json::parse(r.body)};
}

std::int64_t rate_limited(rtk::emulator& emu) {
  return control(emu, "GET", "stats")
      .second.at("data")
      .at("rate_limited")
      .to_number<std::int64_t>();
}

}  // namespace

// ---- The limiter alone, with the time passed in --------------------------------------------

BOOST_AUTO_TEST_SUITE(rate_limiter_windows)

BOOST_AUTO_TEST_CASE(a_window_admits_the_quota_then_refuses_until_it_closes) {
  limiter l({.quota = 3, .window = 60s});
  auto first = l.admit("a", t0);
  BOOST_TEST(first.admitted);
  BOOST_TEST(first.remaining == 2u);
  BOOST_TEST(first.reset.count() == 60);
  auto second = l.admit("a", t0 + 500ms);
  BOOST_TEST(second.remaining == 1u);
  BOOST_TEST(second.reset.count() == 60);  // 59.5 s, rounded up
  auto third = l.admit("a", t0 + 59'200ms);
  BOOST_TEST(third.admitted);
  BOOST_TEST(third.remaining == 0u);
  BOOST_TEST(third.reset.count() == 1);  // 0.8 s, rounded up
  auto fourth = l.admit("a", t0 + 59'999ms);
  BOOST_TEST(!fourth.admitted);
  BOOST_TEST(fourth.remaining == 0u);
  BOOST_TEST(fourth.reset.count() == 1);  // never 0
  BOOST_TEST(l.refused() == 1u);
  // The window closes at t0 + 60 s exactly: that request opens the next one.
  auto next = l.admit("a", t0 + 60s);
  BOOST_TEST(next.admitted);
  BOOST_TEST(next.remaining == 2u);
  BOOST_TEST(next.reset.count() == 60);
}

BOOST_AUTO_TEST_CASE(a_window_opens_at_the_first_request_after_the_last_one_closed) {
  limiter l({.quota = 2, .window = 10s});
  l.admit("a", t0);
  // Nothing between t0 + 10 s and t0 + 25 s: the next window runs from t0 + 25 s to t0 + 35 s,
  // not on a grid of 10 s from t0.
  auto late = l.admit("a", t0 + 25s);
  BOOST_TEST(late.remaining == 1u);
  BOOST_TEST(late.reset.count() == 10);
  auto later = l.admit("a", t0 + 31s);
  BOOST_TEST(later.remaining == 0u);
  BOOST_TEST(later.reset.count() == 4);
  BOOST_TEST(!l.admit("a", t0 + 34'500ms).admitted);
  BOOST_TEST(l.admit("a", t0 + 35s).admitted);
}

BOOST_AUTO_TEST_CASE(a_refusal_counts_nothing_against_the_quota) {
  limiter l({.quota = 1, .window = 5s});
  BOOST_TEST(l.admit("a", t0).admitted);
  for (int i = 0; i < 3; ++i) BOOST_TEST(!l.admit("a", t0 + 1s).admitted);
  BOOST_TEST(l.refused() == 3u);
  auto reopened = l.admit("a", t0 + 5s);
  BOOST_TEST(reopened.admitted);
  BOOST_TEST(reopened.remaining == 0u);
}

BOOST_AUTO_TEST_CASE(each_token_has_a_window_of_its_own) {
  limiter l({.quota = 1, .window = 60s});
  BOOST_TEST(l.admit("a", t0).admitted);
  BOOST_TEST(!l.admit("a", t0 + 1s).admitted);
  auto b = l.admit("b", t0 + 30s);
  BOOST_TEST(b.admitted);
  BOOST_TEST(b.reset.count() == 60);
  BOOST_TEST(!l.admit("a", t0 + 59s).admitted);
  BOOST_TEST(l.admit("a", t0 + 60s).admitted);
  BOOST_TEST(!l.admit("b", t0 + 60s).admitted);
}

BOOST_AUTO_TEST_CASE(a_new_setting_opens_new_windows_and_clear_forgets_the_refusals) {
  limiter l({.quota = 1, .window = 60s});
  l.admit("a", t0);
  BOOST_TEST(!l.admit("a", t0 + 1s).admitted);
  l.configure({.quota = 5, .window = 30s});
  auto fresh = l.admit("a", t0 + 2s);
  BOOST_TEST(fresh.admitted);
  BOOST_TEST(fresh.remaining == 4u);
  BOOST_TEST(fresh.reset.count() == 30);
  BOOST_TEST(l.refused() == 1u);  // a new setting keeps the count
  l.clear();
  BOOST_TEST(l.refused() == 0u);
  BOOST_TEST(l.current().quota == 5u);  // clear keeps the setting
  BOOST_TEST(l.admit("a", t0 + 3s).remaining == 4u);
  // Without a quota the window means nothing, and reads back as 0.
  l.configure({.quota = 0, .window = 30s});
  BOOST_TEST(!l.enabled());
  BOOST_TEST(l.current().window.count() == 0);
}

BOOST_AUTO_TEST_CASE(the_headers_describe_the_verdict_and_the_policy) {
  limiter l({.quota = 3, .window = 60s});
  auto headers = l.headers_of(l.admit("a", t0 + 250ms));
  BOOST_TEST_REQUIRE(headers.size() == 2u);
  BOOST_TEST(headers[0].first == "Ratelimit");
  BOOST_TEST(headers[0].second == "\"default\";r=2;t=60");
  BOOST_TEST(headers[1].first == "Ratelimit-Policy");
  BOOST_TEST(headers[1].second == "\"default\";q=3;w=60");
}

BOOST_AUTO_TEST_CASE(a_quota_needs_a_window_of_1_second_or_more) {
  BOOST_TEST(limiter::problem_of({.quota = 0, .window = 0s}).empty());
  BOOST_TEST(limiter::problem_of({.quota = 1, .window = 1s}).empty());
  BOOST_TEST(limiter::problem_of({.quota = 1, .window = 4'294'967'295s}).empty());
  BOOST_TEST(!limiter::problem_of({.quota = 1, .window = 0s}).empty());
  BOOST_TEST(!limiter::problem_of({.quota = 1, .window = -5s}).empty());
  BOOST_TEST(!limiter::problem_of({.quota = 1, .window = 4'294'967'296s}).empty());
  BOOST_CHECK_THROW(rtk::emulator{limited(3, 0s)}, std::runtime_error);
}

BOOST_AUTO_TEST_SUITE_END()

// ---- The emulator over HTTP ----------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(emulator_rate_limit)

BOOST_AUTO_TEST_CASE(three_requests_pass_with_their_headers_and_the_fourth_is_429) {
  rtk::emulator emu(limited(3, 60s));
  for (long long remaining : {2, 1, 0}) {
    auto a = call(emu, http::verb::get, apps_path);
    BOOST_TEST(a.status == 200u);
    check_remaining(a, remaining, 60);
    BOOST_TEST(a.header("Ratelimit-Policy") == "\"default\";q=3;w=60");
  }
  auto refused = call(emu, http::verb::get, apps_path);
  BOOST_TEST(refused.status == 429u);
  long long retry_after = std::stoll(refused.header("Retry-After"));
  BOOST_TEST(retry_after >= 1);
  BOOST_TEST(retry_after <= 60);
  check_remaining(refused, 0, 60);
  BOOST_TEST(refused.header("Ratelimit-Policy") == "\"default\";q=3;w=60");
  BOOST_TEST(refused.body.at("success") == false);
  BOOST_TEST(refused.body.at("error").at("code") == 429);
  BOOST_TEST(refused.body.at("error").at("message") == "Rate limit exceeded");
  BOOST_TEST(!refused.header("cf-ray").empty());
  BOOST_TEST(rate_limited(emu) == 1);
  BOOST_TEST(emu.requests_served() == 4u);  // a 429 is an answer too
}

BOOST_AUTO_TEST_CASE(errors_count_and_carry_the_headers_once_the_request_authenticates) {
  rtk::emulator emu(limited(2, 60s));
  auto unknown_app = call(emu, http::verb::get, kit + "no-such-app/meetings");
  BOOST_TEST(unknown_app.status == 404u);
  check_remaining(unknown_app, 1, 60);
  // Neither a request that does not authenticate, nor one outside /client/v4, nor a control
  // request counts, and their answers say nothing of the limit.
  auto anonymous = call(emu, http::verb::get, apps_path, {});
  BOOST_TEST(anonymous.status == 401u);
  BOOST_TEST(!has_rate_limit_headers(anonymous));
  auto elsewhere = call(emu, http::verb::get, "/somewhere/else");
  BOOST_TEST(elsewhere.status == 404u);
  BOOST_TEST(!has_rate_limit_headers(elsewhere));
  for (int i = 0; i < 3; ++i) control(emu, "GET", "stats");
  auto last = call(emu, http::verb::get, apps_path);
  BOOST_TEST(last.status == 200u);
  check_remaining(last, 0, 60);
  BOOST_TEST(call(emu, http::verb::get, apps_path).status == 429u);
}

BOOST_AUTO_TEST_CASE(each_token_has_its_own_window_and_the_legacy_key_is_a_token) {
  rtk::emulator emu(limited(1, 60s));
  BOOST_TEST(call(emu, http::verb::get, apps_path, bearer("first")).status == 200u);
  BOOST_TEST(call(emu, http::verb::get, apps_path, bearer("first")).status == 429u);
  auto second = call(emu, http::verb::get, apps_path, bearer("second"));
  BOOST_TEST(second.status == 200u);
  check_remaining(second, 0, 60);
  // The same credential sent as the legacy X-Auth-Key shares the bearer token's window.
  BOOST_TEST(call(emu, http::verb::get, apps_path, legacy_key("first")).status == 429u);
  auto third = call(emu, http::verb::get, apps_path, legacy_key("third"));
  BOOST_TEST(third.status == 200u);
  check_remaining(third, 0, 60);
  BOOST_TEST(rate_limited(emu) == 2);
}

BOOST_AUTO_TEST_CASE(a_refused_request_takes_no_fault_and_changes_nothing) {
  rtk::emulator emu(limited(2, 60s));
  control(emu, "POST", "faults", R"({"status": 503, "count": 1})");
  // An admitted request counts and may take a fault; its answer carries the headers.
  auto faulted = call(emu, http::verb::get, apps_path);
  BOOST_TEST(faulted.status == 503u);
  check_remaining(faulted, 1, 60);
  BOOST_TEST(call(emu, http::verb::get, apps_path).status == 200u);
  control(emu, "POST", "faults", R"({"status": 500, "count": 1})");
  auto refused = call(emu, http::verb::post, kit + app + "/meetings", bearer(token),
                      R"({"title": "never made"})");
  BOOST_TEST(refused.status == 429u);
  auto faults = control(emu, "GET", "faults").second;
  BOOST_TEST(faults.at("data").as_array().size() == 1u);  // the rule is still pending
  control(emu, "PUT", "rate-limit", R"({"quota": 0})");
  BOOST_TEST(call(emu, http::verb::get, apps_path).status == 500u);  // now it is taken
  auto meetings = call(emu, http::verb::get, kit + app + "/meetings");
  BOOST_TEST(meetings.status == 200u);
  BOOST_TEST(meetings.body.at("data").as_array().empty());
}

BOOST_AUTO_TEST_CASE(the_control_endpoint_changes_the_limit_at_run_time) {
  rtk::emulator emu(limited(3, 60s));
  auto [status, current] = control(emu, "GET", "rate-limit");
  BOOST_TEST(status == 200u);
  BOOST_TEST(current.at("data") == json::parse(R"({"quota": 3, "window_seconds": 60})"));
  for (int i = 0; i < 3; ++i) call(emu, http::verb::get, apps_path);
  BOOST_TEST(call(emu, http::verb::get, apps_path).status == 429u);

  auto [put_status, changed] =
      control(emu, "PUT", "rate-limit", R"({"quota": 5, "window_seconds": 30})");
  BOOST_TEST(put_status == 200u);
  BOOST_TEST(changed.at("data") == json::parse(R"({"quota": 5, "window_seconds": 30})"));
  BOOST_TEST(control(emu, "GET", "rate-limit").second.at("data") == changed.at("data"));
  // A new window for every token.
  auto after = call(emu, http::verb::get, apps_path);
  BOOST_TEST(after.status == 200u);
  check_remaining(after, 4, 30);
  BOOST_TEST(after.header("Ratelimit-Policy") == "\"default\";q=5;w=30");

  // Quota 0: no limit, and no headers.
  auto off = control(emu, "PUT", "rate-limit", R"({"quota": 0, "window_seconds": 30})").second;
  BOOST_TEST(off.at("data") == json::parse(R"({"quota": 0, "window_seconds": 0})"));
  for (int i = 0; i < 6; ++i) {
    auto free = call(emu, http::verb::get, apps_path);
    BOOST_TEST(free.status == 200u);
    BOOST_TEST(!has_rate_limit_headers(free));
  }
  BOOST_TEST(rate_limited(emu) == 1);
}

BOOST_AUTO_TEST_CASE(without_a_limit_nothing_is_limited_or_announced) {
  rtk::emulator emu({.app_ids = {app}});
  BOOST_TEST(control(emu, "GET", "rate-limit").second.at("data") ==
             json::parse(R"({"quota": 0, "window_seconds": 0})"));
  auto a = call(emu, http::verb::get, apps_path);
  BOOST_TEST(a.status == 200u);
  BOOST_TEST(!has_rate_limit_headers(a));
  BOOST_TEST(rate_limited(emu) == 0);
}

BOOST_AUTO_TEST_CASE(bad_control_input_is_refused_and_changes_nothing) {
  rtk::emulator emu(limited(3, 60s));
  struct bad {
    const char* body;
    unsigned status;
    const char* words;
  };
  for (const bad& b : {
           bad{"[1, 2]", 400, "JSON object"},
           bad{"{not json", 400, "not valid JSON"},
           bad{"{}", 422, "quota is required"},
           bad{R"({"quota": -1, "window_seconds": 60})", 422, "quota must be from 0"},
           bad{R"({"quota": 4294967296, "window_seconds": 60})", 422, "quota must be from 0"},
           bad{R"({"quota": "3", "window_seconds": 60})", 422, "quota must be an integer"},
           bad{R"({"quota": 3})", 422, "window_seconds is required"},
           bad{R"({"quota": 3, "window_seconds": 0})", 422, "window_seconds must be from 1"},
           bad{R"({"quota": 3, "window_seconds": 1.5})", 422, "window_seconds must be an integer"},
           bad{R"({"quota": 0, "window_seconds": -1})", 422, "window_seconds must be from 1"},
       }) {
    auto [status, reply] = control(emu, "PUT", "rate-limit", b.body);
    BOOST_TEST(status == b.status, b.body);
    std::string message(reply.at("error").at("message").as_string());
    BOOST_TEST(message.find(b.words) != std::string::npos, b.body << ": " << message);
  }
  BOOST_TEST(control(emu, "DELETE", "rate-limit").first == 404u);
  BOOST_TEST(control(emu, "GET", "rate-limit").second.at("data") ==
             json::parse(R"({"quota": 3, "window_seconds": 60})"));
}

BOOST_AUTO_TEST_CASE(reset_keeps_the_limit_and_forgets_the_windows_and_the_count) {
  rtk::emulator emu(limited(1, 60s));
  BOOST_TEST(call(emu, http::verb::get, apps_path).status == 200u);
  BOOST_TEST(call(emu, http::verb::get, apps_path).status == 429u);
  BOOST_TEST(rate_limited(emu) == 1);
  control(emu, "POST", "reset");
  BOOST_TEST(rate_limited(emu) == 0);
  BOOST_TEST(control(emu, "GET", "rate-limit").second.at("data") ==
             json::parse(R"({"quota": 1, "window_seconds": 60})"));
  auto again = call(emu, http::verb::get, apps_path);
  BOOST_TEST(again.status == 200u);
  check_remaining(again, 0, 60);
}

BOOST_AUTO_TEST_SUITE_END()
