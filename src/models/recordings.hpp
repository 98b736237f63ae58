#pragma once
// The JSON mappings of the Recordings group's models (<rtk/models/recordings.hpp>): the members
// each maps, in the order the codec writes them. See describe.hpp.

#include "common.hpp"
#include "meetings.hpp"

#include <rtk/models/recordings.hpp>

namespace rtk {

RTK_DESCRIBE_MODEL(recording_caller, (name, type, user_Id))
RTK_DESCRIBE_MODEL(recording_start_reason, (caller, reason))
RTK_DESCRIBE_MODEL(recording_stop_reason, (caller, reason))
RTK_DESCRIBE_MODEL(recording,
                   (id, audio_download_url, download_url, download_url_expiry, file_size,
                    invoked_time, output_file_name, session_id, started_time, status, stopped_time,
                    meeting, recording_duration, start_reason, stop_reason, storage_config))
RTK_DESCRIBE_MODEL(recording_interactive_config, (type))
RTK_DESCRIBE_MODEL(recording_rtmp_out_config, (rtmp_url))
RTK_DESCRIBE_MODEL(list_recordings_query, (end_time, expired, meeting_id, page_no, per_page, search,
                                           sort_by, sort_order, start_time, status))
RTK_DESCRIBE_MODEL(start_recording_request,
                   (meeting_id, allow_multiple_recordings, audio_config, file_name_prefix,
                    interactive_config, max_seconds, realtimekit_bucket_config, rtmp_out_config,
                    storage_config, url, video_config))
RTK_DESCRIBE_MODEL(pause_resume_stop_recording_request, (action))
RTK_DESCRIBE_MODEL(recording_track_output, (storage_config, type))
RTK_DESCRIBE_MODEL(recording_track_layer, (file_name_prefix, media_kind, outputs))
RTK_DESCRIBE_MODEL(start_track_recording_request, (meeting_id, layers, max_seconds, user_ids))

}  // namespace rtk
