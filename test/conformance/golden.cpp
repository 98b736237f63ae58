// Conformance: for every operation, with only the required fields and with every field, rtk
// puts the same request on the wire as the official SDK (golden_requests.jsonl, recorded from
// the official TypeScript SDK). Compared as its README says: method, decoded path, decoded
// query pairs (in any order), body JSON structurally. The params go through
// rtk::call_operation, so each row is parsed into the operation's typed request first.

#include "runner.hpp"

#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>
#include <boost/url/decode_view.hpp>
#include <boost/url/parse.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

namespace asio = boost::asio;
namespace json = boost::json;
using namespace std::chrono_literals;

namespace {

struct wire_request {
  std::string method;
  std::string path;                                        // percent-decoded
  std::vector<std::pair<std::string, std::string>> query;  // decoded, sorted
  json::value body;                                        // null when there is none
};

std::string decoded(boost::urls::pct_string_view text) {
  boost::urls::decode_view view(text);
  return std::string(view.begin(), view.end());
}

wire_request from_target(const std::string& method, const std::string& target,
                         const std::string& body) {
  wire_request w;
  w.method = method;
  auto url = boost::urls::parse_origin_form(target);
  BOOST_REQUIRE(url.has_value());
  w.path = decoded(url->encoded_path());
  for (auto p : url->params()) w.query.emplace_back(p.key, p.has_value ? p.value : "");
  std::sort(w.query.begin(), w.query.end());
  w.body = body.empty() ? json::value(nullptr) : json::parse(body);
  return w;
}

wire_request from_golden(const json::object& r) {
  wire_request w;
  w.method = std::string(r.at("method").as_string());
  std::string raw(r.at("path").as_string());
  w.path = decoded(raw);
  for (const auto& pair : r.at("query").as_array()) {
    const auto& kv = pair.as_array();
    w.query.emplace_back(std::string(kv.at(0).as_string()), std::string(kv.at(1).as_string()));
  }
  std::sort(w.query.begin(), w.query.end());
  w.body = r.at("body_json");
  return w;
}

std::vector<json::object> golden_rows() {
  std::ifstream in(RTK_GOLDEN_FILE);
  BOOST_REQUIRE_MESSAGE(in, "cannot open " RTK_GOLDEN_FILE);
  std::vector<json::object> rows;
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) rows.push_back(json::parse(line).as_object());
  return rows;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(conformance)

BOOST_AUTO_TEST_CASE(every_golden_request_is_reproduced_through_the_typed_api) {
  auto rows = golden_rows();
  BOOST_TEST(rows.size() == 110u);
  rtk_test::operation_runner runner;
  auto& server = runner.server;
  std::set<std::string> ops_seen;
  for (const auto& row : rows) {
    const std::string op(row.at("op").as_string());
    const std::string which(row.at("case").as_string());
    BOOST_TEST_CONTEXT(op << " (" << which << ")") {
      json::object params = row.at("params").as_object();
      if (const auto& pos = row.at("positional"); pos.is_object())
        params[pos.as_object().at("fills").as_string()] = pos.as_object().at("value");
      const auto* info = rtk::find_sdk_operation(op);
      BOOST_TEST_REQUIRE(info != nullptr);
      BOOST_TEST(info->method == std::string_view(row.at("http_method").as_string()));
      BOOST_TEST(info->path == std::string_view(row.at("path_template").as_string()));
      const auto before = server.request_count();
      auto out = runner.run(std::string(info->name), json::serialize(params));
      BOOST_TEST_REQUIRE(out.ec != rtk::errc::invalid_argument, out.diag.to_string());
      BOOST_TEST_REQUIRE(server.request_count() == before + 1);
      auto got_raw = server.requests().back();
      auto got = from_target(got_raw.method, got_raw.target, got_raw.body);
      auto want = from_golden(row.at("request").as_object());
      BOOST_TEST(got.method == want.method);
      BOOST_TEST(got.path == want.path);
      BOOST_TEST((got.query == want.query));
      BOOST_TEST(got.body == want.body, "body " << got.body << " != " << want.body);
      if (got_raw.has_header("Content-Type") || !want.body.is_null())
        BOOST_TEST(got_raw.header("Content-Type") == "application/json");
      BOOST_TEST(got_raw.header("Authorization") == "Bearer test-token");
      ops_seen.insert(op);
    }
  }
  BOOST_TEST(ops_seen.size() == 55u);
}

// The one endpoint of the reference the official SDK lacks.
BOOST_AUTO_TEST_CASE(an_independent_livestream_can_be_created) {
  rtk_test::operation_runner runner;
  auto& server = runner.server;
  auto out =
      runner.run("livestreams.create", R"({"account_id":"acc","app_id":"app-1","name":"launch"})");
  BOOST_TEST_REQUIRE(out.ec != rtk::errc::invalid_argument, out.diag.to_string());
  auto got = server.requests().back();
  BOOST_TEST(got.method == "POST");
  BOOST_TEST(got.target == "/client/v4/accounts/acc/realtime/kit/app-1/livestreams");
  BOOST_TEST(json::parse(got.body) == json::parse(R"({"name":"launch"})"));
}

BOOST_AUTO_TEST_CASE(every_operation_is_listed_once_with_its_endpoint) {
  auto ops = rtk::operations();
  BOOST_TEST(ops.size() == 55u);
  std::set<std::pair<std::string_view, std::string_view>> endpoints;
  std::set<std::string_view> names;
  for (const auto& op : ops) {
    BOOST_TEST(op.path.starts_with("/accounts/{account_id}/realtime/kit"), op.name);
    BOOST_TEST(op.name.find(' ') == std::string_view::npos);
    endpoints.emplace(op.method, op.path);
    names.insert(op.name);
  }
  BOOST_TEST(endpoints.size() == 55u);
  BOOST_TEST(names.size() == 55u);
}

// Each operation's method and path template are written once in the sources, in its
// descriptor's line in its resource's header: nothing restates them to drift apart.
BOOST_AUTO_TEST_CASE(each_operations_method_and_path_are_declared_once) {
  std::vector<std::pair<std::string, std::string>> sources;  // path, text
  for (const char* dir : {RTK_SOURCE_DIR "/src", RTK_SOURCE_DIR "/include"}) {
    for (const auto& f : std::filesystem::recursive_directory_iterator(dir)) {
      if (!f.is_regular_file()) continue;
      std::ifstream in(f.path());
      sources.emplace_back(f.path().string(), std::string((std::istreambuf_iterator<char>(in)),
                                                          std::istreambuf_iterator<char>()));
    }
  }
  // A path stands alone unless more path follows it (it may be the start of a longer one).
  auto is_path_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '{' || c == '}' ||
           c == '_' || c == '-';
  };
  const std::map<std::string_view, std::string_view> method_word{
      {"GET", "get,"}, {"POST", "post,"}, {"PUT", "put,"}, {"PATCH", "patch,"}, {"DELETE", "del,"}};
  for (const auto& op : rtk::operations()) {
    std::vector<std::string> found;  // file:line text
    for (const auto& [file, text] : sources) {
      for (auto at = text.find(op.path); at != std::string::npos; at = text.find(op.path, at + 1)) {
        const auto end = at + op.path.size();
        if (end < text.size() && is_path_char(text[end])) continue;
        const auto line_start = text.rfind('\n', at) + 1;
        found.push_back(file + ": " + text.substr(line_start, text.find('\n', at) - line_start));
      }
    }
    BOOST_TEST_CONTEXT(op.name) {
      // Only descriptors hold the path (GET and POST of one path are two of them)...
      for (const auto& line : found) {
        BOOST_TEST(line.find("include/rtk/resources/") != std::string::npos, line);
        BOOST_TEST(line.find("inline constexpr descriptor<") != std::string::npos, line);
      }
      // ...and one of its lines pairs it with this method.
      BOOST_TEST(std::count_if(found.begin(), found.end(), [&](const std::string& line) {
                   return line.find(method_word.at(op.method)) != std::string::npos;
                 }) == 1);
    }
  }
}

