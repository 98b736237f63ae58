// The emulated Webhooks group through the typed client: a webhook's life (create, get, list,
// edit, replace, delete), its defaults, the unpaged list, and what the emulator refuses
// (unknown events, URLs that are not http(s), unknown ids).

#include "fixture.hpp"
#include "plain_http.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

using namespace rtk_emu_test;
using rtk::errc;
using rtk::webhook_event;

namespace {

// The events a webhook answers with.
using event_list = std::vector<rtk::open_enum<webhook_event>>;

constexpr std::array<webhook_event, 2> start_and_end{webhook_event::meeting_started,
                                                     webhook_event::meeting_ended};
constexpr std::array<webhook_event, 1> recording_updates{webhook_event::recording_status_update};

// The requests borrow name and url: keep them alive until the call.
rtk::create_webhook_request webhook_request(std::string_view name, std::string_view url) {
  rtk::create_webhook_request r;
  r.events = start_and_end;
  r.name = name;
  r.url = url;
  return r;
}

rtk::replace_webhook_request replacement(std::string_view name, std::string_view url) {
  rtk::replace_webhook_request r;
  r.events = recording_updates;
  r.name = name;
  r.url = url;
  return r;
}

// "Add a webhook" over plain HTTP, with events by their spelling: for spellings rtk has no
// enumerator for. The typed request's `events` holds rtk::webhook_event only, and it is
// required, so `extra` cannot stand in for it.
http_reply raw_create(const rtk::emulator& emu, std::string_view name, std::string_view url,
                      const std::vector<std::string>& events) {
  json::array spelled;
  for (const auto& ev : events) spelled.emplace_back(ev);
  // The members in the order the typed request sends them.
  json::object body{{"events", std::move(spelled)}, {"name", name}, {"url", url}};
  return http_call(emu.port(), boost::beast::http::verb::post, api_path("/webhooks"),
                   json::serialize(body));
}

std::vector<std::string> ids_of(const std::vector<rtk::webhook>& hooks) {
  std::vector<std::string> ids;
  for (const auto& h : hooks) ids.push_back(h.id);
  return ids;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(emulator_webhooks)

BOOST_AUTO_TEST_CASE(a_webhook_is_created_fetched_listed_edited_replaced_and_deleted) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    auto initially = co_await e.client.webhooks().async_list(app);
    BOOST_TEST(initially.items.empty());

    auto create = webhook_request("Lifecycle", "https://hooks.example.com/rtk");
    create.extra = R"({"secret_hint":"ignored"})";  // unknown: ignored
    rtk::webhook w = co_await e.client.webhooks().async_create(app, create);
    BOOST_TEST(w.extra.empty(), w.extra.json());
    BOOST_TEST(!w.id.empty());
    BOOST_TEST(w.name == "Lifecycle");
    BOOST_TEST(w.url == "https://hooks.example.com/rtk");
    BOOST_TEST(w.enabled);  // enabled unless told otherwise
    BOOST_TEST(
        (w.events == event_list{webhook_event::meeting_started, webhook_event::meeting_ended}));
    BOOST_TEST(!w.created_at.empty());
    BOOST_TEST(w.updated_at == w.created_at);

    rtk::webhook fetched = co_await e.client.webhooks().async_get(app, w.id);
    BOOST_TEST(fetched.id == w.id);
    BOOST_TEST(fetched.name == "Lifecycle");
    BOOST_TEST(fetched.created_at == w.created_at);
    BOOST_TEST((fetched.events == w.events));

    auto other_req = webhook_request("Second", "http://localhost:8080/events");
    rtk::webhook other = co_await e.client.webhooks().async_create(app, other_req);
    auto listed = co_await e.client.webhooks().async_list(app);
    BOOST_TEST((ids_of(listed.items) == std::vector<std::string>{w.id, other.id}));
    BOOST_TEST(listed.items[0].url == "https://hooks.example.com/rtk");

    // PATCH changes only the fields given.
    const std::vector<webhook_event> summary_and_transcript{webhook_event::meeting_summary,
                                                            webhook_event::meeting_transcript};
    rtk::update_webhook_request edit;
    edit.enabled = false;
    edit.events = summary_and_transcript;
    rtk::webhook edited = co_await e.client.webhooks().async_update(app, w.id, edit);
    BOOST_TEST(edited.id == w.id);
    BOOST_TEST(!edited.enabled);
    BOOST_TEST((edited.events ==
                event_list{webhook_event::meeting_summary, webhook_event::meeting_transcript}));
    BOOST_TEST(edited.name == "Lifecycle");
    BOOST_TEST(edited.url == "https://hooks.example.com/rtk");
    BOOST_TEST(edited.created_at == w.created_at);
    BOOST_TEST(edited.updated_at >= w.updated_at);

    rtk::update_webhook_request move;
    move.url = "https://hooks.example.com/rtk/v2";
    move.name = "Lifecycle v2";
    rtk::webhook moved = co_await e.client.webhooks().async_update(app, w.id, move);
    BOOST_TEST(moved.url == "https://hooks.example.com/rtk/v2");
    BOOST_TEST(moved.name == "Lifecycle v2");
    BOOST_TEST(!moved.enabled);  // kept from the previous edit

    // PUT rewrites every field: an `enabled` left out is true again.
    auto replace = replacement("Recordings", "https://recordings.example.com/hook");
    rtk::webhook replaced = co_await e.client.webhooks().async_replace(app, w.id, replace);
    BOOST_TEST(replaced.id == w.id);
    BOOST_TEST(replaced.created_at == w.created_at);
    BOOST_TEST(replaced.name == "Recordings");
    BOOST_TEST(replaced.url == "https://recordings.example.com/hook");
    BOOST_TEST(replaced.enabled);
    BOOST_TEST((replaced.events == event_list{webhook_event::recording_status_update}));

    rtk::webhook after = co_await e.client.webhooks().async_get(app, w.id);
    BOOST_TEST(after.name == "Recordings");

    // DELETE answers with the deleted webhook; then it is gone.
    rtk::webhook deleted = co_await e.client.webhooks().async_delete(app, w.id);
    BOOST_TEST(deleted.id == w.id);
    BOOST_TEST(deleted.name == "Recordings");
    auto get = e.client.webhooks().async_get(app, w.id);
    auto f = co_await failure_of(std::move(get));
    check_not_found(f, "Webhook not found");
    auto remaining = co_await e.client.webhooks().async_list(app);
    BOOST_TEST((ids_of(remaining.items) == std::vector<std::string>{other.id}));
    co_return;
  });
}

