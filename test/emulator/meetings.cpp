// The emulated Meetings group through the typed client: a meeting's life (create, get, update,
// replace, end), its participants (add, get, list, edit, new token, delete), the list's
// filters and paging, and what the emulator refuses (bad values, unknown presets, unknown ids).

#include "fixture.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

using namespace rtk_emu_test;
using rtk::errc;

namespace {

// Requests borrow: the strings given must outlive the call.
rtk::create_meeting_request titled(rtk::text title) {
  rtk::create_meeting_request r;
  r.title = title;
  return r;
}

rtk::add_participant_request participant_request(rtk::text custom_id, rtk::text preset) {
  rtk::add_participant_request r;
  r.custom_participant_id = custom_id;
  r.preset_name = preset;
  return r;
}

std::vector<std::string> ids_of(const std::vector<rtk::meeting>& meetings) {
  std::vector<std::string> ids;
  for (const auto& m : meetings) ids.push_back(m.id);
  return ids;
}

bool has_id(const std::vector<rtk::meeting>& meetings, const std::string& id) {
  return std::any_of(meetings.begin(), meetings.end(),
                     [&](const rtk::meeting& m) { return m.id == id; });
}

// A meeting with every setting given: AI, recording and storage configs included. The request
// borrows its nested settings, which live as long as the program.
rtk::create_meeting_request full_meeting() {
  static const std::vector<std::string> keywords{"rtk"};
  static const rtk::ai_config ai{
      .summarization = rtk::summarization_config{.summary_type = rtk::summary_type::team_meeting,
                                                 .text_format = rtk::summary_text_format::markdown,
                                                 .word_limit = 500},
      .transcription = rtk::transcription_config{.keywords = keywords,
                                                 .language = rtk::transcription_language::en_us,
                                                 .profanity_filter = true}};
  static const rtk::recording_config recording{
      .file_name_prefix = "weekly-sync",
      .max_seconds = 3600,
      .storage_config = rtk::storage_config{.type = rtk::storage_type::aws,
                                            .access_key = "AKIAIOSFODNN7EXAMPLE",
                                            .bucket = "rtk-recordings",
                                            .region = "us-east-1",
                                            .secret = "example-secret"},
      .video_config =
          rtk::video_config{.codec = rtk::video_codec::h264, .height = 720, .width = 1280}};
  rtk::create_meeting_request r = titled("Weekly Team Sync");
  r.record_on_start = true;
  r.persist_chat = true;
  r.session_keep_alive_time_in_secs = 300;
  r.ai_config = ai;
  r.recording_config = recording;
  return r;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(emulator_meetings)

BOOST_AUTO_TEST_CASE(a_meeting_is_created_fetched_updated_replaced_and_ended) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    auto create = full_meeting();
    rtk::meeting m = co_await e.client.meetings().async_create(app, create);
    BOOST_TEST(!m.id.empty());
    BOOST_TEST(!m.created_at.empty());
    BOOST_TEST(m.updated_at == m.created_at);
    BOOST_TEST(m.title.value_or("") == "Weekly Team Sync");
    BOOST_TEST(m.record_on_start.value_or(false));
    BOOST_TEST(m.persist_chat.value_or(false));
    BOOST_TEST(!m.live_stream_on_start.value_or(true));  // defaults
    BOOST_TEST(!m.summarize_on_end.value_or(true));
    BOOST_TEST(m.session_keep_alive_time_in_secs.value_or(0) == 300);
    BOOST_TEST((m.status == rtk::meeting_status::active));
    BOOST_TEST_REQUIRE(m.ai_config.has_value());
    BOOST_TEST_REQUIRE(m.ai_config->summarization.has_value());
    BOOST_TEST((m.ai_config->summarization->summary_type == rtk::summary_type::team_meeting));
    BOOST_TEST(m.ai_config->summarization->word_limit.value_or(0) == 500);
    BOOST_TEST_REQUIRE(m.recording_config.has_value());
    BOOST_TEST(m.recording_config->max_seconds.value_or(0) == 3600);
    BOOST_TEST_REQUIRE(m.recording_config->storage_config.has_value());
    BOOST_TEST(m.recording_config->storage_config->bucket.value_or("") == "rtk-recordings");
    // The access key is write-only: it never comes back.
    BOOST_TEST(!m.recording_config->storage_config->access_key.has_value());

    rtk::meeting fetched = co_await e.client.meetings().async_get(app, m.id);
    BOOST_TEST(fetched.id == m.id);
    BOOST_TEST(fetched.created_at == m.created_at);
    BOOST_TEST(fetched.title.value_or("") == "Weekly Team Sync");
    BOOST_TEST(fetched.recording_config.has_value());

    rtk::get_meeting_query named{.name = "Weekly Team Sync"};
    rtk::meeting by_name = co_await e.client.meetings().async_get(app, m.id, named);
    BOOST_TEST(by_name.id == m.id);

    // PATCH changes only what it names.
    rtk::update_meeting_request rename;
    rename.title = "Weekly Team Sync (updated)";
    rename.summarize_on_end = true;
    rtk::meeting updated = co_await e.client.meetings().async_update(app, m.id, rename);
    BOOST_TEST(updated.title.value_or("") == "Weekly Team Sync (updated)");
    BOOST_TEST(updated.summarize_on_end.value_or(false));
    BOOST_TEST(updated.record_on_start.value_or(false));
    BOOST_TEST(updated.session_keep_alive_time_in_secs.value_or(0) == 300);
    BOOST_TEST(updated.ai_config.has_value());
    BOOST_TEST(updated.created_at == m.created_at);

    // Ending a meeting is a PATCH of its status, as the quickstart does.
    rtk::update_meeting_request end;
    end.status = rtk::meeting_status::inactive;
    rtk::meeting ended = co_await e.client.meetings().async_update(app, m.id, end);
    BOOST_TEST((ended.status == rtk::meeting_status::inactive));
    BOOST_TEST(ended.title.value_or("") == "Weekly Team Sync (updated)");

    // PUT replaces every setting: what it leaves out goes back to the defaults.
    rtk::replace_meeting_request replace;
    replace.title = "Replaced";
    replace.live_stream_on_start = true;
    rtk::meeting replaced = co_await e.client.meetings().async_replace(app, m.id, replace);
    BOOST_TEST(replaced.id == m.id);
    BOOST_TEST(replaced.created_at == m.created_at);
    BOOST_TEST(replaced.title.value_or("") == "Replaced");
    BOOST_TEST(replaced.live_stream_on_start.value_or(false));
    BOOST_TEST(!replaced.record_on_start.value_or(true));
    BOOST_TEST(!replaced.persist_chat.value_or(true));
    BOOST_TEST(!replaced.summarize_on_end.value_or(true));
    BOOST_TEST(replaced.session_keep_alive_time_in_secs.value_or(0) == 60);
    BOOST_TEST(!replaced.ai_config.has_value());
    BOOST_TEST(!replaced.recording_config.has_value());
    BOOST_TEST((replaced.status == rtk::meeting_status::inactive));  // not a PUT field

    rtk::meeting after = co_await e.client.meetings().async_get(app, m.id);
    BOOST_TEST(after.title.value_or("") == "Replaced");
    BOOST_TEST(!after.ai_config.has_value());

    // PATCH with an explicit null sends a field back to its default.
    rtk::update_meeting_request untitle;
    untitle.title = rtk::null;
    rtk::meeting untitled = co_await e.client.meetings().async_update(app, m.id, untitle);
    BOOST_TEST(!untitled.title.has_value());
    co_return;
  });
}

