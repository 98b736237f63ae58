// Analytics, computed from what the app holds (nothing here is made up):
//
// - "Fetch day-wise session and recording analytics": sessions by the day of started_at, with
//   minutes_consumed (or, lacking it, ended_at - started_at); recordings by the day of
//   invoked_time, with recording_duration (seconds, as the recordings group last wrote it).
// - "Fetch complete analytics data for your livestreams": livestream sessions by started_time;
//   count is the number of sessions (each run of a stream), seconds their ingest and viewer
//   seconds (a running session's so far).
// - Day-wise livestream analytics (the SDK's, not in the reference): the same, one entry a day.
//
// Days are UTC. Every day of the range is listed, with zeros where nothing happened.

#include "../router.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <string>
#include <utility>
#include <vector>

namespace rtk::emu {
namespace {

constexpr std::int64_t day_ms = 24LL * 3600 * 1000;
// Longest range answered, in days: a typo'd year must not build a million-entry answer.
constexpr std::int64_t max_days = 3660;

// ---- Time ------------------------------------------------------------------------------------

// Days since the epoch (UTC) of a time in milliseconds.
std::int64_t day_of(std::int64_t ms) {
  return ms >= 0 ? ms / day_ms : -((-ms + day_ms - 1) / day_ms);
}

// "2026-11-20T00:00:00.000Z" for day 20777.
std::string midnight_of(std::int64_t day) {
  std::time_t secs = static_cast<std::time_t>(day * (day_ms / 1000));
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT00:00:00.000Z", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday);
  return buf;
}

// "2026-11-20".
std::string date_of(std::int64_t day) {
  return midnight_of(day).substr(0, 10);
}

// ---- Reading other groups' objects (defensively: a missing field counts as nothing) ------------

std::optional<std::int64_t> time_of(const json::object& o, std::string_view key) {
  return parse_iso(text_of(o, key));
}

double number_of(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  return v && v->is_number() ? v->to_number<double>() : 0.0;
}

double session_minutes(const json::object& session) {
  const json::value* v = session.if_contains("minutes_consumed");
  if (v && v->is_number()) return v->to_number<double>();
  auto start = time_of(session, "started_at");
  auto end = time_of(session, "ended_at");
  return start && end && *end > *start ? static_cast<double>(*end - *start) / 60'000.0 : 0.0;
}

double recording_minutes(const json::object& rec) {
  return number_of(rec, "recording_duration") / 60.0;
}

// A livestream session's seconds: stored once it stopped, counted so far while it runs.
std::pair<std::int64_t, std::int64_t> ingest_and_viewer_seconds(const json::object& session) {
  const json::value* stopped = session.if_contains("stopped_time");
  if (stopped && stopped->is_string())
    return {static_cast<std::int64_t>(number_of(session, "ingest_seconds")),
            static_cast<std::int64_t>(number_of(session, "viewer_seconds"))};
  auto started = time_of(session, "started_time");
  std::int64_t running = started ? std::max<std::int64_t>(0, (now_ms() - *started) / 1000) : 0;
  return {running, running};
}

// Minutes to two decimals, as the service reports them.
double rounded(double minutes) {
  return std::round(minutes * 100.0) / 100.0;
}

// ---- Ranges ----------------------------------------------------------------------------------

struct day_range {
  std::int64_t first = 0;  // days since the epoch, both included
  std::int64_t last = 0;
};

day_range checked(day_range range) {
  if (range.first > range.last) bad_request("the start of the range must not be after its end");
  if (range.last - range.first >= max_days)
    bad_request("the range must not be longer than " + std::to_string(max_days) + " days");
  return range;
}

std::optional<std::int64_t> query_day(const request& r, std::string_view name) {
  auto text = r.query_value(name);
  if (!text) return std::nullopt;
  auto ms = parse_iso(*text);
  if (!ms) bad_request(std::string(name) + " must be a date in YYYY-MM-DD format");
  return day_of(*ms);
}

// start_date and end_date; without them the last 30 days up to today, as the reference says.
day_range daywise_range(const request& r) {
  auto first = query_day(r, "start_date");
  auto last = query_day(r, "end_date");
  std::int64_t end = last.value_or(day_of(now_ms()));
  return checked(day_range{first.value_or(end - 30), end});
}

// A livestream analytics bound: Unix seconds (what the official SDK sends) or ISO 8601 (what
// the reference says). As milliseconds; an end in seconds covers its whole second.
std::optional<std::int64_t> query_instant(const request& r, std::string_view name, bool end) {
  auto text = r.query_value(name);
  if (!text) return std::nullopt;
  bool digits =
      !text->empty() && text->size() <= 12 &&
      std::all_of(text->begin(), text->end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits) return std::stoll(std::string(*text)) * 1000 + (end ? 999 : 0);
  auto ms = parse_iso(*text);
  if (!ms) bad_request(std::string(name) + " must be Unix seconds or an ISO 8601 time");
  return ms;
}

// ---- Day-wise session and recording analytics ----------------------------------------------

struct day_totals {
  std::int64_t count = 0;
  double minutes = 0;
};

// Adds (day, minutes) pairs into one bucket a day of `range`; what falls outside is ignored.
class day_buckets {
 public:
  explicit day_buckets(day_range range)
      : range_(range), days_(static_cast<std::size_t>(range.last - range.first + 1)) {}

