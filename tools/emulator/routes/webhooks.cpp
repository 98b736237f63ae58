// Webhooks: where an app's events are posted. Each is stored as the reference's example shows
// it: id, created_at, enabled, events, name, updated_at, url. State changes queue deliveries to
// the enabled ones subscribed to the event (state::notify); webhook_sender.cpp posts them.

#include "../router.hpp"

#include <boost/json/serialize.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <utility>

namespace rtk::emu {
namespace {

// The events a webhook can subscribe to, as the reference spells them.
constexpr std::array<std::string_view, 9> known_events{"meeting.started",
                                                       "meeting.ended",
                                                       "meeting.participantJoined",
                                                       "meeting.participantLeft",
                                                       "meeting.chatSynced",
                                                       "recording.statusUpdate",
                                                       "livestreaming.statusUpdate",
                                                       "meeting.transcript",
                                                       "meeting.summary"};

bool is_known_event(const json::value& v) {
  const auto* s = v.if_string();
  return s != nullptr && std::find(known_events.begin(), known_events.end(),
                                   std::string_view(*s)) != known_events.end();
}

// A non-empty array of known events.
json::array checked_events(const json::array& events) {
  if (events.empty()) unprocessable("events must not be empty");
  for (const auto& e : events) {
    if (is_known_event(e)) continue;
    std::string list;
    for (auto k : known_events) list += (list.empty() ? "" : ", ") + std::string(k);
    unprocessable("events: " + json::serialize(e) + " is not one of " + list);
  }
  return events;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) ==
                  std::tolower(static_cast<unsigned char>(b));
         });
}

// Events are posted over HTTP, so the URL is an http or https one with a host.
std::string checked_url(std::string url) {
  std::size_t host = starts_with_ignoring_case(url, "https://")  ? 8
                     : starts_with_ignoring_case(url, "http://") ? 7
                                                                 : 0;
  bool has_host = host != 0 && url.size() > host && url[host] != '/' &&
                  url.find_first_of(" \t\r\n") == std::string::npos;
  if (!has_host) unprocessable("url must be an http or https URL");
  return url;
}

// A whole webhook (create, replace) from the body. `enabled` defaults to true.
json::object webhook_from(const request& r, std::string id, std::string created_at) {
  body_reader body(r);
  const json::array* events = body.array("events");
  if (events == nullptr) unprocessable("events is required");
  json::array checked = checked_events(*events);
  std::string name = body.required_string("name");
  std::string url = checked_url(body.required_string("url"));
  bool enabled = body.boolean("enabled").value_or(true);
  return json::object{{"id", std::move(id)},     {"created_at", std::move(created_at)},
                      {"enabled", enabled},      {"events", std::move(checked)},
                      {"name", std::move(name)}, {"updated_at", now_iso()},
                      {"url", std::move(url)}};
}

// The reference documents no paging for this list: every webhook, in one answer.
reply list_webhooks(state& s, const request& r) {
  return ok(s.app(r).webhooks.all());
}

reply create_webhook(state& s, const request& r) {
  app_data& app = s.app(r);
  std::string id = s.new_id();
  std::string now = now_iso();  // one instant for created_at and updated_at
  json::object webhook = webhook_from(r, id, now);
  webhook["updated_at"] = now;
  return ok(app.webhooks.put(id, std::move(webhook)), 201);
}

reply get_webhook(state& s, const request& r) {
  return ok(s.app(r).webhooks.at(r.param("webhook_id"), "Webhook"));
}

// PUT rewrites every field (an absent `enabled` is true again); created_at is kept.
reply replace_webhook(state& s, const request& r) {
  app_data& app = s.app(r);
  json::object& stored = app.webhooks.at(r.param("webhook_id"), "Webhook");
  stored = webhook_from(r, std::string(stored.at("id").as_string()),
                        std::string(stored.at("created_at").as_string()));
  return ok(stored);
}

// PATCH changes the fields given; a null one reads as absent. Everything is checked before
// anything changes.
reply edit_webhook(state& s, const request& r) {
  app_data& app = s.app(r);
  json::object& stored = app.webhooks.at(r.param("webhook_id"), "Webhook");
  body_reader body(r);
  json::object changed = stored;
  if (auto enabled = body.boolean("enabled")) changed["enabled"] = *enabled;
  if (const json::array* events = body.array("events")) changed["events"] = checked_events(*events);
  if (body.has("name")) changed["name"] = body.required_string("name");
  if (auto url = body.string("url")) changed["url"] = checked_url(*url);
  if (changed != stored) {
    changed["updated_at"] = now_iso();
    stored = std::move(changed);
  }
  return ok(stored);
}

// Answers with the deleted webhook, as the reference's example does.
reply delete_webhook(state& s, const request& r) {
  app_data& app = s.app(r);
  json::object gone = app.webhooks.at(r.param("webhook_id"), "Webhook");
  app.webhooks.erase(r.param("webhook_id"));
  return ok(std::move(gone));
}

}  // namespace

void add_webhook_routes(router& r) {
  r.add("GET", "/{app_id}/webhooks", list_webhooks);
  r.add("POST", "/{app_id}/webhooks", create_webhook);
  r.add("GET", "/{app_id}/webhooks/{webhook_id}", get_webhook);
  r.add("PUT", "/{app_id}/webhooks/{webhook_id}", replace_webhook);
  r.add("PATCH", "/{app_id}/webhooks/{webhook_id}", edit_webhook);
  r.add("DELETE", "/{app_id}/webhooks/{webhook_id}", delete_webhook);
}

}  // namespace rtk::emu
