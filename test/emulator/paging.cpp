// Pagers against the emulator: every item exactly once and in order, whatever the page size,
// for a list with a paging object and for the two lists without one.

#include "fixture.hpp"

#include <rtk/pager.hpp>

using namespace rtk_emu_test;

namespace {

constexpr int meeting_count = 1000;

asio::awaitable<std::vector<std::string>> create_meetings(rtk::client& c, int n) {
  std::vector<std::string> ids;
  for (int i = 0; i < n; ++i) {
    const std::string title = "meeting " + std::to_string(i);
    rtk::create_meeting_request req{};
    req.title = title;
    rtk::meeting m = co_await c.meetings().async_create(app, req);
    ids.push_back(m.id);
  }
  co_return ids;
}

// Seeds an ended session of the meeting with `participants` participants; returns its id.
std::string seed_session(emulated& e, const std::string& meeting, int participants) {
  json::array people;
  for (int i = 0; i < participants; ++i)
    people.push_back(json::object{{"name", "peer " + std::to_string(i)},
                                  {"custom_participant_id", "peer-" + std::to_string(i)}});
  json::object body{{"app_id", app},
                    {"meeting_id", meeting},
                    {"status", "ENDED"},
                    {"participants", std::move(people)}};
  auto seeded = e.control("POST", "sessions", json::serialize(body));
  return std::string(seeded.at("data").at("id").as_string());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(emulator_paging)

BOOST_AUTO_TEST_CASE(a_thousand_meetings_come_back_once_and_in_order_at_any_page_size) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    std::vector<std::string> created = co_await create_meetings(e.client, meeting_count);
    for (std::int64_t per_page : {7, 50, 100}) {
      rtk::list_meetings_query query{};
      query.per_page = per_page;
      auto pages = e.client.meetings().list_pages(app, query);
      std::vector<std::string> seen;
      int page_count = 0;
      while (!pages.done()) {
        rtk::page<rtk::meeting> page = co_await pages.async_next_page();
        ++page_count;
        BOOST_TEST_REQUIRE(page.paging.has_value());
        BOOST_TEST((page.paging->total_count == meeting_count));
        for (const auto& m : page.items) seen.push_back(m.id);
      }
      BOOST_TEST(page_count == (meeting_count + per_page - 1) / per_page, "per_page " << per_page);
      BOOST_TEST((seen == created), "per_page " << per_page);
      BOOST_TEST(pages.items_seen() == meeting_count);
    }
  });
}

BOOST_AUTO_TEST_CASE(a_filtered_list_keeps_its_filter_on_every_page) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    co_await create_meetings(e.client, 30);  // "meeting 0" ... "meeting 29"
    rtk::list_meetings_query query{};
    query.per_page = 4;
    query.search = "meeting 1";  // 1 and 10 to 19: 11 meetings, three pages
    auto pages = e.client.meetings().list_pages(app, query);
    std::vector<rtk::meeting> found = co_await pages.async_collect();
    BOOST_TEST(found.size() == 11u);
    for (const auto& m : found) BOOST_TEST(m.title.value_or("").find("meeting 1") == 0u);
  });
}

BOOST_AUTO_TEST_CASE(the_two_lists_without_paging_stop_on_a_short_or_empty_page) {
  emulated e;
  std::vector<std::string> meetings;
  e.run([&]() -> asio::awaitable<void> { meetings = co_await create_meetings(e.client, 2); });
  // 12 sessions: pages of 5 are full, full, short. Then 10 sessions: full, full, empty.
  for (int i = 0; i < 12; ++i) seed_session(e, meetings[0], 1);
  std::string crowded = seed_session(e, meetings[1], 10);
  e.run([&]() -> asio::awaitable<void> {
    rtk::list_sessions_query query{};
    query.per_page = 5;
    auto sessions = e.client.sessions().list_pages(app, query);
    int pages = 0;
    std::size_t items = 0;
    while (!sessions.done()) {
      auto page = co_await sessions.async_next_page();
      BOOST_TEST(!page.paging.has_value());
      items += page.items.size();
      ++pages;
    }
    BOOST_TEST(items == 13u);
    BOOST_TEST(pages == 3);

    rtk::list_session_participants_query people_query{};
    people_query.per_page = 5;
    auto people = e.client.sessions().list_participants_pages(app, crowded, people_query);
    std::vector<rtk::session_participant> all = co_await people.async_collect();
    BOOST_TEST(all.size() == 10u);
    BOOST_TEST(people.done());
  });
}

BOOST_AUTO_TEST_SUITE_END()