  void add(std::optional<std::int64_t> at_ms, double minutes) {
    if (!at_ms) return;
    std::int64_t day = day_of(*at_ms);
    if (day < range_.first || day > range_.last) return;
    auto& d = days_[static_cast<std::size_t>(day - range_.first)];
    ++d.count;
    d.minutes += minutes;
  }

  // {"day_stats": [...], <count_key>, <minutes_key>} with the day entries' own keys.
  json::object stats(std::string_view day_minutes, std::string_view day_count,
                     std::string_view count_key, std::string_view minutes_key) const {
    json::array day_stats;
    std::int64_t count = 0;
    double minutes = 0;
    for (std::size_t i = 0; i < days_.size(); ++i) {
      day_stats.push_back(
          json::object{{"day", date_of(range_.first + static_cast<std::int64_t>(i))},
                       {day_minutes, rounded(days_[i].minutes)},
                       {day_count, days_[i].count}});
      count += days_[i].count;
      minutes += days_[i].minutes;
    }
    return json::object{
        {"day_stats", std::move(day_stats)}, {count_key, count}, {minutes_key, rounded(minutes)}};
  }

 private:
  day_range range_;
  std::vector<day_totals> days_;
};

reply daywise(state& s, const request& r) {
  app_data& app = s.app(r);
  day_range range = daywise_range(r);
  day_buckets sessions(range), recordings(range);
  app.sessions.for_each([&](const json::object& session) {
    sessions.add(time_of(session, "started_at"), session_minutes(session));
  });
  app.recordings.for_each([&](const json::object& rec) {
    recordings.add(time_of(rec, "invoked_time"), recording_minutes(rec));
  });
  return ok(json::object{
      {"recording_stats", recordings.stats("total_recording_minutes", "total_recordings",
                                           "recording_count", "recording_minutes_consumed")},
      {"session_stats", sessions.stats("total_session_minutes", "total_sessions", "sessions_count",
                                       "sessions_minutes_consumed")}});
}

// ---- Livestream analytics ------------------------------------------------------------------

struct stream_totals {
  std::int64_t count = 0;
  std::int64_t ingest = 0;
  std::int64_t viewer = 0;

  void add(const json::object& session) {
    auto [in, view] = ingest_and_viewer_seconds(session);
    ++count;
    ingest += in;
    viewer += view;
  }
  json::object fields() const {
    return json::object{
        {"count", count}, {"total_ingest_seconds", ingest}, {"total_viewer_seconds", viewer}};
  }
};

// `filters` (e.g. "region") would break the numbers down by viewer; an emulated stream has no
// viewers to break down, so it is accepted and changes nothing.
reply livestreams_overall(state& s, const request& r) {
  app_data& app = s.app(r);
  auto from = query_instant(r, "start_time", false);
  auto to = query_instant(r, "end_time", true);
  if (from && to && *from > *to) bad_request("start_time must not be after end_time");
  stream_totals totals;
  app.livestream_sessions.for_each([&](const json::object& session) {
    auto started = time_of(session, "started_time");
    if (started && (!from || *started >= *from) && (!to || *started <= *to)) totals.add(session);
  });
  return ok(totals.fields());
}

// One entry a day: {"date" (its midnight), "count", "total_ingest_seconds",
// "total_viewer_seconds"}. Without a range, the last 30 days up to today.
reply livestreams_daywise(state& s, const request& r) {
  app_data& app = s.app(r);
  auto from = query_instant(r, "start_time", false);
  auto to = query_instant(r, "end_time", true);
  std::int64_t last = to ? day_of(*to) : day_of(now_ms());
  day_range range = checked(day_range{from ? day_of(*from) : last - 30, last});
  std::vector<stream_totals> days(static_cast<std::size_t>(range.last - range.first + 1));
  app.livestream_sessions.for_each([&](const json::object& session) {
    auto started = time_of(session, "started_time");
    if (!started || (from && *started < *from) || (to && *started > *to)) return;
    std::int64_t day = day_of(*started);
    if (day >= range.first && day <= range.last)
      days[static_cast<std::size_t>(day - range.first)].add(session);
  });
  json::array out;
  for (std::size_t i = 0; i < days.size(); ++i) {
    json::object entry{{"date", midnight_of(range.first + static_cast<std::int64_t>(i))}};
    merge_into(entry, days[i].fields());
    out.push_back(std::move(entry));
  }
  return ok(std::move(out));
}

}  // namespace

void add_analytics_routes(router& r) {
  r.add("GET", "/{app_id}/analytics/daywise", daywise);
  r.add("GET", "/{app_id}/analytics/livestreams/overall", livestreams_overall);
  r.add("GET", "/{app_id}/analytics/livestreams/daywise", livestreams_daywise);
}

}  // namespace rtk::emu