BOOST_AUTO_TEST_CASE(an_empty_create_gives_a_meeting_with_the_defaults) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    rtk::create_meeting_request empty;
    rtk::meeting m = co_await e.client.meetings().async_create(app, empty);
    BOOST_TEST(!m.id.empty());
    BOOST_TEST(!m.title.has_value());
    BOOST_TEST(!m.record_on_start.value_or(true));
    BOOST_TEST(!m.live_stream_on_start.value_or(true));
    BOOST_TEST(!m.persist_chat.value_or(true));
    BOOST_TEST(!m.summarize_on_end.value_or(true));
    BOOST_TEST(m.session_keep_alive_time_in_secs.value_or(0) == 60);
    BOOST_TEST((m.status == rtk::meeting_status::active));
    BOOST_TEST(!m.ai_config.has_value());
    BOOST_TEST(!m.recording_config.has_value());
    co_return;
  });
}

BOOST_AUTO_TEST_CASE(participants_are_added_fetched_listed_edited_renewed_and_deleted) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    auto create = titled("With people");
    rtk::meeting m = co_await e.client.meetings().async_create(app, create);

    auto mary_req = participant_request("mary.sue@example.com", "group_call_host");
    mary_req.name = "Mary Sue";
    mary_req.picture = "https://i.imgur.com/test.jpg";
    rtk::participant mary = co_await e.client.meetings().async_add_participant(app, m.id, mary_req);
    BOOST_TEST(!mary.id.empty());
    BOOST_TEST(mary.custom_participant_id == "mary.sue@example.com");
    BOOST_TEST(mary.preset_name == "group_call_host");
    BOOST_TEST(mary.name.value_or("") == "Mary Sue");
    BOOST_TEST(mary.picture.value_or("") == "https://i.imgur.com/test.jpg");
    BOOST_TEST(!mary.created_at.empty());
    BOOST_TEST_REQUIRE(mary.token.has_value());
    BOOST_TEST(!mary.token->empty());
    const std::string first_token = *mary.token;

    auto bob_req = participant_request("bob", "group_call_participant");
    rtk::participant bob = co_await e.client.meetings().async_add_participant(app, m.id, bob_req);
    BOOST_TEST(!bob.name.has_value());
    BOOST_TEST(bob.token.value_or("") != first_token);

    // Fetching shows the participant, never its token.
    rtk::participant got = co_await e.client.meetings().async_get_participant(app, m.id, mary.id);
    BOOST_TEST(got.id == mary.id);
    BOOST_TEST(got.name.value_or("") == "Mary Sue");
    BOOST_TEST(got.preset_name == "group_call_host");
    BOOST_TEST(!got.token.has_value());

    rtk::list_meeting_participants_query all;
    auto listed = co_await e.client.meetings().async_list_participants(app, m.id, all);
    BOOST_TEST_REQUIRE(listed.items.size() == 2u);
    BOOST_TEST(listed.items[0].id == mary.id);  // in the order they were added
    BOOST_TEST(listed.items[1].id == bob.id);
    BOOST_TEST(!listed.items[0].token.has_value());
    BOOST_TEST_REQUIRE(listed.paging.has_value());
    BOOST_TEST((listed.paging->total_count == 2));
    BOOST_TEST((listed.paging->start_offset == 1));
    BOOST_TEST((listed.paging->end_offset == 2));

    rtk::list_meeting_participants_query second_page{.page_no = 2, .per_page = 1};
    auto page2 = co_await e.client.meetings().async_list_participants(app, m.id, second_page);
    BOOST_TEST_REQUIRE(page2.items.size() == 1u);
    BOOST_TEST(page2.items[0].id == bob.id);

    // Editing changes what it names, and answers with the current token.
    rtk::update_participant_request edit;
    edit.name = "Mary Sue (host)";
    edit.preset_name = "group_call_participant";
    rtk::participant edited =
        co_await e.client.meetings().async_update_participant(app, m.id, mary.id, edit);
    BOOST_TEST(edited.name.value_or("") == "Mary Sue (host)");
    BOOST_TEST(edited.preset_name == "group_call_participant");
    BOOST_TEST(edited.picture.value_or("") == "https://i.imgur.com/test.jpg");
    BOOST_TEST(edited.token.value_or("") == first_token);
    BOOST_TEST(edited.created_at == mary.created_at);

    rtk::update_participant_request clear_picture;
    clear_picture.picture = rtk::null;
    rtk::participant cleared =
        co_await e.client.meetings().async_update_participant(app, m.id, mary.id, clear_picture);
    BOOST_TEST(!cleared.picture.has_value());
    BOOST_TEST(cleared.name.value_or("") == "Mary Sue (host)");

    // A new token replaces the old one.
    rtk::participant_token renewed =
        co_await e.client.meetings().async_refresh_participant_token(app, m.id, mary.id);
    BOOST_TEST(!renewed.token.empty());
    BOOST_TEST(renewed.token != first_token);
    rtk::update_participant_request nothing;
    rtk::participant now =
        co_await e.client.meetings().async_update_participant(app, m.id, mary.id, nothing);
    BOOST_TEST(now.token.value_or("") == renewed.token);

    rtk::deleted_participant gone =
        co_await e.client.meetings().async_delete_participant(app, m.id, mary.id);
    BOOST_TEST(gone.custom_participant_id == "mary.sue@example.com");
    BOOST_TEST(gone.created_at == mary.created_at);
    BOOST_TEST(!gone.updated_at.empty());
    BOOST_TEST(!gone.preset_id.empty());  // the id of group_call_participant

    auto get_gone = e.client.meetings().async_get_participant(app, m.id, mary.id);
    auto f = co_await failure_of(std::move(get_gone));
    check_not_found(f, "Participant not found");
    auto delete_again = e.client.meetings().async_delete_participant(app, m.id, mary.id);
    auto f2 = co_await failure_of(std::move(delete_again));
    check_not_found(f2, "Participant not found");

    auto left = co_await e.client.meetings().async_list_participants(app, m.id, all);
    BOOST_TEST_REQUIRE(left.items.size() == 1u);
    BOOST_TEST(left.items[0].id == bob.id);
    co_return;
  });
}

