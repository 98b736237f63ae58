// The emulated Sessions and Active Session groups through the typed client. Sessions come from
// live calls, so each test seeds them through the control endpoint (POST /__emulator/sessions),
// then reads them back: the list and its filters and paging, a session, its participants and
// their statistics, chat, transcript, summary, peer reports; and a live session's life: fetch,
// poll, kick one, kick all. Also what a seed or a call gets refused for.

#include "fixture.hpp"

#include <rtk/pager.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

using namespace rtk_emu_test;
using rtk::errc;

namespace {

// Seeds a session; answers the stored session (the control reply's data).
json::object seed(emulated& e, const json::object& body) {
  json::value reply = e.control("POST", "sessions", json::serialize(body));
  return reply.at("data").as_object();
}

json::object parsed(std::string_view text) {
  return json::parse(text).as_object();
}

std::string id_of(const json::object& o) {
  return std::string(o.at("id").as_string());
}

// The content of a data: URL ("data:<type>;charset=utf-8,<percent-encoded text>").
std::string content_of(std::string_view url) {
  std::string out;
  auto comma = url.find(',');
  if (comma == std::string_view::npos) return out;
  for (std::size_t i = comma + 1; i < url.size(); ++i) {
    if (url[i] == '%' && i + 2 < url.size()) {
      out += static_cast<char>(std::stoi(std::string(url.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += url[i];
    }
  }
  return out;
}

// A control request that must be refused with `status`, naming `field` in its message.
void check_refused_seed(emulated& e, std::string_view body, unsigned status,
                        std::string_view field) {
  auto r = e.emu.control("POST", "sessions", body);
  BOOST_TEST(r.status == status, body);
  BOOST_TEST(r.body.find(field) != std::string::npos, r.body);
}

template <class T>
std::vector<std::string> names_of(const std::vector<T>& people) {
  std::vector<std::string> out;
  for (const auto& p : people) out.push_back(p.display_name.value_or(""));
  return out;
}

std::vector<std::string> ids_of(const std::vector<rtk::session>& sessions) {
  std::vector<std::string> out;
  for (const auto& s : sessions) out.push_back(s.id);
  return out;
}

// The ids of the sessions a list call answers (one page).
asio::awaitable<std::vector<std::string>> session_ids(rtk::client& c,
                                                      const rtk::list_sessions_query& q) {
  rtk::session_list r = co_await c.sessions().async_list(app, q);
  co_return ids_of(r.sessions.value_or(std::vector<rtk::session>{}));
}

// The names of the participants a list call answers (one page).
asio::awaitable<std::vector<std::string>> participant_names(
    rtk::client& c, const std::string& session_id, const rtk::list_session_participants_query& q) {
  rtk::session_participant_list r =
      co_await c.sessions().async_list_participants(app, session_id, q);
  co_return names_of(r.participants.value_or(std::vector<rtk::session_participant>{}));
}

// The request borrows its strings: keep them alive until the call.
rtk::add_participant_request meeting_participant(std::string_view custom_id,
                                                 std::string_view name) {
  rtk::add_participant_request r;
  r.custom_participant_id = custom_id;
  r.preset_name = "group_call_host";
  r.name = name;
  return r;
}

// An ended hour-long session of the meeting: Alice (a participant of the meeting, matched by
// her custom id) for the whole hour, Bob for a quarter of it; a chat and a transcript.
json::object design_review_seed(const std::string& meeting_id) {
  json::object body = parsed(R"({
    "status": "ENDED",
    "started_at": "2025-03-01T10:00:00Z",
    "ended_at": "2025-03-01T11:00:00Z",
    "participants": [
      {"custom_participant_id": "alice"},
      {"name": "Bob", "custom_participant_id": "bob", "preset_name": "group_call_participant",
       "joined_at": "2025-03-01T10:30:00Z", "left_at": "2025-03-01T10:45:00Z"}
    ],
    "chat": [
      {"custom_participant_id": "alice", "message": "Hello, everyone",
       "created_at": "2025-03-01T10:01:00Z"},
      {"custom_participant_id": "bob", "message": "Hi!"}
    ],
    "transcript": [
      {"custom_participant_id": "alice", "text": "We shipped it. Next up is billing."},
      {"custom_participant_id": "bob", "text": "Great work! I will take billing."}
    ]
  })");
  body["app_id"] = app;
  body["meeting_id"] = meeting_id;
  return body;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(emulator_sessions)

BOOST_AUTO_TEST_CASE(a_seeded_session_is_listed_fetched_and_shows_its_participants) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    rtk::create_meeting_request create;
    create.title = "Design Review";
    rtk::meeting m = co_await e.client.meetings().async_create(app, create);
    auto alice_req = meeting_participant("alice", "Alice");
    rtk::participant alice =
        co_await e.client.meetings().async_add_participant(app, m.id, alice_req);

    // The seed answers the session with every field of the reference's example.
    json::object seeded = seed(e, design_review_seed(m.id));
    const std::string id = id_of(seeded);
    BOOST_TEST(seeded.at("associated_id") == json::value(m.id));
    BOOST_TEST(seeded.at("meeting_display_name") == "Design Review");
    BOOST_TEST(seeded.at("organization_id") == app);
    BOOST_TEST(seeded.at("status") == "ENDED");
    BOOST_TEST(seeded.at("type") == "meeting");
    BOOST_TEST(seeded.at("started_at") == "2025-03-01T10:00:00.000Z");
    BOOST_TEST(seeded.at("ended_at") == "2025-03-01T11:00:00.000Z");
    BOOST_TEST(seeded.at("created_at") == "2025-03-01T10:00:00.000Z");
    BOOST_TEST(seeded.at("updated_at").is_string());
    BOOST_TEST(seeded.at("breakout_rooms").is_array());
    BOOST_TEST(seeded.at("meta").is_object());

    rtk::get_session_query with_rooms{.include_breakout_rooms = true};
    rtk::session_details details = co_await e.client.sessions().async_get(app, id, with_rooms);
    BOOST_TEST_REQUIRE(details.session.has_value());
    const rtk::session& s = *details.session;
    BOOST_TEST(s.id == id);
    BOOST_TEST(s.associated_id == m.id);
    BOOST_TEST(s.meeting_display_name == "Design Review");
    BOOST_TEST(s.organization_id == app);
    BOOST_TEST((s.status == rtk::session_status::ended));
    BOOST_TEST((s.type == rtk::session_type::meeting));
    BOOST_TEST(s.live_participants == 0);  // ended: nobody is in the call
    BOOST_TEST(s.max_concurrent_participants == 2);
    BOOST_TEST(s.minutes_consumed == 75.0);  // participant-minutes: 60 + 15
    BOOST_TEST(s.ended_at.value_or("") == "2025-03-01T11:00:00.000Z");
    BOOST_TEST(s.breakout_rooms.has_value());

    rtk::list_sessions_query everything;
    rtk::session_list listed = co_await e.client.sessions().async_list(app, everything);
    BOOST_TEST_REQUIRE(listed.sessions.has_value());
    BOOST_TEST((ids_of(*listed.sessions) == std::vector<std::string>{id}));
    BOOST_TEST(listed.sessions->at(0).minutes_consumed == 75.0);

    // Alice took her id, name and preset from the meeting's participant; both left with their
    // times; statistics stay out of the list.
    rtk::list_session_participants_query people_query;
    auto people = co_await e.client.sessions().async_list_participants(app, id, people_query);
    BOOST_TEST(!people.paging.has_value());
    BOOST_TEST_REQUIRE(people.participants.has_value());
    BOOST_TEST_REQUIRE(people.participants->size() == 2u);
    const rtk::session_participant& a = people.participants->at(0);
    const rtk::session_participant& b = people.participants->at(1);
    BOOST_TEST(a.display_name.value_or("") == "Alice");
    BOOST_TEST(a.user_id.value_or("") == alice.id);
    BOOST_TEST(a.custom_participant_id.value_or("") == "alice");
    BOOST_TEST(a.preset_name.value_or("") == "group_call_host");
    BOOST_TEST(a.joined_at.value_or("") == "2025-03-01T10:00:00.000Z");
    BOOST_TEST(a.left_at.value_or("") == "2025-03-01T11:00:00.000Z");
    BOOST_TEST(a.duration.value_or(0) == 60.0);
    BOOST_TEST(!a.id.value_or("").empty());
    BOOST_TEST(!a.peer_events.has_value());
    BOOST_TEST(a.extra.json().find("peer_stats") == std::string::npos);
    BOOST_TEST(b.display_name.value_or("") == "Bob");
    BOOST_TEST(b.preset_name.value_or("") == "group_call_participant");
    BOOST_TEST(b.duration.value_or(0) == 15.0);
    BOOST_TEST(b.updated_at.value_or("") == "2025-03-01T10:45:00.000Z");

    // The detail adds call statistics; peer events only when asked for.
    const std::string peer = a.id.value_or("");
    rtk::get_session_participant_query plain;
    auto detail = co_await e.client.sessions().async_get_participant(app, id, peer, plain);
    BOOST_TEST_REQUIRE(detail.participant.has_value());
    BOOST_TEST(detail.participant->id.value_or("") == peer);
    BOOST_TEST(detail.participant->display_name.value_or("") == "Alice");
    BOOST_TEST_REQUIRE(detail.participant->peer_stats.has_value());
    BOOST_TEST_REQUIRE(detail.participant->peer_stats->device_info.has_value());
    BOOST_TEST(detail.participant->peer_stats->device_info->browser.value_or("") == "Chrome");
    BOOST_TEST(detail.participant->peer_stats->ip_information.has_value());
    BOOST_TEST(detail.participant->peer_stats->status.value_or("") == "LEFT");
    BOOST_TEST_REQUIRE(detail.participant->quality_stats.has_value());
    BOOST_TEST_REQUIRE(detail.participant->quality_stats->size() == 1u);
    BOOST_TEST(detail.participant->quality_stats->at(0).peer_id.value_or("") == peer);
    BOOST_TEST(detail.participant->quality_stats->at(0).end.value_or("") ==
               "2025-03-01T11:00:00.000Z");
    BOOST_TEST(!detail.participant->peer_events.has_value());

    // By user id too.
    const std::string alice_id = alice.id;
    auto by_user = co_await e.client.sessions().async_get_participant(app, id, alice_id, plain);
    BOOST_TEST(by_user.participant->id.value_or("") == peer);

    rtk::get_session_participant_query filtered{
        .filters = rtk::session_participant_filter::device_info, .include_peer_events = true};
    auto narrow = co_await e.client.sessions().async_get_participant(app, id, peer, filtered);
    BOOST_TEST_REQUIRE(narrow.participant->peer_stats.has_value());
    BOOST_TEST(narrow.participant->peer_stats->device_info.has_value());
    BOOST_TEST(!narrow.participant->peer_stats->ip_information.has_value());
    BOOST_TEST(!narrow.participant->quality_stats.has_value());
    BOOST_TEST_REQUIRE(narrow.participant->peer_events.has_value());
    BOOST_TEST_REQUIRE(narrow.participant->peer_events->size() == 3u);
    BOOST_TEST(narrow.participant->peer_events->at(0).event_name.value_or("") == "PEER_CREATED");
    BOOST_TEST(narrow.participant->peer_events->at(1).event_name.value_or("") == "PEER_JOINING");
    BOOST_TEST(narrow.participant->peer_events->at(2).event_name.value_or("") == "PEER_LEAVING");
    BOOST_TEST(narrow.participant->peer_events->at(2).session_id.value_or("") == id);
    BOOST_TEST(narrow.participant->peer_events->at(2).participant_id.value_or("") == alice.id);

    // Two filters at once, comma-separated: no one enumerator, so sent as `extra`.
    rtk::get_session_participant_query two{.extra = R"({"filters":"events,quality_stats"})"};
    auto both = co_await e.client.sessions().async_get_participant(app, id, peer, two);
    BOOST_TEST(both.participant->peer_stats->events.has_value());
    BOOST_TEST(!both.participant->peer_stats->device_info.has_value());
    BOOST_TEST(both.participant->quality_stats.has_value());

    rtk::get_session_participant_query bad_filter{.extra = R"({"filters":"mood"})"};
    auto call = e.client.sessions().async_get_participant(app, id, peer, bad_filter);
    auto f = co_await failure_of(std::move(call));
    BOOST_TEST((f.ec == errc::bad_request));
    check_status(f, 400, "filters");
  });
}

BOOST_AUTO_TEST_CASE(the_session_list_filters_sorts_and_pages_without_a_paging_object) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    rtk::create_meeting_request standup_req;
    standup_req.title = "Daily Standup";
    rtk::meeting standup = co_await e.client.meetings().async_create(app, standup_req);
    rtk::create_meeting_request board_req;
    board_req.title = "Board Meeting";
    rtk::meeting board = co_await e.client.meetings().async_create(app, board_req);

