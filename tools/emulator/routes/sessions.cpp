// Sessions: what a live call leaves behind. A session of a meeting, its participants with their
// call statistics, a peer report per participant, the chat, the transcript and its summary.
// Only a live call creates them on the real service, so the control endpoint seeds them
// (seed_session, documented in docs/emulator.md); the API routes read them, and "Generate
// summary" writes a summary from the transcript.
//
// Chat, transcript and summary answer with download links, as the reference shows. The
// emulator has no file store, so each link is a `data:` URL holding the whole file (CSV, or the
// transcript format asked for, or plain text): a client can follow it without a network.

#include "../router.hpp"
#include "../webhook_events.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace rtk::emu {

// Shared with routes/active_session.cpp, which declares them too (kick and kick-all).
void session_participant_left(state& s, app_data& app, const json::object& session,
                              json::object& participant, std::int64_t when_ms);
void refresh_session_counts(app_data& app, json::object& session);
void notify_session_ended(state& s, const app_data& app, const json::object& session,
                          std::string_view reason);

namespace {

// ---- Times and numbers -----------------------------------------------------------------------

// A stored time (always one iso_of wrote); 0 if absent.
std::int64_t ms_of(const json::value* v) {
  if (v == nullptr || !v->is_string()) return 0;
  return parse_iso(v->get_string()).value_or(0);
}

// Minutes, to four decimals as the reference's examples give durations (5.8097).
double minutes_between(std::int64_t from_ms, std::int64_t to_ms) {
  double minutes = static_cast<double>(std::max<std::int64_t>(0, to_ms - from_ms)) / 60000.0;
  return std::round(minutes * 10000.0) / 10000.0;
}

double rounded(double minutes) {
  return std::round(minutes * 10000.0) / 10000.0;
}

// ---- Query parameters (bad values are 400) ---------------------------------------------------

std::optional<bool> query_flag(const request& r, std::string_view name) {
  auto v = r.query_value(name);
  if (!v) return std::nullopt;
  if (*v == "true") return true;
  if (*v == "false") return false;
  bad_request(std::string(name) + " must be true or false");
}

std::optional<std::string> query_one_of(const request& r, std::string_view name,
                                        std::initializer_list<std::string_view> allowed) {
  auto v = r.query_value(name);
  if (!v) return std::nullopt;
  if (std::find(allowed.begin(), allowed.end(), *v) != allowed.end()) return std::string(*v);
  std::string list;
  for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
  bad_request(std::string(name) + " must be one of " + list);
}

std::optional<std::int64_t> query_time(const request& r, std::string_view name) {
  auto v = r.query_value(name);
  if (!v) return std::nullopt;
  auto t = parse_iso(*v);
  if (!t) bad_request(std::string(name) + " must be an ISO 8601 time");
  return t;
}

// `filters`: a comma-separated list (no spaces) of the reference's five names.
std::optional<std::set<std::string, std::less<>>> query_filters(const request& r) {
  auto v = r.query_value("filters");
  if (!v) return std::nullopt;
  std::set<std::string, std::less<>> out;
  std::string_view rest = *v;
  while (true) {
    auto comma = rest.find(',');
    std::string_view name = rest.substr(0, comma);
    if (name != "device_info" && name != "ip_information" &&
        name != "precall_network_information" && name != "events" && name != "quality_stats")
      bad_request(
          "filters must be a comma-separated list of device_info, ip_information, "
          "precall_network_information, events, quality_stats");
    out.emplace(name);
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  return out;
}

// ---- Download links --------------------------------------------------------------------------

std::string percent_encoded(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

std::string data_url(std::string_view mime, std::string_view content) {
  return "data:" + std::string(mime) + ";charset=utf-8," + percent_encoded(content);
}

// Links "expire" an hour after they are handed out, as the real service's signed URLs do
// (a data: URL itself never does).
std::string link_expiry() {
  return iso_of(now_ms() + 3'600'000);
}

std::string csv_field(const json::value& v) {
  std::string text = v.is_string() ? std::string(v.get_string())
                     : v.is_null() ? std::string()
                                   : json::serialize(v);
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string csv_of(const json::array& rows, std::initializer_list<std::string_view> columns) {
  std::string out;
  for (auto c : columns) out += (out.empty() ? "" : ",") + std::string(c);
  out += "\r\n";
  for (const auto& row : rows) {
    std::string line;
    bool first = true;
    for (auto c : columns) {
      const json::value* v = row.as_object().if_contains(c);
      line += (first ? "" : ",") + csv_field(v ? *v : json::value(nullptr));
      first = false;
    }
    out += line + "\r\n";
  }
  return out;
}

// ---- Looking things up -----------------------------------------------------------------------

json::object& session_of(app_data& app, const request& r) {
  return app.sessions.at(r.param("session_id"), "Session");
}

table& people_of(app_data& app, std::string_view session_id) {
  return app.session_participants[std::string(session_id)];
}

// The view type of the preset a participant joined with ("GROUP_CALL" if it is unknown).
std::string view_type_of(const app_data& app, std::string_view preset_name) {
  std::string out = "GROUP_CALL";
  app.presets.for_each([&](const json::object& p) {
    if (text_of(p, "name") != preset_name) return;
    const json::value* config = p.if_contains("config");
    if (config && config->is_object()) {
      std::string view = text_of(config->get_object(), "view_type");
      if (!view.empty()) out = view;
    }
  });
  return out;
}

// A connection event of a peer, as `include_peer_events` shows them.
json::object peer_event(state& s, const app_data& app, const json::object& session,
                        const json::object& p, std::string_view name, std::int64_t when,
                        double minutes) {
  std::string at = iso_of(when);
  return json::object{{"id", s.new_id()},
                      {"created_at", at},
                      {"event_name", name},
                      {"minutes_consumed", minutes},
                      {"participant_id", p.at("user_id")},
                      {"peer_id", p.at("id")},
                      {"preset_view_type", view_type_of(app, text_of(p, "preset_name"))},
                      {"session_id", session.at("id")},
                      {"socket_session_id", s.new_id()},
                      {"updated_at", at}};
}

// ---- Session counts --------------------------------------------------------------------------

// How many were in the call at once, at most: joins and leaves in time order (a leave first
// when both happen at the same moment). A participant still in the call never leaves.
std::int64_t max_concurrent(const table& people) {
  std::vector<std::pair<std::int64_t, int>> moves;
  people.for_each([&](const json::object& p) {
    moves.emplace_back(ms_of(p.if_contains("joined_at")), +1);
    if (p.at("left_at").is_string()) moves.emplace_back(ms_of(p.if_contains("left_at")), -1);
  });
  std::sort(moves.begin(), moves.end());
  std::int64_t now = 0, most = 0;
  for (const auto& m : moves) most = std::max(most, now += m.second);
  return most;
}

// live_participants, max_concurrent_participants and minutes_consumed from the participants:
// minutes are participant-minutes (what the service bills), or the session's own length when
// nobody joined.
void count_into(json::object& session, const table& people) {
  bool live = session.at("status") == "LIVE";
  std::int64_t in_call = 0;
  double minutes = 0;
  people.for_each([&](const json::object& p) {
    if (p.at("left_at").is_null()) ++in_call;
    minutes += p.at("duration").to_number<double>();
  });
  if (people.size() == 0) {
    const json::value& end = session.at("ended_at");
    minutes = minutes_between(ms_of(session.if_contains("started_at")),
                              end.is_string() ? ms_of(&end) : now_ms());
  }
  session["live_participants"] = live ? in_call : 0;
  session["max_concurrent_participants"] = max_concurrent(people);
  session["minutes_consumed"] = rounded(minutes);
}

// ---- Seeding ---------------------------------------------------------------------------------

const json::object& object_at(const json::array& list, std::size_t i, const std::string& path) {
  if (!list[i].is_object()) unprocessable(path + " must be an object");
  return list[i].get_object();
}

std::optional<std::int64_t> seed_time(const body_reader& b, std::string_view key) {
  auto text = b.string(key);
  if (!text) return std::nullopt;
  auto t = parse_iso(*text);
  if (!t) unprocessable(std::string(key) + " must be an ISO 8601 time");
  return t;
}

// What a seeded session's parts need to know about it.
struct session_seed {
  std::string id{};
  std::string meeting_id{};  // "" when not seeded for a meeting of the app
  std::int64_t started = 0;
  std::optional<std::int64_t> ended{};  // set when ENDED
  json::object session{};
};

// The participant of the meeting a seeded participant names (by user_id or
// custom_participant_id), to take its ids, name and preset from.
const json::object* meeting_participant(app_data& app, const session_seed& seed,
                                        const body_reader& b) {
  auto people = app.participants.find(seed.meeting_id);
  if (seed.meeting_id.empty() || people == app.participants.end()) return nullptr;
  auto user = b.string("user_id");
  auto custom = b.string("custom_participant_id");
  const json::object* found = nullptr;
  people->second.for_each([&](const json::object& p) {
    if (found) return;
    if ((user && text_of(p, "id") == *user) ||
        (!user && custom && text_of(p, "custom_participant_id") == *custom))
      found = &p;
  });
  return found;
}

// Call statistics a participant's detail shows; plausible values from one desktop browser.
constexpr std::string_view default_peer_stats = R"({
  "config": "default",
  "device_info": {"browser": "Chrome", "browser_version": "120.0.0.0", "cpus": 8,
    "engine": "Blink", "is_mobile": false, "memory": 8, "os": "macOS", "os_version": "14.2.1",
    "sdk_name": "web-core", "sdk_version": "1.2.0",
    "user_agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Chrome/120.0.0.0",
    "webgl_support": "webgl2"},
  "events": [],
  "ip_information": {"city": "San Francisco", "country": "US", "ip_location": "37.7749,-122.4194",
    "ipv4": "203.0.113.10", "org": "AS13335 Cloudflare, Inc.", "portal": "94107",
    "region": "California", "timezone": "America/Los_Angeles"},
  "precall_network_information": {"backend_rtt": 42, "effective_networktype": "4g",
    "fractional_loss": 0, "jitter": 2, "reflexive_connectivity": true,
    "relay_connectivity": true, "rtt": 40, "throughtput": 5000, "turn_connectivity": true},
  "status": "JOINED"
})";

json::array default_quality_stats(const std::string& peer_id, const std::string& start) {
  json::object audio{{"concealment_events", 0},
                     {"jitter", 2},
                     {"packets_lost", 0},
                     {"quality", 4.5},
                     {"timestamp", start}};
  json::object video{{"frame_height", 720},     {"frame_width", 1280}, {"frames_dropped", 0},
                     {"frames_per_second", 30}, {"jitter", 2},         {"packets_lost", 0},
                     {"quality", 4.5},          {"timestamp", start}};
  return json::array{json::object{{"audio_bandwidth", 32},
                                  {"audio_packet_loss", 0},
                                  {"audio_stats", json::array{audio}},
                                  {"average_quality", 4.5},
                                  {"end", nullptr},
                                  {"peer_id", peer_id},
                                  {"start", start},
                                  {"video_bandwidth", 1200},
                                  {"video_packet_loss", 0},
                                  {"video_stats", json::array{video}}}};
}

// The parts of the peer report that come from nowhere else in the state.
constexpr std::string_view default_peer_report = R"({
  "candidate_pair": {"available_outgoing_bitrate": 2500000, "bytes_discarded_on_send": 0,
    "bytes_received": 1048576, "bytes_sent": 5242880, "current_round_trip_time": 0.04,
    "last_packet_received_timestamp": 0, "last_packet_sent_timestamp": 0,
    "local_candidate_address": "192.0.2.10", "local_candidate_id": "local-candidate-1",
    "local_candidate_network_type": "wifi", "local_candidate_port": 54321,
    "local_candidate_protocol": "udp", "local_candidate_related_address": "0.0.0.0",
    "local_candidate_related_port": 0, "local_candidate_type": "srflx", "nominated": true,
    "packets_discarded_on_send": 0, "packets_received": 9000, "packets_sent": 12000,
    "remote_candidate_address": "198.51.100.20", "remote_candidate_id": "remote-candidate-1",
    "remote_candidate_port": 443, "remote_candidate_protocol": "udp",
    "remote_candidate_type": "host", "total_round_trip_time": 12.5},
  "audio_producer": {"bytes_sent": 480000, "jitter": 2, "mid": "0", "mos_quality": 4.3,
    "packets_lost": 0, "packets_sent": 15000, "rtt": 40, "ssrc": 1234},
  "audio_producer_cumulative": {
    "packet_loss": {"10_or_greater_event_fraction": 0, "25_or_greater_event_fraction": 0,
      "5_or_greater_event_fraction": 0, "50_or_greater_event_fraction": 0, "avg": 0},
    "quality_mos": {"avg": 4.3, "p50": 4.3, "p75": 4.4, "p90": 4.5},
    "rtt": {"100ms_or_greater_event_fraction": 0, "250ms_or_greater_event_fraction": 0,
      "500ms_or_greater_event_fraction": 0, "avg": 40}}
})";