BOOST_AUTO_TEST_CASE(the_list_filters_by_title_time_and_status) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    auto a_req = titled("Daily Standup");
    rtk::meeting a = co_await e.client.meetings().async_create(app, a_req);
    auto b_req = titled("Weekly sync");
    rtk::meeting b = co_await e.client.meetings().async_create(app, b_req);
    auto c_req = titled("standup retro");
    rtk::meeting c = co_await e.client.meetings().async_create(app, c_req);

    rtk::list_meetings_query everything;
    auto all = co_await e.client.meetings().async_list(app, everything);
    BOOST_TEST((ids_of(all.items) == std::vector<std::string>{a.id, b.id, c.id}));
    BOOST_TEST_REQUIRE(all.paging.has_value());
    BOOST_TEST((all.paging->total_count == 3));

    // search: any case, anywhere in the title; or the meeting's id.
    rtk::list_meetings_query standup{.search = "STANDUP"};
    auto found = co_await e.client.meetings().async_list(app, standup);
    BOOST_TEST((ids_of(found.items) == std::vector<std::string>{a.id, c.id}));
    BOOST_TEST_REQUIRE(found.paging.has_value());
    BOOST_TEST((found.paging->total_count == 2));
    rtk::list_meetings_query by_id{.search = b.id};
    auto found_by_id = co_await e.client.meetings().async_list(app, by_id);
    BOOST_TEST((ids_of(found_by_id.items) == std::vector<std::string>{b.id}));

    // start_time and end_time bound created_at (both ends included).
    rtk::list_meetings_query wide{.end_time = "2100-01-01T00:00:00.000Z",
                                  .start_time = "2000-01-01T00:00:00.000Z"};
    auto in_wide = co_await e.client.meetings().async_list(app, wide);
    BOOST_TEST(in_wide.items.size() == 3u);
    rtk::list_meetings_query past{.end_time = "2001-01-01"};
    auto in_past = co_await e.client.meetings().async_list(app, past);
    BOOST_TEST(in_past.items.empty());
    BOOST_TEST_REQUIRE(in_past.paging.has_value());
    BOOST_TEST((in_past.paging->total_count == 0));
    rtk::list_meetings_query future{.start_time = "2100-01-01T00:00:00Z"};
    auto in_future = co_await e.client.meetings().async_list(app, future);
    BOOST_TEST(in_future.items.empty());
    rtk::list_meetings_query exact{.end_time = b.created_at, .start_time = b.created_at};
    auto at_b = co_await e.client.meetings().async_list(app, exact);
    BOOST_TEST(has_id(at_b.items, b.id));

    // status (the official SDK sends it) and search together.
    rtk::update_meeting_request end;
    end.status = rtk::meeting_status::inactive;
    co_await e.client.meetings().async_update(app, c.id, end);
    rtk::list_meetings_query inactive{.status = rtk::meeting_status::inactive};
    auto ended = co_await e.client.meetings().async_list(app, inactive);
    BOOST_TEST((ids_of(ended.items) == std::vector<std::string>{c.id}));
    rtk::list_meetings_query active_standups{.search = "standup",
                                             .status = rtk::meeting_status::active};
    auto active = co_await e.client.meetings().async_list(app, active_standups);
    BOOST_TEST((ids_of(active.items) == std::vector<std::string>{a.id}));

    // A listed meeting has the list's fields, not the AI and recording settings.
    BOOST_TEST(all.items[0].title.value_or("") == "Daily Standup");
    BOOST_TEST((all.items[0].status == rtk::meeting_status::active));
    BOOST_TEST(all.items[0].session_keep_alive_time_in_secs.value_or(0) == 60);
    BOOST_TEST(!all.items[0].recording_config.has_value());

    // A time that is not ISO 8601 is a bad request.
    rtk::list_meetings_query bad_time{.start_time = "yesterday"};
    auto call = e.client.meetings().async_list(app, bad_time);
    auto f = co_await failure_of(std::move(call));
    BOOST_TEST((f.ec == errc::bad_request));
    BOOST_TEST(f.diag.api_message.find("start_time") != std::string::npos, f.diag.api_message);
    co_return;
  });
}

