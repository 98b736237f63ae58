// The emulator's in-memory store.

#include "state.hpp"

#include <boost/json/serialize.hpp>

#include <cstdio>

namespace rtk::emu {

json::object* table::find(std::string_view id) {
  auto it = index_.find(id);
  return it == index_.end() ? nullptr : &rows_.at(it->second);
}

const json::object* table::find(std::string_view id) const {
  auto it = index_.find(id);
  return it == index_.end() ? nullptr : &rows_.at(it->second);
}

json::object& table::at(std::string_view id, std::string_view what) {
  json::object* row = find(id);
  if (row == nullptr) not_found(what);
  return *row;
}

json::object& table::put(std::string_view id, json::object value) {
  if (json::object* row = find(id)) return *row = std::move(value);
  std::uint64_t seq = next_++;
  index_.emplace(std::string(id), seq);
  return rows_.emplace(seq, std::move(value)).first->second;
}

bool table::erase(std::string_view id) {
  auto it = index_.find(id);
  if (it == index_.end()) return false;
  rows_.erase(it->second);
  index_.erase(it);
  return true;
}

state::state() : rng_(std::random_device{}()) {}

json::object& state::add_app(std::string id, std::string_view name) {
  json::object app{{"id", id}, {"name", name}, {"created_at", now_iso()}};
  data_[id].app = app;
  return apps_.put(id, std::move(app));
}

app_data* state::find_app(std::string_view id) {
  auto it = data_.find(id);
  return it == data_.end() ? nullptr : &it->second;
}

app_data& state::app(const request& r) {
  app_data* a = find_app(r.param("app_id"));
  if (a == nullptr) not_found("App");
  return *a;
}

std::string state::new_id() {
  std::uint64_t hi = rng_(), lo = rng_();
  // Version 4, variant 10xx.
  hi = (hi & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
  lo = (lo & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
  char buf[37];
  std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(hi >> 32),
                static_cast<unsigned>((hi >> 16) & 0xffff), static_cast<unsigned>(hi & 0xffff),
                static_cast<unsigned>(lo >> 48),
                static_cast<unsigned long long>(lo & 0xffffffffffffULL));
  return buf;
}

std::string state::new_token() {
  // Three base64url-looking parts, like the JWTs the service issues; random, never decoded.
  static constexpr char alphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.";
  for (int part = 0; part < 2; ++part) {
    for (int i = 0; i < 43; ++i) out += alphabet[rng_() % 64];
    if (part == 0) out += '.';
  }
  return out;
}

void state::clear() {
  apps_ = table{};
  data_.clear();
  outbox_.clear();
}

void state::notify(const app_data& app, const json::object& event_body) {
  std::string event = text_of(event_body, "event");
  std::string body;  // serialized once, only if some webhook wants it
  app.webhooks.for_each([&](const json::object& hook) {
    const json::value* enabled = hook.if_contains("enabled");
    const json::value* events = hook.if_contains("events");
    if (enabled == nullptr || !enabled->is_bool() || !enabled->get_bool()) return;
    if (events == nullptr || !events->is_array()) return;
    bool subscribed = false;
    for (const auto& e : events->get_array())
      subscribed = subscribed || (e.is_string() && e.get_string() == event);
    if (!subscribed) return;
    if (body.empty()) body = json::serialize(event_body);
    outbox_.push_back(outgoing_webhook{.id = new_id(),
                                       .webhook_id = text_of(hook, "id"),
                                       .url = text_of(hook, "url"),
                                       .event = event,
                                       .body = body});
  });
}

std::vector<outgoing_webhook> state::take_outbox() {
  std::vector<outgoing_webhook> out;
  out.swap(outbox_);
  return out;
}

}  // namespace rtk::emu
