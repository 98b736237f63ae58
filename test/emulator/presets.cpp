// The emulated Presets group through the typed client: the two presets every app starts with,
// a preset's life (create, get, list, update, replace, delete), the list's paging and search,
// and what the emulator refuses (duplicate names, bad values, unknown ids).

#include "fixture.hpp"

#include <rtk/pager.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

using namespace rtk_emu_test;
using rtk::errc;

namespace {

using rtk::preset_access_level;
using rtk::preset_media_quality;
using rtk::preset_view_type;

rtk::preset_config member_config() {
  rtk::preset_config c;
  c.max_screenshare_count = 2;
  c.max_video_streams.desktop = 16;
  c.max_video_streams.mobile = 4;
  c.media.screenshare.frame_rate = 5;
  c.media.screenshare.quality = preset_media_quality::hd;
  c.media.video.frame_rate = 30;
  c.media.video.quality = preset_media_quality::hd;
  c.view_type = preset_view_type::group_call;
  return c;
}

// A member of the meeting: talks, chats, votes; shares its screen on request.
rtk::preset_permissions member_permissions() {
  rtk::preset_permissions p;
  p.can_edit_display_name = true;
  p.chat.private_ = {.can_receive = true, .can_send = true, .files = false, .text = true};
  p.chat.public_ = {.can_send = true, .files = false, .text = true};
  p.media.audio.can_produce = preset_access_level::allowed;
  p.media.screenshare.can_produce = preset_access_level::can_request;
  p.media.video.can_produce = preset_access_level::allowed;
  p.polls = {.can_create = false, .can_view = true, .can_vote = true};
  p.recorder_type = rtk::preset_recorder_type::none;
  p.show_participant_list = true;
  p.waiting_room_type = rtk::preset_waiting_room_type::skip;
  return p;
}

rtk::preset_ui dark_ui() {
  rtk::preset_ui ui;
  auto& t = ui.design_tokens;
  t.border_radius = rtk::preset_border_radius::rounded;
  t.border_width = rtk::preset_border_width::thin;
  t.theme = rtk::preset_theme::dark;
  t.spacing_base = 4;
  t.colors.background = {{"600", "#222222"},
                         {"700", "#1f1f1f"},
                         {"800", "#1b1b1b"},
                         {"900", "#181818"},
                         {"1000", "#080808"}};
  t.colors.brand = {{"300", "#497cfd"},
                    {"400", "#356ef8"},
                    {"500", "#2160fd"},
                    {"600", "#0d51fd"},
                    {"700", "#023dd0"}};
  t.colors.danger = "#ff2d2d";
  t.colors.success = "#62a504";
  t.colors.text = "#eeeeee";
  t.colors.text_on_brand = "#ffffff";
  t.colors.video_bg = "#191919";
  t.colors.warning = "#ffcd07";
  return ui;
}

// A whole preset, owned: a create_preset_request only borrows its parts, so keep this alive
// (and where it is) until the call. request() points at the parts as they are then.
struct preset_body {
  std::string name;
  rtk::preset_config config = member_config();
  rtk::preset_permissions permissions = member_permissions();
  rtk::preset_ui ui = dark_ui();