BOOST_AUTO_TEST_CASE(twenty_five_meetings_page_by_ten) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    std::vector<std::string> created;
    for (int i = 0; i < 25; ++i) {
      const std::string title = "meeting " + std::to_string(i);
      auto req = titled(title);
      rtk::meeting m = co_await e.client.meetings().async_create(app, req);
      created.push_back(m.id);
    }

    rtk::list_meetings_query by_ten{.per_page = 10};
    auto pages = e.client.meetings().list_pages(app, by_ten);
    std::vector<std::string> seen;
    std::vector<std::size_t> sizes;
    while (!pages.done()) {
      rtk::page<rtk::meeting> p = co_await pages.async_next_page();
      sizes.push_back(p.items.size());
      for (const auto& m : p.items) seen.push_back(m.id);
    }
    BOOST_TEST((sizes == std::vector<std::size_t>{10, 10, 5}));
    BOOST_TEST((seen == created));
    BOOST_TEST(pages.items_seen() == 25);

    rtk::list_meetings_query third{.page_no = 3, .per_page = 10};
    auto last = co_await e.client.meetings().async_list(app, third);
    BOOST_TEST_REQUIRE(last.items.size() == 5u);
    BOOST_TEST(last.items[0].id == created[20]);
    BOOST_TEST_REQUIRE(last.paging.has_value());
    BOOST_TEST((last.paging->start_offset == 21));
    BOOST_TEST((last.paging->end_offset == 25));
    BOOST_TEST((last.paging->total_count == 25));

    rtk::list_meetings_query beyond{.page_no = 4, .per_page = 10};
    auto empty = co_await e.client.meetings().async_list(app, beyond);
    BOOST_TEST(empty.items.empty());
    BOOST_TEST_REQUIRE(empty.paging.has_value());
    BOOST_TEST((empty.paging->start_offset == 0));
    BOOST_TEST((empty.paging->end_offset == 0));
    BOOST_TEST((empty.paging->total_count == 25));
    co_return;
  });
}

