// Meetings and their participants. A meeting is stored with every field the reference's
// example shows (defaults filled in); a participant is stored with its current token, which
// only "Add a participant" and "Edit a participant's detail" return.

#include "../router.hpp"
#include "recording_config.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

namespace rtk::emu {
namespace {

// ---- Validating nested bodies ----------------------------------------------------------------

void check_summarization(const body_reader& b) {
  b.one_of("summary_type", {"general", "team_meeting", "sales_call", "client_check_in", "interview",
                            "daily_standup", "one_on_one_meeting", "lecture", "code_review"});
  b.one_of("text_format", {"plain_text", "markdown"});
  non_negative(b, "word_limit");
}

void check_transcription(const body_reader& b) {
  if (const json::array* words = b.array("keywords"))
    for (const auto& w : *words)
      if (!w.is_string()) unprocessable("keywords must be an array of strings");
  b.one_of("language", {"en-US", "en-IN", "de", "hi", "sv", "ru", "pl", "el", "fr", "nl"});
  b.boolean("profanity_filter");
}

void check_ai_config(const body_reader& b) {
  if (const auto* o = b.object("summarization"))
    check_nested("summarization", *o, check_summarization);
  if (const auto* o = b.object("transcription"))
    check_nested("transcription", *o, check_transcription);
}

void check_recording_config(const body_reader& b) {
  if (const auto* o = b.object("audio_config")) check_nested("audio_config", *o, check_audio);
  b.string("file_name_prefix");
  if (const auto* o = b.object("live_streaming_config"))
    check_nested("live_streaming_config", *o, [](const body_reader& l) { l.string("rtmp_url"); });
  check_max_seconds(b);
  if (const auto* o = b.object("realtimekit_bucket_config"))
    check_nested("realtimekit_bucket_config", *o, check_bucket);
  if (const auto* o = b.object("storage_config")) check_nested("storage_config", *o, check_storage);
  if (const auto* o = b.object("video_config")) check_nested("video_config", *o, check_video);
}

// What a meeting's recording_config reads back as: the access key is write-only (the
// reference says so, and its example leaves it out).
json::object readable_recording_config(json::object config) {
  if (auto* storage = config.if_contains("storage_config"); storage && storage->is_object())
    *storage = without(storage->get_object(), "access_key");
  return config;
}

// ---- Meetings ----------------------------------------------------------------------------------

// The settings a meeting has when a create (or a replace) does not name them.
json::object meeting_defaults() {
  return json::object{{"ai_config", nullptr},
                      {"live_stream_on_start", false},
                      {"persist_chat", false},
                      {"record_on_start", false},
                      {"recording_config", nullptr},
                      {"session_keep_alive_time_in_secs", 60},
                      {"status", "ACTIVE"},
                      {"summarize_on_end", false},
                      {"title", nullptr}};
}

// The settings a create, update or replace body gives, checked, as they will be stored. A
// field sent as null goes back to its default. Fields the reference does not know (the SDK's
// transcribe_on_end) are ignored, as the real API does.
json::object meeting_changes(const request& r) {
  body_reader b(r);
  const json::object defaults = meeting_defaults();
  json::object out;
  for (const auto& kv : b.object())
    if (defaults.contains(kv.key()) && kv.value().is_null()) out[kv.key()] = defaults.at(kv.key());
  for (auto key : {"live_stream_on_start", "persist_chat", "record_on_start", "summarize_on_end"})
    if (auto v = b.boolean(key)) out[key] = *v;
  if (auto v = non_negative(b, "session_keep_alive_time_in_secs"))
    out["session_keep_alive_time_in_secs"] = *v;
  if (auto v = b.one_of("status", {"ACTIVE", "INACTIVE"})) out["status"] = *v;
  if (auto v = b.string("title")) out["title"] = *v;
  if (const auto* o = b.object("ai_config")) {
    check_nested("ai_config", *o, check_ai_config);
    out["ai_config"] = *o;
  }
  if (const auto* o = b.object("recording_config")) {
    check_nested("recording_config", *o, check_recording_config);
    out["recording_config"] = readable_recording_config(*o);
  }
  return out;
}

json::object& meeting_of(app_data& app, const request& r) {
  return app.meetings.at(r.param("meeting_id"), "Meeting");
}

// A meeting as "Fetch all meetings" lists it: without its AI and recording settings.
json::object listed_meeting(const json::object& m) {
  json::object out;
  for (auto key :
       {"id", "created_at", "updated_at", "live_stream_on_start", "persist_chat", "record_on_start",
        "session_keep_alive_time_in_secs", "status", "summarize_on_end", "title"})
    if (const auto* v = m.if_contains(key)) out[key] = *v;
  return out;
}

// A time bound of the list's query, if given; text that is not an ISO time is a 400.
std::optional<std::int64_t> time_bound(const request& r, std::string_view name) {
  auto text = r.query_value(name);
  if (!text) return std::nullopt;
  auto t = parse_iso(*text);
  if (!t) bad_request(std::string(name) + " must be an ISO 8601 time");
  return t;
}

// The list's filters: `search` in the title (ignoring case) or the id, created_at within
// [start_time, end_time], and `status` (sent by the official SDK, not in the reference).
json::array matching_meetings(const app_data& app, const request& r) {
  auto search = r.query_value("search").value_or("");
  auto from = time_bound(r, "start_time");
  auto to = time_bound(r, "end_time");
  auto status = r.query_value("status");
  if (status && *status != "ACTIVE" && *status != "INACTIVE")
    bad_request("status must be ACTIVE or INACTIVE");
  json::array out;
  app.meetings.for_each([&](const json::object& m) {
    const json::value& title = m.at("title");
    bool found = search.empty() || contains_ignoring_case(m.at("id").as_string(), search) ||
                 (title.is_string() && contains_ignoring_case(title.get_string(), search));
    auto created = parse_iso(m.at("created_at").as_string()).value_or(0);
    bool in_time = (!from || created >= *from) && (!to || created <= *to);
    bool in_status = !status || m.at("status").as_string() == *status;
    if (found && in_time && in_status) out.push_back(listed_meeting(m));
  });
  return out;
}

reply list_meetings(state& s, const request& r) {
  return page_of(matching_meetings(s.app(r), r), paging_of(r));
}

reply create_meeting(state& s, const request& r) {
  app_data& app = s.app(r);
  json::object changes = meeting_changes(r);
  std::string id = s.new_id();
  std::string now = now_iso();
  json::object m{{"id", id}, {"created_at", now}, {"updated_at", now}};
  merge_into(m, meeting_defaults());
  merge_into(m, changes);
  return ok(app.meetings.put(id, std::move(m)), 201);
}

// The reference's `name` query parameter has no documented effect: it is accepted, unused.
reply get_meeting(state& s, const request& r) {
  return ok(meeting_of(s.app(r), r));
}

reply update_meeting(state& s, const request& r) {
  json::object& m = meeting_of(s.app(r), r);
  json::object changes = meeting_changes(r);
  merge_into(m, changes);
  m["updated_at"] = now_iso();
  return ok(m);
}

// Every setting the body leaves out goes back to its default; the meeting keeps its id,
// created_at and (a field the replace body does not have) its status unless the body gives one.
reply replace_meeting(state& s, const request& r) {
  json::object& m = meeting_of(s.app(r), r);
  json::object changes = meeting_changes(r);
  json::object replaced{
      {"id", m.at("id")}, {"created_at", m.at("created_at")}, {"updated_at", now_iso()}};
  merge_into(replaced, meeting_defaults());
  replaced["status"] = m.at("status");
  merge_into(replaced, changes);
  m = std::move(replaced);
  return ok(m);
}

// ---- Participants ------------------------------------------------------------------------------

// The meeting's participants (the meeting must exist).
table& participants_of(app_data& app, const request& r) {
  meeting_of(app, r);
  return app.participants[std::string(r.param("meeting_id"))];
}

json::object& participant_of(app_data& app, const request& r) {
  return participants_of(app, r).at(r.param("participant_id"), "Participant");
}

// A preset_name must name one of the app's presets.
void check_preset(const app_data& app, const std::string& name) {
  if (!preset_named(app, name)) unprocessable("preset_name: no preset named '" + name + "'");
}

// A participant as list and get show it: the token is only handed out by add and edit.
json::object without_token(const json::object& p) {
  return without(p, "token");
}

reply list_participants(state& s, const request& r) {
  app_data& app = s.app(r);
  json::array items;
  participants_of(app, r).for_each(
      [&](const json::object& p) { items.push_back(without_token(p)); });
  return page_of(items, paging_of(r));
}

reply add_participant(state& s, const request& r) {
  app_data& app = s.app(r);
  table& people = participants_of(app, r);
  body_reader b(r);
  std::string custom_id = b.required_string("custom_participant_id");
  std::string preset = b.required_string("preset_name");
  auto name = b.string("name");
  auto picture = b.string("picture");
  check_preset(app, preset);
  // The reference asks for a unique custom_participant_id: a second one in the meeting is
  // refused (422, never 409, which clients retry).
  bool taken = false;
  people.for_each([&](const json::object& p) {
    taken = taken || p.at("custom_participant_id").as_string() == custom_id;
  });
  if (taken) unprocessable("custom_participant_id '" + custom_id + "' is already in the meeting");
  std::string id = s.new_id();
  std::string now = now_iso();
  json::object p{{"id", id},
                 {"token", s.new_token()},
                 {"created_at", now},
                 {"custom_participant_id", custom_id},
                 {"preset_name", preset},
                 {"updated_at", now},
                 {"name", name ? json::value(*name) : json::value(nullptr)},
                 {"picture", picture ? json::value(*picture) : json::value(nullptr)}};
  return ok(people.put(id, std::move(p)), 201);
}

reply get_participant(state& s, const request& r) {
  return ok(without_token(participant_of(s.app(r), r)));
}

// name and picture sent as null are cleared; preset_name must name a preset of the app.
reply edit_participant(state& s, const request& r) {
  app_data& app = s.app(r);
  json::object& p = participant_of(app, r);
  body_reader b(r);
  json::object changes;
  for (auto key : {"name", "picture"}) {
    if (auto v = b.string(key))
      changes[key] = *v;
    else if (b.object().contains(key))
      changes[key] = nullptr;
  }
  if (auto preset = b.string("preset_name")) {
    check_preset(app, *preset);
    changes["preset_name"] = *preset;
  }
  merge_into(p, changes);
  p["updated_at"] = now_iso();
  return ok(p);
}

// Answers what the participant was, with the id of its preset (null if the preset is gone).
reply delete_participant(state& s, const request& r) {
  app_data& app = s.app(r);
  json::object p = participant_of(app, r);
  const json::object* preset = preset_named(app, p.at("preset_name").as_string());
  json::value preset_id = preset && preset->contains("id") ? preset->at("id") : nullptr;
  participants_of(app, r).erase(p.at("id").as_string());
  return ok(json::object{{"created_at", p.at("created_at")},
                         {"custom_participant_id", p.at("custom_participant_id")},
                         {"preset_id", std::move(preset_id)},
                         {"updated_at", p.at("updated_at")}});
}

// A fresh token replaces the old one.
reply refresh_participant_token(state& s, const request& r) {
  json::object& p = participant_of(s.app(r), r);
  p["token"] = s.new_token();
  p["updated_at"] = now_iso();
  return ok(json::object{{"token", p.at("token")}});
}

}  // namespace

void add_meeting_routes(router& r) {
  r.add("GET", "/{app_id}/meetings", list_meetings);
  r.add("POST", "/{app_id}/meetings", create_meeting);
  r.add("GET", "/{app_id}/meetings/{meeting_id}", get_meeting);
  r.add("PATCH", "/{app_id}/meetings/{meeting_id}", update_meeting);
  r.add("PUT", "/{app_id}/meetings/{meeting_id}", replace_meeting);
  r.add("GET", "/{app_id}/meetings/{meeting_id}/participants", list_participants);
  r.add("POST", "/{app_id}/meetings/{meeting_id}/participants", add_participant);
  r.add("GET", "/{app_id}/meetings/{meeting_id}/participants/{participant_id}", get_participant);
  r.add("PATCH", "/{app_id}/meetings/{meeting_id}/participants/{participant_id}", edit_participant);
  r.add("DELETE", "/{app_id}/meetings/{meeting_id}/participants/{participant_id}",
        delete_participant);
  r.add("POST", "/{app_id}/meetings/{meeting_id}/participants/{participant_id}/token",
        refresh_participant_token);
}

}  // namespace rtk::emu
