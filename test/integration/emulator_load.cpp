// The emulator under load: 64 clients on two threads make 10,000 requests between them
// (create, add a participant, fetch, list participants, update), and the emulator's state
// afterwards holds exactly what they made. Run under ThreadSanitizer in CI (label "mt").

#include "fixture.hpp"

#include <rtk/emulator.hpp>
#include <rtk/pager.hpp>

#include <boost/test/unit_test.hpp>

#include <atomic>
#include <set>

using namespace rtk_test;

namespace {

constexpr int clients = 64;
constexpr int rounds = 2000;  // 5 requests each
constexpr const char* load_app = "load-app";

// One client's share: take round numbers until none are left.
asio::awaitable<void> work(rtk::client& c, std::atomic<int>& next_round, std::atomic<int>& done) {
  for (int round = next_round++; round < rounds; round = next_round++) {
    const std::string title = "load-" + std::to_string(round);
    rtk::create_meeting_request create{};
    create.title = title;
    rtk::meeting m = co_await c.meetings().async_create(load_app, create);
    const std::string user = "user-" + std::to_string(round);
    rtk::add_participant_request add{};
    add.custom_participant_id = user;
    add.preset_name = "group_call_participant";
    co_await c.meetings().async_add_participant(load_app, m.id, add);
    rtk::meeting fetched = co_await c.meetings().async_get(load_app, m.id);
    if (fetched.title != create.title) throw std::runtime_error("fetched another meeting");
    rtk::list_meeting_participants_query all{};
    auto people = co_await c.meetings().async_list_participants(load_app, m.id, all);
    if (people.items.size() != 1) throw std::runtime_error("participants lost");
    rtk::update_meeting_request end{};
    end.status = rtk::meeting_status::inactive;
    co_await c.meetings().async_update(load_app, m.id, end);
    ++done;
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(emulator_load)

BOOST_AUTO_TEST_CASE(sixty_four_clients_make_10000_requests_and_lose_nothing) {
  rtk::emulator emu({.app_ids = {load_app}});
  io_runner io(2);
  rtk::client_options opts;
  opts.base_url = emu.base_url();
  opts.auth = rtk::api_token{test_token};
  opts.account_id = account;
  opts.retry = std::make_shared<rtk::limited_retry_policy>(0);  // any failure shows
  std::vector<std::unique_ptr<rtk::client>> many;
  for (int i = 0; i < clients; ++i)
    many.push_back(std::make_unique<rtk::client>(io.executor(), opts));
  std::atomic<int> next_round{0}, done{0};
  std::vector<std::future<void>> running;
  for (auto& c : many) running.push_back(start(io.executor(), work(*c, next_round, done)));
  for (auto& r : running) get(r, 240s);
  BOOST_TEST(done.load() == rounds);
  BOOST_TEST(emu.requests_served() == 5u * rounds);

  // Every meeting exactly once, each ended, each with its one participant.
  auto listed = start(io.executor(), [&]() -> asio::awaitable<std::vector<rtk::meeting>> {
    rtk::list_meetings_query query{};
    query.per_page = 100;
    auto pages = many[0]->meetings().list_pages(load_app, query);
    co_return co_await pages.async_collect();
  });
  auto meetings = get(listed, 60s);
  BOOST_TEST(meetings.size() == std::size_t{rounds});
  std::set<std::string> titles;
  for (const auto& m : meetings) {
    titles.insert(m.title.value_or(""));
    BOOST_TEST((m.status == rtk::meeting_status::inactive));
  }
  BOOST_TEST(titles.size() == std::size_t{rounds});
  for (auto& c : many) c->shutdown();
}

BOOST_AUTO_TEST_SUITE_END()
