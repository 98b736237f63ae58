#pragma once
// The JSON mappings of the Presets group's models (<rtk/models/presets.hpp>): the members
// each maps, in the order the codec writes them. See describe.hpp.

#include "common.hpp"

#include <rtk/models/presets.hpp>

namespace rtk {

RTK_DESCRIBE_MODEL(preset_max_video_streams, (desktop, mobile))
RTK_DESCRIBE_MODEL(preset_screenshare_config, (frame_rate, quality))
RTK_DESCRIBE_MODEL(preset_video_config, (frame_rate, quality, simulcast))
RTK_DESCRIBE_MODEL(preset_audio_config, (enable_high_bitrate, enable_stereo))
RTK_DESCRIBE_MODEL(preset_media_config, (screenshare, video, audio))
RTK_DESCRIBE_MODEL(preset_config, (max_screenshare_count, max_video_streams, media, view_type,
                                   livestream_viewer_qualities))
RTK_DESCRIBE_MODEL(preset_private_chat_permissions, (can_receive, can_send, files, text))
RTK_DESCRIBE_MODEL(preset_public_chat_permissions, (can_send, files, text))
RTK_DESCRIBE_MODEL(preset_chat_permissions, (private_, public_))
RTK_DESCRIBE_MODEL(preset_connected_meetings_permissions,
                   (can_alter_connected_meetings, can_switch_connected_meetings,
                    can_switch_to_parent_meeting))
RTK_DESCRIBE_MODEL(preset_media_produce_permission, (can_produce))
RTK_DESCRIBE_MODEL(preset_media_permissions, (audio, screenshare, video))
RTK_DESCRIBE_MODEL(preset_plugin_config, (access_control, handles_view_only, max_pages))
RTK_DESCRIBE_MODEL(preset_plugin_permissions, (can_close, can_edit_config, can_start, config))
RTK_DESCRIBE_MODEL(preset_poll_permissions, (can_create, can_view, can_vote))
RTK_DESCRIBE_MODEL(preset_permissions,
                   (accept_waiting_requests, can_accept_production_requests,
                    can_change_participant_permissions, can_edit_display_name, can_livestream,
                    can_record, can_spotlight, chat, connected_meetings, disable_participant_audio,
                    disable_participant_screensharing, disable_participant_video,
                    hidden_participant, kick_participant, media, pin_participant, plugins, polls,
                    recorder_type, show_participant_list, waiting_room_type, is_recorder,
                    accept_stage_requests, stage_access, stage_enabled, transcription_enabled))
RTK_DESCRIBE_MODEL(preset_colors,
                   (background, brand, danger, success, text, text_on_brand, video_bg, warning))
RTK_DESCRIBE_MODEL(preset_design_tokens, (border_radius, border_width, colors, spacing_base, theme,
                                          font_family, google_font, logo))
RTK_DESCRIBE_MODEL(preset_ui, (design_tokens, config_diff))
RTK_DESCRIBE_MODEL(preset, (id, config, name, ui, permissions, created_at, updated_at))
RTK_DESCRIBE_MODEL(preset_summary, (id, created_at, name, updated_at))
RTK_DESCRIBE_MODEL(create_preset_request, (config, name, permissions, ui))
RTK_DESCRIBE_MODEL(replace_preset_request, (config, name, permissions, ui))
RTK_DESCRIBE_MODEL(list_presets_query, (page_no, per_page, search))
RTK_DESCRIBE_MODEL(preset_max_video_streams_update, (desktop, mobile))
RTK_DESCRIBE_MODEL(preset_screenshare_config_update, (frame_rate, quality))
RTK_DESCRIBE_MODEL(preset_video_config_update, (frame_rate, quality, simulcast))
RTK_DESCRIBE_MODEL(preset_media_config_update, (audio, screenshare, video))
RTK_DESCRIBE_MODEL(preset_config_update, (livestream_viewer_qualities, max_screenshare_count,
                                          max_video_streams, media, view_type))
RTK_DESCRIBE_MODEL(preset_private_chat_permissions_update, (can_receive, can_send, files, text))
RTK_DESCRIBE_MODEL(preset_public_chat_permissions_update, (can_send, files, text))
RTK_DESCRIBE_MODEL(preset_chat_permissions_update, (private_, public_))
RTK_DESCRIBE_MODEL(preset_connected_meetings_permissions_update,
                   (can_alter_connected_meetings, can_switch_connected_meetings,
                    can_switch_to_parent_meeting))
RTK_DESCRIBE_MODEL(preset_media_produce_permission_update, (can_produce))
RTK_DESCRIBE_MODEL(preset_media_permissions_update, (audio, screenshare, video))
RTK_DESCRIBE_MODEL(preset_plugin_permissions_update,
                   (can_close, can_edit_config, can_start, config))
RTK_DESCRIBE_MODEL(preset_poll_permissions_update, (can_create, can_view, can_vote))
RTK_DESCRIBE_MODEL(preset_permissions_update,
                   (accept_stage_requests, accept_waiting_requests, can_accept_production_requests,
                    can_change_participant_permissions, can_edit_display_name, can_livestream,
                    can_record, can_spotlight, chat, connected_meetings, disable_participant_audio,
                    disable_participant_screensharing, disable_participant_video,
                    hidden_participant, is_recorder, kick_participant, media, pin_participant,
                    plugins, polls, recorder_type, show_participant_list, stage_access,
                    stage_enabled, transcription_enabled, waiting_room_type))
RTK_DESCRIBE_MODEL(preset_colors_update,
                   (background, brand, danger, success, text, text_on_brand, video_bg, warning))
RTK_DESCRIBE_MODEL(preset_design_tokens_update, (border_radius, border_width, colors, font_family,
                                                 google_font, logo, spacing_base, theme))
RTK_DESCRIBE_MODEL(preset_ui_update, (config_diff, design_tokens))
RTK_DESCRIBE_MODEL(update_preset_request, (config, name, permissions, ui))

}  // namespace rtk
