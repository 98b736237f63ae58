#pragma once
// Which handler answers a request: routes are method + path templates relative to
// /accounts/{account_id}/realtime/kit, such as "/{app_id}/meetings/{meeting_id}". A literal
// segment beats a parameter at the same place, so "/{app_id}/recordings/track" wins over
// "/{app_id}/recordings/{recording_id}".

#include "exchange.hpp"
#include "state.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace rtk::emu {

using handler = std::function<reply(state&, const request&)>;

class router {
 public:
  void add(std::string_view method, std::string_view path_template, handler h);

  struct match {
    const handler* h = nullptr;  // null: no route for this method and path
    bool path_known = false;     // some route has this path, with another method
  };
  // Matches the decoded path segments after /client/v4 ("accounts", "<id>", ...; a segment may
  // hold an encoded '/') against r.method, and fills r.params on success.
  match find(request& r, const std::vector<std::string>& segments) const;

  std::size_t size() const noexcept { return routes_.size(); }

 private:
  struct route {
    std::string method;
    std::vector<std::string> segments;  // "{name}" for a parameter
    handler h;
  };
  std::vector<route> routes_;
};

// Each resource group registers its routes (one file each under routes/).
void add_app_routes(router& r);
void add_meeting_routes(router& r);  // meetings and their participants
void add_preset_routes(router& r);
void add_session_routes(router& r);  // sessions, their peers, chat, transcripts, summaries
void add_active_session_routes(router& r);
void add_recording_routes(router& r);
void add_webhook_routes(router& r);
void add_livestream_routes(router& r);
void add_analytics_routes(router& r);

inline void add_all_routes(router& r) {
  add_app_routes(r);
  add_meeting_routes(r);
  add_preset_routes(r);
  add_session_routes(r);
  add_active_session_routes(r);
  add_recording_routes(r);
  add_webhook_routes(r);
  add_livestream_routes(r);
  add_analytics_routes(r);
}

// Creates an app as "Create App" does (routes/apps.cpp), with the presets a new app starts
// with: "group_call_host" and "group_call_participant" (add_default_presets, routes/presets.cpp).
json::object& create_app(state& s, std::string id, std::string_view name);
void add_default_presets(state& s, app_data& app);
// The app's preset with this name, or null (routes/presets.cpp): participants name presets.
const json::object* preset_named(const app_data& app, std::string_view name);

// Control endpoint seeds that belong to a resource group (routes/sessions.cpp): what only a
// live call creates on the real service. `body` is the control request's JSON.
reply seed_session(state& s, const json::value& body);

}  // namespace rtk::emu
