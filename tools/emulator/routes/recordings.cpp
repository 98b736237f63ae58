// Recordings: start one on a meeting, list and fetch them, pause/resume/stop them (a state
// machine), a meeting's active recording, and track recordings.
//
// A recording is stored with every field "Fetch details of a recording" returns, plus
// `meeting_id` and an `emulator` object of bookkeeping (recorded time, settings that shape the
// outputs) that no answer shows. Each endpoint answers with the fields its example has:
//
//   start, fetch, pause/resume/stop: the stored fields (reasons and storage_config included);
//   list: the same without the reasons, with the meeting;
//   active recording: the plain fields only.
//
// Life of a recording: RECORDING (at once: nothing to wait for here) -pause-> PAUSED -resume->
// RECORDING, and stop from either -> UPLOADED, when the download links, the size and the final
// duration appear. Any other change is a 400 (never 409: clients retry those).

#include "../router.hpp"
#include "../webhook_events.hpp"
#include "recording_config.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace rtk::emu {
namespace {

// ---- Time ----------------------------------------------------------------------------------

// Whole seconds, rounded up: a recording that ran at all lasted at least its first second.
std::int64_t seconds_of(std::int64_t ms) {
  return (ms + 999) / 1000;
}

// ---- Small JSON helpers --------------------------------------------------------------------

std::int64_t int_of(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  return v && v->is_int64() ? v->get_int64() : 0;
}

// ---- Validating the start body -------------------------------------------------------------

void check_start_body(const body_reader& b) {
  b.boolean("allow_multiple_recordings");
  if (const auto* o = b.object("audio_config")) check_nested("audio_config", *o, check_audio);
  b.string("file_name_prefix");
  if (const auto* o = b.object("interactive_config"))
    check_nested("interactive_config", *o, [](const body_reader& i) { i.one_of("type", {"ID3"}); });
  check_max_seconds(b);
  if (const auto* o = b.object("realtimekit_bucket_config"))
    check_nested("realtimekit_bucket_config", *o, check_bucket);
  if (const auto* o = b.object("rtmp_out_config"))
    check_nested("rtmp_out_config", *o, [](const body_reader& rtmp) { rtmp.string("rtmp_url"); });
  if (const auto* o = b.object("storage_config")) check_nested("storage_config", *o, check_storage);
  b.string("url");
  if (const auto* o = b.object("video_config")) check_nested("video_config", *o, check_video);
}

// ---- The recording object ------------------------------------------------------------------

bool is_active(const json::object& rec) {
  auto status = text_of(rec, "status");
  return status == "INVOKED" || status == "RECORDING" || status == "PAUSED";
}

json::object& bookkeeping(json::object& rec) {
  return rec.at("emulator").as_object();
}

// Milliseconds recorded so far: what earlier runs added up to, plus the current run, never
// more than max_seconds.
std::int64_t recorded_ms(const json::object& rec) {
  const json::object& emu = rec.at("emulator").as_object();
  std::int64_t ms = int_of(emu, "recorded_ms");
  if (emu.at("running_since").is_int64()) ms += now_ms() - emu.at("running_since").get_int64();
  if (emu.at("max_ms").is_int64()) ms = std::min(ms, emu.at("max_ms").get_int64());
  return ms;
}

// Brings recording_duration up to date: analytics reads it as the recordings group last wrote
// it, and every answer about a recording writes it first.
json::object& touched(json::object& rec) {
  rec["recording_duration"] = seconds_of(recorded_ms(rec));
  return rec;
}

// Who starts and stops recordings through this API: the app itself.
json::object reason(const app_data& app, std::string_view why) {
  json::object caller{
      {"name", app.app.at("name")}, {"type", "ORGANIZATION"}, {"user_Id", app.app.at("id")}};
  return json::object{{"caller", std::move(caller)}, {"reason", why}};
}

// The meeting's live session, which the recording belongs to; a fresh id when none was seeded
// (on the real service the recorder joining starts one).
std::string session_for(state& s, const app_data& app, std::string_view meeting_id) {
  std::string id;
  app.sessions.for_each([&](const json::object& session) {
    if (id.empty() && text_of(session, "status") == "LIVE" &&
        text_of(session, "associated_id") == meeting_id)
      id = text_of(session, "id");
  });
  return id.empty() ? s.new_id() : id;
}

// storage_config as it reads back: the access key is write-only (the reference says so and
// its examples leave it out); the other fields come back as the examples show them.
json::value readable_storage(const body_reader& b) {
  const json::object* storage = b.object("storage_config");
  return storage ? json::value(without(*storage, "access_key")) : json::value(nullptr);
}

// What the outputs will look like, kept for the stop.
json::object bookkeeping_for(const body_reader& b) {
  bool bucket = true;
  if (const auto* o = b.object("realtimekit_bucket_config")) bucket = o->at("enabled").as_bool();
  std::string audio_codec;
  if (const auto* o = b.object("audio_config")) audio_codec = text_of(*o, "codec");
  if (b.has("audio_config") && audio_codec.empty()) audio_codec = "AAC";
  auto max = b.integer("max_seconds");
  return json::object{{"recorded_ms", 0},
                      {"running_since", now_ms()},
                      {"max_ms", max ? json::value(*max * 1000) : json::value(nullptr)},
                      {"bucket", bucket},
                      {"audio_codec", audio_codec}};
}

json::object new_recording(state& s, app_data& app, const body_reader& b,
                           const std::string& meeting_id) {
  std::string id = s.new_id();
  std::string now = now_iso();
  std::string prefix = b.string("file_name_prefix").value_or("recording");
  // Download links, expiry and size exist once the file is uploaded: empty until the stop.
  return json::object{{"id", id},
                      {"audio_download_url", ""},
                      {"download_url", ""},
                      {"download_url_expiry", ""},
                      {"file_size", 0},
                      {"invoked_time", now},
                      {"output_file_name", prefix + "_" + id + ".mp4"},
                      {"session_id", session_for(s, app, meeting_id)},
                      {"started_time", now},
                      {"status", "RECORDING"},
                      {"stopped_time", nullptr},
                      {"recording_duration", 0},
                      {"start_reason", reason(app, "API_CALL")},
                      {"stop_reason", nullptr},
                      {"storage_config", readable_storage(b)},
                      {"meeting_id", meeting_id},
                      {"emulator", bookkeeping_for(b)}};
}

// ---- Views ---------------------------------------------------------------------------------

// "Fetch details of a recording", and start and pause/resume/stop.
json::object details_view(json::object& rec) {
  return pick(touched(rec), {"id", "audio_download_url", "download_url", "download_url_expiry",
                             "file_size", "invoked_time", "output_file_name", "session_id",
                             "started_time", "status", "stopped_time", "recording_duration",
                             "start_reason", "stop_reason", "storage_config"});
}

// "Fetch active recording": no reasons, no storage.
json::object active_view(json::object& rec) {
  return pick(touched(rec), {"id", "audio_download_url", "download_url", "download_url_expiry",
                             "file_size", "invoked_time", "output_file_name", "session_id",
                             "started_time", "status", "stopped_time", "recording_duration"});
}

// The meeting as the list's example shows it (no configs).
json::value meeting_summary(const app_data& app, std::string_view meeting_id) {
  const json::object* m = app.meetings.find(meeting_id);
  if (m == nullptr) return nullptr;
  return pick(*m, {"id", "created_at", "updated_at", "live_stream_on_start", "persist_chat",
                   "record_on_start", "session_keep_alive_time_in_secs", "status",
                   "summarize_on_end", "title"});
}

// "Fetch all recordings": the meeting instead of the reasons.
json::object list_view(const app_data& app, json::object& rec) {
  json::object out =
      pick(touched(rec), {"id", "audio_download_url", "download_url", "download_url_expiry",
                          "file_size", "invoked_time", "output_file_name", "session_id",
                          "started_time", "status", "stopped_time"});
  out["meeting"] = meeting_summary(app, text_of(rec, "meeting_id"));
  out["recording_duration"] = rec.at("recording_duration");
  out["storage_config"] = rec.at("storage_config");
  return out;
}

// ---- The meeting's active recording --------------------------------------------------------

// The meeting's first recording still running or paused, or null.
json::object* active_recording(app_data& app, std::string_view meeting_id) {
  json::object* found = nullptr;
  app.recordings.for_each([&](json::object& rec) {
    if (found == nullptr && is_active(rec) && text_of(rec, "meeting_id") == meeting_id)
      found = &rec;
  });
  return found;
}

// ---- State changes -------------------------------------------------------------------------

void pause(json::object& rec) {
  if (text_of(rec, "status") != "RECORDING")
    bad_request("Only a recording in progress can be paused; this one is " +
                text_of(rec, "status"));
  json::object& emu = bookkeeping(rec);
  emu["recorded_ms"] = recorded_ms(rec);
  emu["running_since"] = nullptr;
  rec["status"] = "PAUSED";
}

void resume(json::object& rec) {
  if (text_of(rec, "status") != "PAUSED")
    bad_request("Only a paused recording can be resumed; this one is " + text_of(rec, "status"));
  json::object& emu = bookkeeping(rec);
  // A capped recording stays capped: recorded_ms already holds the time up to the pause.
  emu["running_since"] = now_ms();
  rec["status"] = "RECORDING";
}

// Where the emulated bucket serves files: a reserved domain, so nothing real is ever fetched.
std::string bucket_url(const json::object& rec, std::string_view file) {
  return "https://recordings.realtimekit.invalid/" + text_of(rec, "id") + "/" + std::string(file);
}

// Stopped recordings are uploaded at once. The size assumes 1 Mbit/s of audio and video.
void stop(const app_data& app, json::object& rec) {
  if (!is_active(rec))
    bad_request("The recording has already stopped; its status is " + text_of(rec, "status"));
  json::object& emu = bookkeeping(rec);
  std::int64_t duration = std::max<std::int64_t>(1, seconds_of(recorded_ms(rec)));
  emu["recorded_ms"] = duration * 1000;
  emu["running_since"] = nullptr;
  std::int64_t now = now_ms();
  if (emu.at("bucket").as_bool()) {
    rec["download_url"] = bucket_url(rec, text_of(rec, "output_file_name"));
    std::string codec = text_of(emu, "audio_codec");
    if (!codec.empty())
      rec["audio_download_url"] = bucket_url(rec, codec == "MP3" ? "audio.mp3" : "audio.aac");
    // Links to the bucket are signed for a week.
    rec["download_url_expiry"] = iso_of(now + 7LL * 24 * 3600 * 1000);
  }
  rec["file_size"] = duration * 125'000;
  rec["recording_duration"] = duration;
  rec["status"] = "UPLOADED";
  rec["stopped_time"] = iso_of(now);
  rec["stop_reason"] = reason(app, "API_CALL");
}

// ---- List filters --------------------------------------------------------------------------

std::optional<std::int64_t> query_time(const request& r, std::string_view name) {
  auto text = r.query_value(name);
  if (!text) return std::nullopt;
  auto ms = parse_iso(*text);
  if (!ms) bad_request(std::string(name) + " must be a time in ISO 8601 format");
  return ms;
}

std::optional<bool> query_bool(const request& r, std::string_view name) {
  auto text = r.query_value(name);
  if (!text) return std::nullopt;
  if (*text == "true") return true;
  if (*text == "false") return false;
  bad_request(std::string(name) + " must be true or false");
}

// Every `status` value: repeated keys (as the SDK sends them) or comma-separated.
std::vector<std::string> query_statuses(const request& r) {
  std::vector<std::string> out;
  for (const auto& [key, value] : r.query) {
    if (key != "status") continue;
    std::string_view rest = value;
    while (true) {
      auto comma = rest.find(',');
      std::string one(rest.substr(0, comma));
      static constexpr std::string_view known[] = {"INVOKED",  "RECORDING", "UPLOADING",
                                                   "UPLOADED", "ERRORED",   "PAUSED"};
      if (std::find(std::begin(known), std::end(known), one) == std::end(known))
        bad_request(
            "status must be one of INVOKED, RECORDING, UPLOADING, UPLOADED, ERRORED, "
            "PAUSED");
      out.push_back(std::move(one));
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
  }
  return out;
}

// The reference's filters: meeting_id, status, start_time/end_time (on invoked_time), search
// (in the meeting's id or title) and expired (download links past their expiry).
std::function<bool(const json::object&)> recording_filter(const app_data& app, const request& r) {
  auto meeting = r.query_value("meeting_id");
  auto statuses = query_statuses(r);
  auto from = query_time(r, "start_time");
  auto to = query_time(r, "end_time");
  auto search = r.query_value("search");
  auto expired = query_bool(r, "expired");
  std::int64_t now = now_ms();
  return [=, &app](const json::object& rec) {
    std::string meeting_id = text_of(rec, "meeting_id");
    std::int64_t invoked = parse_iso(text_of(rec, "invoked_time")).value_or(0);
    auto expiry = parse_iso(text_of(rec, "download_url_expiry"));
    const json::object* m = app.meetings.find(meeting_id);
    bool found = !search || contains_ignoring_case(meeting_id, *search) ||
                 (m && contains_ignoring_case(text_of(*m, "title"), *search));
    return (!meeting || meeting_id == *meeting) &&
           (statuses.empty() || std::find(statuses.begin(), statuses.end(),
                                          text_of(rec, "status")) != statuses.end()) &&
           (!from || invoked >= *from) && (!to || invoked <= *to) && found &&
           (!expired || *expired == (expiry && *expiry < now));
  };
}

// ---- Handlers ------------------------------------------------------------------------------

reply list_recordings(state& s, const request& r) {
  app_data& app = s.app(r);
  page_window window = paging_of(r);
  auto keep = recording_filter(app, r);
  if (auto by = r.query_value("sort_by"); by && *by != "invokedTime")
    bad_request("sort_by must be invokedTime");
  auto order = r.query_value("sort_order").value_or("ASC");
  if (order != "ASC" && order != "DESC") bad_request("sort_order must be ASC or DESC");
  json::array items;
  app.recordings.for_each([&](json::object& rec) {
    if (keep(rec)) items.push_back(list_view(app, rec));
  });
  // Creation order is invocation order.
  if (order == "DESC") std::reverse(items.begin(), items.end());
  return page_of(items, window);
}

// A meeting records once at a time unless the start asks for more (allow_multiple_recordings).
reply start_recording(state& s, const request& r) {
  app_data& app = s.app(r);
  body_reader body(r);
  std::string meeting_id = body.required_string("meeting_id");
  check_start_body(body);
  app.meetings.at(meeting_id, "Meeting");
  if (!body.boolean("allow_multiple_recordings").value_or(false) &&
      active_recording(app, meeting_id) != nullptr)
    bad_request(
        "The meeting is already being recorded; stop that recording first or set "
        "allow_multiple_recordings");
  json::object rec = new_recording(s, app, body, meeting_id);
  std::string id = text_of(rec, "id");
  json::object& stored = app.recordings.put(id, std::move(rec));
  reply out = ok(details_view(stored), 201);
  s.notify(app, recording_event(app, stored, "RECORDING"));
  return out;
}

reply get_active_recording(state& s, const request& r) {
  app_data& app = s.app(r);
  auto meeting_id = r.param("meeting_id");
  app.meetings.at(meeting_id, "Meeting");
  json::object* rec = active_recording(app, meeting_id);
  if (rec == nullptr) not_found("Active recording");
  return ok(active_view(*rec));
}

reply get_recording(state& s, const request& r) {
  app_data& app = s.app(r);
  return ok(details_view(app.recordings.at(r.param("recording_id"), "Recording")));
}

reply pause_resume_stop(state& s, const request& r) {
  app_data& app = s.app(r);
  json::object& rec = app.recordings.at(r.param("recording_id"), "Recording");
  body_reader body(r);
  if (!body.has("action")) unprocessable("action is required");
  std::string action = *body.one_of("action", {"stop", "pause", "resume"});
  if (action == "pause") pause(rec);
  if (action == "resume") resume(rec);
  if (action == "stop") {
    stop(app, rec);
    // The upload is immediate here; webhooks still see it begin, then end.
    s.notify(app, recording_event(app, rec, "UPLOADING"));
  }
  reply out = ok(details_view(rec));
  s.notify(app, recording_event(app, rec, text_of(rec, "status")));
  return out;
}

// One output of a track-recording layer: STORAGE_CONFIG needs the storage it names.
void check_track_output(const body_reader& b) {
  auto type = b.one_of("type", {"REALTIMEKIT_BUCKET", "STORAGE_CONFIG"});
  const json::object* storage = b.object("storage_config");
  if (storage) check_nested("storage_config", *storage, check_storage);
  if (type == "STORAGE_CONFIG" && !storage)
    unprocessable("storage_config is required when type is STORAGE_CONFIG");
}

void check_track_layer(const body_reader& b) {
  b.string("file_name_prefix");
  b.one_of("media_kind", {"audio", "video"});  // sent by the SDK, not in the reference
  const json::array* outputs = b.array("outputs");
  if (outputs == nullptr) return;
  for (std::size_t i = 0; i < outputs->size(); ++i) {
    std::string path = "outputs[" + std::to_string(i) + "]";
    if (!(*outputs)[i].is_object()) unprocessable(path + " must be an object");
    check_nested(path, (*outputs)[i].get_object(), check_track_output);
  }
}

void check_track_body(const body_reader& b) {
  if (const json::object* layers = b.object("layers"))
    for (const auto& kv : *layers) {
      std::string path = "layers." + std::string(kv.key());
      if (!kv.value().is_object()) unprocessable(path + " must be an object");
      check_nested(path, kv.value().get_object(), check_track_layer);
    }
  auto max = b.integer("max_seconds");
  if (max && *max < 1) unprocessable("max_seconds must be positive");
  if (const json::array* users = b.array("user_ids"))
    for (const auto& u : *users)
      if (!u.is_string()) unprocessable("user_ids must be an array of strings");
}

// The reference documents no answer for a track recording, and no endpoint reads one back:
// the emulator checks the request against the meeting and answers with an empty object.
reply start_track_recording(state& s, const request& r) {
  app_data& app = s.app(r);
  body_reader body(r);
  std::string meeting_id = body.required_string("meeting_id");
  check_track_body(body);
  app.meetings.at(meeting_id, "Meeting");
  return ok(json::object{}, 201);
}

}  // namespace

void add_recording_routes(router& r) {
  r.add("GET", "/{app_id}/recordings", list_recordings);
  r.add("POST", "/{app_id}/recordings", start_recording);
  r.add("GET", "/{app_id}/recordings/active-recording/{meeting_id}", get_active_recording);
  r.add("GET", "/{app_id}/recordings/{recording_id}", get_recording);
  r.add("PUT", "/{app_id}/recordings/{recording_id}", pause_resume_stop);
  r.add("POST", "/{app_id}/recordings/track", start_track_recording);
}

}  // namespace rtk::emu
