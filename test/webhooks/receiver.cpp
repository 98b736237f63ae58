// examples/webhook_receiver and the emulator together, over loopback, as the README runs them:
// the receiver registers itself, the emulator delivers every event signed with its own key,
// the receiver verifies each one with the key from the emulator's well-known URL, and a
// delivery sent again (same rtk-uuid) is dropped.

#include "support/child_process.hpp"

#include <rtk/emulator.hpp>
#include <rtk/rtk.hpp>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_future.hpp>
#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>

#include <map>
#include <set>
#include <string>

namespace asio = boost::asio;
namespace json = boost::json;
using namespace std::chrono_literals;

namespace {

constexpr const char* app = "app-1";

// What happens in a day of meetings: a call with two people, chat, transcript and summary; a
// recording started and stopped; a livestream started and stopped.
asio::awaitable<void> make_things_happen(rtk::client& api, rtk::emulator& emu) {
  auto meetings = api.meetings();
  rtk::create_meeting_request create{};
  create.title = "Weekly sync";
  const rtk::meeting m = co_await meetings.async_create(app, create);

  const json::object seed{
      {"app_id", app},
      {"meeting_id", m.id},
      {"status", "ENDED"},
      {"started_at", "2026-06-10T10:00:00Z"},
      {"ended_at", "2026-06-10T11:00:00Z"},
      {"participants",
       json::array{json::object{{"name", "Ada"}, {"custom_participant_id", "ada"}},
                   json::object{{"name", "Grace"}, {"custom_participant_id", "grace"}}}},
      {"chat", json::array{json::object{{"custom_participant_id", "ada"}, {"message", "Hi"}}}},
      {"transcript", json::array{json::object{{"custom_participant_id", "ada"}, {"text", "Hi"}}}},
      {"summary", "They said hi."}};
  BOOST_TEST(emu.control("POST", "sessions", json::serialize(seed)).status == 201u);

  auto recordings = api.recordings();
  rtk::start_recording_request start{};
  start.meeting_id = m.id;
  const rtk::recording rec = co_await recordings.async_start(app, start);
  rtk::pause_resume_stop_recording_request stop{};
  stop.action = rtk::recording_action::stop;
  co_await recordings.async_pause_resume_stop(app, rec.id, stop);

  auto livestreams = api.livestreams();
  const rtk::start_livestream_request live{};
  co_await livestreams.async_start(app, m.id, live);
  co_await livestreams.async_stop(app, m.id);
}

// "<event> uuid=<id> ...": the event's name and uuid, or nothing for other lines.
std::optional<std::pair<std::string, std::string>> handled(const std::string& line) {
  const auto space = line.find(' ');
  if (space == std::string::npos || line.compare(space + 1, 5, "uuid=") != 0) return std::nullopt;
  const auto end = line.find(' ', space + 6);
  return std::pair(line.substr(0, space), line.substr(space + 6, end - space - 6));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(receiver_and_emulator)

BOOST_AUTO_TEST_CASE(every_event_is_verified_and_a_repeated_delivery_dropped) {
  rtk::emulator emu({.app_ids = {app}});
  rtk_test::child_process receiver(
      RTK_WEBHOOK_RECEIVER, {"--public-key-url", emu.webhook_public_key_url(), "--register", app},
      {{"CLOUDFLARE_BASE_URL", emu.base_url()},
       {"CLOUDFLARE_API_TOKEN", "any-token"},
       {"CLOUDFLARE_ACCOUNT_ID", "acc"}});
  const auto url = receiver.next_line(20s);
  BOOST_TEST_REQUIRE(url.has_value());
  BOOST_TEST(url->starts_with("http://127.0.0.1:"));
  const auto registered = receiver.next_line(20s);
  BOOST_TEST_REQUIRE(registered.has_value());
  BOOST_TEST_REQUIRE(registered->starts_with("registered webhook "), *registered);

  rtk::client_options opts;
  opts.base_url = emu.base_url();
  opts.auth = rtk::api_token{"any-token"};
  opts.account_id = "acc";
  asio::io_context ioc;
  rtk::client api(ioc.get_executor(), opts);
  auto done = asio::co_spawn(ioc, make_things_happen(api, emu), asio::use_future);
  ioc.run();
  done.get();

  // Every one of the nine events arrives, each delivery handled once.
  const std::set<std::string> nine{
      "meeting.started", "meeting.participantJoined", "meeting.participantLeft",
      "meeting.ended",   "meeting.chatSynced",        "meeting.transcript",
      "meeting.summary", "recording.statusUpdate",    "livestreaming.statusUpdate"};
  std::set<std::string> seen_events;
  std::map<std::string, std::string> event_by_uuid;
  std::vector<std::string> other_lines;
  while (seen_events != nine) {
    const auto line = receiver.next_line(20s);
    BOOST_TEST_REQUIRE(line.has_value(), "events still missing after 20 s");
    if (auto h = handled(*line)) {
      seen_events.insert(h->first);
      BOOST_TEST(event_by_uuid.emplace(h->second, h->first).second, "handled twice: " << *line);
    } else {
      other_lines.push_back(*line);
    }
  }
  // BOOST_TEST evaluates its message's operands even when the check passes.
  for (const auto& line : other_lines) BOOST_ERROR("unexpected: " << line);

  // The emulator sends one delivery again, as a sender does when it missed the answer.
  const std::string again = event_by_uuid.begin()->first;
  const auto redelivered =
      emu.control("POST", "deliveries/redeliver", json::serialize(json::object{{"id", again}}));
  BOOST_TEST(redelivered.status == 200u, redelivered.body);
  for (;;) {
    const auto line = receiver.next_line(20s);
    BOOST_TEST_REQUIRE(line.has_value(), "no answer to the repeated delivery");
    if (line->starts_with("duplicate ")) {
      BOOST_TEST(*line == "duplicate uuid=" + again);
      break;
    }
    BOOST_TEST_REQUIRE(handled(*line).has_value(), *line);  // a late original, never a repeat
    BOOST_TEST(event_by_uuid.emplace(handled(*line)->second, handled(*line)->first).second);
  }

  // The emulator saw every attempt answered 204: none rejected, none retried.
  const json::value listed = json::parse(emu.control("GET", "deliveries").body);
  for (const auto& d : listed.at("data").as_array()) {
    BOOST_TEST(d.at("status").to_number<int>() == 204, json::serialize(d));
    BOOST_TEST(d.at("outcome") == "delivered");
  }
  // Stopped, it removes the webhook it registered.
  BOOST_TEST(receiver.stop() == 0);
  auto hooks = api.webhooks();
  auto listing = asio::co_spawn(ioc, hooks.async_list(app), asio::use_future);
  ioc.restart();
  ioc.run();
  BOOST_TEST(listing.get().items.empty());
}

BOOST_AUTO_TEST_SUITE_END()
