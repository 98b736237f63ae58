// The emulated Livestreams group through the typed client: a meeting's livestream (start, the
// meeting's active livestream, its running session, stop, start again), independent
// livestreams, the list's filters and paging, one livestream's sessions paged in its details,
// and what is refused (a second start, unknown ids, bad values).

#include "fixture.hpp"

#include <rtk/pager.hpp>

#include <string>
#include <string_view>
#include <vector>

using namespace rtk_emu_test;
using rtk::errc;

namespace {

using ids = std::vector<std::string>;

asio::awaitable<rtk::livestream> start(rtk::client& c, const std::string& meeting_id) {
  rtk::start_livestream_request req;
  co_return co_await c.livestreams().async_start(app, meeting_id, req);
}

asio::awaitable<std::string> create(rtk::client& c, std::string_view name) {
  rtk::create_livestream_request req;
  req.name = name;
  rtk::livestream ls = co_await c.livestreams().async_create(app, req);
  co_return ls.id.value_or("");
}

// The id of the meeting's running livestream session.
asio::awaitable<std::string> running_session(rtk::client& c, const std::string& livestream_id) {
  rtk::livestream_active_session a =
      co_await c.livestreams().async_get_active_session(app, livestream_id);
  co_return a.session ? a.session->id.value_or("") : std::string();
}

// The ids of one page of the list.
asio::awaitable<ids> listed(rtk::client& c, const rtk::list_livestreams_query& q) {
  rtk::page<rtk::livestream> p = co_await c.livestreams().async_list(app, q);
  ids out;
  for (const auto& ls : p.items) out.push_back(ls.id.value_or(""));
  co_return out;
}

ids session_ids(const std::vector<rtk::livestream_session>& sessions) {
  ids out;
  for (const auto& s : sessions) out.push_back(s.id.value_or(""));
  return out;
}

bool is_hex(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(emulator_livestreams)

BOOST_AUTO_TEST_CASE(a_meeting_is_livestreamed_stopped_and_streamed_again) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    std::string meeting = co_await new_meeting(e.client, "Product launch");
    auto c1 = e.client.livestreams().async_get_meeting_active(app, meeting);
    auto not_yet = co_await failure_of(std::move(c1));
    check_not_found(not_yet, "Active livestream not found");
    auto c2 = e.client.livestreams().async_stop(app, meeting);
    auto nothing_to_stop = co_await failure_of(std::move(c2));
    check_not_found(nothing_to_stop, "Active livestream not found");

    rtk::start_livestream_request req;
    req.name = "Launch stream";
    const rtk::livestream_video_config full_hd{.height = 1080, .width = 1920};
    req.video_config = full_hd;
    rtk::livestream started = co_await e.client.livestreams().async_start(app, meeting, req);
    BOOST_TEST_REQUIRE(started.id.has_value());
    BOOST_TEST((started.status == rtk::livestream_status::live));
    BOOST_TEST(started.ingest_server.value_or("").rfind("rtmps://", 0) == 0u);
    BOOST_TEST(started.playback_url.value_or("").find("/manifest/video.m3u8") != std::string::npos);
    BOOST_TEST(started.stream_key.value_or("").size() == 64u);
    BOOST_TEST(is_hex(started.stream_key.value_or("")));
    BOOST_TEST(!started.name.has_value());  // the start's answer is what an encoder needs
    BOOST_TEST(started.extra.empty());
    std::string id = *started.id;

    rtk::livestream active = co_await e.client.livestreams().async_get_meeting_active(app, meeting);
    BOOST_TEST(active.id.value_or("") == id);
    BOOST_TEST(active.meeting_id.value_or("") == meeting);
    BOOST_TEST(active.name.value_or("") == "Launch stream");
    BOOST_TEST((active.status == rtk::livestream_status::live));
    BOOST_TEST(!active.disabled.value_or(true));
    BOOST_TEST((active.stream_key == started.stream_key));
    BOOST_TEST(!active.created_at.value_or("").empty());
    BOOST_TEST(active.extra.empty());

    rtk::livestream_active_session running =
        co_await e.client.livestreams().async_get_active_session(app, id);
    BOOST_TEST_REQUIRE(running.livestream.has_value());
    BOOST_TEST(running.livestream->id.value_or("") == id);
    BOOST_TEST_REQUIRE(running.session.has_value());
    BOOST_TEST(running.session->livestream_id.value_or("") == id);
    BOOST_TEST(!running.session->stopped_time.has_value());
    BOOST_TEST(running.session->ingest_seconds.value_or(-1) >= 0);
    std::string session = running.session->id.value_or("");
    BOOST_TEST(!session.empty());

    rtk::livestream_session fetched =
        co_await e.client.livestreams().async_get_session(app, session);
    BOOST_TEST(fetched.id.value_or("") == session);
    BOOST_TEST(fetched.livestream_id.value_or("") == id);
    BOOST_TEST((fetched.started_time == running.session->started_time));
    BOOST_TEST(fetched.extra.empty());

    // One livestream at a time: a second start is refused (400, never 409).
    rtk::start_livestream_request again;
    auto c3 = e.client.livestreams().async_start(app, meeting, again);
    auto twice = co_await failure_of(std::move(c3));
    BOOST_TEST((twice.ec == errc::bad_request));
    check_status(twice, 400, "already");

    rtk::livestream_stop_result stopped = co_await e.client.livestreams().async_stop(app, meeting);
    BOOST_TEST(stopped.message.value_or("") == "Stopped live stream successfully");
    auto c4 = e.client.livestreams().async_get_meeting_active(app, meeting);
    auto gone = co_await failure_of(std::move(c4));
    check_not_found(gone, "Active livestream not found");
    auto c5 = e.client.livestreams().async_get_active_session(app, id);
    auto no_session = co_await failure_of(std::move(c5));
    check_not_found(no_session, "Active livestream session not found");
    auto c6 = e.client.livestreams().async_stop(app, meeting);
    auto stopped_twice = co_await failure_of(std::move(c6));
    check_not_found(stopped_twice, "Active livestream not found");

    rtk::livestream_session ended = co_await e.client.livestreams().async_get_session(app, session);
    BOOST_TEST(ended.stopped_time.has_value());
    BOOST_TEST(ended.ingest_seconds.value_or(-1) >= 0);
    BOOST_TEST((ended.viewer_seconds == ended.ingest_seconds));

    rtk::get_livestream_query first_page;
    rtk::livestream_details details =
        co_await e.client.livestreams().async_get(app, id, first_page);
    BOOST_TEST_REQUIRE(details.livestream.has_value());
    BOOST_TEST((details.livestream->status == rtk::livestream_status::idle));
    BOOST_TEST_REQUIRE(details.sessions.has_value());
    BOOST_TEST((session_ids(*details.sessions) == ids{session}));
    BOOST_TEST(details.extra.empty());

    // Streaming again keeps the meeting's livestream and adds a session.
    rtk::livestream restarted = co_await start(e.client, meeting);
    BOOST_TEST(restarted.id.value_or("") == id);
    BOOST_TEST((restarted.status == rtk::livestream_status::live));
    std::string second = co_await running_session(e.client, id);
    BOOST_TEST(second != session);
    co_await e.client.livestreams().async_stop(app, meeting);
    rtk::livestream_details both = co_await e.client.livestreams().async_get(app, id, first_page);
    BOOST_TEST_REQUIRE(both.sessions.has_value());
    BOOST_TEST((session_ids(*both.sessions) == ids{session, second}));
  });
}

