#pragma once
// The JSON mappings of the Analytics group's models (<rtk/models/analytics.hpp>): the members
// each maps, in the order the codec writes them. See describe.hpp.

#include "common.hpp"

#include <rtk/models/analytics.hpp>

namespace rtk {

RTK_DESCRIBE_MODEL(analytics_recording_day_stat, (day, total_recording_minutes, total_recordings))
RTK_DESCRIBE_MODEL(analytics_recording_stats,
                   (day_stats, recording_count, recording_minutes_consumed))
RTK_DESCRIBE_MODEL(analytics_session_day_stat, (day, total_session_minutes, total_sessions))
RTK_DESCRIBE_MODEL(analytics_session_stats, (day_stats, sessions_count, sessions_minutes_consumed))
RTK_DESCRIBE_MODEL(analytics_daywise_report, (recording_stats, session_stats))
RTK_DESCRIBE_MODEL(analytics_daywise_query, (end_date, start_date))

}  // namespace rtk