json::object present_fields(const json::object& from,
                            std::initializer_list<std::string_view> keys) {
  json::object out;
  for (auto k : keys)
    if (const auto* v = from.if_contains(k)) out[k] = *v;
  return out;
}

const json::object& sub(const json::object& o, std::string_view key) {
  static const json::object none;
  const json::value* v = o.if_contains(key);
  return v != nullptr && v->is_object() ? v->get_object() : none;
}

// The peer report's join (and leave) events.
json::array report_events(const json::object& p) {
  json::array out{json::object{{"name", "PEER_JOINING"}, {"timestamp", p.at("joined_at")}}};
  if (p.at("left_at").is_string())
    out.push_back(json::object{{"name", "PEER_LEAVING"}, {"timestamp", p.at("left_at")}});
  return out;
}

json::object report_metadata(const app_data& app, const json::object& p, const json::object& stats,
                             const json::object& defaults) {
  const json::object& device = sub(stats, "device_info");
  const json::object& ip = sub(stats, "ip_information");
  const json::object& precall = sub(stats, "precall_network_information");
  json::object ip_info = present_fields(ip, {"city", "country", "ipv4", "region", "timezone"});
  ip_info["asn"] = json::object{{"asn", "AS13335"}};
  json::object pair = defaults.at("candidate_pair").as_object();
  pair["last_packet_received_timestamp"] = ms_of(p.if_contains("joined_at"));
  pair["last_packet_sent_timestamp"] = ms_of(p.if_contains("joined_at"));
  json::object pc = present_fields(
      precall, {"reflexive_connectivity", "relay_connectivity", "turn_connectivity"});
  pc["effective_network_type"] = precall.contains("effective_networktype")
                                     ? precall.at("effective_networktype")
                                     : json::value("4g");
  pc["timestamp"] = p.at("joined_at");
  return json::object{
      {"audio_devices_updates", json::array{}},
      {"browser_metadata", present_fields(device, {"browser", "browser_version", "engine",
                                                   "user_agent", "webgl_support"})},
      {"candidate_pairs", json::object{{"consuming_transport", json::array{}},
                                       {"producing_transport", json::array{pair}}}},
      {"device_info", present_fields(device, {"cpus", "is_mobile", "os", "os_version"})},
      {"events", report_events(p)},
      {"ip_information", std::move(ip_info)},
      {"pc_metadata", json::array{std::move(pc)}},
      {"room_view_type", view_type_of(app, text_of(p, "preset_name"))},
      {"sdk_name", device.contains("sdk_name") ? device.at("sdk_name") : json::value(nullptr)},
      {"sdk_version",
       device.contains("sdk_version") ? device.at("sdk_version") : json::value(nullptr)},
      {"selected_device_updates", json::array{}},
      {"speaker_devices_updates", json::array{}},
      {"video_devices_updates", json::array{}}};
}

