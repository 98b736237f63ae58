// Livestreams: independent ones (an RTMP encoder would push to them; nothing does here, so they
// stay INVOKED, as the create example shows) and meetings' ones, started and stopped through
// the meeting. A meeting keeps one livestream: each start makes it LIVE again with a new
// livestream session, each stop ends that session and leaves the livestream IDLE. The
// livestream's details page through its sessions.
//
// A livestream is stored with the ten fields the list and details examples show; a livestream
// session with the ten of "Fetch active livestream session details". Seconds are whole seconds:
// ingest_seconds is how long the session ran, and viewer_seconds counts one viewer watching
// all of it (an emulated stream has no audience to measure). A running session's seconds grow
// until it stops.

#include "../router.hpp"
#include "../webhook_events.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <string>
#include <utility>

namespace rtk::emu {
namespace {

// ---- Time and JSON helpers -------------------------------------------------------------------

// ---- Livestreams -------------------------------------------------------------------------------

// A stream key: a credential for the ingest server, 64 hex digits like the example's.
std::string new_stream_key(state& s) {
  std::string key;
  for (int i = 0; i < 2; ++i)
    for (char c : s.new_id())
      if (c != '-') key += c;
  return key;
}

json::object new_livestream(state& s, json::value meeting_id, std::string name) {
  std::string id = s.new_id();
  std::string hex;
  for (char c : id)
    if (c != '-') hex += c;
  std::string now = now_iso();
  return json::object{{"id", id},
                      {"created_at", now},
                      {"disabled", false},
                      {"ingest_server", "rtmps://live.cloudflare.com:443/live/"},
                      {"meeting_id", std::move(meeting_id)},
                      {"name", name.empty() ? "livestream-" + id.substr(0, 8) : name},
                      {"playback_url", "https://customer-emulator.cloudflarestream.com/" + hex +
                                           "/manifest/video.m3u8"},
                      {"status", "INVOKED"},
                      {"stream_key", new_stream_key(s)},
                      {"updated_at", now}};
}

// "Create an independent livestream": no timestamps in its example.
json::object created_view(const json::object& ls) {
  return pick(ls, {"disabled", "id", "ingest_server", "meeting_id", "name", "playback_url",
                   "status", "stream_key"});
}

// "Start livestreaming a meeting": what an encoder or player needs.
json::object started_view(const json::object& ls) {
  return pick(ls, {"id", "ingest_server", "playback_url", "status", "stream_key"});
}

// The list, active-livestream and details answers: every stored field, in the examples' order.
json::object full_view(const json::object& ls) {
  return pick(ls, {"id", "created_at", "disabled", "ingest_server", "meeting_id", "name",
                   "playback_url", "status", "stream_key", "updated_at"});
}

// The meeting's livestream (there is at most one), or null.
json::object* meeting_livestream(app_data& app, std::string_view meeting_id) {
  json::object* found = nullptr;
  app.livestreams.for_each([&](json::object& ls) {
    if (found == nullptr && text_of(ls, "meeting_id") == meeting_id) found = &ls;
  });
  return found;
}

// ---- Livestream sessions ---------------------------------------------------------------------

json::object new_session(state& s, std::string_view livestream_id) {
  std::string now = now_iso();
  return json::object{{"id", s.new_id()},       {"created_at", now},
                      {"err_message", nullptr}, {"ingest_seconds", 0},
                      {"invoked_time", now},    {"livestream_id", livestream_id},
                      {"started_time", now},    {"stopped_time", nullptr},
                      {"updated_at", now},      {"viewer_seconds", 0}};
}

// A running session's seconds so far.
std::int64_t running_seconds(const json::object& session) {
  auto started = parse_iso(text_of(session, "started_time"));
  return started ? std::max<std::int64_t>(0, (now_ms() - *started) / 1000) : 0;
}

// The session with its seconds up to date.
json::object current(const json::object& session) {
  json::object out = session;
  if (session.at("stopped_time").is_null()) {
    std::int64_t seconds = running_seconds(session);
    out["ingest_seconds"] = seconds;
    out["viewer_seconds"] = seconds;
  }
  return out;
}

// "Fetch livestream session details using livestream session ID": no invoked_time.
json::object session_view(const json::object& session) {
  return pick(current(session),
              {"id", "created_at", "err_message", "ingest_seconds", "livestream_id", "started_time",
               "stopped_time", "updated_at", "viewer_seconds"});
}

json::object* running_session(app_data& app, std::string_view livestream_id) {
  json::object* found = nullptr;
  app.livestream_sessions.for_each([&](json::object& session) {
    if (found == nullptr && text_of(session, "livestream_id") == livestream_id &&
        session.at("stopped_time").is_null())
      found = &session;
  });
  return found;
}

void end_session(json::object& session) {
  std::int64_t seconds = running_seconds(session);
  std::string now = now_iso();
  session["ingest_seconds"] = seconds;
  session["viewer_seconds"] = seconds;
  session["stopped_time"] = now;
  session["updated_at"] = now;
}

// ---- List filters ----------------------------------------------------------------------------

std::optional<std::int64_t> query_time(const request& r, std::string_view name) {
  auto text = r.query_value(name);
  if (!text) return std::nullopt;
  auto ms = parse_iso(*text);
  if (!ms) bad_request(std::string(name) + " must be a time in ISO 8601 format");
  return ms;
}

// The reference's filters: exclude_meetings, status, start_time/end_time (on created_at).
std::function<bool(const json::object&)> livestream_filter(const request& r) {
  auto exclude = r.query_value("exclude_meetings");
  if (exclude && *exclude != "true" && *exclude != "false")
    bad_request("exclude_meetings must be true or false");
  auto status = r.query_value("status");
  if (status && *status != "LIVE" && *status != "IDLE" && *status != "ERRORED" &&
      *status != "INVOKED")
    bad_request("status must be one of LIVE, IDLE, ERRORED, INVOKED");
  auto from = query_time(r, "start_time");
  auto to = query_time(r, "end_time");
  bool meetings_out = exclude && *exclude == "true";
  return [=](const json::object& ls) {
    std::int64_t created = parse_iso(text_of(ls, "created_at")).value_or(0);
    return (!meetings_out || ls.at("meeting_id").is_null()) &&
           (!status || text_of(ls, "status") == *status) && (!from || created >= *from) &&
           (!to || created <= *to);
  };
}

// ---- Handlers ----------------------------------------------------------------------------------

reply create_livestream(state& s, const request& r) {
  app_data& app = s.app(r);
  body_reader body(r);
  json::object ls = new_livestream(s, nullptr, body.string("name").value_or(""));
  std::string id = text_of(ls, "id");
  return ok(created_view(app.livestreams.put(id, std::move(ls))), 201);
}

reply list_livestreams(state& s, const request& r) {
  app_data& app = s.app(r);
  page_window window = paging_of(r);
  auto keep = livestream_filter(r);
  // The reference spells descending "DSC"; "DESC", as other lists spell it, is accepted too.
  auto order = r.query_value("sort_order").value_or("ASC");
  if (order != "ASC" && order != "DSC" && order != "DESC")
    bad_request("sort_order must be ASC or DSC");
  json::array items;
  app.livestreams.for_each([&](const json::object& ls) {
    if (keep(ls)) items.push_back(full_view(ls));
  });
  if (order != "ASC") std::reverse(items.begin(), items.end());
  return page_of(items, window);
}

void check_video_config(const json::object& config) {
  body_reader b(config);
  for (auto key : {"height", "width"}) {
    std::optional<std::int64_t> n;
    try {
      n = b.integer(key);
    } catch (const failure&) {
      unprocessable("video_config." + std::string(key) + " must be an integer");
    }
    if (n && *n < 0) unprocessable("video_config." + std::string(key) + " must not be negative");
  }
}

// A meeting streams once at a time: a second start while LIVE is refused (400, not 409).
reply start_livestream(state& s, const request& r) {
  app_data& app = s.app(r);
  body_reader body(r);
  auto name = body.string("name");
  if (const json::object* video = body.object("video_config")) check_video_config(*video);
  auto meeting_id = r.param("meeting_id");
  const json::object& meeting = app.meetings.at(meeting_id, "Meeting");
  json::object* ls = meeting_livestream(app, meeting_id);
  if (ls != nullptr && text_of(*ls, "status") == "LIVE")
    bad_request("The meeting is already being livestreamed; stop it first");
  if (ls == nullptr) {
    json::object fresh =
        new_livestream(s, json::string(meeting_id), name.value_or(text_of(meeting, "title")));
    std::string id = text_of(fresh, "id");
    ls = &app.livestreams.put(id, std::move(fresh));
  } else if (name) {
    (*ls)["name"] = *name;
  }
  (*ls)["status"] = "LIVE";
  (*ls)["updated_at"] = now_iso();
  json::object session = new_session(s, text_of(*ls, "id"));
  std::string session_id = text_of(session, "id");
  app.livestream_sessions.put(session_id, std::move(session));
  s.notify(app, livestream_event(app, *ls, "LIVE"));
  return ok(started_view(*ls), 201);
}

json::object& live_livestream(app_data& app, std::string_view meeting_id) {
  app.meetings.at(meeting_id, "Meeting");
  json::object* ls = meeting_livestream(app, meeting_id);
  if (ls == nullptr || text_of(*ls, "status") != "LIVE") not_found("Active livestream");
  return *ls;
}

reply stop_livestream(state& s, const request& r) {
  app_data& app = s.app(r);
  json::object& ls = live_livestream(app, r.param("meeting_id"));
  if (json::object* session = running_session(app, text_of(ls, "id"))) end_session(*session);
  ls["status"] = "IDLE";
  ls["updated_at"] = now_iso();
  s.notify(app, livestream_event(app, ls, "OFFLINE"));  // the stream went off the air
  return ok(json::object{{"message", "Stopped live stream successfully"}});
}

reply get_meeting_active_livestream(state& s, const request& r) {
  app_data& app = s.app(r);
  return ok(full_view(live_livestream(app, r.param("meeting_id"))));
}

reply get_livestream_session(state& s, const request& r) {
  app_data& app = s.app(r);
  const json::object& session =
      app.livestream_sessions.at(r.param("livestream-session-id"), "Livestream session");
  return ok(session_view(session));
}

// The session comes first: it is what this endpoint is about (and a client looking for the
// first "id" in the answer finds the session's).
reply get_active_livestream_session(state& s, const request& r) {
  app_data& app = s.app(r);
  const json::object& ls = app.livestreams.at(r.param("livestream_id"), "Livestream");
  json::object* session = running_session(app, text_of(ls, "id"));
  if (session == nullptr) not_found("Active livestream session");
  return ok(json::object{{"session", current(*session)}, {"livestream", full_view(ls)}});
}

// The livestream with one page of its sessions (oldest first) in `sessions` and the paging
// beside them, as the reference puts it inside `data`; `session` is the latest session.
reply get_livestream(state& s, const request& r) {
  app_data& app = s.app(r);
  page_window window = paging_of(r);
  const json::object& ls = app.livestreams.at(r.param("livestream_id"), "Livestream");
  json::array sessions;
  app.livestream_sessions.for_each([&](const json::object& session) {
    if (text_of(session, "livestream_id") == text_of(ls, "id"))
      sessions.push_back(current(session));
  });
  json::value latest = sessions.empty() ? json::value(nullptr) : sessions.back();
  reply page = page_of(sessions, window);
  json::object& body = page.body.as_object();
  return ok(json::object{{"livestream", full_view(ls)},
                         {"paging", body.at("paging")},
                         {"session", std::move(latest)},
                         {"sessions", body.at("data")}});
}

}  // namespace

void add_livestream_routes(router& r) {
  r.add("POST", "/{app_id}/livestreams", create_livestream);
  r.add("GET", "/{app_id}/livestreams", list_livestreams);
  r.add("POST", "/{app_id}/meetings/{meeting_id}/livestreams", start_livestream);
  r.add("POST", "/{app_id}/meetings/{meeting_id}/active-livestream/stop", stop_livestream);
  r.add("GET", "/{app_id}/meetings/{meeting_id}/active-livestream", get_meeting_active_livestream);
  r.add("GET", "/{app_id}/livestreams/sessions/{livestream-session-id}", get_livestream_session);
  r.add("GET", "/{app_id}/livestreams/{livestream_id}/active-livestream-session",
        get_active_livestream_session);
  r.add("GET", "/{app_id}/livestreams/{livestream_id}", get_livestream);
}

}  // namespace rtk::emu
