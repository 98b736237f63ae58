#pragma once
// The JSON mappings of the Livestreams group's models (<rtk/models/livestreams.hpp>): the members
// each maps, in the order the codec writes them. See describe.hpp.

#include "common.hpp"

#include <rtk/models/livestreams.hpp>

namespace rtk {

RTK_DESCRIBE_MODEL(livestream, (id, created_at, updated_at, disabled, ingest_server, meeting_id,
                                name, playback_url, status, stream_key))
RTK_DESCRIBE_MODEL(livestream_session,
                   (id, created_at, updated_at, err_message, ingest_seconds, invoked_time,
                    livestream_id, started_time, stopped_time, viewer_seconds))
RTK_DESCRIBE_MODEL(livestream_active_session, (livestream, session))
RTK_DESCRIBE_MODEL(livestream_details, (livestream, paging, session, sessions))
RTK_DESCRIBE_MODEL(livestream_stop_result, (message))
RTK_DESCRIBE_MODEL(livestream_analytics, (count, total_ingest_seconds, total_viewer_seconds))
RTK_DESCRIBE_MODEL(livestream_day_analytics,
                   (date, count, total_ingest_seconds, total_viewer_seconds))
RTK_DESCRIBE_MODEL(create_livestream_request, (name))
RTK_DESCRIBE_MODEL(livestream_video_config, (height, width))
RTK_DESCRIBE_MODEL(start_livestream_request, (name, video_config))
RTK_DESCRIBE_MODEL(list_livestreams_query,
                   (end_time, exclude_meetings, page_no, per_page, sort_order, start_time, status))
RTK_DESCRIBE_MODEL(get_livestream_query, (page_no, per_page))
RTK_DESCRIBE_MODEL(livestream_analytics_complete_query, (end_time, filters, start_time))
RTK_DESCRIBE_MODEL(livestream_analytics_daywise_query, (end_time, filters, start_time))

}  // namespace rtk
