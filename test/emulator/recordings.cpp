// The emulated Recordings group through the typed client: a recording's life (start, fetch,
// the meeting's active recording, pause, resume, stop), the transitions it refuses, one active
// recording per meeting, the list's filters and paging, track recordings, and what a start is
// refused for.

#include "fixture.hpp"
#include "plain_http.hpp"

#include <rtk/pager.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

using namespace rtk_emu_test;
using rtk::errc;

namespace {

using ids = std::vector<std::string>;

// The request borrows the id: keep it alive until the call.
rtk::start_recording_request start_of(std::string_view meeting_id) {
  rtk::start_recording_request r;
  r.meeting_id = meeting_id;
  return r;
}

asio::awaitable<rtk::recording> start(rtk::client& c, const std::string& meeting_id) {
  auto req = start_of(meeting_id);
  co_return co_await c.recordings().async_start(app, req);
}

asio::awaitable<rtk::recording> act(rtk::client& c, const std::string& id,
                                    rtk::recording_action a) {
  rtk::pause_resume_stop_recording_request req;
  req.action = a;
  co_return co_await c.recordings().async_pause_resume_stop(app, id, req);
}

// How an action that must fail failed. Only actions rtk knows: the typed request cannot carry
// another (see raw_action).
asio::awaitable<failure_seen> refused(rtk::client& c, const std::string& id,
                                      std::string_view action) {
  const auto known = rtk::open_enum<rtk::recording_action>::from_wire(action);
  BOOST_TEST_REQUIRE(known.is_known(), action);
  rtk::pause_resume_stop_recording_request req;
  req.action = known.value();
  auto call = c.recordings().async_pause_resume_stop(app, id, req);
  co_return co_await failure_of(std::move(call));
}

// An action rtk has no enumerator for, sent over plain HTTP: the typed request's `action` is a
// required rtk::recording_action, which has no way to carry an unknown spelling (and `extra`
// cannot stand in for a required member).
http_reply raw_action(const rtk::emulator& emu, const std::string& id, std::string_view action) {
  return http_call(emu.port(), boost::beast::http::verb::put, api_path("/recordings/" + id),
                   json::serialize(json::object{{"action", action}}));
}

// The ids of one page of the list.
asio::awaitable<ids> listed(rtk::client& c, const rtk::list_recordings_query& q) {
  rtk::page<rtk::recording> p = co_await c.recordings().async_list(app, q);
  ids out;
  for (const auto& r : p.items) out.push_back(r.id);
  co_return out;
}

bool ends_with(const std::string& s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(emulator_recordings)

BOOST_AUTO_TEST_CASE(a_recording_is_started_paused_resumed_and_stopped) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    std::string meeting = co_await new_meeting(e.client, "Weekly sync");
    auto none = e.client.recordings().async_get_active(app, meeting);
    auto none_failure = co_await failure_of(std::move(none));
    check_not_found(none_failure, "Active recording not found");

    const rtk::audio_config mp3{.codec = rtk::audio_codec::mp3};
    const rtk::storage_config aws{.type = rtk::storage_type::aws,
                                  .access_key = "AKIAIOSFODNN7EXAMPLE",
                                  .bucket = "rtk-recordings",
                                  .region = "us-east-1",
                                  .secret = "example-secret"};
    rtk::start_recording_request req = start_of(meeting);
    req.file_name_prefix = "weekly";
    req.audio_config = mp3;
    req.storage_config = aws;
    rtk::recording started = co_await e.client.recordings().async_start(app, req);
    BOOST_TEST(!started.id.empty());
    BOOST_TEST((started.status == rtk::recording_status::recording));
    BOOST_TEST(!started.invoked_time.empty());
    BOOST_TEST(started.started_time == started.invoked_time);
    BOOST_TEST(!started.stopped_time.has_value());
    BOOST_TEST(started.download_url.value_or("").empty());  // nothing uploaded yet
    BOOST_TEST(started.output_file_name == "weekly_" + started.id + ".mp4");
    BOOST_TEST(!started.session_id.empty());
    BOOST_TEST_REQUIRE(started.start_reason.has_value());
    BOOST_TEST((started.start_reason->reason == rtk::recording_start_reason_code::api_call));
    BOOST_TEST_REQUIRE(started.start_reason->caller.has_value());
    BOOST_TEST((started.start_reason->caller->type == rtk::recording_caller_type::organization));
    BOOST_TEST(!started.stop_reason.has_value());
    BOOST_TEST_REQUIRE(started.storage_config.has_value());
    BOOST_TEST(started.storage_config->bucket.value_or("") == "rtk-recordings");
    BOOST_TEST(!started.storage_config->access_key.has_value());  // write-only
    BOOST_TEST(started.extra.empty());

    rtk::recording fetched = co_await e.client.recordings().async_get(app, started.id);
    BOOST_TEST(fetched.id == started.id);
    BOOST_TEST(fetched.invoked_time == started.invoked_time);
    BOOST_TEST((fetched.status == rtk::recording_status::recording));

    // The active recording's answer has neither reasons nor storage.
    rtk::recording active = co_await e.client.recordings().async_get_active(app, meeting);
    BOOST_TEST(active.id == started.id);
    BOOST_TEST(!active.start_reason.has_value());
    BOOST_TEST(!active.storage_config.has_value());

    rtk::recording paused = co_await act(e.client, started.id, rtk::recording_action::pause);
    BOOST_TEST((paused.status == rtk::recording_status::paused));
    rtk::recording still = co_await e.client.recordings().async_get_active(app, meeting);
    BOOST_TEST(still.id == started.id);  // a paused recording is still the active one
    BOOST_TEST((still.status == rtk::recording_status::paused));
    rtk::recording resumed = co_await act(e.client, started.id, rtk::recording_action::resume);
    BOOST_TEST((resumed.status == rtk::recording_status::recording));

    rtk::recording stopped = co_await act(e.client, started.id, rtk::recording_action::stop);
    BOOST_TEST((stopped.status == rtk::recording_status::uploaded));
    BOOST_TEST(stopped.stopped_time.has_value());
    std::int64_t duration = stopped.recording_duration.value_or(0);
    BOOST_TEST(duration >= 1);
    BOOST_TEST(stopped.file_size == duration * 125'000);
    BOOST_TEST(ends_with(stopped.download_url.value_or(""), stopped.output_file_name));
    BOOST_TEST(ends_with(stopped.audio_download_url.value_or(""), ".mp3"));
    BOOST_TEST(stopped.download_url_expiry.value_or("") > *stopped.stopped_time);
    BOOST_TEST_REQUIRE(stopped.stop_reason.has_value());
    BOOST_TEST((stopped.stop_reason->reason == rtk::recording_stop_reason_code::api_call));

    auto after = e.client.recordings().async_get_active(app, meeting);
    auto after_failure = co_await failure_of(std::move(after));
    check_not_found(after_failure, "Active recording not found");
    rtk::recording final_state = co_await e.client.recordings().async_get(app, started.id);
    BOOST_TEST((final_state.status == rtk::recording_status::uploaded));
    BOOST_TEST(final_state.recording_duration.value_or(0) == duration);
    BOOST_TEST((final_state.download_url == stopped.download_url));
  });
}