json::object report_quality(const json::object& p, const json::object& defaults) {
  json::object producer = defaults.at("audio_producer").as_object();
  producer["producer_id"] = "audio-" + text_of(p, "id");
  producer["timestamp"] = p.at("joined_at");
  json::object out{{"audio_consumer", json::array{}},
                   {"audio_consumer_cumulative", json::object{}},
                   {"audio_producer", json::array{std::move(producer)}},
                   {"audio_producer_cumulative", defaults.at("audio_producer_cumulative")}};
  for (auto kind :
       {"screenshare_audio_consumer", "screenshare_audio_producer", "screenshare_video_consumer",
        "screenshare_video_producer", "video_consumer", "video_producer"}) {
    out[kind] = json::array{};
    out[std::string(kind) + "_cumulative"] = json::object{};
  }
  return out;
}

json::object report_peer_stats(const json::object& p, const json::object& stats) {
  const json::object& precall = sub(stats, "precall_network_information");
  json::object precall_out =
      present_fields(precall, {"backend_rtt", "effective_networktype", "fractional_loss", "jitter",
                               "reflexive_connectivity", "relay_connectivity", "rtt"});
  precall_out["throughput"] =
      precall.contains("throughtput") ? precall.at("throughtput") : json::value(nullptr);
  precall_out["turn_connectivity"] = precall.contains("turn_connectivity")
                                         ? precall.at("turn_connectivity")
                                         : json::value(nullptr);
  const json::object& ip = sub(stats, "ip_information");
  json::object ip_out =
      present_fields(ip, {"city", "country", "ip_location", "ipv4", "org", "region", "timezone"});
  ip_out["asn"] = json::object{{"asn", "AS13335"}};
  json::object connection{
      {"backend_r_t_t", precall.contains("backend_rtt") ? precall.at("backend_rtt") : 0},
      {"connectivity", json::object{{"host", true}, {"reflexive", true}, {"relay", true}}},
      {"effective_network_type", precall_out.contains("effective_networktype")
                                     ? precall_out.at("effective_networktype")
                                     : json::value("4g")},
      {"fractional_loss", 0},
      {"ip_details",
       json::object{{"asn", json::object{{"asn", "AS13335"}}},
                    {"city", ip.contains("city") ? ip.at("city") : nullptr},
                    {"country", ip.contains("country") ? ip.at("country") : nullptr},
                    {"ip", ip.contains("ipv4") ? ip.at("ipv4") : nullptr},
                    {"loc", ip.contains("ip_location") ? ip.at("ip_location") : nullptr},
                    {"postal", ip.contains("portal") ? ip.at("portal") : nullptr},
                    {"region", ip.contains("region") ? ip.at("region") : nullptr},
                    {"timezone", ip.contains("timezone") ? ip.at("timezone") : nullptr}}},
      {"jitter", precall.contains("jitter") ? precall.at("jitter") : 0},
      {"location",
       json::object{{"coords", json::object{{"latitude", 37.7749}, {"longitude", -122.4194}}}}},
      {"r_t_t", precall.contains("rtt") ? precall.at("rtt") : 0},
      {"throughput", precall_out.at("throughput")},
      {"turn_connectivity", precall_out.at("turn_connectivity")}};
  json::object event{{"metadata", json::object{{"connection_info", std::move(connection)}}},
                     {"timestamp", p.at("joined_at")},
                     {"type", "PEER_JOINING"}};
  json::object device = sub(stats, "device_info");
  device.erase("memory");  // the peer report's device_info has no memory
  return json::object{{"device_info", std::move(device)},
                      {"events", json::array{std::move(event)}},
                      {"ip_information", std::move(ip_out)},
                      {"precall_network_information", std::move(precall_out)}};
}

