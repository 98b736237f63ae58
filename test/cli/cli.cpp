// The built `rtk` program, run as a user runs it, against a scripted loopback server (and the
// emulator, for a whole lifecycle): its output, its exit status for each failure class, and
// that no secret reaches stderr.

#include "support/loopback_server.hpp"
#include "support/scripted_proxy.hpp"
#include "support/signing_key.hpp"
#include "support/test_ca.hpp"
#include "support/tinyproxy.hpp"

#include <rtk/emulator.hpp>

#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>

using namespace std::chrono_literals;
namespace json = boost::json;

namespace {

constexpr const char* token = "tok-CLI-SECRET-0123456789";

struct run_result {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs `rtk <args>` through the shell with a test token and account, no proxy variables but
// those in `extra_env` ("NAME=value ..."); stdin from `input`.
run_result run_rtk(const std::string& args, const std::string& input = "",
                   const std::string& extra_env = "") {
  static int counter = 0;
  const std::string base =
      "/tmp/rtk_cli_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
  std::ofstream(base + ".in") << input;
  const std::string command =
      "env -u CLOUDFLARE_EMAIL -u CLOUDFLARE_API_KEY -u CLOUDFLARE_BASE_URL -u https_proxy -u "
      "HTTPS_PROXY -u http_proxy -u HTTP_PROXY -u all_proxy -u ALL_PROXY -u no_proxy -u NO_PROXY "
      "CLOUDFLARE_API_TOKEN=" +
      std::string(token) + " CLOUDFLARE_ACCOUNT_ID=acc " + extra_env + " " RTK_CLI " " + args +
      " < " + base + ".in > " + base + ".out 2> " + base + ".err";
  run_result r;
  int raw = std::system(command.c_str());
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  auto slurp = [](const std::string& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    std::remove(path.c_str());
    return ss.str();
  };
  r.out = slurp(base + ".out");
  r.err = slurp(base + ".err");
  std::remove((base + ".in").c_str());
  return r;
}

std::string meeting_json(const std::string& id) {
  return R"({"id":")" + id + R"(","title":"standup","status":"ACTIVE"})";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli)

// docs/operations.md is made from the descriptors: the committed file is exactly what
// `rtk ops --markdown` prints, so it cannot drift from the code.
BOOST_AUTO_TEST_CASE(the_operations_reference_is_the_descriptors_markdown) {
  auto r = run_rtk("ops --markdown");
  BOOST_TEST(r.status == 0);
  std::ifstream in(RTK_DOCS_FILE);
  BOOST_TEST_REQUIRE(static_cast<bool>(in));
  const std::string docs((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  BOOST_TEST((docs == r.out),
             "docs/operations.md is stale: rtk ops --markdown > docs/operations.md");
  BOOST_TEST(
      r.out.find("| `async_create(app_id, const create_meeting_request&)` | `POST "
                 "/{app_id}/meetings` | `meetings.create` | `meetings.create` | `meeting` |") !=
      std::string::npos);
}

BOOST_AUTO_TEST_CASE(ops_lists_every_operation_tab_separated) {
  auto r = run_rtk("ops");
  BOOST_TEST(r.status == 0);
  std::istringstream lines(r.out);
  int n = 0;
  for (std::string line; std::getline(lines, line); ++n) {
    auto first = line.find('\t');
    auto second = line.find('\t', first + 1);
    BOOST_TEST_REQUIRE(second != std::string::npos, line);
    BOOST_TEST((line.find(' ') == std::string::npos || line.find(' ') > second), line);
    BOOST_TEST(line.substr(second + 1).starts_with("/accounts/{account_id}/realtime/kit"));
  }
  BOOST_TEST(n == 55);
}

BOOST_AUTO_TEST_CASE(call_prints_the_response_and_exits_zero) {
  rtk_test::loopback_server server;
  server.push_reply({.body = R"({"success":true,"data":)" + meeting_json("m-1") + "}"});
  auto r = run_rtk("--base-url " + server.base_url() +
                   R"( call meetings.get '{"app_id":"app-1","meeting_id":"m-1"}')");
  BOOST_TEST(r.status == 0, r.err);
  auto body = json::parse(r.out).as_object();
  BOOST_TEST(body.at("data").at("id").as_string() == "m-1");
  auto seen = server.requests();
  BOOST_TEST_REQUIRE(seen.size() == 1u);
  BOOST_TEST(seen[0].target == "/client/v4/accounts/acc/realtime/kit/app-1/meetings/m-1");
  BOOST_TEST(seen[0].header("Authorization") == std::string("Bearer ") + token);
}

BOOST_AUTO_TEST_CASE(params_from_stdin_and_options_after_the_command) {
  rtk_test::loopback_server server;
  server.push_reply({.body = R"({"success":true,"data":)" + meeting_json("m-2") + "}"});
  auto r = run_rtk("call --max-retries 0 --base-url " + server.base_url() + " meetings.get -",
                   R"({"app_id":"app-1","meeting_id":"m-2"})");
  BOOST_TEST(r.status == 0, r.err);
  BOOST_TEST(r.out.find("m-2") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(refused_input_exits_2_and_sends_nothing) {
  rtk_test::loopback_server server;
  for (const std::string params :
       {R"('{"app_id":"a"}')", R"('{"app_id":"a","meeting_id":".."}')",
        R"('{"app_id":"a","meeting_id":"m","bogus":1}')", R"('not json')"}) {
    auto r = run_rtk("--base-url " + server.base_url() + " call meetings.get " + params);
    BOOST_TEST(r.status == 2, params << ": " << r.err);
    BOOST_TEST(std::count(r.err.begin(), r.err.end(), '\n') == 1, r.err);
  }
  BOOST_TEST(run_rtk("call no.such_op '{}'").status == 2);
  BOOST_TEST(server.request_count() == 0u);
}

BOOST_AUTO_TEST_CASE(an_api_error_exits_3_without_the_token_on_stderr) {
  rtk_test::loopback_server server;
  server.set_handler([](const rtk_test::received_request&) {
    return rtk_test::scripted_reply{
        .status = 404,
        .body = std::string(R"({"success":false,"error":{"code":404,"message":"no )") + token +
                R"("}})"};
  });
  auto r = run_rtk("--max-retries 0 --base-url " + server.base_url() +
                   R"( call meetings.get '{"app_id":"a","meeting_id":"m"}')");
  BOOST_TEST(r.status == 3, r.err);
  BOOST_TEST(r.err.find(token) == std::string::npos, r.err);
  BOOST_TEST(r.err.find("not found") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(a_transport_failure_or_timeout_exits_4) {
  std::string url;
  {
    rtk_test::loopback_server gone;
    url = gone.base_url();
  }
  auto refused = run_rtk("--max-retries 0 --base-url " + url +
                         R"( call meetings.get '{"app_id":"a","meeting_id":"m"}')");
  BOOST_TEST(refused.status == 4, refused.err);

  rtk_test::loopback_server stalling;
  stalling.set_handler([](const rtk_test::received_request&) {
    return rtk_test::scripted_reply{.fault_kind = rtk_test::fault::stall};
  });
  auto slow = run_rtk("--max-retries 0 --timeout 0.2 --base-url " + stalling.base_url() +
                      R"( call meetings.get '{"app_id":"a","meeting_id":"m"}')");
  BOOST_TEST(slow.status == 4, slow.err);
}

BOOST_AUTO_TEST_CASE(all_pages_through_a_list_into_one_array) {
  rtk_test::loopback_server server;
  server.set_handler([](const rtk_test::received_request& r) {
    auto at = r.target.find("page_no=");
    const int page = at == std::string::npos ? 1 : std::stoi(r.target.substr(at + 8));
    std::string items;
    for (int i = (page - 1) * 10; i < std::min(page * 10, 25); ++i)
      items += (items.empty() ? "" : ",") + meeting_json("m-" + std::to_string(i));
    return rtk_test::scripted_reply{
        .body = R"({"success":true,"data":[)" + items +
                R"(],"paging":{"start_offset":1,"end_offset":1,"total_count":25}})"};
  });
  auto r = run_rtk("--all --base-url " + server.base_url() +
                   R"( call meetings.list '{"app_id":"a","per_page":10}')");
  BOOST_TEST(r.status == 0, r.err);
  auto items = json::parse(r.out).as_array();
  BOOST_TEST(items.size() == 25u);
  BOOST_TEST(items.back().at("id").as_string() == "m-24");
  BOOST_TEST(server.request_count() == 3u);
}

BOOST_AUTO_TEST_CASE(call_prints_the_response_as_the_server_sent_it) {
  rtk_test::loopback_server server;
  server.push_reply({.body = R"({"success":true,"data":{}})"});
  server.push_reply({.body = R"({"data":{"id":"m-1","title":"x"},"message":"ok"})"});
  const std::string get = " call meetings.get '{\"app_id\":\"a\",\"meeting_id\":\"m\"}'";
  auto empty = run_rtk("--base-url " + server.base_url() + get);
  BOOST_TEST(empty.status == 0, empty.err);
  BOOST_TEST(empty.out == "{\"success\":true,\"data\":{}}\n");
  // Members the model requires but the server left out are noted, never invented.
  BOOST_TEST(empty.err.find("data.created_at") != std::string::npos, empty.err);
  auto partial = run_rtk("--base-url " + server.base_url() + get);
  BOOST_TEST(partial.status == 0, partial.err);
  BOOST_TEST(partial.out == "{\"data\":{\"id\":\"m-1\",\"title\":\"x\"}}\n");
}

BOOST_AUTO_TEST_CASE(a_null_param_is_sent_as_null) {
  rtk_test::loopback_server server;
  server.push_reply({.body = R"({"success":true,"data":{"id":"m-1"}})"});
  auto r = run_rtk("--base-url " + server.base_url() +
                   R"( call meetings.create '{"app_id":"a","record_on_start":null,"title":"t"}')");
  BOOST_TEST(r.status == 0, r.err);
  auto body = json::parse(server.requests().at(0).body).as_object();
  BOOST_TEST(body.at("record_on_start").is_null());
  BOOST_TEST(body.at("title").as_string() == "t");
}

BOOST_AUTO_TEST_CASE(all_stops_with_the_pagers_error_on_an_empty_page_before_total_count) {
  rtk_test::loopback_server server;
  server.set_handler([](const rtk_test::received_request& r) {
    const bool first = r.target.find("page_no=1") != std::string::npos;
    const std::string items = first ? meeting_json("m-0") + "," + meeting_json("m-1") : "";
    return rtk_test::scripted_reply{
        .body = R"({"success":true,"data":[)" + items +
                R"(],"paging":{"start_offset":1,"end_offset":2,"total_count":5}})"};
  });
  auto r = run_rtk("--all --base-url " + server.base_url() +
                   R"( call meetings.list '{"app_id":"a","per_page":2}')");
  BOOST_TEST(r.status == 3, r.err);
  BOOST_TEST(r.err.find("empty after 2 of the 5") != std::string::npos, r.err);
  BOOST_TEST(r.out.empty());
  BOOST_TEST(server.request_count() == 2u);
}

BOOST_AUTO_TEST_CASE(all_pages_through_the_list_inside_an_object) {
  // A livestream's sessions: `data` holds the livestream and one page of its sessions.
  rtk_test::loopback_server server;
  server.set_handler([](const rtk_test::received_request& r) {
    const bool first = r.target.find("page_no=1") != std::string::npos;
    const std::string sessions = first ? R"({"id":"s-0"},{"id":"s-1"})" : R"({"id":"s-2"})";
    return rtk_test::scripted_reply{
        .body = R"({"success":true,"data":{"livestream":{"id":"l"},"sessions":[)" + sessions +
                R"(],"paging":{"start_offset":1,"end_offset":2,"total_count":3}}})"};
  });
  auto r = run_rtk("--all --base-url " + server.base_url() +
                   R"( call livestreams.get '{"app_id":"a","livestream_id":"l","per_page":2}')");
  BOOST_TEST(r.status == 0, r.err);
  BOOST_TEST(r.out == "[{\"id\":\"s-0\"},{\"id\":\"s-1\"},{\"id\":\"s-2\"}]\n");
  BOOST_TEST(server.request_count() == 2u);
}

BOOST_AUTO_TEST_CASE(bench_reports_throughput_latency_and_errors) {
  rtk_test::loopback_server server;
  server.set_handler([](const rtk_test::received_request&) {
    return rtk_test::scripted_reply{.body = R"({"success":true,"data":)" + meeting_json("m") + "}"};
  });
  auto r = run_rtk("bench --concurrency 4 --duration 0.5 --base-url " + server.base_url() +
                   R"( meetings.get '{"app_id":"a","meeting_id":"m"}')");
  BOOST_TEST(r.status == 0, r.err);
  for (const char* field : {"completed", "req/s", "p50", "p90", "p99", "errors      0"})
    BOOST_TEST(r.out.find(field) != std::string::npos, field << " in " << r.out);
  BOOST_TEST(server.request_count() > 10u);
}

// The golden requests of the official SDK, through the command line: operations found by
// their method and path template in `rtk ops`, params given as the SDK's flat params.
BOOST_AUTO_TEST_CASE(call_reproduces_every_golden_request) {
  std::map<std::string, std::string> by_endpoint;  // "METHOD path" -> rtk name
  std::istringstream ops(run_rtk("ops").out);
  for (std::string line; std::getline(ops, line);) {
    auto a = line.find('\t'), b = line.find('\t', a + 1);
    by_endpoint[line.substr(a + 1, b - a - 1) + " " + line.substr(b + 1)] = line.substr(0, a);
  }
  rtk_test::loopback_server server;
  std::ifstream in(RTK_GOLDEN_FILE);
  int rows = 0;
  for (std::string line; std::getline(in, line); ++rows) {
    auto row = json::parse(line).as_object();
    const std::string endpoint = std::string(row.at("http_method").as_string()) + " " +
                                 std::string(row.at("path_template").as_string());
    BOOST_TEST_CONTEXT(row.at("op").as_string() << " (" << row.at("case").as_string() << ")") {
      BOOST_TEST_REQUIRE(by_endpoint.count(endpoint) == 1u);
      json::object params = row.at("params").as_object();
      if (const auto& pos = row.at("positional"); pos.is_object())
        params[pos.as_object().at("fills").as_string()] = pos.as_object().at("value");
      auto r = run_rtk("--max-retries 0 --base-url " + server.base_url() + " call " +
                           by_endpoint[endpoint] + " -",
                       json::serialize(params));
      BOOST_TEST(r.status != 2, r.err);
      const auto& want = row.at("request").as_object();
      auto got = server.requests().back();
      BOOST_TEST(got.method == std::string(want.at("method").as_string()));
      BOOST_TEST(got.target.substr(0, got.target.find('?')) ==
                 std::string(want.at("path").as_string()));
      const auto& body = want.at("body_json");
      BOOST_TEST((body.is_null() ? got.body.empty() : json::parse(got.body) == body), got.body);
    }
  }
  BOOST_TEST(rows == 110);
}

BOOST_AUTO_TEST_CASE(a_meeting_lifecycle_against_the_emulator) {
  rtk::emulator emu({.app_ids = {"app-1"}});
  const std::string at = "--max-retries 0 --base-url " + emu.base_url();
  std::vector<std::string> ids;
  for (int i = 0; i < 12; ++i) {
    auto made = run_rtk(at + R"( call meetings.create '{"app_id":"app-1","title":"standup )" +
                        std::to_string(i) + R"("}')");
    BOOST_TEST_REQUIRE(made.status == 0, made.err);
    ids.emplace_back(json::parse(made.out).at("data").at("id").as_string());
  }
  auto all = run_rtk("--all " + at + R"( call meetings.list '{"app_id":"app-1","per_page":5}')");
  BOOST_TEST_REQUIRE(all.status == 0, all.err);
  auto items = json::parse(all.out).as_array();
  BOOST_TEST_REQUIRE(items.size() == ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) BOOST_TEST(items[i].at("id").as_string() == ids[i]);

  auto ended = run_rtk(at + R"( call meetings.update '{"app_id":"app-1","meeting_id":")" + ids[0] +
                       R"(","status":"INACTIVE"}')");
  BOOST_TEST(ended.status == 0, ended.err);
  BOOST_TEST(json::parse(ended.out).at("data").at("status").as_string() == "INACTIVE");
  auto missing = run_rtk(at + R"( call meetings.get '{"app_id":"app-1","meeting_id":"nope"}')");
  BOOST_TEST(missing.status == 3, missing.err);
  BOOST_TEST(missing.err.find("Meeting not found") != std::string::npos, missing.err);
  BOOST_TEST(emu.requests_served() == 12u + 3u + 2u);
}

BOOST_AUTO_TEST_SUITE_END()

// The CLI through a proxy with only the environment set: the emulator over HTTPS with a test
// CA (SSL_CERT_FILE), behind tinyproxy with Basic authentication (https_proxy).
BOOST_AUTO_TEST_SUITE(cli_proxy)

struct proxied_emulator {
  rtk_test::test_ca ca;
  rtk_test::pem_files pem = ca.issue("emulator", {"IP:127.0.0.1"});
  rtk::emulator emu{{.app_ids = {"app-1"}, .cert_file = pem.cert_file, .key_file = pem.key_file}};
  // The environment of a run through `proxy_url`.
  std::string env(const std::string& proxy_url) const {
    return "CLOUDFLARE_BASE_URL=" + emu.base_url() + " SSL_CERT_FILE=" + ca.ca_file() +
           " https_proxy=" + proxy_url;
  }
};

constexpr const char* proxy_secret = "Pxy-SECRET-42";
const std::string create = R"(--max-retries 0 call meetings.create '{"app_id":"app-1"}')";

std::string with_user(std::uint16_t port, const std::string& password) {
  return "http://cli:" + password + "@127.0.0.1:" + std::to_string(port);
}

BOOST_AUTO_TEST_CASE(a_call_through_a_proxy_from_the_environment) {
  proxied_emulator e;
  rtk_test::tinyproxy_process proxy("cli", proxy_secret);
  auto r = run_rtk(create, "", e.env(with_user(proxy.port(), proxy_secret)));
  BOOST_TEST(r.status == 0, r.err);
  BOOST_TEST(proxy.connect_requests() == 1u);
  BOOST_TEST(e.emu.requests_served() == 1u);
}

BOOST_AUTO_TEST_CASE(every_proxy_failure_exits_4_with_one_line_and_no_password) {
  proxied_emulator e;
  rtk_test::tinyproxy_process proxy("cli", proxy_secret);
  rtk_test::scripted_proxy scripted;
  std::string unreachable;
  {
    rtk_test::loopback_server gone;
    unreachable =
        "http://cli:" + std::string(proxy_secret) + "@127.0.0.1:" + std::to_string(gone.port());
  }
  auto check = [&](const std::string& proxy_url, const std::string& why) {
    auto r = run_rtk(create, "", e.env(proxy_url));
    BOOST_TEST(r.status == 4, why << ": " << r.err);
    BOOST_TEST((r.err.find('\n') + 1 == r.err.size()), why << ": one line: " << r.err);
    BOOST_TEST(r.err.find(proxy_secret) == std::string::npos, why << ": " << r.err);
    BOOST_TEST(r.err.find("through proxy 127.0.0.1:") != std::string::npos, why << ": " << r.err);
  };
  check(with_user(proxy.port(), "wrong-" + std::string(proxy_secret)), "refused credentials");
  check(unreachable, "unreachable");
  scripted.set_mode(rtk_test::proxy_mode::answer_502);
  check(with_user(scripted.port(), proxy_secret), "a refused CONNECT");
  scripted.set_mode(rtk_test::proxy_mode::close_after_request, 1);
  check(with_user(scripted.port(), proxy_secret), "a dropped tunnel");
  BOOST_TEST(scripted.cuts() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(webhooks_verify)

namespace {

struct delivery_files {
  rtk_test::signing_key key;
  std::string dir = "/tmp/rtk_cli_webhooks_" + std::to_string(::getpid());
  std::string pem = dir + ".pem";
  std::string body_file = dir + ".json";
  // Pretty-printed on purpose: the signature covers these bytes, not a re-serialization.
  std::string body =
      "{\n  \"event\": \"meeting.started\",\n  \"meeting\": {\"id\": \"m-1\", \"title\": "
      "\"T\"}\n}\n";
  std::string signature = key.sign(body);

  delivery_files() {
    std::ofstream(pem) << key.public_pem();
    std::ofstream(body_file) << body;
  }
  ~delivery_files() {
    std::remove(pem.c_str());
    std::remove(body_file.c_str());
  }
};

std::string one_line(const std::string& text) {
  return text.substr(0, text.find('\n'));
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_verified_body_prints_its_event_as_one_line) {
  delivery_files f;
  auto r = run_rtk("webhooks verify --public-key " + f.pem + " --signature " + f.signature + " " +
                   f.body_file);
  BOOST_TEST(r.status == 0, r.err);
  BOOST_TEST(r.out == R"({"event":"meeting.started","meeting":{"id":"m-1","title":"T"}})"
                      "\n");
  auto from_stdin =
      run_rtk("webhooks verify --signature " + f.signature + " --public-key " + f.pem, f.body);
  BOOST_TEST(from_stdin.status == 0, from_stdin.err);
  BOOST_TEST(from_stdin.out == r.out);
}

BOOST_AUTO_TEST_CASE(a_signature_that_does_not_verify_exits_5_with_one_line) {
  delivery_files f;
  auto tampered = run_rtk(
      "webhooks verify --public-key " + f.pem + " --signature " + f.signature + " -", f.body + " ");
  BOOST_TEST(tampered.status == 5);
  BOOST_TEST(tampered.out.empty());
  BOOST_TEST(tampered.err == one_line(tampered.err) + "\n");
  BOOST_TEST(tampered.err.find(f.signature.substr(0, 12)) == std::string::npos);
  BOOST_TEST(tampered.err.find("meeting") == std::string::npos);
  auto garbage =
      run_rtk("webhooks verify --public-key " + f.pem + " --signature '%%%' " + f.body_file);
  BOOST_TEST(garbage.status == 5);
  auto empty = run_rtk("webhooks verify --public-key " + f.pem + " --signature '' " + f.body_file);
  BOOST_TEST(empty.status == 5);
}

BOOST_AUTO_TEST_CASE(a_missing_option_or_unreadable_file_exits_2) {
  delivery_files f;
  BOOST_TEST(run_rtk("webhooks verify --public-key " + f.pem + " " + f.body_file).status == 2);
  BOOST_TEST(run_rtk("webhooks verify --signature " + f.signature + " " + f.body_file).status == 2);
  BOOST_TEST(run_rtk("webhooks verify --public-key /nonexistent.pem --signature " + f.signature +
                     " " + f.body_file)
                 .status == 2);
  BOOST_TEST(run_rtk("webhooks verify --public-key " + f.pem + " --signature " + f.signature +
                     " /nonexistent.json")
                 .status == 2);
  BOOST_TEST(run_rtk("webhooks verify --public-key " + f.body_file + " --signature " + f.signature +
                     " " + f.body_file)
                 .status == 2);  // not a key
  BOOST_TEST(run_rtk("webhooks verify --public-key").status == 2);
  BOOST_TEST(run_rtk("webhooks sign").status == 2);
}

BOOST_AUTO_TEST_CASE(a_verified_body_that_is_no_event_exits_6) {
  delivery_files f;
  const std::string body = "[1,2,3]";
  auto r =
      run_rtk("webhooks verify --public-key " + f.pem + " --signature " + f.key.sign(body), body);
  BOOST_TEST(r.status == 6);
}

BOOST_AUTO_TEST_CASE(the_key_can_come_from_a_url) {
  delivery_files f;
  std::string escaped;
  for (char c : f.key.public_pem()) escaped += c == '\n' ? std::string("\\n") : std::string(1, c);
  rtk_test::loopback_server keys;
  keys.set_handler([&](const rtk_test::received_request&) {
    return rtk_test::scripted_reply{
        .status = 200, .body = R"({"success":true,"data":{"publicKey":")" + escaped + R"("}})"};
  });
  const std::string url =
      "http://127.0.0.1:" + std::to_string(keys.port()) + "/.well-known/webhooks.json";
  auto r = run_rtk("webhooks verify --public-key-url " + url + " --signature " + f.signature + " " +
                   f.body_file);
  BOOST_TEST(r.status == 0, r.err);
  BOOST_TEST(keys.request_count() == 1u);

  std::string closed;
  {
    rtk_test::loopback_server gone;
    closed = "http://127.0.0.1:" + std::to_string(gone.port()) + "/k";
  }
  auto unreachable = run_rtk("webhooks verify --public-key-url " + closed + " --signature " +
                             f.signature + " " + f.body_file);
  BOOST_TEST(unreachable.status == 4);
  BOOST_TEST(unreachable.err == one_line(unreachable.err) + "\n");
}

BOOST_AUTO_TEST_SUITE_END()
