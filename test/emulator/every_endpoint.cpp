// Every operation against the emulator, driven by the official SDK's own requests (the golden
// rows of the conformance test) in the order a meeting's life would call them, with the ids
// swapped for objects that exist. Every row must get a real answer (no missing route, no 5xx,
// no broken connection); every operation must succeed at least once; and every success must
// decode with nothing unmapped: the emulator's shapes are the ones rtk's models (and so the
// reference) describe.

#include "fixture.hpp"

#include <rtk/operations.hpp>

#include <fstream>
#include <map>
#include <set>

using namespace rtk_emu_test;

namespace {

// The lifecycle order; each operation runs its required-only row, then its all-fields row.
const std::vector<std::string> lifecycle = {
    "apps.post",
    "apps.get",
    "presets.create",
    "presets.get",
    "presets.getPresetByID",
    "presets.update",
    "presets.replacePresetByID",
    "meetings.create",
    "meetings.get",
    "meetings.getMeetingByID",
    "meetings.updateMeetingByID",
    "meetings.replaceMeetingByID",
    "meetings.addParticipant",
    "meetings.getMeetingParticipants",
    "meetings.getMeetingParticipant",
    "meetings.editParticipant",
    "meetings.refreshParticipantToken",
    "webhooks.createWebhook",
    "webhooks.getWebhooks",
    "webhooks.getWebhookByID",
    "webhooks.editWebhook",
    "webhooks.replaceWebhook",
    // A live session of the meeting is seeded here.
    "sessions.getSessions",
    "sessions.getSessionDetails",
    "sessions.getSessionParticipants",
    "sessions.getSessionParticipantDetails",
    "sessions.getSessionChat",
    "sessions.getSessionTranscripts",
    "sessions.generateSummaryOfTranscripts",
    "sessions.getSessionSummary",
    "sessions.getParticipantDataFromPeerID",
    "activeSession.getActiveSession",
    "activeSession.createPoll",
    "activeSession.kickParticipants",
    "recordings.startRecordings",
    "recordings.getRecordings",
    "recordings.getOneRecording",
    "recordings.getActiveRecordings",
    "recordings.pauseResumeStopRecording",
    "recordings.startTrackRecording",
    "livestreams.startLivestreamingAMeeting",
    "livestreams.getMeetingActiveLivestreams",
    "livestreams.getAllLivestreams",
    "livestreams.getLivestreamSessionForLivestreamID",
    "livestreams.getActiveLivestreamsForLivestreamID",
    "livestreams.getLivestreamSessionDetailsForSessionID",
    "livestreams.stopLivestreamingAMeeting",
    "analytics.getOrgAnalytics",
    "livestreams.getOrgAnalytics",
    "livestreams.getLivestreamAnalyticsComplete",
    "livestreams.getLivestreamAnalyticsDaywise",
    "activeSession.kickAllParticipants",
    "meetings.deleteMeetingParticipant",
    "webhooks.deleteWebhook",
    "presets.delete",
};

std::vector<json::object> golden_rows() {
  std::ifstream in(RTK_GOLDEN_FILE);
  std::vector<json::object> rows;
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) rows.push_back(json::parse(line).as_object());
  return rows;
}

// The first string found under `key`, searching depth first; "" if none.
std::string find_string(const json::value& v, std::string_view key) {
  if (const auto* o = v.if_object()) {
    if (auto it = o->find(key); it != o->end() && it->value().is_string())
      return std::string(it->value().get_string());
    for (const auto& kv : *o)
      if (auto s = find_string(kv.value(), key); !s.empty()) return s;
  } else if (const auto* a = v.if_array()) {
    for (const auto& e : *a)
      if (auto s = find_string(e, key); !s.empty()) return s;
  }
  return {};
}

struct lifecycle_run {
  emulated e;
  std::map<std::string, std::string> ids{{"app_id", app}};  // path parameter -> existing id
  std::map<std::string, int> successes;
  std::vector<std::string> problems;

  // `op` is the SDK's name (the golden rows'), or rtk's for an operation the SDK lacks.
  rtk::operation_outcome call(const std::string& op, const json::object& params) {
    const rtk::operation_info* info = rtk::find_sdk_operation(op);
    std::string name = info != nullptr ? std::string(info->name) : op;
    auto f = asio::co_spawn(
        e.ioc, rtk::call_operation(e.client, std::move(name), json::serialize(params), {}),
        asio::use_future);
    return f.get();
  }