BOOST_AUTO_TEST_CASE(bad_params_are_refused_before_anything_is_sent) {
  rtk_test::operation_runner runner;
  auto& server = runner.server;
  const std::vector<std::pair<std::string, std::string>> cases{
      {"meetings.get", "[1]"},
      {"meetings.get", "{"},
      {"meetings.get", R"({"account_id":"a","app_id":"b"})"},  // no meeting_id
      {"meetings.get", R"({"account_id":"a","app_id":"b","meeting_id":".."})"},
      {"meetings.get", R"({"account_id":"a","app_id":"b","meeting_id":"m","bogus":1})"},
      {"meetings.add_participant",
       R"({"account_id":"a","app_id":"b","meeting_id":"m","preset_name":7,"custom_participant_id":"c"})"},
      {"no.such_operation", "{}"},
  };
  for (const auto& [op, params] : cases) {
    auto out = runner.run(op, params);
    BOOST_TEST((out.ec == rtk::errc::invalid_argument), op << " " << params);
    BOOST_TEST(!out.diag.client_message.empty());
  }
  BOOST_TEST(server.request_count() == 0u);
}

// For every operation: each path id empty, "." or "..", and each required field left out (the
// golden "required" rows hold exactly the required fields) is refused before sending.
BOOST_AUTO_TEST_CASE(every_operation_refuses_bad_ids_and_missing_required_fields) {
  rtk_test::operation_runner runner;
  auto& server = runner.server;
  for (const auto& row : golden_rows()) {
    if (row.at("case").as_string() != "required") continue;
    const auto* info = rtk::find_sdk_operation(std::string_view(row.at("op").as_string()));
    BOOST_TEST_REQUIRE(info != nullptr);
    json::object params = row.at("params").as_object();
    std::vector<std::string> ids;
    if (const auto& pos = row.at("positional"); pos.is_object()) {
      params[pos.as_object().at("fills").as_string()] = pos.as_object().at("value");
      ids.emplace_back(pos.as_object().at("fills").as_string());
    }
    for (const auto& kv : params)
      if (info->path.find("{" + std::string(kv.key()) + "}") != std::string_view::npos &&
          kv.key() != "account_id" && std::find(ids.begin(), ids.end(), kv.key()) == ids.end())
        ids.emplace_back(kv.key());
    BOOST_TEST_CONTEXT(info->name) {
      for (const auto& id : ids) {
        for (const char* bad : {"", ".", ".."}) {
          auto p = params;
          p[id] = bad;
          auto out = runner.run(std::string(info->name), json::serialize(p));
          BOOST_TEST((out.ec == rtk::errc::invalid_argument), id << "=\"" << bad << "\"");
          BOOST_TEST(out.diag.client_message.find(id) != std::string::npos,
                     out.diag.client_message);
        }
      }
      for (const auto& kv : params) {
        if (info->path.find("{" + std::string(kv.key()) + "}") != std::string_view::npos) continue;
        auto p = params;
        p.erase(kv.key());
        auto out = runner.run(std::string(info->name), json::serialize(p));
        BOOST_TEST((out.ec == rtk::errc::invalid_argument), "without " << kv.key());
        BOOST_TEST(out.diag.client_message.find(kv.key()) != std::string::npos,
                   out.diag.client_message);
      }
    }
  }
  BOOST_TEST(server.request_count() == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
