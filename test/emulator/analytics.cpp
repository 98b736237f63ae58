// The emulated analytics through the typed client: day-wise session and recording statistics
// (Analytics group) and livestream analytics, overall and day-wise (Livestreams group), all
// computed from what the test created: seeded sessions, recordings, livestream sessions.

#include "fixture.hpp"

#include <cmath>
#include <ctime>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace rtk_emu_test;
using rtk::errc;

namespace {

// Starts and stops a recording of the meeting; answers its final duration in seconds.
asio::awaitable<std::int64_t> record(rtk::client& c, const std::string& meeting_id) {
  rtk::start_recording_request start;
  start.meeting_id = meeting_id;
  rtk::recording r = co_await c.recordings().async_start(app, start);
  rtk::pause_resume_stop_recording_request stop;
  stop.action = rtk::recording_action::stop;
  rtk::recording stopped = co_await c.recordings().async_pause_resume_stop(app, r.id, stop);
  co_return stopped.recording_duration.value_or(0);
}

// Streams the meeting once; answers the session's (ingest, viewer) seconds.
asio::awaitable<std::pair<double, double>> stream(rtk::client& c, const std::string& meeting_id) {
  rtk::start_livestream_request start;
  rtk::livestream ls = co_await c.livestreams().async_start(app, meeting_id, start);
  rtk::livestream_active_session running =
      co_await c.livestreams().async_get_active_session(app, ls.id.value_or(""));
  co_await c.livestreams().async_stop(app, meeting_id);
  std::string session = running.session ? running.session->id.value_or("") : std::string();
  rtk::livestream_session ended = co_await c.livestreams().async_get_session(app, session);
  co_return std::pair{ended.ingest_seconds.value_or(0), ended.viewer_seconds.value_or(0)};
}

// A session seed: ENDED, for the meeting, with these times and minutes.
std::string ended_session(const std::string& meeting_id, std::string_view started,
                          std::string_view ended, double minutes) {
  json::object body{{"app_id", app},     {"meeting_id", meeting_id},
                    {"status", "ENDED"}, {"started_at", started},
                    {"ended_at", ended}, {"minutes_consumed", minutes}};
  return json::serialize(body);
}

// A UTC date relative to today: "2026-11-23" for 0 on that day.
std::string utc_date(int days_from_today) {
  std::time_t t = std::time(nullptr) + static_cast<std::time_t>(days_from_today) * 86'400;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

bool near(double a, double b) {
  return std::abs(a - b) < 1e-9;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(emulator_analytics)

BOOST_AUTO_TEST_CASE(daywise_counts_sessions_by_the_day_they_started) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    std::string meeting = co_await new_meeting(e.client, "Daily standup");
    e.control("POST", "sessions",
              ended_session(meeting, "2026-11-20T10:00:00Z", "2026-11-20T10:30:00Z", 30));
    e.control("POST", "sessions",
              ended_session(meeting, "2026-11-20T23:00:00Z", "2026-11-20T23:45:00Z", 45));
    e.control("POST", "sessions",
              ended_session(meeting, "2026-11-22T09:00:00Z", "2026-11-22T09:10:00Z", 10.5));
    e.control("POST", "sessions",  // outside the range asked for
              ended_session(meeting, "2026-10-01T09:00:00Z", "2026-10-01T10:00:00Z", 60));

    rtk::analytics_daywise_query q{.end_date = "2026-11-23", .start_date = "2026-11-19"};
    rtk::analytics_daywise_report report = co_await e.client.analytics().async_daywise(app, q);
    BOOST_TEST(report.extra.empty());
    BOOST_TEST_REQUIRE(report.session_stats.has_value());
    const auto& sessions = *report.session_stats;
    BOOST_TEST(sessions.sessions_count.value_or(-1) == 3);
    BOOST_TEST(near(sessions.sessions_minutes_consumed.value_or(-1), 85.5));
    BOOST_TEST_REQUIRE(sessions.day_stats.has_value());
    const auto& days = *sessions.day_stats;
    BOOST_TEST_REQUIRE(days.size() == 5u);  // every day of the range, quiet ones too
    std::vector<std::string> names;
    for (const auto& d : days) names.push_back(d.day.value_or(""));
    BOOST_TEST((names == std::vector<std::string>{"2026-11-19", "2026-11-20", "2026-11-21",
                                                  "2026-11-22", "2026-11-23"}));
    BOOST_TEST(days[0].total_sessions.value_or(-1) == 0);
    BOOST_TEST(days[1].total_sessions.value_or(-1) == 2);
    BOOST_TEST(near(days[1].total_session_minutes.value_or(-1), 75));
    BOOST_TEST(days[3].total_sessions.value_or(-1) == 1);
    BOOST_TEST(near(days[3].total_session_minutes.value_or(-1), 10.5));

    // No recordings were made: the recording side is all zeros, day by day.
    BOOST_TEST_REQUIRE(report.recording_stats.has_value());
    BOOST_TEST(report.recording_stats->recording_count.value_or(-1) == 0);
    BOOST_TEST(near(report.recording_stats->recording_minutes_consumed.value_or(-1), 0));
    BOOST_TEST_REQUIRE(report.recording_stats->day_stats.has_value());
    BOOST_TEST(report.recording_stats->day_stats->size() == 5u);

    rtk::analytics_daywise_query one_day{.end_date = "2026-11-22", .start_date = "2026-11-22"};
    rtk::analytics_daywise_report only = co_await e.client.analytics().async_daywise(app, one_day);
    BOOST_TEST_REQUIRE(only.session_stats.has_value());
    BOOST_TEST(only.session_stats->sessions_count.value_or(-1) == 1);
  });
}