  rtk::create_preset_request request() const {
    return {.config = config, .name = name, .permissions = permissions, .ui = ui};
  }
};

std::vector<std::string> names_of(const std::vector<rtk::preset_summary>& presets) {
  std::vector<std::string> names;
  for (const auto& p : presets) names.push_back(p.name.value_or(""));
  return names;
}

// Every field of the answer fitted rtk's model: nothing the reference does not describe.
void check_fully_mapped(const rtk::preset& p) {
  BOOST_TEST(p.extra.empty(), p.extra.json());
  BOOST_TEST(p.config.extra.empty(), p.config.extra.json());
  BOOST_TEST(p.ui.extra.empty(), p.ui.extra.json());
  BOOST_TEST(p.ui.design_tokens.extra.empty(), p.ui.design_tokens.extra.json());
  BOOST_TEST_REQUIRE(p.permissions.has_value());
  BOOST_TEST(p.permissions->extra.empty(), p.permissions->extra.json());
  BOOST_TEST(p.permissions->plugins.extra.empty(), p.permissions->plugins.extra.json());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(emulator_presets)

BOOST_AUTO_TEST_CASE(a_new_app_starts_with_a_host_and_a_participant_preset) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    rtk::list_presets_query all;
    auto listed = co_await e.client.presets().async_list(app, all);
    BOOST_TEST((names_of(listed.items) ==
                std::vector<std::string>{"group_call_host", "group_call_participant"}));
    BOOST_TEST_REQUIRE(listed.paging.has_value());
    BOOST_TEST((listed.paging->total_count == 2));
    BOOST_TEST_REQUIRE(listed.items.size() == 2u);
    for (const auto& s : listed.items) {
      BOOST_TEST(!s.id.value_or("").empty());
      BOOST_TEST(!s.created_at.value_or("").empty());
      BOOST_TEST(!s.updated_at.value_or("").empty());
      BOOST_TEST(s.extra.empty());  // a summary: id, created_at, name, updated_at
    }

    const std::string host_id = listed.items[0].id.value_or("");
    const std::string guest_id = listed.items[1].id.value_or("");
    rtk::preset host = co_await e.client.presets().async_get(app, host_id);
    rtk::preset guest = co_await e.client.presets().async_get(app, guest_id);
    check_fully_mapped(host);
    check_fully_mapped(guest);
    BOOST_TEST(host.name == "group_call_host");
    BOOST_TEST(guest.name == "group_call_participant");
    const rtk::preset* both[] = {&host, &guest};
    for (const rtk::preset* p : both) {
      BOOST_TEST((p->config.view_type == preset_view_type::group_call));
      BOOST_TEST(p->config.max_video_streams.desktop > 0);
      BOOST_TEST((p->config.media.video.quality == preset_media_quality::hd));
      BOOST_TEST(p->config.media.audio.has_value());
      BOOST_TEST((p->ui.design_tokens.theme == rtk::preset_theme::dark));
      BOOST_TEST(p->ui.design_tokens.colors.brand.size() == 5u);
      BOOST_TEST(p->ui.config_diff.json() == "{}");
      BOOST_TEST(!p->permissions->hidden_participant);
      BOOST_TEST((p->permissions->media.audio.can_produce == preset_access_level::allowed));
    }
    // The host manages the meeting; the participant takes part.
    const auto& h = *host.permissions;
    const auto& g = *guest.permissions;
    BOOST_TEST(h.kick_participant);
    BOOST_TEST(h.accept_waiting_requests);
    BOOST_TEST(h.can_record);
    BOOST_TEST(h.polls.can_create);
    BOOST_TEST((h.media.screenshare.can_produce == preset_access_level::allowed));
    BOOST_TEST((h.waiting_room_type == rtk::preset_waiting_room_type::skip));
    BOOST_TEST(!g.kick_participant);
    BOOST_TEST(!g.accept_waiting_requests);
    BOOST_TEST(!g.can_record);
    BOOST_TEST(!g.polls.can_create);
    BOOST_TEST(g.polls.can_vote);
    BOOST_TEST(g.chat.public_.can_send);
    BOOST_TEST((g.media.screenshare.can_produce == preset_access_level::can_request));
    BOOST_TEST((g.waiting_room_type == rtk::preset_waiting_room_type::on_privileged_user_entry));

    // So does an app created later.
    rtk::create_app_request create{.name = "Another app"};
    rtk::created_app created = co_await e.client.apps().async_create(create);
    BOOST_TEST_REQUIRE(created.app.has_value());
    const std::string other = created.app->id.value_or("");
    auto theirs = co_await e.client.presets().async_list(other, all);
    BOOST_TEST((names_of(theirs.items) ==
                std::vector<std::string>{"group_call_host", "group_call_participant"}));
    BOOST_TEST_REQUIRE(theirs.items.size() == 2u);
    BOOST_TEST((theirs.items[0].id != listed.items[0].id));  // their own presets
    co_return;
  });
}