BOOST_AUTO_TEST_CASE(illegal_transitions_are_refused_with_400_and_bad_actions_with_422) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    std::string meeting = co_await new_meeting(e.client, "Transitions");
    rtk::recording rec = co_await start(e.client, meeting);

    auto running_failure = co_await refused(e.client, rec.id, std::string_view("resume"));
    check_status(running_failure, 400, "paused");
    co_await act(e.client, rec.id, rtk::recording_action::pause);
    auto twice = co_await refused(e.client, rec.id, std::string_view("pause"));
    BOOST_TEST((twice.ec == errc::bad_request));
    check_status(twice, 400, "PAUSED");

    // Stopping a paused recording is fine; after that nothing is.
    rtk::recording stopped = co_await act(e.client, rec.id, rtk::recording_action::stop);
    BOOST_TEST((stopped.status == rtk::recording_status::uploaded));
    for (std::string_view action : {"stop", "pause", "resume"}) {
      auto f = co_await refused(e.client, rec.id, action);
      BOOST_TEST((f.ec == errc::bad_request), action);
      check_status(f, 400, "UPLOADED");
    }
    rtk::recording unchanged = co_await e.client.recordings().async_get(app, rec.id);
    BOOST_TEST((unchanged.status == rtk::recording_status::uploaded));
    BOOST_TEST((unchanged.stopped_time == stopped.stopped_time));

    // An action rtk does not know: over plain HTTP (see raw_action).
    http_reply rewind = raw_action(e.emu, rec.id, "rewind");
    BOOST_TEST(rewind.status == 422u);
    BOOST_TEST(rewind.api_message().find("action") != std::string::npos, rewind.body);
    std::string nothing = "no-such-recording";
    auto missing_failure = co_await refused(e.client, nothing, std::string_view("stop"));
    check_not_found(missing_failure, "Recording not found");
  });
}