    auto ended = [&](const std::string& meeting, const char* start, const char* end, int people) {
      json::object body{{"app_id", app},     {"meeting_id", meeting},
                        {"status", "ENDED"}, {"started_at", start},
                        {"ended_at", end},   {"participants", json::array{}}};
      for (int i = 0; i < people; ++i)
        body["participants"].as_array().push_back(json::object{{"name", "p" + std::to_string(i)}});
      return id_of(seed(e, body));
    };
    // Participant-minutes: 15, 180 and 60; the live one has just started.
    std::string s1 = ended(standup.id, "2025-01-10T09:00:00Z", "2025-01-10T09:15:00Z", 1);
    std::string s2 = ended(standup.id, "2025-02-10T09:00:00Z", "2025-02-10T10:00:00Z", 3);
    std::string s3 = ended(board.id, "2025-03-10T09:00:00Z", "2025-03-10T09:30:00Z", 2);
    json::object live_body{{"app_id", app},
                           {"meeting_id", board.id},
                           {"status", "LIVE"},
                           {"participants", json::array{json::object{{"name", "host"}}}}};
    std::string s4 = id_of(seed(e, live_body));
    using ids = std::vector<std::string>;

    rtk::list_sessions_query q;
    q.associated_id = standup.id;
    ids by_meeting = co_await session_ids(e.client, q);
    BOOST_TEST((by_meeting == ids{s1, s2}));