BOOST_AUTO_TEST_CASE(daywise_counts_todays_recordings_and_defaults_to_the_last_30_days) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    std::string meeting = co_await new_meeting(e.client, "Recorded");
    std::int64_t first = co_await record(e.client, meeting);
    std::int64_t second = co_await record(e.client, meeting);
    double minutes = std::round((first + second) / 60.0 * 100) / 100;

    std::string today = utc_date(0);
    rtk::analytics_daywise_query q{.end_date = today, .start_date = today};
    rtk::analytics_daywise_report report = co_await e.client.analytics().async_daywise(app, q);
    BOOST_TEST_REQUIRE(report.recording_stats.has_value());
    const auto& recordings = *report.recording_stats;
    BOOST_TEST(recordings.recording_count.value_or(-1) == 2);
    BOOST_TEST(near(recordings.recording_minutes_consumed.value_or(-1), minutes));
    BOOST_TEST_REQUIRE(recordings.day_stats.has_value());
    BOOST_TEST_REQUIRE(recordings.day_stats->size() == 1u);
    BOOST_TEST(recordings.day_stats->at(0).day.value_or("") == today);
    BOOST_TEST(recordings.day_stats->at(0).total_recordings.value_or(-1) == 2);
    BOOST_TEST(near(recordings.day_stats->at(0).total_recording_minutes.value_or(-1), minutes));

    // Without dates: the last 30 days up to today.
    rtk::analytics_daywise_query none;
    rtk::analytics_daywise_report recent = co_await e.client.analytics().async_daywise(app, none);
    BOOST_TEST_REQUIRE(recent.recording_stats.has_value());
    BOOST_TEST_REQUIRE(recent.recording_stats->day_stats.has_value());
    const auto& days = *recent.recording_stats->day_stats;
    BOOST_TEST_REQUIRE(days.size() == 31u);
    BOOST_TEST(days.front().day.value_or("") == utc_date(-30));
    BOOST_TEST(days.back().day.value_or("") == today);
    BOOST_TEST(days.back().total_recordings.value_or(-1) == 2);
    BOOST_TEST(recent.recording_stats->recording_count.value_or(-1) == 2);

    std::string yesterday = utc_date(-1);
    rtk::analytics_daywise_query before{.end_date = yesterday, .start_date = yesterday};
    rtk::analytics_daywise_report earlier =
        co_await e.client.analytics().async_daywise(app, before);
    BOOST_TEST_REQUIRE(earlier.recording_stats.has_value());
    BOOST_TEST(earlier.recording_stats->recording_count.value_or(-1) == 0);
  });
}