BOOST_AUTO_TEST_CASE(invalid_meeting_settings_are_unprocessable) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    auto create = titled("valid");
    rtk::meeting m = co_await e.client.meetings().async_create(app, create);

    rtk::update_meeting_request paused;
    paused.extra = R"({"status":"PAUSED"})";  // a status rtk does not know
    auto call1 = e.client.meetings().async_update(app, m.id, paused);
    auto f1 = co_await failure_of(std::move(call1));
    check_unprocessable(f1, "status");

    rtk::create_meeting_request negative;
    negative.session_keep_alive_time_in_secs = -5;
    auto call2 = e.client.meetings().async_create(app, negative);
    auto f2 = co_await failure_of(std::move(call2));
    check_unprocessable(f2, "session_keep_alive_time_in_secs");

    rtk::create_meeting_request short_recording;
    const rtk::recording_config ten_seconds{.max_seconds = 10};
    short_recording.recording_config = ten_seconds;
    auto call3 = e.client.meetings().async_create(app, short_recording);
    auto f3 = co_await failure_of(std::move(call3));
    check_unprocessable(f3, "recording_config.max_seconds");

    rtk::create_meeting_request odd_summary;
    const rtk::ai_config haiku{
        .summarization = rtk::summarization_config{
            .summary_type = rtk::open_enum<rtk::summary_type>::from_wire("haiku")}};
    odd_summary.ai_config = haiku;
    auto call4 = e.client.meetings().async_create(app, odd_summary);
    auto f4 = co_await failure_of(std::move(call4));
    check_unprocessable(f4, "ai_config.summarization.summary_type");

    rtk::replace_meeting_request odd_codec;
    const rtk::recording_config av1{
        .video_config =
            rtk::video_config{.codec = rtk::open_enum<rtk::video_codec>::from_wire("AV1")}};
    odd_codec.recording_config = av1;
    auto call5 = e.client.meetings().async_replace(app, m.id, odd_codec);
    auto f5 = co_await failure_of(std::move(call5));
    check_unprocessable(f5, "recording_config.video_config.codec");

    // A field of the wrong type, sent through `extra`.
    rtk::create_meeting_request numeric_title;
    numeric_title.extra = R"({"title": 42})";
    auto call6 = e.client.meetings().async_create(app, numeric_title);
    auto f6 = co_await failure_of(std::move(call6));
    check_unprocessable(f6, "title");

    // Fields the reference does not know are ignored, as the real API does.
    rtk::create_meeting_request unknown;
    unknown.transcribe_on_end = true;
    unknown.extra = R"({"some_future_field": {"x": 1}})";
    rtk::meeting accepted = co_await e.client.meetings().async_create(app, unknown);
    BOOST_TEST(!accepted.id.empty());

    // A refused change leaves the meeting as it was.
    rtk::meeting same = co_await e.client.meetings().async_get(app, m.id);
    BOOST_TEST(same.title.value_or("") == "valid");
    BOOST_TEST((same.status == rtk::meeting_status::active));
    BOOST_TEST(same.updated_at == m.updated_at);
    co_return;
  });
}

