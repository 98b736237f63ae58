// Presets: what a meeting's participant may do and how the meeting looks to them. Participants
// name their preset (add participant's preset_name), so a name is unique within its app.
//
// A preset is stored as the API returns it. One schema of the preset's fields (the reference's
// and the official SDK's additions) serves create, replace and update: it checks the body and
// copies only the fields it knows, so unknown fields are ignored and every answer decodes into
// rtk's models with nothing left over. Fields the reference's example always shows are filled
// in when a body leaves them out (complete()).

#include "../router.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rtk::emu {
namespace {

// ---- The shape of a preset -------------------------------------------------------------------

enum class kind {
  flag,      // a boolean
  count,     // an integer, not negative
  text,      // a string
  choice,    // one of `choices`
  object,    // an object of `fields`
  text_map,  // an object of strings: color shades keyed by shade number
  counts,    // an array of counts
  any,       // any JSON: ui.config_diff, whose shape the reference leaves open
  plugins,   // permissions.plugins.config: a plugin id, or settings keyed by plugin id
};

struct field {
  std::string_view name{};
  kind type = kind::any;
  bool required = true;
  std::vector<std::string_view> choices{};
  std::vector<field> fields{};
};

field one(std::string_view name, kind type, bool required = true) {
  return field{.name = name, .type = type, .required = required};
}

field choice(std::string_view name, std::vector<std::string_view> choices, bool required = true) {
  return field{
      .name = name, .type = kind::choice, .required = required, .choices = std::move(choices)};
}

field nested(std::string_view name, std::vector<field> fields, bool required = true) {
  return field{
      .name = name, .type = kind::object, .required = required, .fields = std::move(fields)};
}

// Required booleans.
std::vector<field> flags(std::initializer_list<std::string_view> names) {
  std::vector<field> out;
  for (auto name : names) out.push_back(one(name, kind::flag));
  return out;
}

// The reference lists hd, vga and qvga; the official SDK sends fhd and uhd too.
std::vector<std::string_view> qualities() {
  return {"hd", "vga", "qvga", "fhd", "uhd"};
}

std::vector<std::string_view> access_levels() {
  return {"ALLOWED", "NOT_ALLOWED", "CAN_REQUEST"};
}

std::vector<field> config_fields() {
  return {
      one("max_screenshare_count", kind::count),
      nested("max_video_streams", {one("desktop", kind::count), one("mobile", kind::count)}),
      nested(
          "media",
          {nested("screenshare", {one("frame_rate", kind::count), choice("quality", qualities())}),
           nested("video", {one("frame_rate", kind::count), choice("quality", qualities()),
                            one("simulcast", kind::flag, false)}),
           nested("audio",
                  {one("enable_high_bitrate", kind::flag, false),
                   one("enable_stereo", kind::flag, false)},
                  false)}),
      // LIVESTREAM is the official SDK's addition.
      choice("view_type", {"GROUP_CALL", "WEBINAR", "AUDIO_ROOM", "LIVESTREAM"}),
      one("livestream_viewer_qualities", kind::counts, false),
  };
}

std::vector<field> ui_fields() {
  std::vector<field> colors = {one("background", kind::text_map), one("brand", kind::text_map)};
  for (auto name : {"danger", "success", "text", "text_on_brand", "video_bg", "warning"})
    colors.push_back(one(name, kind::text));
  // The reference lists only rounded, thin and dark, and requires a logo; the official SDK
  // sends the other spellings and leaves the logo out.
  return {
      nested("design_tokens",
             {choice("border_radius", {"sharp", "rounded", "extra-rounded", "circular"}),
              choice("border_width", {"none", "thin", "fat"}), nested("colors", std::move(colors)),
              one("logo", kind::text, false), one("spacing_base", kind::count),
              choice("theme", {"darkest", "dark", "light"}), one("font_family", kind::text, false),
              one("google_font", kind::text, false)}),
      one("config_diff", kind::any, false),
  };
}

field produce(std::string_view medium) {
  return nested(medium, {choice("can_produce", access_levels())});
}

std::vector<field> permission_fields() {
  std::vector<field> out = flags({"accept_waiting_requests", "can_accept_production_requests",
                                  "can_change_participant_permissions", "can_edit_display_name",
                                  "can_livestream", "can_record", "can_spotlight"});
  out.push_back(
      nested("chat", {nested("private", flags({"can_receive", "can_send", "files", "text"})),
                      nested("public", flags({"can_send", "files", "text"}))}));
  out.push_back(nested("connected_meetings",
                       flags({"can_alter_connected_meetings", "can_switch_connected_meetings",
                              "can_switch_to_parent_meeting"})));
  for (auto& f : flags({"disable_participant_audio", "disable_participant_screensharing",
                        "disable_participant_video", "hidden_participant", "kick_participant"}))
    out.push_back(std::move(f));
  out.push_back(nested("media", {produce("audio"), produce("screenshare"), produce("video")}));
  out.push_back(one("pin_participant", kind::flag));
  std::vector<field> plugins = flags({"can_close", "can_edit_config", "can_start"});
  plugins.push_back(one("config", kind::plugins));
  out.push_back(nested("plugins", std::move(plugins)));
  out.push_back(nested("polls", flags({"can_create", "can_view", "can_vote"})));
  out.push_back(choice("recorder_type", {"RECORDER", "LIVESTREAMER", "NONE"}));
  out.push_back(one("show_participant_list", kind::flag));
  out.push_back(
      choice("waiting_room_type", {"SKIP", "ON_PRIVILEGED_USER_ENTRY", "SKIP_ON_ACCEPT"}));
  out.push_back(one("is_recorder", kind::flag, false));
  // The official SDK's additions.
  out.push_back(one("accept_stage_requests", kind::flag, false));
  out.push_back(choice("stage_access", access_levels(), false));
  out.push_back(one("stage_enabled", kind::flag, false));
  out.push_back(one("transcription_enabled", kind::flag, false));
  return out;
}

// In the order the reference's example shows them. `permissions` is optional (the reference
// says so); a preset without them gets a participant's (complete()).
const std::vector<field>& preset_schema() {
  static const std::vector<field> schema = {
      nested("config", config_fields()),
      one("name", kind::text),
      nested("ui", ui_fields()),
      nested("permissions", permission_fields(), false),
  };
  return schema;
}

// One plugin's settings, under its plugin id.
const std::vector<field>& plugin_schema() {
  static const std::vector<field> schema = {
      choice("access_control", {"FULL_ACCESS", "VIEW_ONLY"}, false),
      one("handles_view_only", kind::flag, false),
      one("max_pages", kind::count, false),  // the official SDK's
  };
  return schema;
}

// ---- Checking a body against the schema ------------------------------------------------------

// Create and replace give a whole preset (required fields must be there); update gives only
// what changes, merged into the stored preset at every depth.
enum class mode { whole, partial };

void apply(const std::vector<field>& schema, const json::object& given, json::object& into, mode m,
           const std::string& prefix);

json::value count_of(const json::value& v, const std::string& where) {
  boost::system::error_code ec;
  auto n = v.to_number<std::int64_t>(ec);
  if (ec) unprocessable(where + " must be an integer");
  if (n < 0) unprocessable(where + " must not be negative");
  return n;
}

json::value choice_of(const field& f, const json::value& v, const std::string& where) {
  const auto* s = v.if_string();
  if (s == nullptr ||
      std::find(f.choices.begin(), f.choices.end(), std::string_view(*s)) == f.choices.end()) {
    std::string list;
    for (auto c : f.choices) list += (list.empty() ? "" : ", ") + std::string(c);
    unprocessable(where + " must be one of " + list);
  }
  return v;
}

json::value counts_of(const json::value& v, const std::string& where) {
  const auto* items = v.if_array();
  if (items == nullptr) unprocessable(where + " must be an array of integers");
  json::array out;
  for (const auto& item : *items) out.push_back(count_of(item, where + "[]"));
  return out;
}

// An object of strings; an update merges its keys into the stored ones.
void apply_text_map(const field& f, const json::value& v, json::object& into, mode m,
                    const std::string& where) {
  const auto* given = v.if_object();
  if (given == nullptr) unprocessable(where + " must be an object of strings");
  for (const auto& kv : *given)
    if (!kv.value().is_string())
      unprocessable(where + "." + std::string(kv.key()) + " must be a string");
  json::value& slot = into[f.name];
  if (m == mode::partial && slot.is_object())
    merge_into(slot.get_object(), *given);
  else
    slot = *given;
}

// A plugin id, or settings keyed by plugin id as the SDKs send them. The reference's own
// shape, one settings object ({access_control, handles_view_only}), is accepted too.
json::value plugin_settings(const json::value& v, const std::string& where) {
  if (v.is_string()) return v;
  const auto* given = v.if_object();
  if (given == nullptr) unprocessable(where + " must be a string or an object");
  bool keyed = std::all_of(given->begin(), given->end(),
                           [](const json::key_value_pair& kv) { return kv.value().is_object(); });
  json::object out;
  if (!keyed) {
    apply(plugin_schema(), *given, out, mode::whole, where + ".");
    return out;
  }
  for (const auto& kv : *given) {
    json::object settings;
    apply(plugin_schema(), kv.value().get_object(), settings, mode::whole,
          where + "." + std::string(kv.key()) + ".");
    out[kv.key()] = std::move(settings);
  }
  return out;
}

void apply_object(const field& f, const json::value& v, json::object& into, mode m,
                  const std::string& where) {
  const auto* given = v.if_object();
  if (given == nullptr) unprocessable(where + " must be an object");
  json::value& slot = into[f.name];
  if (m == mode::partial && slot.is_object()) {
    apply(f.fields, *given, slot.get_object(), m, where + ".");
    return;
  }
  json::object fresh;  // not stored yet: it must be whole
  apply(f.fields, *given, fresh, mode::whole, where + ".");
  slot = std::move(fresh);
}

void apply_field(const field& f, const json::value& v, json::object& into, mode m,
                 const std::string& where) {
  switch (f.type) {
    case kind::flag:
      if (!v.is_bool()) unprocessable(where + " must be a boolean");
      into[f.name] = v;
      return;
    case kind::count:
      into[f.name] = count_of(v, where);
      return;
    case kind::text:
      if (!v.is_string()) unprocessable(where + " must be a string");
      into[f.name] = v;
      return;
    case kind::choice:
      into[f.name] = choice_of(f, v, where);
      return;
    case kind::object:
      apply_object(f, v, into, m, where);
      return;
    case kind::text_map:
      apply_text_map(f, v, into, m, where);
      return;
    case kind::counts:
      into[f.name] = counts_of(v, where);
      return;
    case kind::any:
      into[f.name] = v;
      return;
    case kind::plugins:
      into[f.name] = plugin_settings(v, where);
      return;
  }
}

// Failures name the field by its path ("config.media.video.quality must be one of ...").
void apply(const std::vector<field>& schema, const json::object& given, json::object& into, mode m,
           const std::string& prefix) {
  for (const field& f : schema) {
    std::string where = prefix + std::string(f.name);
    const json::value* v = given.if_contains(f.name);
    if (v == nullptr || (v->is_null() && m == mode::whole)) {
      if (m == mode::whole && f.required) unprocessable(where + " is required");
      continue;
    }
    if (v->is_null()) {
      // An update's null clears an optional field (complete() may give it its default again);
      // a field every preset has cannot be cleared.
      if (f.required) unprocessable(where + " must not be null");
      into.erase(f.name);
      continue;
    }
    apply_field(f, *v, into, m, where);
  }
}

// ---- Presets ---------------------------------------------------------------------------------

// What a participant may do: a host everything (while staying visible), a participant takes
// part (talks, shares its screen on request, chats, votes) but manages nothing and waits for
// a host to let it in.
json::object default_permissions(bool host) {
  const std::string_view screenshare = host ? "ALLOWED" : "CAN_REQUEST";
  const std::string_view waiting_room = host ? "SKIP" : "ON_PRIVILEGED_USER_ENTRY";
  return json::object{
      {"accept_waiting_requests", host},
      {"can_accept_production_requests", host},
      {"can_change_participant_permissions", host},
      {"can_edit_display_name", host},
      {"can_livestream", host},
      {"can_record", host},
      {"can_spotlight", host},
      {"chat",
       {{"private", {{"can_receive", true}, {"can_send", true}, {"files", true}, {"text", true}}},
        {"public", {{"can_send", true}, {"files", true}, {"text", true}}}}},
      {"connected_meetings",
       {{"can_alter_connected_meetings", host},
        {"can_switch_connected_meetings", host},
        {"can_switch_to_parent_meeting", host}}},
      {"disable_participant_audio", host},
      {"disable_participant_screensharing", host},
      {"disable_participant_video", host},
      {"hidden_participant", false},
      {"kick_participant", host},
      {"media",
       {{"audio", {{"can_produce", "ALLOWED"}}},
        {"screenshare", {{"can_produce", screenshare}}},
        {"video", {{"can_produce", "ALLOWED"}}}}},
      {"pin_participant", host},
      {"plugins",
       {{"can_close", host},
        {"can_edit_config", host},
        {"can_start", host},
        {"config", json::object{}}}},
      {"polls", {{"can_create", host}, {"can_view", true}, {"can_vote", true}}},
      {"recorder_type", "NONE"},
      {"show_participant_list", true},
      {"waiting_room_type", waiting_room},
      {"is_recorder", false},
  };
}

json::object default_config() {
  return json::object{
      {"max_screenshare_count", 1},
      {"max_video_streams", {{"desktop", 25}, {"mobile", 6}}},
      {"media",
       {{"screenshare", {{"frame_rate", 5}, {"quality", "hd"}}},
        {"video", {{"frame_rate", 30}, {"quality", "hd"}}},
        {"audio", {{"enable_high_bitrate", false}, {"enable_stereo", false}}}}},
      {"view_type", "GROUP_CALL"},
  };
}

// A dark theme.
json::object default_ui() {
  json::object colors{
      {"background",
       {{"600", "#222222"},
        {"700", "#1f1f1f"},
        {"800", "#1b1b1b"},
        {"900", "#181818"},
        {"1000", "#080808"}}},
      {"brand",
       {{"300", "#497cfd"},
        {"400", "#356ef8"},
        {"500", "#2160fd"},
        {"600", "#0d51fd"},
        {"700", "#023dd0"}}},
      {"danger", "#ff2d2d"},
      {"success", "#62a504"},
      {"text", "#eeeeee"},
      {"text_on_brand", "#ffffff"},
      {"video_bg", "#191919"},
      {"warning", "#ffcd07"},
  };
  return json::object{
      {"design_tokens",
       {{"border_radius", "rounded"},
        {"border_width", "thin"},
        {"colors", std::move(colors)},
        {"spacing_base", 4},
        {"theme", "dark"}}},
      {"config_diff", json::object{}},
  };
}

// Fills in what the reference's example always shows and a body may leave out.
void complete(json::object& preset) {
  json::object& media = preset["config"].as_object()["media"].as_object();
  if (!media.contains("audio"))
    media["audio"] = json::object{{"enable_high_bitrate", false}, {"enable_stereo", false}};
  json::object& ui = preset["ui"].as_object();
  json::object& tokens = ui["design_tokens"].as_object();
  if (!tokens.contains("logo")) tokens["logo"] = nullptr;
  if (!ui.contains("config_diff")) ui["config_diff"] = json::object{};
  if (!preset.contains("permissions")) preset["permissions"] = default_permissions(false);
  json::object& permissions = preset["permissions"].as_object();
  if (!permissions.contains("is_recorder"))
    permissions["is_recorder"] = permissions["recorder_type"] == "RECORDER";
}

// A whole preset (create, replace) from a body.
json::object preset_from(const json::object& body, std::string id) {
  json::object preset{{"id", std::move(id)}};
  apply(preset_schema(), body, preset, mode::whole, "");
  complete(preset);
  return preset;
}

// Participants name their preset, so no two presets of an app share a name. A duplicate is a
// 422 (not 409, which clients retry).
void check_name(const app_data& app, const json::object& preset) {
  std::string_view name = preset.at("name").as_string();
  if (name.empty()) unprocessable("name must not be empty");
  const json::object* other = preset_named(app, name);
  if (other && other->at("id") != preset.at("id"))
    unprocessable("name: a preset named '" + std::string(name) + "' already exists");
}

json::object& store_new(app_data& app, json::object preset) {
  check_name(app, preset);
  std::string now = now_iso();
  preset["created_at"] = now;
  preset["updated_at"] = now;
  std::string id(preset.at("id").as_string());
  return app.presets.put(id, std::move(preset));
}

// "Fetch all presets" lists summaries, as its example shows. `search` (in the name) is the
// official SDK's.
reply list_presets(state& s, const request& r) {
  app_data& app = s.app(r);
  page_window window = paging_of(r);
  auto search = r.query_value("search").value_or("");
  json::array items;
  app.presets.for_each([&](const json::object& p) {
    if (!search.empty() && !contains_ignoring_case(p.at("name").as_string(), search)) return;
    items.push_back(json::object{{"id", p.at("id")},
                                 {"created_at", p.at("created_at")},
                                 {"name", p.at("name")},
                                 {"updated_at", p.at("updated_at")}});
  });
  return page_of(items, window);
}

reply create_preset(state& s, const request& r) {
  app_data& app = s.app(r);
  body_reader body(r);
  return ok(store_new(app, preset_from(body.object(), s.new_id())), 201);
}

reply get_preset(state& s, const request& r) {
  return ok(s.app(r).presets.at(r.param("preset_id"), "Preset"));
}

// PATCH merges at every depth: `{"config": {"media": {"video": {"quality": "vga"}}}}` changes
// that one setting. Colour shades merge by shade; plugin settings and arrays are replaced.
reply update_preset(state& s, const request& r) {
  app_data& app = s.app(r);
  json::object& stored = app.presets.at(r.param("preset_id"), "Preset");
  body_reader body(r);
  json::object changed = stored;  // a refused update leaves the preset as it was
  apply(preset_schema(), body.object(), changed, mode::partial, "");
  complete(changed);
  check_name(app, changed);
  if (changed != stored) {
    changed["updated_at"] = now_iso();
    stored = std::move(changed);
  }
  return ok(stored);
}

// PUT (the official SDK's replacePresetByID; not in the reference): a whole new preset under
// the same id, created_at kept.
reply replace_preset(state& s, const request& r) {
  app_data& app = s.app(r);
  json::object& stored = app.presets.at(r.param("preset_id"), "Preset");
  body_reader body(r);
  json::object preset = preset_from(body.object(), std::string(stored.at("id").as_string()));
  check_name(app, preset);
  preset["created_at"] = stored.at("created_at");
  preset["updated_at"] = now_iso();
  stored = std::move(preset);
  return ok(stored);
}

// Answers with the deleted preset, as the reference's example does.
reply delete_preset(state& s, const request& r) {
  app_data& app = s.app(r);
  json::object gone = app.presets.at(r.param("preset_id"), "Preset");
  app.presets.erase(r.param("preset_id"));
  return ok(std::move(gone));
}

}  // namespace