BOOST_AUTO_TEST_CASE(a_meeting_has_one_active_recording_unless_the_start_allows_more) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    std::string meeting = co_await new_meeting(e.client, "One at a time");
    // The recording belongs to the meeting's live session.
    json::object seed{{"app_id", app}, {"meeting_id", meeting}, {"status", "LIVE"}};
    std::string session = std::string(
        e.control("POST", "sessions", json::serialize(seed)).at("data").at("id").as_string());
    rtk::recording first = co_await start(e.client, meeting);
    BOOST_TEST(first.session_id == session);

    auto again = start_of(meeting);
    auto call = e.client.recordings().async_start(app, again);
    auto f = co_await failure_of(std::move(call));
    BOOST_TEST((f.ec == errc::bad_request));
    check_status(f, 400, "allow_multiple_recordings");

    auto portrait = start_of(meeting);
    portrait.allow_multiple_recordings = true;
    rtk::recording second = co_await e.client.recordings().async_start(app, portrait);
    BOOST_TEST(second.id != first.id);
    rtk::recording active = co_await e.client.recordings().async_get_active(app, meeting);
    BOOST_TEST(active.id == first.id);  // the first one still running

    co_await act(e.client, first.id, rtk::recording_action::stop);
    rtk::recording now_active = co_await e.client.recordings().async_get_active(app, meeting);
    BOOST_TEST(now_active.id == second.id);
    co_await act(e.client, second.id, rtk::recording_action::stop);
    rtk::recording third = co_await start(e.client, meeting);  // nothing runs: allowed again
    BOOST_TEST((third.status == rtk::recording_status::recording));
  });
}

BOOST_AUTO_TEST_CASE(starts_and_lookups_are_checked) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    std::string meeting = co_await new_meeting(e.client, "Checked");

    auto unknown = start_of("no-such-meeting");
    auto c1 = e.client.recordings().async_start(app, unknown);
    auto f1 = co_await failure_of(std::move(c1));
    check_not_found(f1, "Meeting not found");

    auto short_max = start_of(meeting);
    short_max.max_seconds = 10;
    auto c2 = e.client.recordings().async_start(app, short_max);
    auto f2 = co_await failure_of(std::move(c2));
    BOOST_TEST((f2.ec == errc::unprocessable));
    check_status(f2, 422, "max_seconds");

    const rtk::audio_config ogg{.codec = rtk::open_enum<rtk::audio_codec>::from_wire("OGG")};
    auto bad_codec = start_of(meeting);
    bad_codec.audio_config = ogg;
    auto c3 = e.client.recordings().async_start(app, bad_codec);
    auto f3 = co_await failure_of(std::move(c3));
    check_status(f3, 422, "audio_config.codec");

    rtk::storage_config dropbox;
    dropbox.type = rtk::open_enum<rtk::storage_type>::from_wire("dropbox");
    auto bad_storage = start_of(meeting);
    bad_storage.storage_config = dropbox;
    auto c4 = e.client.recordings().async_start(app, bad_storage);
    auto f4 = co_await failure_of(std::move(c4));
    check_status(f4, 422, "storage_config.type");

    const rtk::video_config centered{
        .watermark = rtk::watermark{
            .position = rtk::open_enum<rtk::watermark_position>::from_wire("center")}};
    auto bad_mark = start_of(meeting);
    bad_mark.video_config = centered;
    auto c5 = e.client.recordings().async_start(app, bad_mark);
    auto f5 = co_await failure_of(std::move(c5));
    check_status(f5, 422, "video_config.watermark.position");

    // Nothing refused was recorded; unknown fields are ignored.
    auto lenient = start_of(meeting);
    lenient.extra = R"({"future_option":{"on":true}})";
    rtk::recording ok = co_await e.client.recordings().async_start(app, lenient);
    rtk::list_recordings_query all;
    ids listed_all = co_await listed(e.client, all);
    BOOST_TEST((listed_all == ids{ok.id}));

    auto c6 = e.client.recordings().async_get(app, "no-such-recording");
    auto f6 = co_await failure_of(std::move(c6));
    check_not_found(f6, "Recording not found");
    auto c7 = e.client.recordings().async_get_active(app, "no-such-meeting");
    auto f7 = co_await failure_of(std::move(c7));
    check_not_found(f7, "Meeting not found");
    auto c8 = e.client.recordings().async_get(std::string_view("no-such-app"), ok.id);
    auto f8 = co_await failure_of(std::move(c8));
    check_not_found(f8, "App not found");
  });
}