BOOST_AUTO_TEST_CASE(independent_livestreams_are_created_listed_filtered_and_paged) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    rtk::create_livestream_request studio;
    studio.name = "Studio A";
    rtk::livestream a = co_await e.client.livestreams().async_create(app, studio);
    BOOST_TEST_REQUIRE(a.id.has_value());
    BOOST_TEST(a.name.value_or("") == "Studio A");
    BOOST_TEST((a.status == rtk::livestream_status::invoked));
    BOOST_TEST(!a.meeting_id.has_value());  // null: not a meeting's
    BOOST_TEST(!a.disabled.value_or(true));
    BOOST_TEST(is_hex(a.stream_key.value_or("")));
    BOOST_TEST(a.extra.empty());
    rtk::create_livestream_request unnamed;
    rtk::livestream b = co_await e.client.livestreams().async_create(app, unnamed);
    BOOST_TEST(!b.name.value_or("").empty());  // the server names it
    BOOST_TEST((b.stream_key != a.stream_key));
    std::string c = co_await create(e.client, "Studio C");
    std::string meeting = co_await new_meeting(e.client, "Town hall");
    rtk::livestream m = co_await start(e.client, meeting);
    ids all{*a.id, *b.id, c, m.id.value_or("")};

    rtk::list_livestreams_query everything;
    rtk::page<rtk::livestream> p = co_await e.client.livestreams().async_list(app, everything);
    BOOST_TEST_REQUIRE(p.items.size() == 4u);
    BOOST_TEST_REQUIRE(p.paging.has_value());
    BOOST_TEST((p.paging->total_count == 4));
    BOOST_TEST(p.items[3].meeting_id.value_or("") == meeting);
    BOOST_TEST(p.items[0].created_at.has_value());
    BOOST_TEST(p.items[0].extra.empty());

    rtk::list_livestreams_query independent;
    independent.exclude_meetings = true;
    ids only_independent = co_await listed(e.client, independent);
    BOOST_TEST((only_independent == ids{*a.id, *b.id, c}));
    rtk::list_livestreams_query live;
    live.status = rtk::livestream_status::live;
    ids only_live = co_await listed(e.client, live);
    BOOST_TEST((only_live == ids{m.id.value_or("")}));
    rtk::list_livestreams_query newest_first;
    newest_first.sort_order = rtk::livestream_sort_order::dsc;
    ids reversed = co_await listed(e.client, newest_first);
    BOOST_TEST((reversed == ids(all.rbegin(), all.rend())));
    rtk::list_livestreams_query future;
    future.start_time = "2999-01-01T00:00:00Z";
    ids none = co_await listed(e.client, future);
    BOOST_TEST(none.empty());

    rtk::list_livestreams_query second_page;
    second_page.page_no = 2;
    second_page.per_page = 3;
    rtk::page<rtk::livestream> p2 = co_await e.client.livestreams().async_list(app, second_page);
    BOOST_TEST_REQUIRE(p2.items.size() == 1u);
    BOOST_TEST(p2.items[0].id.value_or("") == m.id.value_or(""));
    BOOST_TEST_REQUIRE(p2.paging.has_value());
    BOOST_TEST((p2.paging->start_offset == 4));
    BOOST_TEST((p2.paging->end_offset == 4));
    rtk::list_livestreams_query one_by_one;
    one_by_one.per_page = 1;
    auto pages = e.client.livestreams().list_pages(app, one_by_one);
    std::vector<rtk::livestream> collected = co_await pages.async_collect();
    ids collected_ids;
    for (const auto& ls : collected) collected_ids.push_back(ls.id.value_or(""));
    BOOST_TEST((collected_ids == all));

    // Bad query values are 400s naming the parameter.
    rtk::list_livestreams_query bad_status;
    bad_status.extra = R"({"status":"OFFLINE"})";  // a status rtk does not know
    auto c1 = e.client.livestreams().async_list(app, bad_status);
    auto f1 = co_await failure_of(std::move(c1));
    BOOST_TEST((f1.ec == errc::bad_request));
    check_status(f1, 400, "status");
    rtk::list_livestreams_query bad_order;
    bad_order.extra = R"({"sort_order":"DOWN"})";
    auto c2 = e.client.livestreams().async_list(app, bad_order);
    auto f2 = co_await failure_of(std::move(c2));
    check_status(f2, 400, "sort_order");
    rtk::list_livestreams_query bad_time;
    bad_time.end_time = "soon";
    auto c3 = e.client.livestreams().async_list(app, bad_time);
    auto f3 = co_await failure_of(std::move(c3));
    check_status(f3, 400, "end_time");

    // An independent livestream has no session until an encoder pushes to it.
    auto c4 = e.client.livestreams().async_get_active_session(app, *a.id);
    auto f4 = co_await failure_of(std::move(c4));
    check_not_found(f4, "Active livestream session not found");
  });
}