json::object report_quality_stats(const json::object& p) {
  const json::value& start = p.at("joined_at");
  return json::object{{"audio_bandwidth", 32},
                      {"audio_stats", json::array{}},
                      {"average_quality", 4.5},
                      {"end", p.at("left_at")},
                      {"first_audio_packet_received", start},
                      {"first_video_packet_received", start},
                      {"last_audio_packet_received", p.at("left_at")},
                      {"last_video_packet_received", p.at("left_at")},
                      {"peer_ids", json::array{p.at("id")}},
                      {"start", start},
                      {"total_audio_packets", 15000},
                      {"total_audio_packets_lost", 0},
                      {"total_video_packets", 90000},
                      {"total_video_packets_lost", 0},
                      {"video_bandwidth", 1200},
                      {"video_stats", json::array{}}};
}

// The "Fetch details of peer" participant: the session participant's identity, then what the
// seed gave under "peer_report" (shallow-merged into the generated report).
json::object peer_report_of(const app_data& app, const json::object& p,
                            const json::object* report_override) {
  const json::object defaults = json::parse(default_peer_report).as_object();
  const json::object& stats = sub(p, "peer_stats");
  json::object report{{"metadata", report_metadata(app, p, stats, defaults)},
                      {"quality", report_quality(p, defaults)}};
  if (report_override) merge_into(report, *report_override);
  json::object out = present_fields(p, {"id", "created_at", "custom_participant_id", "display_name",
                                        "duration", "joined_at", "left_at"});
  out["peer_report"] = std::move(report);
  out["peer_stats"] = report_peer_stats(p, stats);
  out["quality_stats"] = report_quality_stats(p);
  out["role"] = p.at("preset_name");
  out["updated_at"] = p.at("updated_at");
  out["user_id"] = p.at("user_id");
  return out;
}

// When the participant left (or null), read from the seed: after the join, inside the session.
json::value seeded_left_at(const body_reader& b, const session_seed& seed, std::int64_t joined) {
  auto left = seed_time(b, "left_at");
  if (!left) left = seed.ended;  // an ended session: everyone left with it
  if (!left) return nullptr;     // still in the live call
  if (*left < joined) unprocessable("left_at must not be before joined_at");
  return json::value(iso_of(*left));
}

// One seeded participant, as the session's participant list stores it.
json::object seeded_participant(state& s, app_data& app, const session_seed& seed,
                                const body_reader& b, std::size_t index) {
  const json::object* known = meeting_participant(app, seed, b);
  auto from_known = [&](std::string_view key) -> std::optional<std::string> {
    if (known == nullptr) return std::nullopt;
    const json::value* v = known->if_contains(key);
    return v && v->is_string() ? std::optional<std::string>(v->get_string()) : std::nullopt;
  };
  std::string number = std::to_string(index + 1);
  std::string id = b.string("id").value_or(b.string("peer_id").value_or(s.new_id()));
  std::string user = b.string("user_id").value_or(from_known("id").value_or(s.new_id()));
  std::string custom =
      b.string("custom_participant_id")
          .value_or(from_known("custom_participant_id").value_or("guest-" + number));
  std::string name = b.string("display_name")
                         .value_or(b.string("name").value_or(
                             from_known("name").value_or("Participant " + number)));
  std::string preset = b.string("preset_name")
                           .value_or(from_known("preset_name").value_or("group_call_participant"));
  std::int64_t joined = seed_time(b, "joined_at").value_or(seed.started);
  json::value left = seeded_left_at(b, seed, joined);
  double duration =
      b.number("duration")
          .value_or(minutes_between(joined, left.is_string() ? ms_of(&left) : now_ms()));
  if (duration < 0) unprocessable("duration must not be negative");
  json::object stats = json::parse(default_peer_stats).as_object();
  if (const json::object* given = b.object("peer_stats")) merge_into(stats, *given);
  json::object p{{"id", id},
                 {"created_at", iso_of(joined)},
                 {"custom_participant_id", custom},
                 {"display_name", name},
                 {"duration", rounded(duration)},
                 {"joined_at", iso_of(joined)},
                 {"left_at", left},
                 {"peer_events", json::array{}},
                 {"peer_stats", std::move(stats)},
                 {"preset_name", preset},
                 {"quality_stats", nullptr},
                 {"updated_at", left.is_string() ? left : json::value(iso_of(joined))},
                 {"user_id", user}};
  const json::array* quality = b.array("quality_stats");
  p["quality_stats"] = quality ? *quality : default_quality_stats(id, iso_of(joined));
  return p;
}

// The join (and leave) events and statuses of a freshly seeded participant.
void add_seeded_events(state& s, const app_data& app, const json::object& session,
                       json::object& p) {
  std::int64_t joined = ms_of(p.if_contains("joined_at"));
  json::array& events = p["peer_events"].as_array();
  events.push_back(peer_event(s, app, session, p, "PEER_CREATED", joined, 0));
  events.push_back(peer_event(s, app, session, p, "PEER_JOINING", joined, 0));
  json::object& stats = p["peer_stats"].as_object();
  if (stats.contains("events") && stats.at("events").is_array() &&
      stats.at("events").as_array().empty())
    stats["events"] =
        json::array{json::object{{"timestamp", p.at("joined_at")}, {"type", "PEER_JOINING"}}};
  if (p.at("left_at").is_null()) return;
  std::int64_t left = ms_of(p.if_contains("left_at"));
  events.push_back(
      peer_event(s, app, session, p, "PEER_LEAVING", left, p.at("duration").to_number<double>()));
  if (stats.contains("events") && stats.at("events").is_array())
    stats["events"].as_array().push_back(
        json::object{{"timestamp", p.at("left_at")}, {"type", "PEER_LEAVING"}});
  if (stats.contains("status")) stats["status"] = "LEFT";
  for (auto& q : p["quality_stats"].as_array())
    if (q.is_object() && q.as_object().contains("end")) q.as_object()["end"] = p.at("left_at");
}

// Every seeded participant, checked (all of them before any is stored), with their reports.
void seed_participants(state& s, app_data& app, session_seed& seed, const json::array& list,
                       table& people, json::object& reports) {
  std::set<std::string, std::less<>> taken;
  for (std::size_t i = 0; i < list.size(); ++i) {
    std::string path = "participants[" + std::to_string(i) + "]";
    const json::object& in = object_at(list, i, path);
    with_path(path, [&] {
      body_reader b(in);
      json::object p = seeded_participant(s, app, seed, b, i);
      std::string id = text_of(p, "id");
      if (!taken.insert(id).second || app.peer_reports.find(id) != nullptr)
        unprocessable("id '" + id + "' is already a peer of a session");
      add_seeded_events(s, app, seed.session, p);
      reports[id] = peer_report_of(app, p, b.object("peer_report"));
      people.put(id, std::move(p));
    });
  }
}