// Built through the same checks as a create, so the defaults are valid presets. A name the
// app already has is left alone.
const json::object* preset_named(const app_data& app, std::string_view name) {
  const json::object* found = nullptr;
  app.presets.for_each([&](const json::object& p) {
    if (!found && text_of(p, "name") == name) found = &p;
  });
  return found;
}

void add_default_presets(state& s, app_data& app) {
  for (bool host : {true, false}) {
    std::string_view name = host ? "group_call_host" : "group_call_participant";
    if (preset_named(app, name)) continue;
    json::object body{{"config", default_config()},
                      {"name", name},
                      {"ui", default_ui()},
                      {"permissions", default_permissions(host)}};
    store_new(app, preset_from(body, s.new_id()));
  }
}

void add_preset_routes(router& r) {
  r.add("GET", "/{app_id}/presets", list_presets);
  r.add("POST", "/{app_id}/presets", create_preset);
  r.add("GET", "/{app_id}/presets/{preset_id}", get_preset);
  r.add("PATCH", "/{app_id}/presets/{preset_id}", update_preset);
  r.add("PUT", "/{app_id}/presets/{preset_id}", replace_preset);
  r.add("DELETE", "/{app_id}/presets/{preset_id}", delete_preset);
}

}  // namespace rtk::emu