BOOST_AUTO_TEST_CASE(a_preset_is_created_fetched_listed_updated_replaced_and_deleted) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    preset_body team_member{.name = "team_member"};
    auto create = team_member.request();
    create.extra = R"({"beta_flag":true})";  // unknown: ignored
    rtk::preset p = co_await e.client.presets().async_create(app, create);
    check_fully_mapped(p);
    BOOST_TEST(!p.id.empty());
    BOOST_TEST(p.name == "team_member");
    BOOST_TEST(!p.created_at.value_or("").empty());
    BOOST_TEST((p.updated_at == p.created_at));
    BOOST_TEST(p.config.max_screenshare_count == 2);
    BOOST_TEST(p.config.max_video_streams.desktop == 16);
    BOOST_TEST(p.config.max_video_streams.mobile == 4);
    BOOST_TEST(p.config.media.screenshare.frame_rate == 5);
    BOOST_TEST((p.config.media.video.quality == preset_media_quality::hd));
    BOOST_TEST((p.config.view_type == preset_view_type::group_call));
    // What the reference's example always shows is filled in.
    BOOST_TEST_REQUIRE(p.config.media.audio.has_value());
    BOOST_TEST(!p.config.media.audio->enable_stereo.value_or(true));
    BOOST_TEST(p.ui.config_diff.json() == "{}");
    BOOST_TEST(!p.ui.design_tokens.logo.has_value());
    BOOST_TEST(p.ui.design_tokens.colors.background.at("1000") == "#080808");
    BOOST_TEST(p.ui.design_tokens.colors.warning == "#ffcd07");
    BOOST_TEST(p.permissions->can_edit_display_name);
    BOOST_TEST(!p.permissions->kick_participant);
    BOOST_TEST(p.permissions->chat.private_.can_receive);
    BOOST_TEST(!p.permissions->chat.public_.files);
    BOOST_TEST((p.permissions->media.screenshare.can_produce == preset_access_level::can_request));
    BOOST_TEST(!p.permissions->is_recorder.value_or(true));

    rtk::preset fetched = co_await e.client.presets().async_get(app, p.id);
    BOOST_TEST(fetched.id == p.id);
    BOOST_TEST(fetched.name == "team_member");
    BOOST_TEST((fetched.created_at == p.created_at));
    BOOST_TEST(fetched.config.max_video_streams.desktop == 16);

    rtk::list_presets_query all;
    auto listed = co_await e.client.presets().async_list(app, all);
    BOOST_TEST_REQUIRE(listed.items.size() == 3u);
    BOOST_TEST(listed.items[2].id.value_or("") == p.id);  // in creation order
    BOOST_TEST(listed.items[2].name.value_or("") == "team_member");
    BOOST_TEST((listed.items[2].created_at == p.created_at));

    // PATCH merges at every depth: only the settings named change.
    rtk::update_preset_request update;
    update.name = "team_lead";
    rtk::preset_video_config_update video;
    video.quality = rtk::open_enum<preset_media_quality>(preset_media_quality::vga);
    rtk::preset_media_config_update media;
    media.video = video;
    rtk::preset_config_update config;
    config.media = media;
    update.config = config;
    rtk::preset_public_chat_permissions_update public_chat;
    public_chat.files = true;
    rtk::preset_chat_permissions_update chat;
    chat.public_ = public_chat;
    rtk::preset_permissions_update permissions;
    permissions.chat = chat;
    permissions.kick_participant = true;
    update.permissions = permissions;
    rtk::preset_design_tokens_update tokens;
    tokens.logo = std::string("https://example.com/logo.svg");
    rtk::preset_ui_update ui;
    ui.design_tokens = tokens;
    update.ui = ui;
    rtk::preset updated = co_await e.client.presets().async_update(app, p.id, update);
    check_fully_mapped(updated);
    BOOST_TEST(updated.id == p.id);
    BOOST_TEST(updated.name == "team_lead");
    BOOST_TEST((updated.config.media.video.quality == preset_media_quality::vga));
    BOOST_TEST(updated.config.media.video.frame_rate == 30);
    BOOST_TEST((updated.config.media.screenshare.quality == preset_media_quality::hd));
    BOOST_TEST(updated.config.max_video_streams.desktop == 16);
    BOOST_TEST(updated.permissions->chat.public_.files);
    BOOST_TEST(updated.permissions->chat.public_.can_send);
    BOOST_TEST(updated.permissions->kick_participant);
    BOOST_TEST(updated.permissions->can_edit_display_name);
    BOOST_TEST(updated.ui.design_tokens.logo.value_or("") == "https://example.com/logo.svg");
    BOOST_TEST(updated.ui.design_tokens.colors.danger == "#ff2d2d");
    BOOST_TEST((updated.created_at == p.created_at));
    BOOST_TEST(updated.updated_at.value_or("") >= p.updated_at.value_or(""));

    // An explicit null clears an optional setting.
    rtk::update_preset_request clear;
    rtk::preset_design_tokens_update no_logo;
    no_logo.logo = rtk::null;
    rtk::preset_ui_update ui_clear;
    ui_clear.design_tokens = no_logo;
    clear.ui = ui_clear;
    rtk::preset cleared = co_await e.client.presets().async_update(app, p.id, clear);
    BOOST_TEST(!cleared.ui.design_tokens.logo.has_value());
    BOOST_TEST(cleared.name == "team_lead");

    // PUT replaces the whole preset under the same id.
    rtk::preset_config webinar_config = member_config();
    webinar_config.view_type = preset_view_type::webinar;
    webinar_config.max_video_streams.desktop = 9;
    rtk::preset_permissions viewer_permissions = member_permissions();
    viewer_permissions.can_edit_display_name = false;
    const rtk::preset_ui ui_whole = dark_ui();
    rtk::replace_preset_request replace;
    replace.config = webinar_config;
    replace.name = "webinar_viewer";
    replace.permissions = viewer_permissions;
    replace.ui = ui_whole;
    rtk::preset replaced = co_await e.client.presets().async_replace(app, p.id, replace);
    check_fully_mapped(replaced);
    BOOST_TEST(replaced.id == p.id);
    BOOST_TEST(replaced.name == "webinar_viewer");
    BOOST_TEST((replaced.created_at == p.created_at));
    BOOST_TEST((replaced.config.view_type == preset_view_type::webinar));
    BOOST_TEST(replaced.config.max_video_streams.desktop == 9);
    BOOST_TEST((replaced.config.media.video.quality == preset_media_quality::hd));
    BOOST_TEST(!replaced.permissions->can_edit_display_name);
    BOOST_TEST(!replaced.permissions->kick_participant);  // the PATCH's change is gone
    BOOST_TEST(!replaced.permissions->chat.public_.files);

    rtk::preset after = co_await e.client.presets().async_get(app, p.id);
    BOOST_TEST(after.name == "webinar_viewer");
    BOOST_TEST((after.config.view_type == preset_view_type::webinar));

    // DELETE answers with the deleted preset; then it is gone.
    rtk::preset deleted = co_await e.client.presets().async_delete(app, p.id);
    BOOST_TEST(deleted.id == p.id);
    BOOST_TEST(deleted.name == "webinar_viewer");
    auto get = e.client.presets().async_get(app, p.id);
    auto f = co_await failure_of(std::move(get));
    check_not_found(f, "Preset not found");
    auto remaining = co_await e.client.presets().async_list(app, all);
    BOOST_TEST((names_of(remaining.items) ==
                std::vector<std::string>{"group_call_host", "group_call_participant"}));
    co_return;
  });
}