// The participant a chat message or transcript entry names by peer_id, custom_participant_id
// or user_id (in that order), if any.
const json::object* sender_of(const table& people, const body_reader& b) {
  const json::object* found = nullptr;
  for (auto key : {"peer_id", "custom_participant_id", "user_id"}) {
    auto want = b.string(key);
    if (!want || found) continue;
    people.for_each([&](const json::object& p) {
      if (!found && text_of(p, std::string_view(key) == "peer_id" ? "id" : key) == *want)
        found = &p;
    });
  }
  return found;
}

// The sender fields every chat message and transcript entry carries.
json::object sender_fields(const table& people, const body_reader& b) {
  const json::object* p = sender_of(people, b);
  auto field = [&](std::string_view key, std::string_view participant_key) -> json::value {
    if (auto v = b.string(key)) return json::value(*v);
    if (p && p->contains(participant_key)) return p->at(participant_key);
    return nullptr;
  };
  json::value name = field("display_name", "display_name");
  if (name.is_null() && b.string("name")) name = *b.string("name");
  return json::object{
      {"peer_id", field("peer_id", "id")},
      {"user_id", field("user_id", "user_id")},
      {"custom_participant_id", field("custom_participant_id", "custom_participant_id")},
      {"display_name", std::move(name)}};
}

json::array seeded_chat(state& s, const session_seed& seed, const json::array& list,
                        const table& people) {
  json::array out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    std::string path = "chat[" + std::to_string(i) + "]";
    const json::object& in = object_at(list, i, path);
    with_path(path, [&] {
      body_reader b(in);
      std::string text = b.required_string("message");
      json::object m = sender_fields(people, b);
      m["id"] = b.string("id").value_or(s.new_id());
      m["type"] = b.string("type").value_or("text");
      m["message"] = text;
      m["created_at"] = iso_of(seed_time(b, "created_at").value_or(seed.started));
      out.push_back(std::move(m));
    });
  }
  return out;
}