BOOST_AUTO_TEST_CASE(a_webhook_can_be_created_disabled_and_replaced_disabled) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    auto create = webhook_request("Quiet", "https://hooks.example.com/quiet");
    create.enabled = false;
    rtk::webhook w = co_await e.client.webhooks().async_create(app, create);
    BOOST_TEST(!w.enabled);

    auto replace = replacement("Still quiet", "https://hooks.example.com/quiet");
    replace.enabled = false;
    rtk::webhook replaced = co_await e.client.webhooks().async_replace(app, w.id, replace);
    BOOST_TEST(!replaced.enabled);

    // Every event the reference lists is accepted.
    const std::vector<webhook_event> every_event{webhook_event::meeting_started,
                                                 webhook_event::meeting_ended,
                                                 webhook_event::meeting_participant_joined,
                                                 webhook_event::meeting_participant_left,
                                                 webhook_event::meeting_chat_synced,
                                                 webhook_event::recording_status_update,
                                                 webhook_event::livestreaming_status_update,
                                                 webhook_event::meeting_transcript,
                                                 webhook_event::meeting_summary};
    auto all = webhook_request("All events", "https://hooks.example.com/all");
    all.events = every_event;
    rtk::webhook everything = co_await e.client.webhooks().async_create(app, all);
    BOOST_TEST(everything.events.size() == 9u);
    for (const auto& ev : everything.events) BOOST_TEST(ev.is_known());
    co_return;
  });
}

BOOST_AUTO_TEST_CASE(the_webhook_list_is_not_paged) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    std::vector<std::string> created;
    for (int i = 0; i < 25; ++i) {  // more than any default page
      std::string n = std::to_string(i);
      const std::string name = "hook " + n;
      const std::string url = "https://hooks.example.com/" + n;
      auto req = webhook_request(name, url);
      rtk::webhook w = co_await e.client.webhooks().async_create(app, req);
      created.push_back(w.id);
    }
    auto listed = co_await e.client.webhooks().async_list(app);
    BOOST_TEST(!listed.paging.has_value());
    BOOST_TEST((ids_of(listed.items) == created));
    co_return;
  });
}

