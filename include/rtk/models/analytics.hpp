#pragma once
// Value types of the Analytics group: an App's day-wise session and recording statistics and
// the date-range query. (The reference lists the same endpoint under Livestreams too; rtk has
// it once, here. Livestream analytics are in <rtk/models/livestreams.hpp>.)

#include <rtk/models/common.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rtk {

// Minutes are typed double: the official Go SDK has float64 for most of them (session
// minutes, consumed totals), and a double also reads integral values.

// One day of recording statistics.
struct analytics_recording_day_stat {
  std::optional<std::string> day{};
  std::optional<double> total_recording_minutes{};
  std::optional<std::int64_t> total_recordings{};
  extra_fields extra{};
};

// Recording statistics of an App over the range.
struct analytics_recording_stats {
  std::optional<std::vector<analytics_recording_day_stat>> day_stats{};
  std::optional<std::int64_t> recording_count{};
  std::optional<double> recording_minutes_consumed{};
  extra_fields extra{};
};

// One day of session statistics.
struct analytics_session_day_stat {
  std::optional<std::string> day{};
  std::optional<double> total_session_minutes{};
  std::optional<std::int64_t> total_sessions{};
  extra_fields extra{};
};

// Session statistics of an App over the range.
struct analytics_session_stats {
  std::optional<std::vector<analytics_session_day_stat>> day_stats{};
  std::optional<std::int64_t> sessions_count{};
  std::optional<double> sessions_minutes_consumed{};
  extra_fields extra{};
};

// "Fetch day-wise session and recording analytics data for an App".
struct analytics_daywise_report {
  std::optional<analytics_recording_stats> recording_stats{};
  std::optional<analytics_session_stats> session_stats{};
  extra_fields extra{};
};

// Query of "Fetch day-wise session and recording analytics data for an App". Without dates
// the server reports the last 30 days.
struct analytics_daywise_query {
  std::optional<text> end_date{};    // YYYY-MM-DD
  std::optional<text> start_date{};  // YYYY-MM-DD
  text extra{};
};

}  // namespace rtk