BOOST_AUTO_TEST_CASE(recordings_are_listed_filtered_sorted_and_paged) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    std::string weekly = co_await new_meeting(e.client, "Weekly sync");
    std::string board = co_await new_meeting(e.client, "Board review");
    ids weekly_ids;
    for (int i = 0; i < 3; ++i) {
      rtk::recording r = co_await start(e.client, weekly);
      co_await act(e.client, r.id, rtk::recording_action::stop);
      weekly_ids.push_back(r.id);
    }
    rtk::recording running = co_await start(e.client, board);
    ids all_ids = weekly_ids;
    all_ids.push_back(running.id);

    rtk::list_recordings_query all;
    rtk::page<rtk::recording> p = co_await e.client.recordings().async_list(app, all);
    BOOST_TEST_REQUIRE(p.items.size() == 4u);
    BOOST_TEST_REQUIRE(p.paging.has_value());
    BOOST_TEST((p.paging->total_count == 4));
    BOOST_TEST((p.paging->start_offset == 1));
    BOOST_TEST((p.paging->end_offset == 4));
    // The list shows each recording's meeting, not the reasons.
    BOOST_TEST_REQUIRE(p.items[3].meeting.has_value());
    BOOST_TEST(p.items[3].meeting->id == board);
    BOOST_TEST(p.items[3].meeting->title.value_or("") == "Board review");
    BOOST_TEST(!p.items[3].start_reason.has_value());
    BOOST_TEST(p.items[3].extra.empty());

    rtk::list_recordings_query by_meeting;
    by_meeting.meeting_id = weekly;
    ids of_weekly = co_await listed(e.client, by_meeting);
    BOOST_TEST((of_weekly == weekly_ids));
    const std::vector<rtk::recording_status> finished{rtk::recording_status::uploaded,
                                                      rtk::recording_status::errored};
    rtk::list_recordings_query uploaded;
    uploaded.status = finished;
    ids of_uploaded = co_await listed(e.client, uploaded);
    BOOST_TEST((of_uploaded == weekly_ids));
    const std::vector<rtk::recording_status> running_only{rtk::recording_status::recording};
    rtk::list_recordings_query recording;
    recording.status = running_only;
    ids of_recording = co_await listed(e.client, recording);
    BOOST_TEST((of_recording == ids{running.id}));
    rtk::list_recordings_query search;
    search.search = "BOARD";  // the meeting's title, any case
    ids found = co_await listed(e.client, search);
    BOOST_TEST((found == ids{running.id}));
    rtk::list_recordings_query by_id;
    by_id.search = weekly;
    ids found_by_id = co_await listed(e.client, by_id);
    BOOST_TEST((found_by_id == weekly_ids));
    rtk::list_recordings_query future;
    future.start_time = "2999-01-01T00:00:00Z";
    ids of_future = co_await listed(e.client, future);
    BOOST_TEST(of_future.empty());
    rtk::list_recordings_query past;
    past.end_time = "2000-01-01T00:00:00Z";
    ids of_past = co_await listed(e.client, past);
    BOOST_TEST(of_past.empty());
    rtk::list_recordings_query fresh;
    fresh.expired = false;
    ids of_fresh = co_await listed(e.client, fresh);
    BOOST_TEST((of_fresh == all_ids));
    rtk::list_recordings_query expired;
    expired.expired = true;
    ids of_expired = co_await listed(e.client, expired);
    BOOST_TEST(of_expired.empty());
    rtk::list_recordings_query newest_first;
    newest_first.sort_by = rtk::recording_sort_by::invoked_time;
    newest_first.sort_order = rtk::recording_sort_order::desc;
    ids of_newest_first = co_await listed(e.client, newest_first);
    BOOST_TEST((of_newest_first == ids(all_ids.rbegin(), all_ids.rend())));

    rtk::list_recordings_query second_page;
    second_page.page_no = 2;
    second_page.per_page = 3;
    rtk::page<rtk::recording> p2 = co_await e.client.recordings().async_list(app, second_page);
    BOOST_TEST_REQUIRE(p2.items.size() == 1u);
    BOOST_TEST(p2.items[0].id == running.id);
    BOOST_TEST_REQUIRE(p2.paging.has_value());
    BOOST_TEST((p2.paging->start_offset == 4));
    BOOST_TEST((p2.paging->end_offset == 4));
    BOOST_TEST((p2.paging->total_count == 4));
    rtk::list_recordings_query by_two;
    by_two.per_page = 2;
    auto pages = e.client.recordings().list_pages(app, by_two);
    std::vector<rtk::recording> collected = co_await pages.async_collect();
    ids collected_ids;
    for (const auto& r : collected) collected_ids.push_back(r.id);
    BOOST_TEST((collected_ids == all_ids));

    // Bad query values are 400s naming the parameter.
    rtk::list_recordings_query bad_status;
    bad_status.extra = R"({"status":"DONE"})";  // a status rtk does not know; `status` unset
    auto c1 = e.client.recordings().async_list(app, bad_status);
    auto f1 = co_await failure_of(std::move(c1));
    BOOST_TEST((f1.ec == errc::bad_request));
    check_status(f1, 400, "status");
    rtk::list_recordings_query bad_time;
    bad_time.start_time = "last week";
    auto c2 = e.client.recordings().async_list(app, bad_time);
    auto f2 = co_await failure_of(std::move(c2));
    check_status(f2, 400, "start_time");
    rtk::list_recordings_query bad_sort;
    bad_sort.extra = R"({"sort_by":"size"})";  // a key rtk does not know; `sort_by` unset
    auto c3 = e.client.recordings().async_list(app, bad_sort);
    auto f3 = co_await failure_of(std::move(c3));
    check_status(f3, 400, "sort_by");
    rtk::list_recordings_query bad_page;
    bad_page.per_page = 0;
    auto c4 = e.client.recordings().async_list(app, bad_page);
    auto f4 = co_await failure_of(std::move(c4));
    check_status(f4, 400, "per_page");
  });
}