BOOST_AUTO_TEST_CASE(the_preset_list_pages_with_the_default_presets_counted) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    std::vector<std::string> expected = {"group_call_host", "group_call_participant"};
    for (int i = 0; i < 5; ++i) {
      preset_body custom{.name = "custom_" + std::to_string(i)};
      auto req = custom.request();
      rtk::preset made = co_await e.client.presets().async_create(app, req);
      BOOST_TEST(made.name == req.name);
      expected.push_back("custom_" + std::to_string(i));
    }

    rtk::list_presets_query second{.page_no = 2, .per_page = 3};
    auto page = co_await e.client.presets().async_list(app, second);
    BOOST_TEST(
        (names_of(page.items) == std::vector<std::string>{"custom_1", "custom_2", "custom_3"}));
    BOOST_TEST_REQUIRE(page.paging.has_value());
    BOOST_TEST((page.paging->total_count == 7));
    BOOST_TEST((page.paging->start_offset == 4));
    BOOST_TEST((page.paging->end_offset == 6));

    rtk::list_presets_query past_the_end{.page_no = 4, .per_page = 3};
    auto empty = co_await e.client.presets().async_list(app, past_the_end);
    BOOST_TEST(empty.items.empty());
    BOOST_TEST_REQUIRE(empty.paging.has_value());
    BOOST_TEST((empty.paging->total_count == 7));

    rtk::list_presets_query by_two{.per_page = 2};
    auto pages = e.client.presets().list_pages(app, by_two);
    std::vector<rtk::preset_summary> collected = co_await pages.async_collect();
    BOOST_TEST((names_of(collected) == expected));

    // search filters by name, before paging.
    rtk::list_presets_query search{.per_page = 2, .search = "CUSTOM"};
    auto found_pages = e.client.presets().list_pages(app, search);
    std::vector<rtk::preset_summary> found = co_await found_pages.async_collect();
    BOOST_TEST(found.size() == 5u);
    rtk::list_presets_query host_only{.search = "host"};
    auto hosts = co_await e.client.presets().async_list(app, host_only);
    BOOST_TEST((names_of(hosts.items) == std::vector<std::string>{"group_call_host"}));
    BOOST_TEST_REQUIRE(hosts.paging.has_value());
    BOOST_TEST((hosts.paging->total_count == 1));

    rtk::list_presets_query bad{.page_no = 0};
    auto call = e.client.presets().async_list(app, bad);
    auto f = co_await failure_of(std::move(call));
    BOOST_TEST((f.ec == errc::bad_request));
    co_return;
  });
}