// Entries default to back-to-back ten-second lines from the session's start.
json::array seeded_transcript(state& s, const session_seed& seed, const json::array& list,
                              const table& people) {
  json::array out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    std::string path = "transcript[" + std::to_string(i) + "]";
    const json::object& in = object_at(list, i, path);
    with_path(path, [&] {
      body_reader b(in);
      std::string text = b.required_string("text");
      auto start =
          seed_time(b, "start_time").value_or(seed.started + static_cast<std::int64_t>(i) * 10'000);
      auto end = seed_time(b, "end_time").value_or(start + 10'000);
      if (end < start) unprocessable("end_time must not be before start_time");
      json::object e = sender_fields(people, b);
      e["id"] = b.string("id").value_or(s.new_id());
      e["text"] = text;
      e["start_time"] = iso_of(start);
      e["end_time"] = iso_of(end);
      out.push_back(std::move(e));
    });
  }
  return out;
}

// "summary": its text, or an object with a "text" (and anything else to keep).
std::optional<json::object> seeded_summary(const json::object& body) {
  const json::value* v = body.if_contains("summary");
  if (v == nullptr || v->is_null()) return std::nullopt;
  json::object out;
  if (v->is_string()) {
    out["text"] = v->get_string();
  } else if (v->is_object() && v->get_object().contains("text") &&
             v->get_object().at("text").is_string()) {
    out = v->get_object();
  } else {
    unprocessable("summary must be a string or an object with a string text");
  }
  if (!out.contains("created_at")) out["created_at"] = now_iso();
  return out;
}

// The session's times from the seed: started_at, and ended_at for an ENDED one.
void seed_times(const body_reader& b, session_seed& seed, bool live) {
  std::int64_t now = now_ms();
  seed.started = seed_time(b, "started_at").value_or(now);
  auto ended = seed_time(b, "ended_at");
  if (live && ended) unprocessable("ended_at: a LIVE session has not ended");
  if (!live) seed.ended = ended.value_or(std::max(now, seed.started));
  if (seed.ended && *seed.ended < seed.started)
    unprocessable("ended_at must not be before started_at");
}

// A meeting has at most one live session: the one "Fetch active session" answers with.
bool has_live_session(const app_data& app, std::string_view meeting_id) {
  bool live = false;
  app.sessions.for_each([&](const json::object& s) {
    live = live || (s.at("status") == "LIVE" && text_of(s, "associated_id") == meeting_id);
  });
  return live;
}

// The session object, in the reference's field order, before its counts.
json::object session_skeleton(state& s, app_data& app, const body_reader& b, session_seed& seed,
                              const std::string& status) {
  std::string associated = seed.meeting_id;
  std::string title;
  if (!seed.meeting_id.empty()) {
    title = text_of(app.meetings.at(seed.meeting_id, "Meeting"), "title");
  } else {
    associated = b.string("associated_id").value_or(s.new_id());
  }
  std::string started = iso_of(seed.started);
  json::value meta = b.has("meta") ? b.object().at("meta") : json::value(json::object{});
  const json::array* rooms = b.array("breakout_rooms");
  return json::object{
      {"id", seed.id},
      {"associated_id", associated},
      {"created_at", iso_of(seed_time(b, "created_at").value_or(seed.started))},
      {"live_participants", 0},
      {"max_concurrent_participants", 0},
      {"meeting_display_name", b.string("meeting_display_name").value_or(title)},
      {"minutes_consumed", 0},
      {"organization_id", app.app.at("id")},
      {"started_at", started},
      {"status", status},
      {"type", b.one_of("type", {"meeting", "livestream", "participant"}).value_or("meeting")},
      {"updated_at", seed_time(b, "updated_at") ? iso_of(*seed_time(b, "updated_at")) : now_iso()},
      {"breakout_rooms", rooms ? *rooms : json::array{}},
      {"ended_at", seed.ended ? json::value(iso_of(*seed.ended)) : json::value(nullptr)},
      {"meta", std::move(meta)}};
}

// Counts the seed gives itself win over the computed ones.
void seeded_counts(const body_reader& b, json::object& session) {
  for (auto key : {"live_participants", "max_concurrent_participants"}) {
    auto n = b.integer(key);
    if (n && *n < 0) unprocessable(std::string(key) + " must not be negative");
    if (n) session[key] = *n;
  }
  if (auto m = b.number("minutes_consumed")) {
    if (*m < 0) unprocessable("minutes_consumed must not be negative");
    session["minutes_consumed"] = *m;
  }
}

// ---- Session routes --------------------------------------------------------------------------

// The reference's filters: associated_id, status, start_time/end_time (on started_at), search
// (meeting title, meeting id or session id), participants (at least that many participants).
json::array matching_sessions(app_data& app, const request& r) {
  auto associated = r.query_value("associated_id");
  auto status = query_one_of(r, "status", {"LIVE", "ENDED"});
  auto from = query_time(r, "start_time");
  auto to = query_time(r, "end_time");
  auto search = r.query_value("search").value_or("");
  std::optional<std::size_t> at_least;
  if (auto v = r.query_value("participants")) {
    std::size_t n = 0;
    auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
    if (ec != std::errc{} || end != v->data() + v->size())
      bad_request("participants must be a whole number (the least participants a session had)");
    at_least = n;
  }
  return app.sessions.select([&](const json::object& s) {
    std::string id = text_of(s, "id");
    std::int64_t started = ms_of(s.if_contains("started_at"));
    return (!associated || text_of(s, "associated_id") == *associated) &&
           (!status || text_of(s, "status") == *status) && (!from || started >= *from) &&
           (!to || started <= *to) &&
           (search.empty() || contains_ignoring_case(id, search) ||
            contains_ignoring_case(text_of(s, "associated_id"), search) ||
            contains_ignoring_case(text_of(s, "meeting_display_name"), search)) &&
           (!at_least || people_of(app, id).size() >= *at_least);
  });
}

// A list page whose `data` is an object holding the array, with no paging object (as the
// reference documents "Fetch all sessions" and "Fetch participants list").
reply wrapped_page(const json::array& items, const request& r, std::string_view key) {
  reply out = page_of(items, paging_of(r), false);
  json::value& data = out.body.as_object()["data"];
  json::value slice = std::move(data);
  data = json::object{{key, std::move(slice)}};
  return out;
}

// Sorted by sort_by (default: creation order), ASC or DESC; ties keep creation order.
void sort_list(json::array& items, const request& r,
               std::initializer_list<std::string_view> sort_keys,
               double (*key_of)(const json::object&, std::string_view)) {
  auto by = query_one_of(r, "sort_by", sort_keys);
  auto order = query_one_of(r, "sort_order", {"ASC", "DESC"}).value_or("ASC");
  if (by) {
    std::stable_sort(items.begin(), items.end(), [&](const json::value& a, const json::value& b) {
      return key_of(a.as_object(), *by) < key_of(b.as_object(), *by);
    });
  }
  if (order == "DESC") std::reverse(items.begin(), items.end());
}

double session_key(const json::object& s, std::string_view by) {
  if (by == "minutesConsumed") return s.at("minutes_consumed").to_number<double>();
  return static_cast<double>(ms_of(s.if_contains("created_at")));
}

reply list_sessions(state& s, const request& r) {
  app_data& app = s.app(r);
  json::array items = matching_sessions(app, r);
  sort_list(items, r, {"minutesConsumed", "createdAt"}, session_key);
  return wrapped_page(items, r, "sessions");
}

reply get_session(state& s, const request& r) {
  app_data& app = s.app(r);
  query_flag(r, "include_breakout_rooms");  // checked; a seeded session's rooms always show
  return ok(json::object{{"session", session_of(app, r)}});
}

// A participant as the list shows it: no statistics; peer events only when asked for.
json::object listed_participant(const json::object& p, bool with_events) {
  json::object out = p;
  out.erase("peer_stats");
  out.erase("quality_stats");
  if (!with_events) out.erase("peer_events");
  return out;
}

double participant_key(const json::object& p, std::string_view by) {
  if (by == "duration") return p.at("duration").to_number<double>();
  return static_cast<double>(ms_of(p.if_contains("joined_at")));
}

// search: display name, custom participant id, user id or peer id. view (raw or consolidated)
// is checked; without breakout rooms both views are the same.
reply list_participants(state& s, const request& r) {
  app_data& app = s.app(r);
  const json::object& session = session_of(app, r);
  bool with_events = query_flag(r, "include_peer_events").value_or(false);
  query_one_of(r, "view", {"raw", "consolidated"});
  auto search = r.query_value("search").value_or("");
  json::array items;
  people_of(app, text_of(session, "id")).for_each([&](const json::object& p) {
    bool match = search.empty();
    for (auto key : {"display_name", "custom_participant_id", "user_id", "id"})
      match = match || contains_ignoring_case(text_of(p, key), search);
    if (match) items.push_back(listed_participant(p, with_events));
  });
  sort_list(items, r, {"joinedAt", "duration"}, participant_key);
  return wrapped_page(items, r, "participants");
}

// The parts of peer_stats `filters` names (config and status always stay); quality_stats only
// when named.
void apply_filters(json::object& p, const std::set<std::string, std::less<>>& filters) {
  if (json::value* stats = p.if_contains("peer_stats"); stats && stats->is_object()) {
    for (auto key : {"device_info", "events", "ip_information", "precall_network_information"})
      if (!filters.count(key)) stats->as_object().erase(key);
  }
  if (!filters.count("quality_stats")) p.erase("quality_stats");
}

// The session's participant by peer id (the list's `id`), or else by user id.
const json::object& participant_of(app_data& app, const json::object& session,
                                   std::string_view id) {
  table& people = people_of(app, text_of(session, "id"));
  if (const json::object* p = people.find(id)) return *p;
  const json::object* found = nullptr;
  people.for_each([&](const json::object& p) {
    if (!found && text_of(p, "user_id") == id) found = &p;
  });
  if (found == nullptr) not_found("Participant");
  return *found;
}

reply get_participant(state& s, const request& r) {
  app_data& app = s.app(r);
  const json::object& session = session_of(app, r);
  bool with_events = query_flag(r, "include_peer_events").value_or(false);
  auto filters = query_filters(r);
  json::object p = participant_of(app, session, r.param("participant_id"));
  if (!with_events) p.erase("peer_events");
  if (filters) apply_filters(p, *filters);
  return ok(json::object{{"participant", std::move(p)}});
}

// A session without messages has nothing to download: 404.
const json::array& chat_of(app_data& app, const json::object& session) {
  auto it = app.chat.find(text_of(session, "id"));
  if (it == app.chat.end() || it->second.empty()) not_found("Chat");
  return it->second;
}

// The chat as a CSV download (also what meeting.chatSynced links to).
download_link chat_download(const json::array& chat) {
  std::string csv = csv_of(chat, {"created_at", "id", "peer_id", "user_id", "custom_participant_id",
                                  "display_name", "type", "message"});
  return download_link{data_url("text/csv", csv), link_expiry()};
}

reply get_chat(state& s, const request& r) {
  app_data& app = s.app(r);
  download_link link = chat_download(chat_of(app, session_of(app, r)));
  return ok(json::object{{"chat_download_url", std::move(link.url)},
                         {"chat_download_url_expiry", std::move(link.expiry)}});
}

const json::array& transcript_of(app_data& app, const json::object& session) {
  auto it = app.transcripts.find(text_of(session, "id"));
  if (it == app.transcripts.end() || it->second.empty()) not_found("Transcript");
  return it->second;
}

// "00:01:02.500" (VTT) or "00:01:02,500" (SRT), from the session's start.
std::string cue_time(std::int64_t offset_ms, char separator) {
  offset_ms = std::max<std::int64_t>(0, offset_ms);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld%c%03lld",
                static_cast<long long>(offset_ms / 3'600'000),
                static_cast<long long>(offset_ms / 60'000 % 60),
                static_cast<long long>(offset_ms / 1000 % 60), separator,
                static_cast<long long>(offset_ms % 1000));
  return buf;
}

// SRT or VTT cues: "Speaker: text", timed from the session's start.
std::string cues_of(const json::array& entries, std::int64_t started, bool vtt) {
  std::string out = vtt ? "WEBVTT\n\n" : "";
  char separator = vtt ? '.' : ',';
  std::size_t n = 0;
  for (const auto& v : entries) {
    const json::object& e = v.as_object();
    std::string speaker = text_of(e, "display_name");
    out += std::to_string(++n) + "\n";
    out += cue_time(ms_of(e.if_contains("start_time")) - started, separator) + " --> " +
           cue_time(ms_of(e.if_contains("end_time")) - started, separator) + "\n";
    out += (speaker.empty() ? "" : speaker + ": ") + text_of(e, "text") + "\n\n";
  }
  return out;
}

// The transcript as a download in this format (CSV, JSON, SRT or VTT).
std::string transcript_url(const json::object& session, const json::array& entries,
                           std::string_view format) {
  std::int64_t started = ms_of(session.if_contains("started_at"));
  if (format == "JSON") return data_url("application/json", json::serialize(entries));
  if (format == "SRT") return data_url("application/x-subrip", cues_of(entries, started, false));
  if (format == "VTT") return data_url("text/vtt", cues_of(entries, started, true));
  return data_url("text/csv", csv_of(entries, {"start_time", "end_time", "peer_id", "user_id",
                                               "custom_participant_id", "display_name", "text"}));
}

// `format`: CSV (the default the reference describes), JSON, SRT or VTT, in either case.
reply get_transcript(state& s, const request& r) {
  app_data& app = s.app(r);
  const json::object& session = session_of(app, r);
  std::string format(r.query_value("format").value_or("CSV"));
  for (char& c : format) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (format != "CSV" && format != "JSON" && format != "SRT" && format != "VTT")
    bad_request("format must be one of CSV, JSON, SRT, VTT");
  const json::array& entries = transcript_of(app, session);
  return ok(json::object{{"sessionId", session.at("id")},
                         {"transcript_download_url", transcript_url(session, entries, format)},
                         {"transcript_download_url_expiry", link_expiry()}});
}

json::object summary_link(const json::object& session, const json::object& summary) {
  return json::object{{"sessionId", session.at("id")},
                      {"summaryDownloadUrl", data_url("text/plain", text_of(summary, "text"))},
                      {"summaryDownloadUrlExpiry", link_expiry()}};
}

// What meeting.transcript and meeting.summary link to: the CSV transcript, the summary text.
download_link transcript_download(const json::object& session, const json::array& entries) {
  return download_link{transcript_url(session, entries, "CSV"), link_expiry()};
}

download_link summary_download(const json::object& summary) {
  return download_link{data_url("text/plain", text_of(summary, "text")), link_expiry()};
}

reply get_summary(state& s, const request& r) {
  app_data& app = s.app(r);
  const json::object& session = session_of(app, r);
  auto it = app.summaries.find(text_of(session, "id"));
  if (it == app.summaries.end()) not_found("Summary");
  return ok(summary_link(session, it->second));
}

// The first sentence of a line of speech (up to its first '.', '!' or '?').
std::string first_sentence(std::string_view text) {
  auto end = text.find_first_of(".!?");
  return std::string(end == std::string_view::npos ? text : text.substr(0, end + 1));
}

// A deterministic stand-in for the AI summary: a title line, then the first sentence of each
// of the first five transcript lines with its speaker.
std::string summary_text(const json::object& session, const json::array& entries) {
  std::string title = text_of(session, "meeting_display_name");
  std::string out = "Summary of " + (title.empty() ? "session " + text_of(session, "id") : title);
  out += "\n";
  std::size_t n = 0;
  for (const auto& v : entries) {
    if (n++ == 5) break;
    const json::object& e = v.as_object();
    std::string speaker = text_of(e, "display_name");
    out +=
        "- " + (speaker.empty() ? "" : speaker + ": ") + first_sentence(text_of(e, "text")) + "\n";
  }
  return out;
}

// Generation is immediate here; it needs a transcript (400 without one: nothing to summarize)
// and replaces an earlier summary. The reference documents no answer body, so the data is an
// empty object: "Fetch summary" gives the link.
reply generate_summary(state& s, const request& r) {
  app_data& app = s.app(r);
  const json::object& session = session_of(app, r);
  auto it = app.transcripts.find(text_of(session, "id"));
  if (it == app.transcripts.end() || it->second.empty())
    bad_request("The session has no transcript to summarize");
  json::object summary{{"text", summary_text(session, it->second)}, {"created_at", now_iso()}};
  const json::object& stored = app.summaries[text_of(session, "id")] = std::move(summary);
  s.notify(app, summary_event(app, session, summary_download(stored)));
  return ok(json::object{}, 201);
}

// The session participant a peer report belongs to, for its peer events.
const json::object* session_participant(app_data& app, std::string_view peer_id) {
  for (auto& [session_id, people] : app.session_participants)
    if (const json::object* p = people.find(peer_id)) return p;
  return nullptr;
}

reply get_peer_report(state& s, const request& r) {
  app_data& app = s.app(r);
  bool with_events = query_flag(r, "include_peer_events").value_or(false);
  auto filters = query_filters(r);
  json::object report = app.peer_reports.at(r.param("peer_id"), "Peer");
  if (with_events) {
    const json::object* p = session_participant(app, r.param("peer_id"));
    report["peer_events"] = p ? p->at("peer_events") : json::value(json::array{});
  }
  if (filters) apply_filters(report, *filters);
  return ok(json::object{{"participant", std::move(report)}});
}

// A peer report after its participant left: the identity fields, the leave event, the end of
// its quality window.
void sync_report(json::object& report, const json::object& p) {
  for (auto key : {"duration", "left_at", "updated_at"}) report[key] = p.at(key);
  const json::value& when = p.at("left_at");
  if (json::value* q = report.if_contains("quality_stats"); q && q->is_object())
    for (auto key : {"end", "last_audio_packet_received", "last_video_packet_received"})
      q->as_object()[key] = when;
  json::value* pr = report.if_contains("peer_report");
  json::value* metadata = pr && pr->is_object() ? pr->as_object().if_contains("metadata") : nullptr;
  json::value* events =
      metadata && metadata->is_object() ? metadata->as_object().if_contains("events") : nullptr;
  if (events && events->is_array())
    events->as_array().push_back(json::object{{"name", "PEER_LEAVING"}, {"timestamp", when}});
}

}  // namespace

