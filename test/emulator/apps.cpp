// The emulated Apps group through the typed client: the apps there are, a new app that is
// listed and usable at once (with its default presets), and an app id that names no app.

#include "fixture.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

using namespace rtk_emu_test;
using rtk::errc;

namespace {

bool has_app(const std::vector<rtk::app>& apps, std::string_view id) {
  return std::any_of(apps.begin(), apps.end(),
                     [&](const rtk::app& a) { return a.id.value_or("") == id; });
}

void check_app_not_found(const failure_seen& f) {
  BOOST_TEST((f.ec == errc::not_found));
  BOOST_TEST(f.diag.http_status == 404);
  BOOST_TEST(f.diag.api_message == "App not found");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(emulator_apps)

BOOST_AUTO_TEST_CASE(the_fixture_app_is_listed) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    rtk::list_apps_query all;
    auto apps = co_await e.client.apps().async_list(all);
    BOOST_TEST(has_app(apps.items, app));
    for (const auto& a : apps.items) {
      BOOST_TEST(!a.name.value_or("").empty());
      BOOST_TEST(!a.created_at.value_or("").empty());
    }
    co_return;
  });
}

BOOST_AUTO_TEST_CASE(a_created_app_is_listed_and_usable) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    rtk::create_app_request create{.name = "Second App"};
    rtk::created_app created = co_await e.client.apps().async_create(create);
    BOOST_TEST_REQUIRE(created.app.has_value());
    const std::string id = created.app->id.value_or("");
    BOOST_TEST(!id.empty());
    BOOST_TEST(created.app->name.value_or("") == "Second App");
    BOOST_TEST(!created.app->created_at.value_or("").empty());

    rtk::list_apps_query all;
    auto apps = co_await e.client.apps().async_list(all);
    BOOST_TEST(has_app(apps.items, id));
    BOOST_TEST(has_app(apps.items, app));
    rtk::list_apps_query second{.search = "second"};
    auto found = co_await e.client.apps().async_list(second);
    BOOST_TEST(has_app(found.items, id));
    BOOST_TEST(!has_app(found.items, app));

    // The new app holds meetings of its own, and its default presets admit participants.
    rtk::create_meeting_request meeting_req;
    meeting_req.title = "In the second app";
    rtk::meeting m = co_await e.client.meetings().async_create(id, meeting_req);
    rtk::add_participant_request host;
    host.custom_participant_id = "host@example.com";
    host.preset_name = "group_call_host";
    rtk::participant p = co_await e.client.meetings().async_add_participant(id, m.id, host);
    BOOST_TEST(p.preset_name == "group_call_host");
    BOOST_TEST(!p.token.value_or("").empty());
    rtk::add_participant_request guest;
    guest.custom_participant_id = "guest@example.com";
    guest.preset_name = "group_call_participant";
    rtk::participant g = co_await e.client.meetings().async_add_participant(id, m.id, guest);
    BOOST_TEST(g.preset_name == "group_call_participant");

    rtk::list_meetings_query meetings;
    auto listed = co_await e.client.meetings().async_list(id, meetings);
    BOOST_TEST_REQUIRE(listed.items.size() == 1u);
    BOOST_TEST(listed.items[0].id == m.id);

    // Apps do not share meetings.
    auto elsewhere = e.client.meetings().async_get(app, m.id);
    auto f = co_await failure_of(std::move(elsewhere));
    BOOST_TEST((f.ec == errc::not_found));
    BOOST_TEST(f.diag.api_message == "Meeting not found");
    auto in_fixture_app = co_await e.client.meetings().async_list(app, meetings);
    BOOST_TEST(in_fixture_app.items.empty());
    co_return;
  });
}

BOOST_AUTO_TEST_CASE(an_unknown_app_is_not_found) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    rtk::list_meetings_query all;
    auto list = e.client.meetings().async_list("no-such-app", all);
    auto f1 = co_await failure_of(std::move(list));
    check_app_not_found(f1);

    rtk::create_meeting_request create;
    create.title = "nowhere";
    auto make = e.client.meetings().async_create("no-such-app", create);
    auto f2 = co_await failure_of(std::move(make));
    check_app_not_found(f2);

    auto get = e.client.meetings().async_get("no-such-app", "some-meeting");
    auto f3 = co_await failure_of(std::move(get));
    check_app_not_found(f3);

    rtk::add_participant_request p;
    p.custom_participant_id = "ann";
    p.preset_name = "group_call_host";
    auto add = e.client.meetings().async_add_participant("no-such-app", "some-meeting", p);
    auto f4 = co_await failure_of(std::move(add));
    check_app_not_found(f4);
    co_return;
  });
}

BOOST_AUTO_TEST_SUITE_END()