BOOST_AUTO_TEST_CASE(unknown_ids_and_bad_bodies_are_refused) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    rtk::get_livestream_query q;
    auto c1 = e.client.livestreams().async_get(app, "no-such-livestream", q);
    auto f1 = co_await failure_of(std::move(c1));
    check_not_found(f1, "Livestream not found");
    auto c2 = e.client.livestreams().async_get_active_session(app, "no-such-livestream");
    auto f2 = co_await failure_of(std::move(c2));
    check_not_found(f2, "Livestream not found");
    auto c3 = e.client.livestreams().async_get_session(app, "no-such-session");
    auto f3 = co_await failure_of(std::move(c3));
    check_not_found(f3, "Livestream session not found");
    rtk::start_livestream_request req;
    auto c4 = e.client.livestreams().async_start(app, "no-such-meeting", req);
    auto f4 = co_await failure_of(std::move(c4));
    check_not_found(f4, "Meeting not found");
    auto c5 = e.client.livestreams().async_stop(app, "no-such-meeting");
    auto f5 = co_await failure_of(std::move(c5));
    check_not_found(f5, "Meeting not found");
    auto c6 = e.client.livestreams().async_get_meeting_active(app, "no-such-meeting");
    auto f6 = co_await failure_of(std::move(c6));
    check_not_found(f6, "Meeting not found");

    std::string meeting = co_await new_meeting(e.client, "Refusals");
    rtk::start_livestream_request narrow;
    const rtk::livestream_video_config negative_width{.height = 720, .width = -1};
    narrow.video_config = negative_width;
    auto c7 = e.client.livestreams().async_start(app, meeting, narrow);
    auto f7 = co_await failure_of(std::move(c7));
    BOOST_TEST((f7.ec == errc::unprocessable));
    check_status(f7, 422, "video_config.width");
    // Nothing was started by the refused request.
    auto c8 = e.client.livestreams().async_get_meeting_active(app, meeting);
    auto f8 = co_await failure_of(std::move(c8));
    check_not_found(f8, "Active livestream not found");
  });
}

