#pragma once
// The JSON mappings of the Meetings group's models (<rtk/models/meetings.hpp>): the members
// each maps, in the order the codec writes them. See describe.hpp.

#include "common.hpp"

#include <rtk/models/meetings.hpp>

namespace rtk {

RTK_DESCRIBE_MODEL(summarization_config, (summary_type, text_format, word_limit))
RTK_DESCRIBE_MODEL(transcription_config, (keywords, language, profanity_filter))
RTK_DESCRIBE_MODEL(ai_config, (summarization, transcription))
RTK_DESCRIBE_MODEL(audio_config, (channel, codec, export_file))
RTK_DESCRIBE_MODEL(live_streaming_config, (rtmp_url))
RTK_DESCRIBE_MODEL(realtimekit_bucket_config, (enabled))
RTK_DESCRIBE_MODEL(storage_config, (type, access_key, auth_method, bucket, host, password, path,
                                    port, private_key, region, secret, username))
RTK_DESCRIBE_MODEL(watermark_size, (height, width))
RTK_DESCRIBE_MODEL(watermark, (position, size, url))
RTK_DESCRIBE_MODEL(video_config, (codec, export_file, height, watermark, width))
RTK_DESCRIBE_MODEL(recording_config,
                   (audio_config, file_name_prefix, live_streaming_config, max_seconds,
                    realtimekit_bucket_config, storage_config, video_config))
RTK_DESCRIBE_MODEL(meeting, (id, created_at, updated_at, ai_config, live_stream_on_start,
                             persist_chat, record_on_start, recording_config,
                             session_keep_alive_time_in_secs, status, summarize_on_end, title))
RTK_DESCRIBE_MODEL(create_meeting_request,
                   (ai_config, live_stream_on_start, persist_chat, record_on_start,
                    recording_config, session_keep_alive_time_in_secs, summarize_on_end, title,
                    transcribe_on_end))
RTK_DESCRIBE_MODEL(update_meeting_request,
                   (ai_config, live_stream_on_start, persist_chat, record_on_start,
                    recording_config, session_keep_alive_time_in_secs, status, summarize_on_end,
                    title, transcribe_on_end))
RTK_DESCRIBE_MODEL(replace_meeting_request,
                   (ai_config, live_stream_on_start, persist_chat, record_on_start,
                    recording_config, session_keep_alive_time_in_secs, summarize_on_end, title,
                    transcribe_on_end))
RTK_DESCRIBE_MODEL(list_meetings_query, (end_time, page_no, per_page, search, start_time, status))
RTK_DESCRIBE_MODEL(get_meeting_query, (name))
RTK_DESCRIBE_MODEL(participant, (id, created_at, custom_participant_id, preset_name, updated_at,
                                 name, picture, token))
RTK_DESCRIBE_MODEL(deleted_participant, (created_at, custom_participant_id, preset_id, updated_at))
RTK_DESCRIBE_MODEL(participant_token, (token))
RTK_DESCRIBE_MODEL(add_participant_request, (custom_participant_id, preset_name, name, picture))
RTK_DESCRIBE_MODEL(update_participant_request, (name, picture, preset_name))
RTK_DESCRIBE_MODEL(list_meeting_participants_query, (page_no, per_page))

}  // namespace rtk
