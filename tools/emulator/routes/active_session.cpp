// Active Session: a meeting's LIVE session (seeded through the control endpoint, see
// routes/sessions.cpp), and what a host does to it over the API: kick some participants, kick
// everyone (which ends the session), create a poll.

#include "../router.hpp"
#include "../webhook_events.hpp"

#include <set>
#include <string>
#include <utility>

namespace rtk::emu {

// From routes/sessions.cpp: a participant leaves the session at `when_ms` (left_at, duration,
// statistics, peer report), and a session's counts after such a change.
void session_participant_left(state& s, app_data& app, const json::object& session,
                              json::object& participant, std::int64_t when_ms);
void refresh_session_counts(app_data& app, json::object& session);
// meeting.ended (and the chat, transcript and summary webhooks) for a session that just ended.
void notify_session_ended(state& s, const app_data& app, const json::object& session,
                          std::string_view reason);

namespace {

// Now in milliseconds, exactly as now_iso() writes it (so ended_at and left_at agree).
std::int64_t ms_of_iso(const std::string& iso) {
  return parse_iso(iso).value_or(0);
}

// The meeting's LIVE session: 404 "Meeting not found" for an unknown meeting, 404 "Active
// session not found" when no session of it is live.
json::object& active_session_of(app_data& app, const request& r) {
  std::string_view meeting_id = r.param("meeting_id");
  app.meetings.at(meeting_id, "Meeting");
  json::object* live = nullptr;
  app.sessions.for_each([&](json::object& s) {
    if (!live && s.at("status") == "LIVE" && text_of(s, "associated_id") == meeting_id) live = &s;
  });
  if (live == nullptr) not_found("Active session");
  return *live;
}

table& people_of(app_data& app, const json::object& session) {
  return app.session_participants[text_of(session, "id")];
}

// A body array of strings (absent: none).
std::set<std::string, std::less<>> string_set(const body_reader& b, std::string_view key) {
  std::set<std::string, std::less<>> out;
  if (const json::array* list = b.array(key)) {
    for (const auto& v : *list) {
      if (!v.is_string()) unprocessable(std::string(key) + " must be an array of strings");
      out.emplace(v.get_string());
    }
  }
  return out;
}

// A kicked participant as "Kick participants" lists it. `id` is the session participant's id
// (its peer id); name and picture come from the meeting participant it joined as, when known.
json::object kicked_entry(app_data& app, const json::object& session, const json::object& p) {
  json::value picture = nullptr;
  auto people = app.participants.find(text_of(session, "associated_id"));
  if (people != app.participants.end())
    if (const json::object* mp = people->second.find(text_of(p, "user_id")))
      if (const json::value* v = mp->if_contains("picture")) picture = *v;
  return json::object{
      {"id", p.at("id")}, {"created_at", p.at("created_at")}, {"updated_at", p.at("updated_at")},
      {"email", nullptr}, {"name", p.at("display_name")},     {"picture", std::move(picture)}};
}

reply get_active_session(state& s, const request& r) {
  return ok(active_session_of(s.app(r), r));
}

// participant_ids name participants by their rtk participant id (the session participant's
// user_id; its peer id works too), custom_participant_ids by the id the app gave them. Only
// those still in the call are kicked; ids that match nobody are ignored, as a kick of someone
// who already left changes nothing. The session stays LIVE, even when it empties.
reply kick(state& s, const request& r) {
  app_data& app = s.app(r);
  json::object& session = active_session_of(app, r);
  body_reader b(r);
  auto ids = string_set(b, "participant_ids");
  auto custom_ids = string_set(b, "custom_participant_ids");
  const std::int64_t now = ms_of_iso(now_iso());
  json::array kicked;
  people_of(app, session).for_each([&](json::object& p) {
    if (!p.at("left_at").is_null()) return;
    bool named = ids.count(text_of(p, "user_id")) || ids.count(text_of(p, "id")) ||
                 custom_ids.count(text_of(p, "custom_participant_id"));
    if (!named) return;
    session_participant_left(s, app, session, p, now);
    s.notify(app, participant_left_event(app, session, p));
    kicked.push_back(kicked_entry(app, session, p));
  });
  if (!kicked.empty()) refresh_session_counts(app, session);
  return ok(json::object{{"action", "kick"}, {"participants", std::move(kicked)}});
}

// Everyone still in the call leaves, and the session ends: it is ENDED with ended_at now, and
// the meeting has no active session any more. The host ended it, as far as webhooks tell.
reply kick_all(state& s, const request& r) {
  app_data& app = s.app(r);
  json::object& session = active_session_of(app, r);
  const std::string when = now_iso();
  const std::int64_t now = ms_of_iso(when);
  std::int64_t count = 0;
  people_of(app, session).for_each([&](json::object& p) {
    if (!p.at("left_at").is_null()) return;
    session_participant_left(s, app, session, p, now);
    s.notify(app, participant_left_event(app, session, p));
    ++count;
  });
  session["status"] = "ENDED";
  session["ended_at"] = when;
  refresh_session_counts(app, session);
  notify_session_ended(s, app, session, "HOST_ENDED_MEETING");
  return ok(json::object{{"action", "kick-all"}, {"kicked_participants_count", count}});
}

// question and options (at least one, each a non-empty string) are required; the poll starts
// with no votes. It is kept with the meeting (app_data::polls).
reply create_poll(state& s, const request& r) {
  app_data& app = s.app(r);
  json::object& session = active_session_of(app, r);
  body_reader b(r);
  std::string question = b.required_string("question");
  const json::array* given = b.array("options");
  if (given == nullptr || given->empty()) unprocessable("options is required");
  json::array options;
  for (const auto& o : *given) {
    if (!o.is_string() || o.get_string().empty())
      unprocessable("options must be an array of non-empty strings");
    options.push_back(json::object{{"count", 0}, {"text", o}, {"votes", json::array{}}});
  }
  json::object poll{{"id", s.new_id()},
                    {"options", std::move(options)},
                    {"question", question},
                    {"anonymous", b.boolean("anonymous").value_or(false)},
                    {"created_by", nullptr},  // created over the API, by no peer
                    {"hide_votes", b.boolean("hide_votes").value_or(false)},
                    {"voted", json::array{}}};
  app.polls[text_of(session, "associated_id")].push_back(poll);
  return ok(json::object{{"action", "poll"}, {"poll", std::move(poll)}}, 201);
}

}  // namespace

void add_active_session_routes(router& r) {
  r.add("GET", "/{app_id}/meetings/{meeting_id}/active-session", get_active_session);
  r.add("POST", "/{app_id}/meetings/{meeting_id}/active-session/kick", kick);
  r.add("POST", "/{app_id}/meetings/{meeting_id}/active-session/kick-all", kick_all);
  r.add("POST", "/{app_id}/meetings/{meeting_id}/active-session/poll", create_poll);
}

}  // namespace rtk::emu