// ---- Shared with the active session --------------------------------------------------------

// The participant leaves the call at `when_ms`: left_at, duration, statistics, peer report.
void session_participant_left(state& s, app_data& app, const json::object& session, json::object& p,
                              std::int64_t when_ms) {
  std::string when = iso_of(when_ms);
  double duration = minutes_between(ms_of(p.if_contains("joined_at")), when_ms);
  p["left_at"] = when;
  p["duration"] = duration;
  p["updated_at"] = when;
  p["peer_events"].as_array().push_back(
      peer_event(s, app, session, p, "PEER_LEAVING", when_ms, duration));
  if (json::value* stats = p.if_contains("peer_stats"); stats && stats->is_object()) {
    json::object& st = stats->as_object();
    if (st.contains("status")) st["status"] = "LEFT";
    if (st.contains("events") && st.at("events").is_array())
      st["events"].as_array().push_back(
          json::object{{"timestamp", when}, {"type", "PEER_LEAVING"}});
  }
  if (json::value* quality = p.if_contains("quality_stats"); quality && quality->is_array())
    for (auto& q : quality->as_array())
      if (q.is_object() && q.as_object().contains("end")) q.as_object()["end"] = when;
  if (json::object* report = app.peer_reports.find(text_of(p, "id"))) sync_report(*report, p);
}

