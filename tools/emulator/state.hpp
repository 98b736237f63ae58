#pragma once
// The emulator's memory: every app and what it holds, as the JSON objects the API returns.
// Handlers read and change it directly; the server runs them one at a time on its own thread,
// so nothing here locks.

#include "exchange.hpp"

#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace rtk::emu {

// Objects by id, listed in insertion order (the order every list endpoint answers in).
class table {
 public:
  json::object* find(std::string_view id);
  const json::object* find(std::string_view id) const;
  // Like find, but fails with 404 "<what> not found".
  json::object& at(std::string_view id, std::string_view what);
  // Adds `value` under `id`, or replaces the value already there (keeping its place).
  json::object& put(std::string_view id, json::object value);
  bool erase(std::string_view id);
  std::size_t size() const noexcept { return index_.size(); }

  // Every object in order; f(const json::object&) or f(json::object&).
  template <class F>
  void for_each(F&& f) const {
    for (const auto& [seq, row] : rows_) f(row);
  }
  template <class F>
  void for_each(F&& f) {
    for (auto& [seq, row] : rows_) f(row);
  }
  // The objects `keep(const json::object&)` accepts, in order, as a JSON array.
  template <class P>
  json::array select(P&& keep) const {
    json::array out;
    for (const auto& [seq, row] : rows_)
      if (keep(row)) out.push_back(row);
    return out;
  }
  json::array all() const {
    return select([](const json::object&) { return true; });
  }

 private:
  std::map<std::uint64_t, json::object> rows_;               // by insertion sequence
  std::map<std::string, std::uint64_t, std::less<>> index_;  // id -> sequence
  std::uint64_t next_ = 0;
};

// Everything one app holds. Keys of the maps are the owning object's id.
struct app_data {
  json::object app{};  // {"id", "name", "created_at"}
  table meetings{};
  std::map<std::string, table, std::less<>> participants{};  // by meeting id
  table presets{};
  table webhooks{};
  table recordings{};
  table livestreams{};
  table livestream_sessions{};
  // Seeded through the control endpoint (a live call creates them on the real service).
  table sessions{};
  std::map<std::string, table, std::less<>> session_participants{};  // by session id
  std::map<std::string, json::array, std::less<>> chat{};            // by session id
  std::map<std::string, json::array, std::less<>> transcripts{};     // by session id
  std::map<std::string, json::object, std::less<>> summaries{};      // by session id
  table peer_reports{};                                              // by peer id
  std::map<std::string, json::array, std::less<>> polls{};           // by meeting id
};

// One webhook delivery waiting to be sent: an event for one webhook, its body already
// serialized (the bytes that are signed and posted).
struct outgoing_webhook {
  std::string id{};  // the rtk-uuid, the same on every attempt
  std::string webhook_id{};
  std::string url{};
  std::string event{};
  std::string body{};
};

class state {
 public:
  state();

  table& apps() noexcept { return apps_; }
  // Creates an app (as "Create App" does) with this id and name.
  json::object& add_app(std::string id, std::string_view name);
  // The app named by the request's app_id, or a 404 failure "App not found".
  app_data& app(const request& r);
  app_data* find_app(std::string_view id);

  // A fresh random UUID (version 4), as the API's ids.
  std::string new_id();
  // A fresh opaque credential in the shape of a participant's JWT. Never logged.
  std::string new_token();

  void clear();  // forget every app (and every delivery not yet handed out)

  // A state change that RealtimeKit reports by webhook: queues one delivery of `event_body`
  // (built in webhook_events.cpp; its "event" names it) for each webhook of `app` that is
  // enabled and subscribed to that event. Nothing is sent here: the service hands the queue
  // to the sender after it answers (take_outbox).
  void notify(const app_data& app, const json::object& event_body);
  // The deliveries queued since the last call, in order.
  std::vector<outgoing_webhook> take_outbox();

 private:
  table apps_;
  std::map<std::string, app_data, std::less<>> data_;
  std::mt19937_64 rng_;
  std::vector<outgoing_webhook> outbox_{};
};

}  // namespace rtk::emu