    q = {};
    q.status = rtk::session_status::live;
    rtk::session_list live_list = co_await e.client.sessions().async_list(app, q);
    BOOST_TEST((ids_of(live_list.sessions.value()) == ids{s4}));
    BOOST_TEST(live_list.sessions->at(0).live_participants == 1);
    BOOST_TEST(!live_list.sessions->at(0).ended_at.has_value());

    q.status = rtk::session_status::ended;
    ids ended_ids = co_await session_ids(e.client, q);
    BOOST_TEST((ended_ids == ids{s1, s2, s3}));

    q = {};
    q.start_time = "2025-02-01T00:00:00.000Z";
    q.end_time = "2025-02-28T23:59:59.000Z";
    ids in_february = co_await session_ids(e.client, q);
    BOOST_TEST((in_february == ids{s2}));

    q = {};
    q.search = "BOARD";  // the meeting's title, ignoring case
    ids boards = co_await session_ids(e.client, q);
    BOOST_TEST((boards == ids{s3, s4}));
    q.search = s2;  // or a session id
    ids by_id = co_await session_ids(e.client, q);
    BOOST_TEST((by_id == ids{s2}));

    q = {};
    q.participants = "2";  // at least two participants
    ids crowded = co_await session_ids(e.client, q);
    BOOST_TEST((crowded == ids{s2, s3}));

    q = {};
    q.sort_by = rtk::session_sort_by::minutes_consumed;
    q.sort_order = rtk::session_sort_order::desc;
    ids by_minutes = co_await session_ids(e.client, q);
    BOOST_TEST((by_minutes == ids{s2, s3, s1, s4}));
    q.sort_by = rtk::session_sort_by::created_at;
    q.sort_order = rtk::session_sort_order::asc;
    ids by_creation = co_await session_ids(e.client, q);
    BOOST_TEST((by_creation == ids{s1, s2, s3, s4}));

    // Paging; no paging object in any answer.
    q = {};
    q.page_no = 2;
    q.per_page = 3;
    rtk::session_list second = co_await e.client.sessions().async_list(app, q);
    BOOST_TEST((ids_of(second.sessions.value()) == ids{s4}));
    BOOST_TEST(second.extra.json().find("paging") == std::string::npos);
    q.page_no = 3;
    ids third = co_await session_ids(e.client, q);
    BOOST_TEST(third.empty());

    // The pager stops on the short page, or (no per_page given) on the empty one.
    rtk::list_sessions_query by_three;
    by_three.per_page = 3;
    auto pages = e.client.sessions().list_pages(app, by_three);
    ids seen;
    int page_count = 0;
    while (!pages.done()) {
      rtk::page<rtk::session> page = co_await pages.async_next_page();
      BOOST_TEST(!page.paging.has_value());
      for (const auto& s : page.items) seen.push_back(s.id);
      ++page_count;
    }
    BOOST_TEST((seen == ids{s1, s2, s3, s4}));
    BOOST_TEST(page_count == 2);
    rtk::list_sessions_query standups;
    standups.associated_id = standup.id;
    auto all_pages = e.client.sessions().list_pages(app, standups);
    std::vector<rtk::session> collected = co_await all_pages.async_collect();
    BOOST_TEST((ids_of(collected) == ids{s1, s2}));
    BOOST_TEST(all_pages.next_page_no() == 3);  // page 2 was the empty one