BOOST_AUTO_TEST_CASE(unknown_events_and_bad_urls_are_unprocessable) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    // A spelling rtk does not know cannot go through the typed create (see raw_create).
    http_reply f1 = raw_create(e.emu, "Bad event", "https://hooks.example.com/bad",
                               {"meeting.started", "meeting.ended", "meeting.exploded"});
    BOOST_TEST(f1.status == 422u);
    BOOST_TEST(f1.api_message().find("events") != std::string::npos, f1.body);
    BOOST_TEST(f1.api_message().find("meeting.exploded") != std::string::npos);

    http_reply f2 = raw_create(e.emu, "Bad spelling", "https://hooks.example.com/bad",
                               {"meeting.participantjoined"});
    BOOST_TEST(f2.status == 422u);
    BOOST_TEST(f2.api_message().find("events") != std::string::npos, f2.body);

    // Named, not a braced list: no temporary lives across the co_await below (GCC 12).
    const std::vector<std::string> bad_urls = {"ftp://hooks.example.com/x", "hooks.example.com/x",
                                               "https://", "http:///path",
                                               "https://hooks.example.com/a b"};
    for (const std::string& url : bad_urls) {
      auto bad_url = webhook_request("Bad URL", url);
      auto call = e.client.webhooks().async_create(app, bad_url);
      auto f = co_await failure_of(std::move(call));
      check_unprocessable(f, "url");
    }
    auto listed = co_await e.client.webhooks().async_list(app);
    BOOST_TEST(listed.items.empty());  // nothing refused was stored

    // Edits and replaces are checked the same way, and a refused one changes nothing.
    auto good = webhook_request("Good", "https://hooks.example.com/good");
    rtk::webhook w = co_await e.client.webhooks().async_create(app, good);
    rtk::update_webhook_request edit;
    edit.name = "Renamed";
    edit.extra = R"({"events":["session.started"]})";  // an event rtk does not know; `events` unset
    auto u1 = e.client.webhooks().async_update(app, w.id, edit);
    auto f3 = co_await failure_of(std::move(u1));
    check_unprocessable(f3, "events");

    const std::vector<webhook_event> none;
    rtk::update_webhook_request no_events;
    no_events.events = none;  // sent as []
    auto u2 = e.client.webhooks().async_update(app, w.id, no_events);
    auto f4 = co_await failure_of(std::move(u2));
    check_unprocessable(f4, "events");

    rtk::update_webhook_request bad_url;
    bad_url.url = "mailto:ops@example.com";
    auto u3 = e.client.webhooks().async_update(app, w.id, bad_url);
    auto f5 = co_await failure_of(std::move(u3));
    check_unprocessable(f5, "url");

    auto replace = replacement("Replaced", "ws://hooks.example.com/socket");
    auto r1 = e.client.webhooks().async_replace(app, w.id, replace);
    auto f6 = co_await failure_of(std::move(r1));
    check_unprocessable(f6, "url");

    rtk::webhook still = co_await e.client.webhooks().async_get(app, w.id);
    BOOST_TEST(still.name == "Good");
    BOOST_TEST(still.url == "https://hooks.example.com/good");
    BOOST_TEST((still.events == w.events));
    BOOST_TEST(still.updated_at == w.updated_at);
    co_return;
  });
}

BOOST_AUTO_TEST_CASE(unknown_webhooks_are_not_found) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    auto get = e.client.webhooks().async_get(app, "no-such-webhook");
    auto f1 = co_await failure_of(std::move(get));
    check_not_found(f1, "Webhook not found");

    rtk::update_webhook_request edit;
    edit.enabled = false;
    auto update = e.client.webhooks().async_update(app, "no-such-webhook", edit);
    auto f2 = co_await failure_of(std::move(update));
    check_not_found(f2, "Webhook not found");

    auto replace = replacement("x", "https://hooks.example.com/x");
    auto put = e.client.webhooks().async_replace(app, "no-such-webhook", replace);
    auto f3 = co_await failure_of(std::move(put));
    check_not_found(f3, "Webhook not found");

    auto del = e.client.webhooks().async_delete(app, "no-such-webhook");
    auto f4 = co_await failure_of(std::move(del));
    check_not_found(f4, "Webhook not found");

    auto list = e.client.webhooks().async_list("no-such-app");
    auto f5 = co_await failure_of(std::move(list));
    check_not_found(f5, "App not found");

    // A deleted webhook is gone for every operation.
    auto req = webhook_request("Short-lived", "https://hooks.example.com/short");
    rtk::webhook w = co_await e.client.webhooks().async_create(app, req);
    rtk::webhook gone = co_await e.client.webhooks().async_delete(app, w.id);
    BOOST_TEST(gone.id == w.id);
    auto again = e.client.webhooks().async_delete(app, w.id);
    auto f6 = co_await failure_of(std::move(again));
    check_not_found(f6, "Webhook not found");
    auto patch = e.client.webhooks().async_update(app, w.id, edit);
    auto f7 = co_await failure_of(std::move(patch));
    check_not_found(f7, "Webhook not found");

    // Apps do not share webhooks.
    rtk::create_app_request other_app{.name = "Other"};
    rtk::created_app created = co_await e.client.apps().async_create(other_app);
    BOOST_TEST_REQUIRE(created.app.has_value());
    const std::string other = created.app->id.value_or("");
    auto kept_req = webhook_request("Kept", "https://hooks.example.com/kept");
    rtk::webhook kept = co_await e.client.webhooks().async_create(app, kept_req);
    auto elsewhere = e.client.webhooks().async_get(other, kept.id);
    auto f8 = co_await failure_of(std::move(elsewhere));
    check_not_found(f8, "Webhook not found");
    co_return;
  });
}

BOOST_AUTO_TEST_SUITE_END()