BOOST_AUTO_TEST_CASE(a_preset_name_is_unique_within_its_app) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    preset_body taken_body{.name = "group_call_host"};
    auto taken = taken_body.request();
    auto call = e.client.presets().async_create(app, taken);
    auto f = co_await failure_of(std::move(call));
    check_unprocessable(f, "name");

    preset_body first_body{.name = "first"};
    auto first_req = first_body.request();
    rtk::preset first = co_await e.client.presets().async_create(app, first_req);
    preset_body second_body{.name = "second"};
    auto second_req = second_body.request();
    rtk::preset second = co_await e.client.presets().async_create(app, second_req);

    rtk::update_preset_request rename;
    rename.name = "first";
    auto update = e.client.presets().async_update(app, second.id, rename);
    auto f2 = co_await failure_of(std::move(update));
    check_unprocessable(f2, "name");

    const rtk::preset_config config_whole = member_config();
    const rtk::preset_permissions permissions_whole = member_permissions();
    const rtk::preset_ui ui_whole = dark_ui();
    rtk::replace_preset_request replace;
    replace.config = config_whole;
    replace.name = "group_call_participant";
    replace.permissions = permissions_whole;
    replace.ui = ui_whole;
    auto put = e.client.presets().async_replace(app, first.id, replace);
    auto f3 = co_await failure_of(std::move(put));
    check_unprocessable(f3, "name");

    // A preset keeps its own name through an update or a replace.
    rtk::update_preset_request same;
    same.name = "second";
    rtk::preset kept = co_await e.client.presets().async_update(app, second.id, same);
    BOOST_TEST(kept.name == "second");
    replace.name = "first";
    rtk::preset replaced = co_await e.client.presets().async_replace(app, first.id, replace);
    BOOST_TEST(replaced.name == "first");

    // The refused calls changed nothing.
    rtk::preset still = co_await e.client.presets().async_get(app, second.id);
    BOOST_TEST(still.name == "second");

    // Another app may use the same name.
    rtk::create_app_request other_app{.name = "Other"};
    rtk::created_app created = co_await e.client.apps().async_create(other_app);
    BOOST_TEST_REQUIRE(created.app.has_value());
    const std::string other = created.app->id.value_or("");
    preset_body elsewhere_body{.name = "first"};
    auto elsewhere = elsewhere_body.request();
    rtk::preset there = co_await e.client.presets().async_create(other, elsewhere);
    BOOST_TEST(there.name == "first");
    co_return;
  });
}