    // Bad query values are 400s naming the parameter.
    rtk::list_sessions_query bad_status;
    bad_status.extra = R"({"status":"PAUSED"})";  // a status rtk does not know
    auto call1 = e.client.sessions().async_list(app, bad_status);
    auto f1 = co_await failure_of(std::move(call1));
    BOOST_TEST((f1.ec == errc::bad_request));
    check_status(f1, 400, "status");
    rtk::list_sessions_query bad_time;
    bad_time.start_time = "yesterday";
    auto call2 = e.client.sessions().async_list(app, bad_time);
    auto f2 = co_await failure_of(std::move(call2));
    check_status(f2, 400, "start_time");
    rtk::list_sessions_query bad_count;
    bad_count.participants = "many";
    auto call3 = e.client.sessions().async_list(app, bad_count);
    auto f3 = co_await failure_of(std::move(call3));
    check_status(f3, 400, "participants");
    rtk::list_sessions_query bad_sort;
    bad_sort.extra = R"({"sort_by":"title"})";  // a key rtk does not know
    auto call4 = e.client.sessions().async_list(app, bad_sort);
    auto f4 = co_await failure_of(std::move(call4));
    check_status(f4, 400, "sort_by");
  });
}

BOOST_AUTO_TEST_CASE(session_participants_search_sort_and_page) {
  emulated e;
  // Five people in an hour from 10:00: durations 50, 10, 30, 40 and 20 minutes; at 10:30 four
  // of them are in the call.
  json::object body = parsed(R"({
    "status": "ENDED", "started_at": "2025-04-01T10:00:00Z", "ended_at": "2025-04-01T11:00:00Z",
    "participants": [
      {"name": "Ann", "joined_at": "2025-04-01T10:00:00Z", "left_at": "2025-04-01T10:50:00Z"},
      {"name": "Bob", "joined_at": "2025-04-01T10:05:00Z", "left_at": "2025-04-01T10:15:00Z"},
      {"name": "Cid", "joined_at": "2025-04-01T10:10:00Z", "left_at": "2025-04-01T10:40:00Z"},
      {"name": "Dee", "joined_at": "2025-04-01T10:20:00Z"},
      {"name": "Eve", "joined_at": "2025-04-01T10:30:00Z", "left_at": "2025-04-01T10:50:00Z"}
    ]
  })");
  body["app_id"] = app;
  json::object seeded = seed(e, body);
  const std::string id = id_of(seeded);
  BOOST_TEST(seeded.at("max_concurrent_participants") == 4);
  BOOST_TEST(seeded.at("minutes_consumed").to_number<double>() == 150.0);
  // Without a meeting, the session has an associated id of its own and no display name.
  BOOST_TEST(seeded.at("associated_id").is_string());
  BOOST_TEST(seeded.at("meeting_display_name") == "");

  e.run([&]() -> asio::awaitable<void> {
    using names = std::vector<std::string>;
    rtk::list_session_participants_query q;
    q.page_no = 3;
    q.per_page = 2;
    rtk::session_participant_list third =
        co_await e.client.sessions().async_list_participants(app, id, q);
    BOOST_TEST((names_of(third.participants.value()) == names{"Eve"}));
    BOOST_TEST(!third.paging.has_value());

    q = {};
    q.search = "bOb";
    names found = co_await participant_names(e.client, id, q);
    BOOST_TEST((found == names{"Bob"}));

    q = {};
    q.sort_by = rtk::session_participant_sort_by::duration;
    q.sort_order = rtk::session_sort_order::desc;
    names longest_first = co_await participant_names(e.client, id, q);
    BOOST_TEST((longest_first == names{"Ann", "Dee", "Cid", "Eve", "Bob"}));
    q.sort_by = rtk::session_participant_sort_by::joined_at;
    names latest_first = co_await participant_names(e.client, id, q);
    BOOST_TEST((latest_first == names{"Eve", "Dee", "Cid", "Bob", "Ann"}));

    // Every participant of an ended session left; include_peer_events adds the three events.
    q = {};
    q.include_peer_events = true;
    q.view = rtk::session_participant_view::consolidated;
    rtk::session_participant_list with_events =
        co_await e.client.sessions().async_list_participants(app, id, q);
    for (const auto& p : with_events.participants.value()) {
      BOOST_TEST(p.left_at.has_value());
      BOOST_TEST_REQUIRE(p.peer_events.has_value());
      BOOST_TEST(p.peer_events->size() == 3u);
    }
    BOOST_TEST(with_events.participants->at(3).left_at.value_or("") == "2025-04-01T11:00:00.000Z");

    // The pager: pages of two, the last one short.
    rtk::list_session_participants_query by_two;
    by_two.per_page = 2;
    auto pages = e.client.sessions().list_participants_pages(app, id, by_two);
    std::vector<rtk::session_participant> all = co_await pages.async_collect();
    BOOST_TEST((names_of(all) == names{"Ann", "Bob", "Cid", "Dee", "Eve"}));
    BOOST_TEST(pages.done());
    BOOST_TEST(pages.next_page_no() == 4);

    rtk::list_session_participants_query bad_view;
    bad_view.extra = R"({"view":"merged"})";  // a view rtk does not know
    auto call = e.client.sessions().async_list_participants(app, id, bad_view);
    auto f = co_await failure_of(std::move(call));
    BOOST_TEST((f.ec == errc::bad_request));
    check_status(f, 400, "view");
  });
}