BOOST_AUTO_TEST_CASE(track_recordings_are_checked_against_the_meeting) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    std::string meeting = co_await new_meeting(e.client, "Tracks");
    const std::map<std::string, rtk::recording_track_layer> host_audio{
        {"default",
         rtk::recording_track_layer{
             .file_name_prefix = "host",
             .media_kind = "audio",
             .outputs = std::vector<rtk::recording_track_output>{rtk::recording_track_output{
                 .type = rtk::recording_output_type::realtimekit_bucket}}}}};
    const std::vector<std::string> users{"user-1", "user-2"};
    rtk::start_track_recording_request req;
    req.meeting_id = meeting;
    req.layers = host_audio;
    req.user_ids = users;
    rtk::empty_result done = co_await e.client.recordings().async_start_track(app, req);
    BOOST_TEST(done.extra.empty());

    rtk::start_track_recording_request unknown;
    unknown.meeting_id = "no-such-meeting";
    auto c1 = e.client.recordings().async_start_track(app, unknown);
    auto f1 = co_await failure_of(std::move(c1));
    check_not_found(f1, "Meeting not found");

    // An output to a storage needs the storage.
    const std::map<std::string, rtk::recording_track_layer> storage_without_config{
        {"default",
         rtk::recording_track_layer{
             .outputs = std::vector<rtk::recording_track_output>{rtk::recording_track_output{
                 .type = rtk::recording_output_type::storage_config}}}}};
    rtk::start_track_recording_request no_storage;
    no_storage.meeting_id = meeting;
    no_storage.layers = storage_without_config;
    auto c2 = e.client.recordings().async_start_track(app, no_storage);
    auto f2 = co_await failure_of(std::move(c2));
    BOOST_TEST((f2.ec == errc::unprocessable));
    check_status(f2, 422, "layers.default.outputs[0].storage_config");
  });
}

BOOST_AUTO_TEST_SUITE_END()