BOOST_AUTO_TEST_CASE(bad_preset_values_are_unprocessable) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    preset_body ultra{.name = "ultra"};
    ultra.config.media.video.quality = rtk::open_enum<preset_media_quality>::from_wire("ultra");
    auto ultra_req = ultra.request();
    auto c1 = e.client.presets().async_create(app, ultra_req);
    auto f1 = co_await failure_of(std::move(c1));
    check_unprocessable(f1, "config.media.video.quality");

    preset_body negative{.name = "negative"};
    negative.config.max_screenshare_count = -1;
    auto negative_req = negative.request();
    auto c2 = e.client.presets().async_create(app, negative_req);
    auto f2 = co_await failure_of(std::move(c2));
    check_unprocessable(f2, "config.max_screenshare_count");

    preset_body loud{.name = "loud"};
    loud.permissions.media.audio.can_produce =
        rtk::open_enum<preset_access_level>::from_wire("ALWAYS");
    auto loud_req = loud.request();
    auto c3 = e.client.presets().async_create(app, loud_req);
    auto f3 = co_await failure_of(std::move(c3));
    check_unprocessable(f3, "permissions.media.audio.can_produce");

    preset_body odd_view{.name = "odd_view"};
    odd_view.config.view_type = rtk::open_enum<preset_view_type>::from_wire("GROUP CALL");
    auto odd_view_req = odd_view.request();
    auto c4 = e.client.presets().async_create(app, odd_view_req);
    auto f4 = co_await failure_of(std::move(c4));
    check_unprocessable(f4, "config.view_type");

    // None of them was stored.
    rtk::list_presets_query all;
    auto listed = co_await e.client.presets().async_list(app, all);
    BOOST_TEST(listed.items.size() == 2u);

    // A refused update leaves the preset as it was.
    preset_body good_body{.name = "good"};
    auto good = good_body.request();
    rtk::preset p = co_await e.client.presets().async_create(app, good);
    rtk::update_preset_request bad;
    bad.name = "renamed";
    rtk::preset_config_update config;
    config.view_type = rtk::open_enum<preset_view_type>::from_wire("CONCERT");
    bad.config = config;
    auto u = e.client.presets().async_update(app, p.id, bad);
    auto f5 = co_await failure_of(std::move(u));
    check_unprocessable(f5, "config.view_type");
    rtk::preset still = co_await e.client.presets().async_get(app, p.id);
    BOOST_TEST(still.name == "good");
    BOOST_TEST((still.updated_at == p.updated_at));

    // Fields every preset has cannot be cleared.
    rtk::update_preset_request unname;
    unname.name = rtk::null;
    auto u2 = e.client.presets().async_update(app, p.id, unname);
    auto f6 = co_await failure_of(std::move(u2));
    check_unprocessable(f6, "name");
    co_return;
  });
}

BOOST_AUTO_TEST_CASE(unknown_presets_are_not_found) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    auto get = e.client.presets().async_get(app, "no-such-preset");
    auto f1 = co_await failure_of(std::move(get));
    check_not_found(f1, "Preset not found");

    rtk::update_preset_request rename;
    rename.name = "x";
    auto update = e.client.presets().async_update(app, "no-such-preset", rename);
    auto f2 = co_await failure_of(std::move(update));
    check_not_found(f2, "Preset not found");

    preset_body x_body{.name = "x"};
    auto replace = x_body.request();
    rtk::replace_preset_request whole;
    whole.config = replace.config;
    whole.name = replace.name;
    whole.permissions = replace.permissions;
    whole.ui = replace.ui;
    auto put = e.client.presets().async_replace(app, "no-such-preset", whole);
    auto f3 = co_await failure_of(std::move(put));
    check_not_found(f3, "Preset not found");

    auto del = e.client.presets().async_delete(app, "no-such-preset");
    auto f4 = co_await failure_of(std::move(del));
    check_not_found(f4, "Preset not found");

    rtk::list_presets_query all;
    auto list = e.client.presets().async_list("no-such-app", all);
    auto f5 = co_await failure_of(std::move(list));
    check_not_found(f5, "App not found");

    // A deleted preset is gone for every operation, and its name is free again.
    preset_body short_lived{.name = "short_lived"};
    auto req = short_lived.request();
    rtk::preset p = co_await e.client.presets().async_create(app, req);
    rtk::preset gone = co_await e.client.presets().async_delete(app, p.id);
    BOOST_TEST(gone.id == p.id);
    auto again = e.client.presets().async_delete(app, p.id);
    auto f6 = co_await failure_of(std::move(again));
    check_not_found(f6, "Preset not found");
    auto patch = e.client.presets().async_update(app, p.id, rename);
    auto f7 = co_await failure_of(std::move(patch));
    check_not_found(f7, "Preset not found");
    rtk::preset reborn = co_await e.client.presets().async_create(app, req);
    BOOST_TEST(reborn.id != p.id);
    co_return;
  });
}

BOOST_AUTO_TEST_SUITE_END()