BOOST_AUTO_TEST_CASE(a_livestreams_details_page_through_its_sessions) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    std::string meeting = co_await new_meeting(e.client, "Weekly stream");
    std::string id;
    ids sessions;
    for (int i = 0; i < 3; ++i) {
      rtk::livestream ls = co_await start(e.client, meeting);
      id = ls.id.value_or("");
      std::string session = co_await running_session(e.client, id);
      sessions.push_back(session);
      co_await e.client.livestreams().async_stop(app, meeting);
    }

    rtk::get_livestream_query first{.page_no = 1, .per_page = 2};
    rtk::livestream_details p1 = co_await e.client.livestreams().async_get(app, id, first);
    BOOST_TEST_REQUIRE(p1.sessions.has_value());
    BOOST_TEST((session_ids(*p1.sessions) == ids{sessions[0], sessions[1]}));
    BOOST_TEST_REQUIRE(p1.paging.has_value());
    BOOST_TEST((p1.paging->start_offset == 1));
    BOOST_TEST((p1.paging->end_offset == 2));
    BOOST_TEST((p1.paging->total_count == 3));
    BOOST_TEST_REQUIRE(p1.session.has_value());  // the latest session
    BOOST_TEST(p1.session->id.value_or("") == sessions[2]);
    rtk::get_livestream_query second{.page_no = 2, .per_page = 2};
    rtk::livestream_details p2 = co_await e.client.livestreams().async_get(app, id, second);
    BOOST_TEST_REQUIRE(p2.sessions.has_value());
    BOOST_TEST((session_ids(*p2.sessions) == ids{sessions[2]}));
    BOOST_TEST((p2.paging->start_offset == 3));

    rtk::get_livestream_query by_two{.per_page = 2};
    auto pages = e.client.livestreams().session_pages(app, id, by_two);
    std::vector<rtk::livestream_session> all = co_await pages.async_collect();
    BOOST_TEST((session_ids(all) == sessions));

    rtk::get_livestream_query bad{.page_no = 0};
    auto c1 = e.client.livestreams().async_get(app, id, bad);
    auto f1 = co_await failure_of(std::move(c1));
    BOOST_TEST((f1.ec == errc::bad_request));
    check_status(f1, 400, "page_no");
  });
}

BOOST_AUTO_TEST_SUITE_END()