BOOST_AUTO_TEST_CASE(chat_and_transcript_download_as_data_urls) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    rtk::create_meeting_request create;
    create.title = "Design Review";
    rtk::meeting m = co_await e.client.meetings().async_create(app, create);
    auto alice_req = meeting_participant("alice", "Alice");
    rtk::participant alice =
        co_await e.client.meetings().async_add_participant(app, m.id, alice_req);
    BOOST_TEST(!alice.id.empty());
    const std::string id = id_of(seed(e, design_review_seed(m.id)));

    rtk::session_chat chat = co_await e.client.sessions().async_get_chat(app, id);
    BOOST_TEST(chat.chat_download_url.rfind("data:text/csv;", 0) == 0u);
    BOOST_TEST(!chat.chat_download_url_expiry.empty());
    std::string csv = content_of(chat.chat_download_url);
    BOOST_TEST(csv.rfind("created_at,id,peer_id,user_id,custom_participant_id,display_name,type,"
                         "message\r\n",
                         0) == 0u,
               csv);
    BOOST_TEST(csv.find("alice,Alice,text,\"Hello, everyone\"\r\n") != std::string::npos, csv);
    BOOST_TEST(csv.find("2025-03-01T10:01:00.000Z") != std::string::npos, csv);
    BOOST_TEST(csv.find("bob,Bob,text,Hi!\r\n") != std::string::npos, csv);

    rtk::get_session_transcript_query csv_query;
    rtk::session_transcript t =
        co_await e.client.sessions().async_get_transcript(app, id, csv_query);
    BOOST_TEST(t.sessionId == id);
    BOOST_TEST(!t.transcript_download_url_expiry.empty());
    BOOST_TEST(t.transcript_download_url.rfind("data:text/csv;", 0) == 0u);
    BOOST_TEST(content_of(t.transcript_download_url).find("We shipped it. Next up is billing.") !=
               std::string::npos);

    rtk::get_session_transcript_query vtt_query{.format = rtk::session_transcript_format::vtt};
    rtk::session_transcript vtt =
        co_await e.client.sessions().async_get_transcript(app, id, vtt_query);
    BOOST_TEST(vtt.transcript_download_url.rfind("data:text/vtt;", 0) == 0u);
    BOOST_TEST(content_of(vtt.transcript_download_url) ==
               "WEBVTT\n\n"
               "1\n00:00:00.000 --> 00:00:10.000\nAlice: We shipped it. Next up is billing.\n\n"
               "2\n00:00:10.000 --> 00:00:20.000\nBob: Great work! I will take billing.\n\n");

    rtk::get_session_transcript_query srt_query{.format = rtk::session_transcript_format::srt};
    rtk::session_transcript srt =
        co_await e.client.sessions().async_get_transcript(app, id, srt_query);
    BOOST_TEST(
        content_of(srt.transcript_download_url).rfind("1\n00:00:00,000 --> 00:00:10,000\n", 0) ==
        0u);

    rtk::get_session_transcript_query json_query{.format = rtk::session_transcript_format::json};
    rtk::session_transcript as_json =
        co_await e.client.sessions().async_get_transcript(app, id, json_query);
    json::value lines = json::parse(content_of(as_json.transcript_download_url));
    BOOST_TEST_REQUIRE(lines.as_array().size() == 2u);
    BOOST_TEST(lines.at(1).at("display_name") == "Bob");
    BOOST_TEST(lines.at(1).at("start_time") == "2025-03-01T10:00:10.000Z");

    rtk::get_session_transcript_query bad_format{.extra = R"({"format":"DOCX"})"};
    auto bad = e.client.sessions().async_get_transcript(app, id, bad_format);
    auto f = co_await failure_of(std::move(bad));
    check_status(f, 400, "format");

    // A session without chat or transcript has nothing to download.
    json::object quiet{{"app_id", app}};
    const std::string silent = id_of(seed(e, quiet));
    auto no_chat = e.client.sessions().async_get_chat(app, silent);
    auto no_chat_failure = co_await failure_of(std::move(no_chat));
    check_not_found(no_chat_failure, "Chat not found");
    auto no_transcript = e.client.sessions().async_get_transcript(app, silent, csv_query);
    auto no_transcript_failure = co_await failure_of(std::move(no_transcript));
    check_not_found(no_transcript_failure, "Transcript not found");
  });
}

BOOST_AUTO_TEST_CASE(a_summary_is_missing_until_generated_from_the_transcript) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    rtk::create_meeting_request create;
    create.title = "Design Review";
    rtk::meeting m = co_await e.client.meetings().async_create(app, create);
    auto alice_req = meeting_participant("alice", "Alice");
    rtk::participant alice =
        co_await e.client.meetings().async_add_participant(app, m.id, alice_req);
    BOOST_TEST(!alice.id.empty());
    const std::string id = id_of(seed(e, design_review_seed(m.id)));

    auto before = e.client.sessions().async_get_summary(app, id);
    auto before_failure = co_await failure_of(std::move(before));
    check_not_found(before_failure, "Summary not found");

    rtk::empty_result generated = co_await e.client.sessions().async_generate_summary(app, id);
    // The reference documents no answer body: data is an empty object.
    BOOST_TEST((generated.extra.json().empty() || generated.extra.json() == "{}"));

    rtk::session_summary summary = co_await e.client.sessions().async_get_summary(app, id);
    BOOST_TEST(summary.sessionId == id);
    BOOST_TEST(!summary.summaryDownloadUrlExpiry.empty());
    BOOST_TEST(summary.summaryDownloadUrl.rfind("data:text/plain;", 0) == 0u);
    BOOST_TEST(content_of(summary.summaryDownloadUrl) ==
               "Summary of Design Review\n- Alice: We shipped it.\n- Bob: Great work!\n");

    // No transcript, nothing to summarize: 400. A seeded summary is there from the start.
    json::object quiet{{"app_id", app}};
    const std::string silent = id_of(seed(e, quiet));
    auto nothing = e.client.sessions().async_generate_summary(app, silent);
    auto f = co_await failure_of(std::move(nothing));
    BOOST_TEST((f.ec == errc::bad_request));
    check_status(f, 400, "transcript");
    json::object summarized{{"app_id", app}, {"summary", "Decisions: ship on Friday."}};
    const std::string with_summary = id_of(seed(e, summarized));
    rtk::session_summary seeded_summary =
        co_await e.client.sessions().async_get_summary(app, with_summary);
    BOOST_TEST(content_of(seeded_summary.summaryDownloadUrl) == "Decisions: ship on Friday.");
  });
}