BOOST_AUTO_TEST_CASE(daywise_refuses_bad_dates) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    rtk::analytics_daywise_query words{.start_date = "last monday"};
    auto c1 = e.client.analytics().async_daywise(app, words);
    auto f1 = co_await failure_of(std::move(c1));
    BOOST_TEST((f1.ec == errc::bad_request));
    check_status(f1, 400, "start_date");
    rtk::analytics_daywise_query backwards{.end_date = "2026-11-01", .start_date = "2026-11-20"};
    auto c2 = e.client.analytics().async_daywise(app, backwards);
    auto f2 = co_await failure_of(std::move(c2));
    check_status(f2, 400, "range");
    rtk::analytics_daywise_query any;
    auto c3 = e.client.analytics().async_daywise(std::string_view("no-such-app"), any);
    auto f3 = co_await failure_of(std::move(c3));
    BOOST_TEST((f3.ec == errc::not_found));
    BOOST_TEST(f3.diag.api_message == "App not found");
  });
}

BOOST_AUTO_TEST_CASE(livestream_analytics_add_up_the_livestream_sessions) {
  emulated e;
  e.run([&]() -> asio::awaitable<void> {
    rtk::livestream_analytics_complete_query all;
    rtk::livestream_analytics empty = co_await e.client.livestreams().async_get_analytics(app, all);
    BOOST_TEST(empty.count.value_or(-1) == 0);
    BOOST_TEST(empty.total_ingest_seconds.value_or(-1) == 0);

    std::string meeting = co_await new_meeting(e.client, "Streamed");
    std::pair<double, double> run1 = co_await stream(e.client, meeting);
    std::pair<double, double> run2 = co_await stream(e.client, meeting);
    rtk::create_livestream_request independent;  // no session: adds nothing
    co_await e.client.livestreams().async_create(app, independent);

    rtk::livestream_analytics totals =
        co_await e.client.livestreams().async_get_analytics(app, all);
    BOOST_TEST(totals.extra.empty());
    BOOST_TEST(totals.count.value_or(-1) == 2);
    BOOST_TEST(near(static_cast<double>(totals.total_ingest_seconds.value_or(-1)),
                    run1.first + run2.first));
    BOOST_TEST(near(static_cast<double>(totals.total_viewer_seconds.value_or(-1)),
                    run1.second + run2.second));

    // Ranges in Unix seconds, as the SDK sends them.
    std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
    rtk::livestream_analytics_complete_query around{
        .end_time = now + 3600, .filters = "region", .start_time = now - 3600};
    rtk::livestream_analytics within =
        co_await e.client.livestreams().async_get_analytics(app, around);
    BOOST_TEST(within.count.value_or(-1) == 2);
    rtk::livestream_analytics_complete_query long_ago{.end_time = 1'000'000, .start_time = 0};
    rtk::livestream_analytics old =
        co_await e.client.livestreams().async_get_analytics(app, long_ago);
    BOOST_TEST(old.count.value_or(-1) == 0);

    // Day by day: the last 30 days up to today, today holding both sessions.
    rtk::livestream_analytics_daywise_query recent;
    rtk::page<rtk::livestream_day_analytics> days =
        co_await e.client.livestreams().async_get_daywise_analytics(app, recent);
    BOOST_TEST_REQUIRE(days.items.size() == 31u);
    BOOST_TEST(days.items.back().date.value_or("") == utc_date(0) + "T00:00:00.000Z");
    BOOST_TEST(days.items.back().count.value_or(-1) == 2);
    BOOST_TEST(days.items.front().count.value_or(-1) == 0);
    BOOST_TEST(days.items.back().extra.empty());
    rtk::livestream_analytics_daywise_query today_only{.end_time = now, .start_time = now};
    rtk::page<rtk::livestream_day_analytics> one =
        co_await e.client.livestreams().async_get_daywise_analytics(app, today_only);
    BOOST_TEST_REQUIRE(one.items.size() == 1u);

    // A bound that is neither Unix seconds nor ISO 8601 is a 400 (sent raw: the typed query
    // only takes numbers).
    rtk::livestream_analytics_complete_query none;
    rtk::call_options raw;
    const std::vector<std::pair<std::string, std::string>> soon{{"start_time", "soon"}};
    raw.extra_query = soon;
    auto c1 = e.client.livestreams().async_get_analytics(app, none, raw);
    auto f1 = co_await failure_of(std::move(c1));
    BOOST_TEST((f1.ec == errc::bad_request));
    check_status(f1, 400, "start_time");
  });
}

BOOST_AUTO_TEST_SUITE_END()