BOOST_AUTO_TEST_CASE(invalid_participants_are_unprocessable) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    auto create = titled("strict");
    rtk::meeting m = co_await e.client.meetings().async_create(app, create);

    auto unknown_preset = participant_request("ann", "no_such_preset");
    auto call1 = e.client.meetings().async_add_participant(app, m.id, unknown_preset);
    auto f1 = co_await failure_of(std::move(call1));
    check_unprocessable(f1, "preset_name");

    auto ann_req = participant_request("ann", "group_call_host");
    rtk::participant ann = co_await e.client.meetings().async_add_participant(app, m.id, ann_req);

    // custom_participant_id is unique within the meeting.
    auto again = participant_request("ann", "group_call_participant");
    auto call2 = e.client.meetings().async_add_participant(app, m.id, again);
    auto f2 = co_await failure_of(std::move(call2));
    check_unprocessable(f2, "custom_participant_id");

    rtk::update_participant_request bad_preset;
    bad_preset.preset_name = "webinar_presenter";
    auto call3 = e.client.meetings().async_update_participant(app, m.id, ann.id, bad_preset);
    auto f3 = co_await failure_of(std::move(call3));
    check_unprocessable(f3, "preset_name");

    rtk::add_participant_request numeric_name = participant_request("cy", "group_call_host");
    numeric_name.extra = R"({"name": 7})";
    auto call4 = e.client.meetings().async_add_participant(app, m.id, numeric_name);
    auto f4 = co_await failure_of(std::move(call4));
    check_unprocessable(f4, "name");

    rtk::participant kept = co_await e.client.meetings().async_get_participant(app, m.id, ann.id);
    BOOST_TEST(kept.preset_name == "group_call_host");
    rtk::list_meeting_participants_query all;
    auto listed = co_await e.client.meetings().async_list_participants(app, m.id, all);
    BOOST_TEST(listed.items.size() == 1u);
    co_return;
  });
}