BOOST_AUTO_TEST_CASE(a_peer_report_is_kept_for_every_seeded_participant) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    rtk::create_meeting_request create;
    create.title = "Design Review";
    rtk::meeting m = co_await e.client.meetings().async_create(app, create);
    auto alice_req = meeting_participant("alice", "Alice");
    rtk::participant alice =
        co_await e.client.meetings().async_add_participant(app, m.id, alice_req);
    json::object body = design_review_seed(m.id);
    body["participants"].as_array()[0].as_object()["id"] = "peer-alice";
    const std::string id = id_of(seed(e, body));

    rtk::get_peer_report_query plain;
    rtk::session_peer_report r =
        co_await e.client.sessions().async_get_peer_report(app, "peer-alice", plain);
    BOOST_TEST_REQUIRE(r.participant.has_value());
    const rtk::peer_report_participant& p = *r.participant;
    BOOST_TEST(p.id.value_or("") == "peer-alice");
    BOOST_TEST(p.display_name.value_or("") == "Alice");
    BOOST_TEST(p.custom_participant_id.value_or("") == "alice");
    BOOST_TEST(p.user_id.value_or("") == alice.id);
    BOOST_TEST(p.role.value_or("") == "group_call_host");
    BOOST_TEST(p.duration.value_or(0) == 60.0);
    BOOST_TEST(p.left_at.value_or("") == "2025-03-01T11:00:00.000Z");
    BOOST_TEST_REQUIRE(p.peer_report.has_value());
    BOOST_TEST_REQUIRE(p.peer_report->metadata.has_value());
    BOOST_TEST(p.peer_report->metadata->browser_metadata.value().browser.value_or("") == "Chrome");
    BOOST_TEST(p.peer_report->metadata->events.value().size() == 2u);  // joined, left
    BOOST_TEST(p.peer_report->metadata->room_view_type.has_value());
    BOOST_TEST_REQUIRE(p.peer_report->quality.has_value());
    BOOST_TEST(p.peer_report->quality->audio_producer.value().size() == 1u);
    BOOST_TEST_REQUIRE(p.peer_stats.has_value());
    BOOST_TEST(p.peer_stats->device_info.has_value());
    BOOST_TEST(p.peer_stats->precall_network_information.value().throughput.has_value());
    BOOST_TEST_REQUIRE(p.quality_stats.has_value());
    BOOST_TEST((p.quality_stats->peer_ids.value() == std::vector<std::string>{"peer-alice"}));
    BOOST_TEST(!p.peer_events.has_value());

    // The golden request's query: one filter and the peer events.
    rtk::get_peer_report_query golden{.filters = rtk::session_participant_filter::quality_stats,
                                      .include_peer_events = true};
    rtk::session_peer_report narrow =
        co_await e.client.sessions().async_get_peer_report(app, "peer-alice", golden);
    BOOST_TEST(narrow.participant->quality_stats.has_value());
    BOOST_TEST(!narrow.participant->peer_stats->device_info.has_value());
    BOOST_TEST_REQUIRE(narrow.participant->peer_events.has_value());
    BOOST_TEST(narrow.participant->peer_events->size() == 3u);
    BOOST_TEST(narrow.participant->peer_events->at(0).session_id.value_or("") == id);

    auto unknown = e.client.sessions().async_get_peer_report(app, "peer-nobody", plain);
    auto unknown_failure = co_await failure_of(std::move(unknown));
    check_not_found(unknown_failure, "Peer not found");
  });
}

BOOST_AUTO_TEST_CASE(unknown_sessions_participants_and_apps_are_404s) {
  emulated e;
  json::object quiet{{"app_id", app}};
  const std::string id = id_of(seed(e, quiet));
  e.run([&]() -> asio::awaitable<void> {
    rtk::get_session_query q1;
    auto c1 = e.client.sessions().async_get(app, "nope", q1);
    auto c1_failure = co_await failure_of(std::move(c1));
    check_not_found(c1_failure, "Session not found");
    rtk::list_session_participants_query q2;
    auto c2 = e.client.sessions().async_list_participants(app, "nope", q2);
    auto c2_failure = co_await failure_of(std::move(c2));
    check_not_found(c2_failure, "Session not found");
    rtk::get_session_participant_query q3;
    auto c3 = e.client.sessions().async_get_participant(app, "nope", "nobody", q3);
    auto c3_failure = co_await failure_of(std::move(c3));
    check_not_found(c3_failure, "Session not found");
    auto c4 = e.client.sessions().async_get_participant(app, id, "nobody", q3);
    auto c4_failure = co_await failure_of(std::move(c4));
    check_not_found(c4_failure, "Participant not found");
    auto c5 = e.client.sessions().async_get_chat(app, "nope");
    auto c5_failure = co_await failure_of(std::move(c5));
    check_not_found(c5_failure, "Session not found");
    rtk::get_session_transcript_query q6;
    auto c6 = e.client.sessions().async_get_transcript(app, "nope", q6);
    auto c6_failure = co_await failure_of(std::move(c6));
    check_not_found(c6_failure, "Session not found");
    auto c7 = e.client.sessions().async_get_summary(app, "nope");
    auto c7_failure = co_await failure_of(std::move(c7));
    check_not_found(c7_failure, "Session not found");
    auto c8 = e.client.sessions().async_generate_summary(app, "nope");
    auto c8_failure = co_await failure_of(std::move(c8));
    check_not_found(c8_failure, "Session not found");
    rtk::list_sessions_query q9;
    auto c9 = e.client.sessions().async_list("no-such-app", q9);
    auto c9_failure = co_await failure_of(std::move(c9));
    check_not_found(c9_failure, "App not found");
  });
}

