// The emulator posts webhooks: each state change RealtimeKit reports becomes a signed POST to
// the app's enabled webhooks subscribed to its event, after the API has answered. Receivers
// here are loopback_servers on 127.0.0.1 that record every request and answer as scripted;
// signatures are checked with OpenSSL against the key served at /.well-known/webhooks.json.
// Waits are bounded: on the receiver's condition variable, or by polling the deliveries list.

#include "fixture.hpp"
#include "plain_http.hpp"
#include "support/loopback_server.hpp"
#include "support/test_ca.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <unistd.h>

#include <cstdio>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace rtk_emu_test;

namespace {

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using rtk_test::loopback_server;
using rtk_test::received_request;
using rtk_test::scripted_reply;

const std::vector<std::string> all_events = {"meeting.started",
                                             "meeting.ended",
                                             "meeting.participantJoined",
                                             "meeting.participantLeft",
                                             "meeting.chatSynced",
                                             "recording.statusUpdate",
                                             "livestreaming.statusUpdate",
                                             "meeting.transcript",
                                             "meeting.summary"};

// Short waits, so retries take milliseconds.
rtk::emulator::options fast(rtk::emulator::options o = {}) {
  o.app_ids = {app};
  o.webhook_backoff = 20ms;
  o.webhook_timeout = 2s;
  return o;
}

// An API call on the fixture's app: its `data`. Fails the test unless it answers 2xx.
json::value api(emulated& e, http::verb verb, const std::string& path,
                const json::value& body = {}) {
  std::string target =
      std::string("/client/v4/accounts/") + account + "/realtime/kit/" + app + path;
  http_reply r = http_call(e.emu.port(), verb, target, body.is_null() ? "" : json::serialize(body));
  BOOST_TEST_REQUIRE(r.status / 100 == 2u, verb << " " << path << ": " << r.body);
  return json::parse(r.body).at("data");
}

std::string new_meeting(emulated& e, std::string title) {
  json::object body{{"title", std::move(title)}};
  return std::string(api(e, http::verb::post, "/meetings", body).at("id").as_string());
}

std::string new_webhook(emulated& e, const std::string& url, const std::vector<std::string>& events,
                        bool enabled = true) {
  json::array list;
  for (const auto& ev : events) list.emplace_back(ev);
  json::object body{
      {"name", "hook"}, {"url", url}, {"events", std::move(list)}, {"enabled", enabled}};
  return std::string(api(e, http::verb::post, "/webhooks", body).at("id").as_string());
}

std::string seed(emulated& e, const json::object& body) {
  return std::string(
      e.control("POST", "sessions", json::serialize(body)).at("data").at("id").as_string());
}

json::array deliveries(emulated& e) {
  return e.control("GET", "deliveries").at("data").as_array();
}

// Polls the deliveries list until `done` holds; fails after `bound`.
json::array deliveries_when(emulated& e, const std::function<bool(const json::array&)>& done,
                            std::chrono::milliseconds bound = 10s) {
  auto give_up = std::chrono::steady_clock::now() + bound;
  for (;;) {
    json::array d = deliveries(e);
    if (done(d)) return d;
    if (std::chrono::steady_clock::now() > give_up)
      BOOST_FAIL("deliveries never got there: " << json::serialize(d));
    std::this_thread::sleep_for(5ms);  // the poll's interval; the bound is what matters
  }
}

// The list once `n` deliveries have been settled (delivered or failed).
json::array settled(emulated& e, std::size_t n) {
  return deliveries_when(e, [n](const json::array& d) {
    std::size_t done = 0;
    for (const auto& a : d)
      if (a.at("outcome") != "retrying") ++done;
    return done >= n;
  });
}

void require_requests(const loopback_server& r, std::size_t n) {
  BOOST_TEST_REQUIRE(r.wait_for_requests(n, 10s),
                     "wanted " << n << " requests, got " << r.request_count());
}

std::string hook_url(const loopback_server& r, std::string_view path) {
  return "http://127.0.0.1:" + std::to_string(r.port()) + std::string(path);
}

// ---- Checking a delivery -------------------------------------------------------------------

std::vector<unsigned char> base64_decoded(const std::string& text) {
  std::vector<unsigned char> out(text.size());
  int n = EVP_DecodeBlock(out.data(), reinterpret_cast<const unsigned char*>(text.data()),
                          static_cast<int>(text.size()));
  if (n < 0) return {};
  std::size_t padding = 0;
  for (auto it = text.rbegin(); it != text.rend() && *it == '='; ++it) ++padding;
  out.resize(static_cast<std::size_t>(n) - padding);
  return out;
}

// Whether `signature` (standard Base64) is an RSA PKCS#1 v1.5 SHA-256 signature of `body` by
// the key in `pem`.
bool verifies(const std::string& pem, const std::string& body, const std::string& signature) {
  BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
  EVP_PKEY* key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
  BIO_free(bio);
  if (key == nullptr) return false;
  std::vector<unsigned char> sig = base64_decoded(signature);
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  bool ok = ctx != nullptr && !sig.empty() &&
            EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
            EVP_DigestVerify(ctx, sig.data(), sig.size(),
                             reinterpret_cast<const unsigned char*>(body.data()), body.size()) == 1;
  EVP_MD_CTX_free(ctx);
  EVP_PKEY_free(key);
  return ok;
}

// The key as any receiver would get it: from the well-known URL, without credentials.
std::string served_public_key(const emulated& e) {
  http_reply r = http_call(e.emu.port(), http::verb::get, "/.well-known/webhooks.json", {}, false);
  BOOST_TEST_REQUIRE(r.status == 200u, r.body);
  json::value doc = json::parse(r.body);
  BOOST_TEST(doc.at("success") == true);
  BOOST_TEST(doc.at("message") == "");
  return std::string(doc.at("data").at("publicKey").as_string());
}

// xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx, lowercase hex. (No std::regex: GCC 12 warns
// falsely inside it at -O1, the ASan build.)
bool is_uuid_v4(const std::string& s) {
  if (s.size() != 36) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    bool hex = (s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f');
    if (dash ? s[i] != '-' : !hex) return false;
  }
  return s[14] == '4' && std::string_view("89ab").find(s[19]) != std::string_view::npos;
}

// A delivery as RealtimeKit makes it: a JSON POST with the three headers, signed. Its body.
json::object checked(const received_request& r, const std::string& pem,
                     const std::string& webhook_id) {
  BOOST_TEST(r.method == "POST");
  BOOST_TEST(r.header("Content-Type") == "application/json");
  std::string signature = r.header("rtk-signature");
  BOOST_TEST(signature.find_first_of("\r\n ") == std::string::npos);
  BOOST_TEST(signature.size() % 4 == 0u);
  BOOST_TEST(verifies(pem, r.body, signature), "signature does not verify: " << r.body);
  BOOST_TEST(is_uuid_v4(r.header("rtk-uuid")), r.header("rtk-uuid"));
  BOOST_TEST(r.header("rtk-webhook-id") == webhook_id);
  return json::parse(r.body).as_object();
}

// A JSON string's text ("<not a string>" otherwise), to compare with std::strings.
std::string str(const json::value& v) {
  return v.is_string() ? std::string(v.get_string()) : "<not a string: " + json::serialize(v) + ">";
}

std::set<std::string> keys_of(const json::value& v) {
  std::set<std::string> out;
  for (const auto& kv : v.as_object()) out.emplace(kv.key());
  return out;
}

const std::set<std::string> meeting_keys = {"id",        "sessionId", "title",
                                            "roomName",  "status",    "createdAt",
                                            "startedAt", "endedAt",   "organizedBy"};
const std::set<std::string> participant_keys = {
    "peerId", "userDisplayName", "customParticipantId", "clientSpecificId", "joinedAt", "leftAt"};

std::vector<std::string> events_of(const std::vector<received_request>& got) {
  std::vector<std::string> out;
  for (const auto& r : got) out.emplace_back(json::parse(r.body).at("event").as_string());
  return out;
}

// A session of `meeting` that ran 10:00 to 11:00 with Alice and Bob, chat, transcript, summary.
json::object ended_seed(const std::string& meeting) {
  return json::object{
      {"app_id", app},
      {"meeting_id", meeting},
      {"status", "ENDED"},
      {"started_at", "2026-06-10T10:00:00Z"},
      {"ended_at", "2026-06-10T11:00:00Z"},
      {"participants",
       json::array{json::object{{"name", "Alice"}, {"custom_participant_id", "alice"}},
                   json::object{{"name", "Bob"}, {"custom_participant_id", "bob"}}}},
      {"chat", json::array{json::object{{"custom_participant_id", "alice"}, {"message", "Hello"}}}},
      {"transcript",
       json::array{json::object{{"custom_participant_id", "alice"}, {"text", "We shipped it."}}}},
      {"summary", "Ship on Friday."}};
}

json::object live_seed(const std::string& meeting) {
  return json::object{
      {"app_id", app},
      {"meeting_id", meeting},
      {"status", "LIVE"},
      {"participants",
       json::array{
           json::object{
               {"name", "Alice"}, {"custom_participant_id", "alice"}, {"id", "peer-alice"}},
           json::object{{"name", "Bob"}, {"custom_participant_id", "bob"}, {"id", "peer-bob"}}}},
      {"transcript", json::array{json::object{{"custom_participant_id", "bob"},
                                              {"text", "Let us wrap up. Thanks."}}}}};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(emulator_webhook_delivery)

BOOST_AUTO_TEST_CASE(the_signing_key_is_published_at_the_well_known_url) {
  emulated e(fast());
  BOOST_TEST(e.emu.webhook_public_key_url() ==
             "http://127.0.0.1:" + std::to_string(e.emu.port()) + "/.well-known/webhooks.json");
  std::string pem = served_public_key(e);
  BOOST_TEST(pem.rfind("-----BEGIN PUBLIC KEY-----\n", 0) == 0u, pem);
  BOOST_TEST(pem.find("-----END PUBLIC KEY-----\n") != std::string::npos);
  BOOST_TEST(pem == e.emu.webhook_public_key_pem());
  // Not under /client/v4 and not an API request.
  BOOST_TEST(e.emu.requests_served() == 0u);
  http_reply post =
      http_call(e.emu.port(), http::verb::post, "/.well-known/webhooks.json", "{}", false);
  BOOST_TEST(post.status == 405u);
}

BOOST_AUTO_TEST_CASE(a_seeded_ended_session_sends_its_nine_events_in_order_signed) {
  emulated e(fast());
  loopback_server receiver;
  std::string meeting = new_meeting(e, "Weekly sync");
  std::string hook = new_webhook(e, hook_url(receiver, "/rtk/events?source=emulator"), all_events);
  std::string session = seed(e, ended_seed(meeting));

  require_requests(receiver, 9);
  auto got = receiver.requests();
  BOOST_TEST((events_of(got) ==
              std::vector<std::string>{
                  "meeting.started", "meeting.participantJoined", "meeting.participantJoined",
                  "meeting.participantLeft", "meeting.participantLeft", "meeting.ended",
                  "meeting.chatSynced", "meeting.transcript", "meeting.summary"}));
  std::string pem = served_public_key(e);
  std::set<std::string> uuids;
  std::vector<json::object> bodies;
  for (const auto& r : got) {
    BOOST_TEST(r.target == "/rtk/events?source=emulator");
    bodies.push_back(checked(r, pem, hook));
    uuids.insert(r.header("rtk-uuid"));
  }
  BOOST_TEST(uuids.size() == 9u);  // one per delivery

  // meeting.started: the call as it began.
  const json::value& started = bodies[0].at("meeting");
  BOOST_TEST(keys_of(bodies[0]) == (std::set<std::string>{"event", "meeting"}));
  BOOST_TEST(keys_of(started) == meeting_keys);
  BOOST_TEST(str(started.at("id")) == meeting);
  BOOST_TEST(str(started.at("sessionId")) == session);
  BOOST_TEST(started.at("title") == "Weekly sync");
  BOOST_TEST(started.at("status") == "LIVE");
  BOOST_TEST(started.at("startedAt") == "2026-06-10T10:00:00.000Z");
  BOOST_TEST(started.at("endedAt").is_null());
  BOOST_TEST(started.at("organizedBy").at("id") == app);
  BOOST_TEST(started.at("organizedBy").at("name") == app);

  // The participants joined, then left.
  const json::value& alice_joined = bodies[1].at("participant");
  BOOST_TEST(keys_of(alice_joined) == participant_keys);
  BOOST_TEST(alice_joined.at("userDisplayName") == "Alice");
  BOOST_TEST(alice_joined.at("customParticipantId") == "alice");
  BOOST_TEST(alice_joined.at("clientSpecificId") == "alice");
  BOOST_TEST(alice_joined.at("joinedAt") == "2026-06-10T10:00:00.000Z");
  BOOST_TEST(alice_joined.at("leftAt").is_null());
  BOOST_TEST(bodies[2].at("participant").at("userDisplayName") == "Bob");
  const json::value& alice_left = bodies[3].at("participant");
  BOOST_TEST(alice_left.at("peerId") == alice_joined.at("peerId"));
  BOOST_TEST(alice_left.at("leftAt") == "2026-06-10T11:00:00.000Z");
  BOOST_TEST(keys_of(bodies[3].at("meeting")) == meeting_keys);

  // meeting.ended: everyone left.
  BOOST_TEST(bodies[5].at("reason") == "ALL_PARTICIPANTS_LEFT");
  BOOST_TEST(bodies[5].at("meeting").at("status") == "ENDED");
  BOOST_TEST(bodies[5].at("meeting").at("endedAt") == "2026-06-10T11:00:00.000Z");

  // meeting.chatSynced is flat.
  const json::object& chat = bodies[6];
  BOOST_TEST(keys_of(chat) ==
             (std::set<std::string>{"event", "sessionId", "meetingId", "title", "chatDownloadUrl",
                                    "chatDownloadUrlExpiry", "createdAt", "startedAt", "endedAt",
                                    "organizedBy"}));
  BOOST_TEST(str(chat.at("sessionId")) == session);
  BOOST_TEST(str(chat.at("meetingId")) == meeting);
  BOOST_TEST(std::string(chat.at("chatDownloadUrl").as_string()).rfind("data:text/csv", 0) == 0u);
  BOOST_TEST(!chat.at("chatDownloadUrlExpiry").as_string().empty());

  BOOST_TEST(std::string(bodies[7].at("transcriptDownloadUrl").as_string()).find("shipped") !=
             std::string::npos);
  BOOST_TEST(!bodies[7].at("transcriptDownloadUrlExpiry").as_string().empty());
  BOOST_TEST(
      std::string(bodies[8].at("summaryDownloadUrl").as_string()).rfind("data:text/plain", 0) ==
      0u);
  BOOST_TEST(str(bodies[8].at("meeting").at("sessionId")) == session);

  // Every attempt is listed, in order.
  json::array listed = settled(e, 9);
  BOOST_TEST_REQUIRE(listed.size() == 9u);
  for (std::size_t i = 0; i < listed.size(); ++i) {
    const json::value& a = listed[i];
    BOOST_TEST(keys_of(a) == (std::set<std::string>{"id", "webhook_id", "event", "url", "attempt",
                                                    "status", "error", "outcome"}));
    BOOST_TEST(str(a.at("id")) == got[i].header("rtk-uuid"));
    BOOST_TEST(str(a.at("webhook_id")) == hook);
    BOOST_TEST(str(a.at("event")) == events_of(got)[i]);
    BOOST_TEST(str(a.at("url")) == hook_url(receiver, "/rtk/events?source=emulator"));
    BOOST_TEST(a.at("attempt") == 1);
    BOOST_TEST(a.at("status") == 200);
    BOOST_TEST(a.at("error") == "");
    BOOST_TEST(a.at("outcome") == "delivered");
  }
}

BOOST_AUTO_TEST_CASE(kicks_send_participant_left_and_kick_all_ends_the_meeting) {
  emulated e(fast());
  loopback_server receiver;
  std::string meeting = new_meeting(e, "Standup");
  std::string hook =
      new_webhook(e, hook_url(receiver, "/hook"),
                  {"meeting.participantLeft", "meeting.ended", "meeting.transcript"});
  std::string session = seed(e, live_seed(meeting));
  // A live seed: nobody has left yet, so nothing this webhook wants.
  json::object kick{{"participant_ids", json::array{"peer-alice"}}};
  api(e, http::verb::post, "/meetings/" + meeting + "/active-session/kick", kick);
  require_requests(receiver, 1);
  std::string pem = served_public_key(e);
  json::object left = checked(receiver.requests()[0], pem, hook);
  BOOST_TEST(left.at("event") == "meeting.participantLeft");
  BOOST_TEST(left.at("participant").at("peerId") == "peer-alice");
  BOOST_TEST(left.at("participant").at("leftAt").is_string());
  BOOST_TEST(str(left.at("meeting").at("sessionId")) == session);
  BOOST_TEST(left.at("meeting").at("status") == "LIVE");

  api(e, http::verb::post, "/meetings/" + meeting + "/active-session/kick-all", json::object{});
  require_requests(receiver, 4);
  auto got = receiver.requests();
  BOOST_TEST_REQUIRE(got.size() == 4u);
  BOOST_TEST((events_of(got) == std::vector<std::string>{"meeting.participantLeft",
                                                         "meeting.participantLeft", "meeting.ended",
                                                         "meeting.transcript"}));
  json::object bob = checked(got[1], pem, hook);
  BOOST_TEST(bob.at("participant").at("peerId") == "peer-bob");
  json::object ended = checked(got[2], pem, hook);
  BOOST_TEST(ended.at("reason") == "HOST_ENDED_MEETING");
  BOOST_TEST(ended.at("meeting").at("status") == "ENDED");
  BOOST_TEST(ended.at("meeting").at("endedAt").is_string());
  checked(got[3], pem, hook);
}

BOOST_AUTO_TEST_CASE(generating_a_summary_sends_meeting_summary) {
  emulated e(fast());
  loopback_server receiver;
  std::string meeting = new_meeting(e, "Retro");
  std::string hook = new_webhook(e, hook_url(receiver, "/summary"), {"meeting.summary"});
  std::string session = seed(e, live_seed(meeting));
  api(e, http::verb::post, "/sessions/" + session + "/summary");
  require_requests(receiver, 1);
  json::object body = checked(receiver.requests()[0], served_public_key(e), hook);
  BOOST_TEST(body.at("event") == "meeting.summary");
  BOOST_TEST(keys_of(body) == (std::set<std::string>{"event", "meeting", "summaryDownloadUrl",
                                                     "summaryDownloadUrlExpiry"}));
  BOOST_TEST(std::string(body.at("summaryDownloadUrl").as_string()).find("Summary%20of%20Retro") !=
             std::string::npos);
  BOOST_TEST(str(body.at("meeting").at("sessionId")) == session);
  BOOST_TEST(body.at("meeting").at("title") == "Retro");
}

BOOST_AUTO_TEST_CASE(recordings_send_each_status_they_reach) {
  emulated e(fast());
  loopback_server receiver;
  std::string meeting = new_meeting(e, "Recorded");
  std::string hook = new_webhook(e, hook_url(receiver, "/rec"), {"recording.statusUpdate"});
  json::object start{{"meeting_id", meeting}};
  std::string id = std::string(api(e, http::verb::post, "/recordings", start).at("id").as_string());
  for (std::string action : {"pause", "resume", "stop"}) {
    json::object body{{"action", action}};
    api(e, http::verb::put, "/recordings/" + id, body);
  }
  require_requests(receiver, 5);
  auto got = receiver.requests();
  std::string pem = served_public_key(e);
  std::vector<std::string> statuses;
  std::vector<json::object> bodies;
  for (const auto& r : got) {
    bodies.push_back(checked(r, pem, hook));
    statuses.emplace_back(bodies.back().at("recording").at("status").as_string());
  }
  BOOST_TEST((statuses == std::vector<std::string>{"RECORDING", "PAUSED", "RECORDING", "UPLOADING",
                                                   "UPLOADED"}));
  const json::value& rec = bodies[0].at("recording");
  BOOST_TEST(keys_of(rec) ==
             (std::set<std::string>{"id", "recordingId", "status", "downloadUrl",
                                    "audioDownloadUrl", "downloadUrlExpiry", "startedTime",
                                    "stoppedTime", "fileSize", "outputFileName", "meetingId",
                                    "recordingDuration", "organizationId", "roomUUID"}));
  BOOST_TEST(str(rec.at("id")) == id);
  BOOST_TEST(str(rec.at("recordingId")) == id);
  BOOST_TEST(str(rec.at("meetingId")) == meeting);
  BOOST_TEST(rec.at("organizationId") == app);
  BOOST_TEST(rec.at("downloadUrl").is_null());
  BOOST_TEST(rec.at("stoppedTime").is_null());
  BOOST_TEST(str(bodies[0].at("meeting").at("id")) == meeting);
  BOOST_TEST(bodies[0].at("meeting").at("title") == "Recorded");
  BOOST_TEST(bodies[3].at("recording").at("downloadUrl").is_null());  // still uploading
  BOOST_TEST(bodies[3].at("recording").at("stoppedTime").is_string());
  const json::value& uploaded = bodies[4].at("recording");
  BOOST_TEST(std::string(uploaded.at("downloadUrl").as_string()).rfind("https://", 0) == 0u);
  BOOST_TEST(uploaded.at("fileSize").as_int64() > 0);
  BOOST_TEST(uploaded.at("recordingDuration").as_int64() >= 1);
}

BOOST_AUTO_TEST_CASE(livestreams_send_live_then_offline) {
  emulated e(fast());
  loopback_server receiver;
  std::string meeting = new_meeting(e, "On air");
  std::string hook = new_webhook(e, hook_url(receiver, "/live"), {"livestreaming.statusUpdate"});
  json::value started =
      api(e, http::verb::post, "/meetings/" + meeting + "/livestreams", json::object{});
  api(e, http::verb::post, "/meetings/" + meeting + "/active-livestream/stop");
  require_requests(receiver, 2);
  auto got = receiver.requests();
  std::string pem = served_public_key(e);
  json::object live = checked(got[0], pem, hook);
  json::object offline = checked(got[1], pem, hook);
  BOOST_TEST(keys_of(live) ==
             (std::set<std::string>{"event", "streamId", "status", "manualIngest", "playbackUrl",
                                    "ingestServer", "streamKey", "meeting"}));
  BOOST_TEST(live.at("status") == "LIVE");
  BOOST_TEST(offline.at("status") == "OFFLINE");
  BOOST_TEST(live.at("streamId") == started.at("id"));
  BOOST_TEST(live.at("streamKey") == started.at("stream_key"));
  BOOST_TEST(live.at("playbackUrl") == started.at("playback_url"));
  BOOST_TEST(live.at("manualIngest") == false);
  BOOST_TEST(str(live.at("meeting").at("id")) == meeting);
  // The stream key is in the body only: the deliveries list has no bodies.
  json::array listed = settled(e, 2);
  BOOST_TEST(json::serialize(listed).find(std::string(started.at("stream_key").as_string())) ==
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_500_is_retried_with_the_same_uuid_and_signature) {
  emulated e(fast());
  loopback_server receiver;
  receiver.push_reply(scripted_reply{.status = 500, .body = "{}"});
  std::string meeting = new_meeting(e, "Flaky receiver");
  std::string hook = new_webhook(e, hook_url(receiver, "/flaky"), {"meeting.started"});
  seed(e, live_seed(meeting));
  require_requests(receiver, 2);
  auto got = receiver.requests();
  std::string pem = served_public_key(e);
  checked(got[0], pem, hook);
  checked(got[1], pem, hook);
  BOOST_TEST(got[0].header("rtk-uuid") == got[1].header("rtk-uuid"));
  BOOST_TEST(got[0].body == got[1].body);
  BOOST_TEST(got[0].header("rtk-signature") == got[1].header("rtk-signature"));
  json::array listed = settled(e, 1);
  BOOST_TEST_REQUIRE(listed.size() == 2u);
  BOOST_TEST(listed[0].at("attempt") == 1);
  BOOST_TEST(listed[0].at("status") == 500);
  BOOST_TEST(listed[0].at("outcome") == "retrying");
  BOOST_TEST(listed[1].at("attempt") == 2);
  BOOST_TEST(listed[1].at("status") == 200);
  BOOST_TEST(listed[1].at("outcome") == "delivered");
  BOOST_TEST(listed[0].at("id") == listed[1].at("id"));
}

BOOST_AUTO_TEST_CASE(a_delivery_can_be_sent_again_with_its_uuid) {
  emulated e(fast());
  loopback_server receiver;
  std::string meeting = new_meeting(e, "Twice");
  std::string hook = new_webhook(e, hook_url(receiver, "/twice"), {"meeting.started"});
  seed(e, live_seed(meeting));
  json::array first = settled(e, 1);
  BOOST_TEST_REQUIRE(first.size() == 1u);
  json::object again{{"id", first[0].at("id")}};
  e.control("POST", "deliveries/redeliver", json::serialize(again));
  require_requests(receiver, 2);
  auto got = receiver.requests();
  BOOST_TEST(got[1].header("rtk-uuid") == got[0].header("rtk-uuid"));
  BOOST_TEST(got[1].body == got[0].body);
  checked(got[1], served_public_key(e), hook);
  json::array both = settled(e, 2);
  BOOST_TEST_REQUIRE(both.size() == 2u);
  BOOST_TEST(both[1].at("id") == first[0].at("id"));
  BOOST_TEST(both[1].at("outcome") == "delivered");
  json::object unknown{{"id", "no-such-delivery"}};
  BOOST_TEST(e.emu.control("POST", "deliveries/redeliver", json::serialize(unknown)).status ==
             404u);
}

BOOST_AUTO_TEST_CASE(a_4xx_or_3xx_answer_is_a_failure_never_retried) {
  for (int status : {400, 302}) {
    BOOST_TEST_CONTEXT("answer " << status) {
      emulated e(fast());
      loopback_server receiver;
      receiver.push_reply(scripted_reply{.status = status, .body = "{}"});
      std::string meeting = new_meeting(e, "Picky receiver");
      std::string hook = new_webhook(e, hook_url(receiver, "/picky"), {"recording.statusUpdate"});
      json::object start{{"meeting_id", meeting}};
      std::string id =
          std::string(api(e, http::verb::post, "/recordings", start).at("id").as_string());
      json::array first = settled(e, 1);
      BOOST_TEST_REQUIRE(first.size() == 1u);
      BOOST_TEST(first[0].at("status") == status);
      BOOST_TEST(first[0].at("outcome") == "failed");
      // One webhook's deliveries go out in order: once the next one has arrived, the failed
      // one is certainly not coming back.
      json::object pause{{"action", "pause"}};
      api(e, http::verb::put, "/recordings/" + id, pause);
      require_requests(receiver, 2);
      json::array both = settled(e, 2);
      BOOST_TEST(receiver.request_count() == 2u);
      BOOST_TEST_REQUIRE(both.size() == 2u);
      BOOST_TEST(both[1].at("outcome") == "delivered");
      auto got = receiver.requests();
      BOOST_TEST(got[0].header("rtk-uuid") != got[1].header("rtk-uuid"));
    }
  }
}

BOOST_AUTO_TEST_CASE(network_failures_are_retried_with_backoff_then_given_up) {
  // A port nobody listens on: every attempt is refused.
  std::uint16_t closed_port = 0;
  {
    loopback_server gone;
    closed_port = gone.port();
  }
  emulated e(fast());
  std::string meeting = new_meeting(e, "Nobody home");
  std::string url = "http://127.0.0.1:" + std::to_string(closed_port) + "/hook";
  new_webhook(e, url, {"meeting.started"});
  seed(e, live_seed(meeting));
  json::array listed = settled(e, 1);
  BOOST_TEST_REQUIRE(listed.size() == 4u);  // four attempts in all
  for (std::size_t i = 0; i < 4; ++i) {
    BOOST_TEST(listed[i].at("attempt") == i + 1);
    BOOST_TEST(listed[i].at("status") == 0);
    BOOST_TEST(listed[i].at("error").as_string().starts_with("connect:"), listed[i]);
    BOOST_TEST(listed[i].at("outcome") == (i < 3 ? "retrying" : "failed"));
    BOOST_TEST(listed[i].at("id") == listed[0].at("id"));
  }
}

BOOST_AUTO_TEST_CASE(a_receiver_that_stalls_or_hangs_up_is_retried) {
  rtk::emulator::options o = fast();
  o.webhook_timeout = 300ms;
  emulated e(o);
  loopback_server receiver;
  receiver.push_reply(scripted_reply{.fault_kind = rtk_test::fault::stall});
  receiver.push_reply(scripted_reply{.fault_kind = rtk_test::fault::close_before_response});
  std::string meeting = new_meeting(e, "Slow receiver");
  std::string hook = new_webhook(e, hook_url(receiver, "/slow"), {"meeting.started"});
  seed(e, live_seed(meeting));
  json::array listed = settled(e, 1);
  BOOST_TEST_REQUIRE(listed.size() == 3u);
  BOOST_TEST(listed[0].at("status") == 0);
  BOOST_TEST(listed[0].at("error").as_string().find("timed out after 300 ms") != json::string::npos,
             listed[0]);
  BOOST_TEST(listed[0].at("outcome") == "retrying");
  BOOST_TEST(listed[1].at("status") == 0);
  BOOST_TEST(listed[1].at("outcome") == "retrying");
  BOOST_TEST(listed[2].at("outcome") == "delivered");
  auto got = receiver.requests();
  BOOST_TEST_REQUIRE(got.size() == 3u);
  BOOST_TEST(got[0].header("rtk-uuid") == got[2].header("rtk-uuid"));
  checked(got[2], served_public_key(e), hook);
}

BOOST_AUTO_TEST_CASE(disabled_and_unsubscribed_webhooks_get_nothing) {
  emulated e(fast());
  loopback_server receiver;
  std::string meeting = new_meeting(e, "Selective");
  std::string wanted = new_webhook(e, hook_url(receiver, "/wanted"), {"meeting.started"});
  std::string disabled = new_webhook(e, hook_url(receiver, "/disabled"),
                                     {"meeting.started", "recording.statusUpdate"}, false);
  std::string other = new_webhook(e, hook_url(receiver, "/other"), {"recording.statusUpdate"});
  seed(e, live_seed(meeting));
  require_requests(receiver, 1);
  // Enable the disabled one, then start a recording: each webhook's deliveries arrive in order,
  // so the first either of them gets shows what they got before.
  json::object enable{{"enabled", true}};
  api(e, http::verb::patch, "/webhooks/" + disabled, enable);
  json::object start{{"meeting_id", meeting}};
  api(e, http::verb::post, "/recordings", start);
  require_requests(receiver, 3);
  auto got = receiver.requests();
  BOOST_TEST_REQUIRE(got.size() == 3u);
  // Each webhook's deliveries, as "<event> from <rtk-webhook-id>", by the path they reached.
  std::map<std::string, std::vector<std::string>> by_path;
  std::string pem = served_public_key(e);
  for (const auto& r : got) {
    json::object body = checked(r, pem, r.header("rtk-webhook-id"));
    by_path[r.target].push_back(str(body.at("event")) + " from " + r.header("rtk-webhook-id"));
  }
  BOOST_TEST((by_path["/wanted"] == std::vector<std::string>{"meeting.started from " + wanted}));
  BOOST_TEST((by_path["/disabled"] ==
              std::vector<std::string>{"recording.statusUpdate from " + disabled}));
  BOOST_TEST(
      (by_path["/other"] == std::vector<std::string>{"recording.statusUpdate from " + other}));
  BOOST_TEST(settled(e, 3).size() == 3u);
}

BOOST_AUTO_TEST_CASE(the_deliveries_list_is_cleared_by_delete_and_by_reset) {
  emulated e(fast());
  loopback_server receiver;
  std::string meeting = new_meeting(e, "Listed");
  new_webhook(e, hook_url(receiver, "/listed"), {"meeting.started"});
  seed(e, live_seed(meeting));
  BOOST_TEST(settled(e, 1).size() == 1u);
  BOOST_TEST(e.control("DELETE", "deliveries").at("success") == true);
  BOOST_TEST(deliveries(e).empty());
  // Over HTTP too.
  http_reply listed = http_call(e.emu.port(), http::verb::get, "/__emulator/deliveries", {}, false);
  BOOST_TEST(listed.status == 200u);
  BOOST_TEST(json::parse(listed.body).at("data").as_array().empty());

  json::object second = live_seed(meeting);
  second["status"] = "ENDED";
  second["participants"] = json::array{};
  seed(e, second);
  BOOST_TEST(settled(e, 1).size() == 1u);
  e.control("POST", "reset");
  BOOST_TEST(deliveries(e).empty());
}

BOOST_AUTO_TEST_CASE(a_refused_request_sends_nothing) {
  emulated e(fast());
  loopback_server receiver;
  std::string meeting = new_meeting(e, "Refused");
  new_webhook(e, hook_url(receiver, "/refused"), {"meeting.started", "recording.statusUpdate"});
  // A bad seed is refused whole: no session, no event.
  json::object bad = live_seed(meeting);
  bad["started_at"] = "yesterday";
  BOOST_TEST(e.emu.control("POST", "sessions", json::serialize(bad)).status == 422u);
  json::object start{{"meeting_id", meeting}};
  api(e, http::verb::post, "/recordings", start);
  require_requests(receiver, 1);
  BOOST_TEST(events_of(receiver.requests()) == std::vector<std::string>{"recording.statusUpdate"});
}

BOOST_AUTO_TEST_CASE(hosts_other_than_loopback_are_not_contacted) {
  emulated e(fast());
  std::string meeting = new_meeting(e, "Elsewhere");
  new_webhook(e, "https://hooks.example.com/rtk", {"meeting.started"});
  seed(e, live_seed(meeting));
  json::array listed = settled(e, 1);
  BOOST_TEST_REQUIRE(listed.size() == 1u);  // not retried: nothing was sent
  BOOST_TEST(listed[0].at("status") == 0);
  BOOST_TEST(listed[0].at("outcome") == "failed");
  BOOST_TEST(listed[0].at("error").as_string().find("not a loopback host") != json::string::npos,
             listed[0]);
}

BOOST_AUTO_TEST_CASE(https_receivers_must_present_a_certificate_the_system_trusts) {
  rtk_test::test_ca ca;
  auto files = ca.issue("receiver", {"IP:127.0.0.1"});
  loopback_server receiver(loopback_server::options{
      .tls = true, .cert_file = files.cert_file, .key_file = files.key_file});
  rtk::emulator::options o = fast();
  o.webhook_attempts = 2;
  emulated e(o);
  std::string meeting = new_meeting(e, "Untrusted");
  std::string url = "https://127.0.0.1:" + std::to_string(receiver.port()) + "/tls";
  new_webhook(e, url, {"meeting.started"});
  seed(e, live_seed(meeting));
  json::array listed = settled(e, 1);
  BOOST_TEST_REQUIRE(listed.size() == 2u);  // a network failure: retried
  BOOST_TEST(listed[0].at("error").as_string().starts_with("TLS handshake:"), listed[0]);
  BOOST_TEST(listed[1].at("outcome") == "failed");
  BOOST_TEST(receiver.request_count() == 0u);
}

BOOST_AUTO_TEST_CASE(stopping_cuts_deliveries_under_way_and_waiting_retries) {
  loopback_server receiver;
  receiver.set_handler([](const received_request& r) {
    scripted_reply out;
    if (r.target == "/stall") out.fault_kind = rtk_test::fault::stall;
    if (r.target == "/fail") out.status = 503;
    return out;
  });
  rtk::emulator::options o = fast();
  o.webhook_timeout = 60s;
  o.webhook_backoff = 60s;
  emulated e(o);
  std::string meeting = new_meeting(e, "Stopping");
  new_webhook(e, hook_url(receiver, "/stall"), {"meeting.started"});
  new_webhook(e, hook_url(receiver, "/fail"), {"meeting.started"});
  seed(e, live_seed(meeting));
  // Both have been tried: one hangs on its answer, the other waits a minute to retry.
  require_requests(receiver, 2);
  deliveries_when(
      e, [](const json::array& d) { return d.size() == 1 && d[0].at("outcome") == "retrying"; });
  auto before = std::chrono::steady_clock::now();
  e.emu.stop();
  BOOST_TEST((std::chrono::steady_clock::now() - before < 5s));
  BOOST_TEST(e.emu.control("GET", "deliveries").status == 503u);
}

BOOST_AUTO_TEST_CASE(destroying_the_emulator_with_deliveries_pending_is_clean) {
  loopback_server receiver;
  receiver.set_handler([](const received_request&) {
    scripted_reply out;
    out.fault_kind = rtk_test::fault::stall;
    return out;
  });
  {
    rtk::emulator::options o = fast();
    o.webhook_timeout = 60s;
    emulated e(o);
    std::string meeting = new_meeting(e, "Going away");
    new_webhook(e, hook_url(receiver, "/stall"), all_events);
    seed(e, ended_seed(meeting));  // nine deliveries: one under way, eight queued
    require_requests(receiver, 1);
  }
  BOOST_TEST(receiver.request_count() == 1u);
}

BOOST_AUTO_TEST_CASE(a_key_file_signs_deliveries_and_a_bad_one_is_refused) {
  // A key made here, written as PEM (PKCS#8) to a file.
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
  EVP_PKEY* key = nullptr;
  BOOST_TEST_REQUIRE((ctx != nullptr && EVP_PKEY_keygen_init(ctx) == 1 &&
                      EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 2048) == 1 &&
                      EVP_PKEY_keygen(ctx, &key) == 1));
  EVP_PKEY_CTX_free(ctx);
  std::string dir = "/tmp/rtk_emulator_webhook_key_" + std::to_string(::getpid());
  std::string key_file = dir + ".pem";
  std::string junk_file = dir + ".junk";
  FILE* f = std::fopen(key_file.c_str(), "w");
  BOOST_TEST_REQUIRE(f != nullptr);
  BOOST_TEST_REQUIRE(PEM_write_PrivateKey(f, key, nullptr, nullptr, 0, nullptr, nullptr) == 1);
  std::fclose(f);
  BIO* bio = BIO_new(BIO_s_mem());
  PEM_write_bio_PUBKEY(bio, key);
  char* data = nullptr;
  long size = BIO_get_mem_data(bio, &data);
  std::string expected(data, static_cast<std::size_t>(size));
  BIO_free(bio);
  EVP_PKEY_free(key);
  f = std::fopen(junk_file.c_str(), "w");
  BOOST_TEST_REQUIRE(f != nullptr);
  std::fputs("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n", f);
  std::fclose(f);

  {
    rtk::emulator::options o = fast();
    o.webhook_key_file = key_file;
    emulated e(o);
    BOOST_TEST(e.emu.webhook_public_key_pem() == expected);
    BOOST_TEST(served_public_key(e) == expected);
    loopback_server receiver;
    std::string meeting = new_meeting(e, "Own key");
    std::string hook = new_webhook(e, hook_url(receiver, "/own"), {"meeting.started"});
    seed(e, live_seed(meeting));
    require_requests(receiver, 1);
    checked(receiver.requests()[0], expected, hook);
  }
  for (const std::string& bad : {junk_file, dir + ".missing"}) {
    BOOST_TEST_CONTEXT(bad) {
      rtk::emulator::options o = fast();
      o.webhook_key_file = bad;
      try {
        rtk::emulator refused(o);
        BOOST_ERROR("a bad key file was accepted");
      } catch (const std::runtime_error& e) {
        BOOST_TEST(std::string(e.what()).find(bad) != std::string::npos, e.what());
      }
    }
  }
  std::remove(key_file.c_str());
  std::remove(junk_file.c_str());
}

BOOST_AUTO_TEST_SUITE_END()