BOOST_AUTO_TEST_CASE(unknown_meetings_and_participants_are_not_found) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    auto get = e.client.meetings().async_get(app, "no-such-meeting");
    auto f_get = co_await failure_of(std::move(get));
    check_not_found(f_get, "Meeting not found");

    rtk::update_meeting_request rename;
    rename.title = "x";
    auto update = e.client.meetings().async_update(app, "no-such-meeting", rename);
    auto f_update = co_await failure_of(std::move(update));
    check_not_found(f_update, "Meeting not found");

    rtk::replace_meeting_request replace;
    auto put = e.client.meetings().async_replace(app, "no-such-meeting", replace);
    auto f_put = co_await failure_of(std::move(put));
    check_not_found(f_put, "Meeting not found");

    rtk::list_meeting_participants_query all;
    auto list = e.client.meetings().async_list_participants(app, "no-such-meeting", all);
    auto f_list = co_await failure_of(std::move(list));
    check_not_found(f_list, "Meeting not found");

    auto req = participant_request("ann", "group_call_host");
    auto add = e.client.meetings().async_add_participant(app, "no-such-meeting", req);
    auto f_add = co_await failure_of(std::move(add));
    check_not_found(f_add, "Meeting not found");

    auto create = titled("real");
    rtk::meeting m = co_await e.client.meetings().async_create(app, create);
    auto get_p = e.client.meetings().async_get_participant(app, m.id, "nobody");
    auto f_get_p = co_await failure_of(std::move(get_p));
    check_not_found(f_get_p, "Participant not found");

    rtk::update_participant_request edit;
    edit.name = "x";
    auto edit_p = e.client.meetings().async_update_participant(app, m.id, "nobody", edit);
    auto f_edit_p = co_await failure_of(std::move(edit_p));
    check_not_found(f_edit_p, "Participant not found");

    auto del_p = e.client.meetings().async_delete_participant(app, m.id, "nobody");
    auto f_del_p = co_await failure_of(std::move(del_p));
    check_not_found(f_del_p, "Participant not found");

    auto token_p = e.client.meetings().async_refresh_participant_token(app, m.id, "nobody");
    auto f_token_p = co_await failure_of(std::move(token_p));
    check_not_found(f_token_p, "Participant not found");

    // A participant belongs to its meeting: another meeting's id does not find it.
    auto other_req = titled("other");
    rtk::meeting other = co_await e.client.meetings().async_create(app, other_req);
    rtk::participant ann = co_await e.client.meetings().async_add_participant(app, m.id, req);
    auto elsewhere = e.client.meetings().async_get_participant(app, other.id, ann.id);
    auto f_elsewhere = co_await failure_of(std::move(elsewhere));
    check_not_found(f_elsewhere, "Participant not found");
    co_return;
  });
}

BOOST_AUTO_TEST_SUITE_END()