BOOST_AUTO_TEST_CASE(a_seed_can_set_any_session_field_and_is_checked_before_it_is_stored) {
  emulated e;
  json::object custom = parsed(R"({
    "id": "my-session", "associated_id": "abcdef-ghijkl", "meeting_display_name": "V1 room",
    "type": "livestream", "meta": {"region": "eu"}, "minutes_consumed": 12.5,
    "started_at": "2025-05-01T08:00:00.250Z", "ended_at": "2025-05-01T08:30:00Z"
  })");
  custom["app_id"] = app;
  json::object s = seed(e, custom);
  BOOST_TEST(s.at("id") == "my-session");
  BOOST_TEST(s.at("associated_id") == "abcdef-ghijkl");
  BOOST_TEST(s.at("meeting_display_name") == "V1 room");
  BOOST_TEST(s.at("type") == "livestream");
  BOOST_TEST(s.at("meta").at("region") == "eu");
  BOOST_TEST(s.at("minutes_consumed").to_number<double>() == 12.5);
  BOOST_TEST(s.at("started_at") == "2025-05-01T08:00:00.250Z");
  BOOST_TEST(s.at("max_concurrent_participants") == 0);

  check_refused_seed(e, "[]", 400, "JSON object");
  check_refused_seed(e, "{}", 422, "app_id");
  check_refused_seed(e, R"({"app_id": "no-such-app"})", 404, "App not found");
  std::string a = std::string(R"({"app_id": ")") + app + "\"";
  check_refused_seed(e, a + R"(, "id": "my-session"})", 422, "id");
  check_refused_seed(e, a + R"(, "meeting_id": "nope"})", 404, "Meeting not found");
  check_refused_seed(e, a + R"(, "status": "PAUSED"})", 422, "status");
  check_refused_seed(e, a + R"(, "type": "webinar"})", 422, "type");
  check_refused_seed(e, a + R"(, "started_at": "yesterday"})", 422, "started_at");
  check_refused_seed(e, a + R"(, "status": "LIVE", "ended_at": "2025-01-01T00:00:00Z"})", 422,
                     "ended_at");
  check_refused_seed(
      e, a + R"(, "started_at": "2025-01-01T10:00:00Z", "ended_at": "2025-01-01T09:00:00Z"})", 422,
      "ended_at");
  check_refused_seed(e, a + R"(, "participants": {"name": "x"}})", 422, "participants");
  check_refused_seed(e, a + R"(, "participants": [1]})", 422, "participants[0]");
  check_refused_seed(e, a + R"(, "participants": [{"joined_at": "soon"}]})", 422,
                     "participants[0].joined_at");
  check_refused_seed(e, a + R"(, "participants": [{"name": 7}]})", 422, "participants[0].name");
  check_refused_seed(e, a + R"(, "participants": [{"id": "p1"}, {"id": "p1"}]})", 422,
                     "participants[1].id");
  check_refused_seed(e, a + R"(, "chat": [{"custom_participant_id": "x"}]})", 422,
                     "chat[0].message");
  check_refused_seed(e, a + R"(, "transcript": [{"text": ""}]})", 422, "transcript[0].text");
  check_refused_seed(e, a + R"(, "summary": 5})", 422, "summary");

  // None of the refused seeds left anything behind.
  e.run([&]() -> asio::awaitable<void> {
    rtk::list_sessions_query all;
    auto r = co_await e.client.sessions().async_list(app, all);
    BOOST_TEST((ids_of(r.sessions.value()) == std::vector<std::string>{"my-session"}));
    rtk::get_peer_report_query plain;
    auto c = e.client.sessions().async_get_peer_report(app, "p1", plain);
    auto c_failure = co_await failure_of(std::move(c));
    check_not_found(c_failure, "Peer not found");
  });
}

