// Apps: the account's apps. Every other route lives under one of them.

#include "../router.hpp"

#include <algorithm>
#include <cctype>

namespace rtk::emu {
namespace {

// The SDK's filters: `search` in the name, `sort_order` ASC (oldest first, the default) or DESC.
json::array matching_apps(state& s, const request& r) {
  auto search = r.query_value("search").value_or("");
  json::array apps = s.apps().select([&](const json::object& a) {
    return search.empty() || contains_ignoring_case(a.at("name").as_string(), search);
  });
  auto order = r.query_value("sort_order").value_or("ASC");
  if (order == "DESC")
    std::reverse(apps.begin(), apps.end());
  else if (order != "ASC")
    bad_request("sort_order must be ASC or DESC");
  return apps;
}

reply list_apps(state& s, const request& r) {
  json::array apps = matching_apps(s, r);
  // The reference's example has no paging; later editions accept page_no/per_page and answer
  // with a paging object, so a request that pages gets one.
  if (r.query_value("page_no") || r.query_value("per_page")) return page_of(apps, paging_of(r));
  return ok(std::move(apps));
}

reply create_app_route(state& s, const request& r) {
  body_reader body(r);
  std::string name = body.required_string("name");
  return ok(json::object{{"app", create_app(s, s.new_id(), name)}}, 201);
}

}  // namespace

json::object& create_app(state& s, std::string id, std::string_view name) {
  json::object& app = s.add_app(id, name);
  add_default_presets(s, *s.find_app(id));
  return app;
}

void add_app_routes(router& r) {
  r.add("GET", "/apps", list_apps);
  r.add("POST", "/apps", create_app_route);
}

}  // namespace rtk::emu