  // The row's params with every id that names an object swapped for one that exists.
  json::object params_for(const json::object& row) {
    json::object params = row.at("params").as_object();
    if (const auto& pos = row.at("positional"); pos.is_object())
      params[pos.as_object().at("fills").as_string()] = pos.as_object().at("value");
    std::string op(row.at("op").as_string());
    for (auto& [key, value] : params) {
      std::string name(key);
      if (name == "participant_id" && op.rfind("sessions.", 0) == 0) name = "peer_id";
      if (name == "associated_id") name = "meeting_id";
      if (auto it = ids.find(name); it != ids.end() && value.is_string()) value = it->second;
    }
    return params;
  }

  // Remembers the ids a successful create made.
  void learn(const std::string& op, const json::value& answer) {
    std::string id = find_string(answer.at("data"), "id");
    if (op == "presets.create") ids["preset_id"] = id;
    if (op == "meetings.create") ids["meeting_id"] = id;
    if (op == "meetings.addParticipant") ids["participant_id"] = id;
    if (op == "webhooks.createWebhook") ids["webhook_id"] = id;
    if (op == "recordings.startRecordings") ids["recording_id"] = id;
    if (op == "livestreams.startLivestreamingAMeeting") ids["livestream_id"] = id;
    // The running session sits beside its livestream: {"livestream": {...}, "session": {...}}.
    if (op == "livestreams.getActiveLivestreamsForLivestreamID")
      if (const auto* session = answer.at("data").as_object().if_contains("session"))
        ids["livestream-session-id"] = find_string(*session, "id");
  }

  void run_row(const json::object& row) {
    std::string op(row.at("op").as_string());
    std::string label = op + " (" + std::string(row.at("case").as_string()) + ")";
    rtk::operation_outcome out = call(op, params_for(row));
    if (!out.ec) {
      ++successes[op];
      learn(op, json::parse(out.json));
      if (!out.unmapped.empty()) problems.push_back(label + ": unmapped " + out.unmapped.front());
      if (!out.diag.missing_fields.empty())
        problems.push_back(label + ": missing " + out.diag.missing_fields.front());
      return;
    }
    const auto& d = out.diag;
    bool answered = d.http_status >= 400 && d.http_status < 500;
    bool own_envelope =
        d.api_code && *d.api_code == d.http_status;  // RealtimeKit's, not the gateway's
    if (!answered || !own_envelope) problems.push_back(label + ": " + d.to_string());
    BOOST_TEST_MESSAGE(label << ": " << d.to_string());
  }

  void seed_live_session() {
    json::object body{
        {"app_id", app},
        {"meeting_id", ids.at("meeting_id")},
        {"status", "LIVE"},
        {"participants",
         json::array{json::object{
             {"id", "peer-ada"}, {"name", "Ada"}, {"custom_participant_id", "ada@example.com"}}}},
        {"chat", json::array{json::object{{"message", "hello"}}}},
        {"transcript", json::array{json::object{{"text", "We ship the release today."}}}}};
    json::value seeded = e.control("POST", "sessions", json::serialize(body));
    ids["session_id"] = std::string(seeded.at("data").at("id").as_string());
    ids["peer_id"] = "peer-ada";
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(emulator_every_endpoint)

BOOST_AUTO_TEST_CASE(every_operation_answers_and_succeeds_with_the_documented_shape) {
  lifecycle_run run;
  auto rows = golden_rows();
  std::set<std::string> covered;
  for (const auto& op : lifecycle) {
    if (op == "sessions.getSessions") run.seed_live_session();
    for (const char* which : {"required", "full"})
      for (const auto& row : rows)
        if (row.at("op").as_string() == op && row.at("case").as_string() == which) run.run_row(row);
    covered.insert(op);
  }
  // The one operation the SDK lacks: an independent livestream.
  json::object independent{{"app_id", app}, {"name", "independent stream"}};
  auto out = run.call("livestreams.create", independent);
  BOOST_TEST(!out.ec, out.diag.to_string());
  BOOST_TEST(out.unmapped.empty());

  for (const auto& row : rows)
    BOOST_TEST(covered.count(std::string(row.at("op").as_string())) == 1u);
  for (const auto& op : lifecycle) BOOST_TEST(run.successes[op] > 0, op << " never succeeded");
  for (const auto& p : run.problems) BOOST_ERROR(p);
}

BOOST_AUTO_TEST_SUITE_END()