BOOST_AUTO_TEST_CASE(an_active_session_is_fetched_polled_kicked_and_ended) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    rtk::create_meeting_request create;
    create.title = "All Hands";
    rtk::meeting m = co_await e.client.meetings().async_create(app, create);
    auto alice_req = meeting_participant("alice", "Alice");
    alice_req.picture = "https://example.com/alice.png";
    rtk::participant alice =
        co_await e.client.meetings().async_add_participant(app, m.id, alice_req);

    // No live session yet.
    auto none = e.client.active_session().async_get(app, m.id);
    auto none_failure = co_await failure_of(std::move(none));
    check_not_found(none_failure, "Active session not found");
    const std::vector<std::string> answers{"Yes", "No", "Need more data"};
    rtk::create_poll_request poll_req;
    poll_req.question = "Ship it?";
    poll_req.options = answers;
    poll_req.anonymous = true;
    auto early_poll = e.client.active_session().async_create_poll(app, m.id, poll_req);
    auto early_poll_failure = co_await failure_of(std::move(early_poll));
    check_not_found(early_poll_failure, "Active session not found");
    auto early_kick = e.client.active_session().async_kick_all(app, m.id);
    auto early_kick_failure = co_await failure_of(std::move(early_kick));
    check_not_found(early_kick_failure, "Active session not found");

    // Live since 10:00 (a past start keeps every join well before the kicks).
    json::object live = parsed(R"({"status": "LIVE", "started_at": "2025-06-01T10:00:00Z",
      "participants": [
      {"custom_participant_id": "alice"},
      {"name": "Bob", "custom_participant_id": "bob"},
      {"name": "Cy", "custom_participant_id": "cy"}]})");
    live["app_id"] = app;
    live["meeting_id"] = m.id;
    const std::string id = id_of(seed(e, live));
    // One live session per meeting.
    check_refused_seed(e, json::serialize(live), 422, "LIVE");

    rtk::active_session s = co_await e.client.active_session().async_get(app, m.id);
    BOOST_TEST(s.id == id);
    BOOST_TEST(s.associated_id == m.id);
    BOOST_TEST(s.meeting_display_name == "All Hands");
    BOOST_TEST((s.status == rtk::active_session_status::live));
    BOOST_TEST((s.type == rtk::active_session_type::meeting));
    BOOST_TEST(s.live_participants == 3);
    BOOST_TEST(s.max_concurrent_participants == 3);
    BOOST_TEST(!s.ended_at.has_value());

    rtk::created_poll poll =
        co_await e.client.active_session().async_create_poll(app, m.id, poll_req);
    BOOST_TEST(poll.action.value_or("") == "poll");
    BOOST_TEST_REQUIRE(poll.poll.has_value());
    BOOST_TEST(!poll.poll->id.empty());
    BOOST_TEST(poll.poll->question == "Ship it?");
    BOOST_TEST_REQUIRE(poll.poll->options.size() == 3u);
    BOOST_TEST(poll.poll->options[2].text == "Need more data");
    BOOST_TEST(poll.poll->options[0].count == 0);
    BOOST_TEST(poll.poll->options[0].votes.empty());
    BOOST_TEST(poll.poll->anonymous.value_or(false));
    BOOST_TEST(!poll.poll->hide_votes.value_or(true));
    BOOST_TEST(poll.poll->voted.value().empty());

    // Kick Alice by her participant id and Bob by his custom id; an unknown id is ignored.
    const std::vector<std::string> kick_ids{alice.id};
    const std::vector<std::string> kick_custom_ids{"bob", "nobody"};
    rtk::kick_participants_request kick;
    kick.participant_ids = kick_ids;
    kick.custom_participant_ids = kick_custom_ids;
    rtk::kicked_participants kicked =
        co_await e.client.active_session().async_kick(app, m.id, kick);
    BOOST_TEST(kicked.action.value_or("") == "kick");
    BOOST_TEST_REQUIRE(kicked.participants.has_value());
    BOOST_TEST_REQUIRE(kicked.participants->size() == 2u);
    BOOST_TEST(kicked.participants->at(0).name.value_or("") == "Alice");
    BOOST_TEST(kicked.participants->at(0).picture.value_or("") == "https://example.com/alice.png");
    BOOST_TEST(kicked.participants->at(1).name.value_or("") == "Bob");
    BOOST_TEST(!kicked.participants->at(1).picture.has_value());
    BOOST_TEST(!kicked.participants->at(0).email.has_value());

    rtk::active_session after_kick = co_await e.client.active_session().async_get(app, m.id);
    BOOST_TEST(after_kick.live_participants == 1);
    BOOST_TEST(after_kick.max_concurrent_participants == 3);
    rtk::kicked_participants again = co_await e.client.active_session().async_kick(app, m.id, kick);
    BOOST_TEST(again.participants.value().empty());  // they already left

    // The kicked ids are the session participants' ids; they left, Cy did not.
    rtk::list_session_participants_query people_query;
    auto people = co_await e.client.sessions().async_list_participants(app, id, people_query);
    BOOST_TEST_REQUIRE(people.participants.value().size() == 3u);
    BOOST_TEST(people.participants->at(0).id.value_or("") == kicked.participants->at(0).id);
    BOOST_TEST(people.participants->at(1).id.value_or("") == kicked.participants->at(1).id);
    BOOST_TEST(people.participants->at(0).left_at.has_value());
    BOOST_TEST(people.participants->at(1).left_at.has_value());
    BOOST_TEST(!people.participants->at(2).left_at.has_value());

    // Kicking everyone ends the session.
    rtk::kicked_all_participants all = co_await e.client.active_session().async_kick_all(app, m.id);
    BOOST_TEST(all.action.value_or("") == "kick-all");
    BOOST_TEST(all.kicked_participants_count.value_or(-1) == 1);
    auto gone = e.client.active_session().async_get(app, m.id);
    auto gone_failure = co_await failure_of(std::move(gone));
    check_not_found(gone_failure, "Active session not found");
    rtk::get_session_query plain;
    rtk::session_details ended = co_await e.client.sessions().async_get(app, id, plain);
    BOOST_TEST((ended.session.value().status == rtk::session_status::ended));
    BOOST_TEST(ended.session->live_participants == 0);
    BOOST_TEST_REQUIRE(ended.session->ended_at.has_value());
    auto after_all = co_await e.client.sessions().async_list_participants(app, id, people_query);
    BOOST_TEST(after_all.participants.value().at(2).left_at.value_or("") ==
               *ended.session->ended_at);
    auto late_poll = e.client.active_session().async_create_poll(app, m.id, poll_req);
    auto late_poll_failure = co_await failure_of(std::move(late_poll));
    check_not_found(late_poll_failure, "Active session not found");

    // The meeting can have a new live session now.
    BOOST_TEST(id_of(seed(e, live)) != id);

    auto unknown = e.client.active_session().async_get(app, "nope");
    auto unknown_failure = co_await failure_of(std::move(unknown));
    check_not_found(unknown_failure, "Meeting not found");
  });
}

BOOST_AUTO_TEST_CASE(kick_and_poll_bodies_are_checked) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    rtk::create_meeting_request create;
    create.title = "Checked";
    rtk::meeting m = co_await e.client.meetings().async_create(app, create);
    json::object live{{"app_id", app}, {"meeting_id", m.id}, {"status", "LIVE"}};
    seed(e, live);

    const std::vector<std::string> with_blank{"A", ""};
    rtk::create_poll_request blank_option;
    blank_option.question = "Which?";
    blank_option.options = with_blank;
    auto c1 = e.client.active_session().async_create_poll(app, m.id, blank_option);
    auto f1 = co_await failure_of(std::move(c1));
    BOOST_TEST((f1.ec == errc::unprocessable));
    check_status(f1, 422, "options");

    const std::vector<std::string> a_or_b{"A", "B"};
    rtk::create_poll_request wrong_type;
    wrong_type.question = "Which?";
    wrong_type.options = a_or_b;
    wrong_type.extra = R"({"anonymous": "yes"})";
    auto c2 = e.client.active_session().async_create_poll(app, m.id, wrong_type);
    auto c2_failure = co_await failure_of(std::move(c2));
    check_status(c2_failure, 422, "anonymous");

    rtk::kick_participants_request numeric;
    numeric.extra = R"({"participant_ids": 7})";
    auto c3 = e.client.active_session().async_kick(app, m.id, numeric);
    auto c3_failure = co_await failure_of(std::move(c3));
    check_status(c3_failure, 422, "participant_ids");

    // The SDK's required-only kick body is {}: it kicks nobody.
    rtk::kick_participants_request empty;
    rtk::kicked_participants none = co_await e.client.active_session().async_kick(app, m.id, empty);
    BOOST_TEST(none.participants.value().empty());
  });
}

BOOST_AUTO_TEST_SUITE_END()