void refresh_session_counts(app_data& app, json::object& session) {
  count_into(session, people_of(app, text_of(session, "id")));
  session["updated_at"] = now_iso();
}

// The webhooks of a session that has just ended: meeting.ended, then the files the call left
// (chat, transcript, summary), each only when the session has it.
void notify_session_ended(state& s, const app_data& app, const json::object& session,
                          std::string_view reason) {
  std::string id = text_of(session, "id");
  s.notify(app, meeting_ended_event(app, session, reason));
  if (auto chat = app.chat.find(id); chat != app.chat.end() && !chat->second.empty())
    s.notify(app, chat_synced_event(app, session, chat_download(chat->second)));
  if (auto lines = app.transcripts.find(id);
      lines != app.transcripts.end() && !lines->second.empty())
    s.notify(app, transcript_event(app, session, transcript_download(session, lines->second)));
  if (auto summary = app.summaries.find(id); summary != app.summaries.end())
    s.notify(app, summary_event(app, session, summary_download(summary->second)));
}

namespace {

// What a seeded session tells the app's webhooks: the meeting started and everyone joined; then
// those who left left; an ENDED session then ended, all participants gone.
void notify_seeded(state& s, const app_data& app, const json::object& session) {
  const table& people = app.session_participants.at(text_of(session, "id"));
  s.notify(app, meeting_started_event(app, session));
  people.for_each(
      [&](const json::object& p) { s.notify(app, participant_joined_event(app, session, p)); });
  people.for_each([&](const json::object& p) {
    if (p.at("left_at").is_string()) s.notify(app, participant_left_event(app, session, p));
  });
  if (text_of(session, "status") == "ENDED")
    notify_session_ended(s, app, session, "ALL_PARTICIPANTS_LEFT");
}

}  // namespace

// POST /__emulator/sessions: see docs/emulator.md. Everything is checked before anything is
// stored, so a refused seed leaves no trace.
reply seed_session(state& s, const json::value& body) {
  if (!body.is_object()) bad_request("a session seed is a JSON object");
  body_reader b(body.get_object());
  std::string app_id = b.required_string("app_id");
  app_data* app = s.find_app(app_id);
  if (app == nullptr) not_found("App");
  session_seed seed;
  if (auto meeting = b.string("meeting_id")) {
    app->meetings.at(*meeting, "Meeting");  // 404 if the app has no such meeting
    seed.meeting_id = *meeting;
  }
  std::string status = b.one_of("status", {"LIVE", "ENDED"}).value_or("ENDED");
  bool live = status == "LIVE";
  seed_times(b, seed, live);
  if (live && !seed.meeting_id.empty() && has_live_session(*app, seed.meeting_id))
    unprocessable("meeting_id: the meeting already has a LIVE session");
  seed.id = b.string("id").value_or(s.new_id());
  if (app->sessions.find(seed.id)) unprocessable("id: a session with this id already exists");
  seed.session = session_skeleton(s, *app, b, seed, status);

  table people;
  json::object reports;
  const json::array* listed = b.array("participants");
  seed_participants(s, *app, seed, listed ? *listed : json::array{}, people, reports);
  const json::array* chat = b.array("chat");
  json::array messages = seeded_chat(s, seed, chat ? *chat : json::array{}, people);
  const json::array* transcript = b.array("transcript");
  json::array lines = seeded_transcript(s, seed, transcript ? *transcript : json::array{}, people);
  std::optional<json::object> summary = seeded_summary(b.object());
  count_into(seed.session, people);
  seeded_counts(b, seed.session);

  // Nothing was refused: store it all.
  app->session_participants[seed.id] = std::move(people);
  for (auto& kv : reports) app->peer_reports.put(kv.key(), std::move(kv.value().as_object()));
  if (!messages.empty()) app->chat[seed.id] = std::move(messages);
  if (!lines.empty()) app->transcripts[seed.id] = std::move(lines);
  if (summary) app->summaries[seed.id] = std::move(*summary);
  const json::object& stored = app->sessions.put(seed.id, std::move(seed.session));
  notify_seeded(s, *app, stored);
  return ok(stored, 201);
}

void add_session_routes(router& r) {
  r.add("GET", "/{app_id}/sessions", list_sessions);
  r.add("GET", "/{app_id}/sessions/{session_id}", get_session);
  r.add("GET", "/{app_id}/sessions/{session_id}/participants", list_participants);
  r.add("GET", "/{app_id}/sessions/{session_id}/participants/{participant_id}", get_participant);
  r.add("GET", "/{app_id}/sessions/{session_id}/chat", get_chat);
  r.add("GET", "/{app_id}/sessions/{session_id}/transcript", get_transcript);
  r.add("GET", "/{app_id}/sessions/{session_id}/summary", get_summary);
  r.add("POST", "/{app_id}/sessions/{session_id}/summary", generate_summary);
  r.add("GET", "/{app_id}/sessions/peer-report/{peer_id}", get_peer_report);
}

}  // namespace rtk::emu
