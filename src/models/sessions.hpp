#pragma once
// The JSON mappings of the Sessions group's models (<rtk/models/sessions.hpp>): the members
// each maps, in the order the codec writes them. See describe.hpp.

#include "common.hpp"

#include <rtk/models/sessions.hpp>

namespace rtk {

RTK_DESCRIBE_MODEL(session,
                   (id, associated_id, created_at, live_participants, max_concurrent_participants,
                    meeting_display_name, minutes_consumed, organization_id, started_at, status,
                    type, updated_at, breakout_rooms, ended_at, meta))
RTK_DESCRIBE_MODEL(session_list, (sessions))
RTK_DESCRIBE_MODEL(session_details, (session))
RTK_DESCRIBE_MODEL(session_peer_event,
                   (id, created_at, event_name, minutes_consumed, participant_id, peer_id,
                    preset_view_type, session_id, socket_session_id, updated_at))
RTK_DESCRIBE_MODEL(session_participant,
                   (id, created_at, custom_participant_id, display_name, duration, joined_at,
                    left_at, peer_events, preset_name, updated_at, user_id))
RTK_DESCRIBE_MODEL(session_participant_list, (paging, participants))
RTK_DESCRIBE_MODEL(session_device_info,
                   (browser, browser_version, cpus, engine, is_mobile, memory, os, os_version,
                    sdk_name, sdk_version, user_agent, webgl_support))
RTK_DESCRIBE_MODEL(session_peer_stats_event, (timestamp, type))
RTK_DESCRIBE_MODEL(session_ip_information,
                   (city, country, ip_location, ipv4, org, portal, region, timezone))
RTK_DESCRIBE_MODEL(session_precall_network_information,
                   (backend_rtt, effective_networktype, fractional_loss, jitter,
                    reflexive_connectivity, relay_connectivity, rtt, throughtput,
                    turn_connectivity))
RTK_DESCRIBE_MODEL(session_peer_stats, (config, device_info, events, ip_information,
                                        precall_network_information, status))
RTK_DESCRIBE_MODEL(session_audio_stats,
                   (concealment_events, jitter, packets_lost, quality, timestamp))
RTK_DESCRIBE_MODEL(session_video_stats,
                   (frame_height, frame_width, frames_dropped, frames_per_second, jitter,
                    packets_lost, quality, timestamp))
RTK_DESCRIBE_MODEL(session_quality_stats,
                   (audio_bandwidth, audio_packet_loss, audio_stats, average_quality, end, peer_id,
                    start, video_bandwidth, video_packet_loss, video_stats))
RTK_DESCRIBE_MODEL(session_participant_with_stats,
                   (id, created_at, custom_participant_id, display_name, duration, joined_at,
                    left_at, peer_events, peer_stats, preset_name, quality_stats, updated_at,
                    user_id))
RTK_DESCRIBE_MODEL(session_participant_details, (participant))
RTK_DESCRIBE_MODEL(session_chat, (chat_download_url, chat_download_url_expiry))
RTK_DESCRIBE_MODEL(session_transcript,
                   (sessionId, transcript_download_url, transcript_download_url_expiry))
RTK_DESCRIBE_MODEL(session_summary, (sessionId, summaryDownloadUrl, summaryDownloadUrlExpiry))
RTK_DESCRIBE_MODEL(peer_report_browser_metadata,
                   (browser, browser_version, engine, user_agent, webgl_support))
RTK_DESCRIBE_MODEL(peer_report_candidate_pair,
                   (available_outgoing_bitrate, bytes_discarded_on_send, bytes_received, bytes_sent,
                    current_round_trip_time, last_packet_received_timestamp,
                    last_packet_sent_timestamp, local_candidate_address, local_candidate_id,
                    local_candidate_network_type, local_candidate_port, local_candidate_protocol,
                    local_candidate_related_address, local_candidate_related_port,
                    local_candidate_type, nominated, packets_discarded_on_send, packets_received,
                    packets_sent, remote_candidate_address, remote_candidate_id,
                    remote_candidate_port, remote_candidate_protocol, remote_candidate_type,
                    total_round_trip_time))
RTK_DESCRIBE_MODEL(peer_report_candidate_pairs, (consuming_transport, producing_transport))
RTK_DESCRIBE_MODEL(peer_report_metadata_device_info, (cpus, is_mobile, os, os_version))
RTK_DESCRIBE_MODEL(peer_report_metadata_event, (name, timestamp))
RTK_DESCRIBE_MODEL(peer_report_asn, (asn))
RTK_DESCRIBE_MODEL(peer_report_metadata_ip_information,
                   (asn, city, country, ipv4, region, timezone))
RTK_DESCRIBE_MODEL(peer_report_pc_metadata, (effective_network_type, reflexive_connectivity,
                                             relay_connectivity, timestamp, turn_connectivity))
RTK_DESCRIBE_MODEL(peer_report_metadata,
                   (audio_devices_updates, browser_metadata, candidate_pairs, device_info, events,
                    ip_information, pc_metadata, room_view_type, sdk_name, sdk_version,
                    selected_device_updates, speaker_devices_updates, video_devices_updates))
RTK_DESCRIBE_MODEL(peer_report_audio_producer, (bytes_sent, jitter, mid, mos_quality, packets_lost,
                                                packets_sent, producer_id, rtt, ssrc, timestamp))
RTK_DESCRIBE_MODEL(peer_report_quality_mos, (avg, p50, p75, p90))
RTK_DESCRIBE_MODEL(peer_report_audio_producer_cumulative, (packet_loss, quality_mos, rtt))
RTK_DESCRIBE_MODEL(peer_report_quality,
                   (audio_consumer, audio_consumer_cumulative, audio_producer,
                    audio_producer_cumulative, screenshare_audio_consumer,
                    screenshare_audio_consumer_cumulative, screenshare_audio_producer,
                    screenshare_audio_producer_cumulative, screenshare_video_consumer,
                    screenshare_video_consumer_cumulative, screenshare_video_producer,
                    screenshare_video_producer_cumulative, video_consumer,
                    video_consumer_cumulative, video_producer, video_producer_cumulative))
RTK_DESCRIBE_MODEL(peer_report, (metadata, quality))
RTK_DESCRIBE_MODEL(peer_report_connectivity, (host, reflexive, relay))
RTK_DESCRIBE_MODEL(peer_report_ip_details, (asn, city, country, ip, loc, postal, region, timezone))
RTK_DESCRIBE_MODEL(peer_report_coords, (latitude, longitude))
RTK_DESCRIBE_MODEL(peer_report_location, (coords))
RTK_DESCRIBE_MODEL(peer_report_connection_info,
                   (backend_r_t_t, connectivity, effective_network_type, fractional_loss,
                    ip_details, jitter, location, r_t_t, throughput, turn_connectivity))
RTK_DESCRIBE_MODEL(peer_report_event_metadata, (connection_info))
RTK_DESCRIBE_MODEL(peer_report_peer_event, (metadata, timestamp, type))
RTK_DESCRIBE_MODEL(peer_report_ip_information,
                   (asn, city, country, ip_location, ipv4, org, region, timezone))
RTK_DESCRIBE_MODEL(peer_report_precall_network_information,
                   (backend_rtt, effective_networktype, fractional_loss, jitter,
                    reflexive_connectivity, relay_connectivity, rtt, throughput, turn_connectivity))
RTK_DESCRIBE_MODEL(peer_report_peer_stats,
                   (device_info, events, ip_information, precall_network_information))
RTK_DESCRIBE_MODEL(peer_report_quality_stats,
                   (audio_bandwidth, audio_stats, average_quality, end, first_audio_packet_received,
                    first_video_packet_received, last_audio_packet_received,
                    last_video_packet_received, peer_ids, start, total_audio_packets,
                    total_audio_packets_lost, total_video_packets, total_video_packets_lost,
                    video_bandwidth, video_stats))
RTK_DESCRIBE_MODEL(peer_report_participant, (id, created_at, custom_participant_id, display_name,
                                             duration, joined_at, left_at, peer_events, peer_report,
                                             peer_stats, quality_stats, role, updated_at, user_id))
RTK_DESCRIBE_MODEL(session_peer_report, (participant))
RTK_DESCRIBE_MODEL(list_sessions_query, (associated_id, end_time, page_no, participants, per_page,
                                         search, sort_by, sort_order, start_time, status))
RTK_DESCRIBE_MODEL(get_session_query, (include_breakout_rooms))
RTK_DESCRIBE_MODEL(list_session_participants_query,
                   (include_peer_events, page_no, per_page, search, sort_by, sort_order, view))
RTK_DESCRIBE_MODEL(get_session_participant_query, (filters, include_peer_events))
RTK_DESCRIBE_MODEL(get_peer_report_query, (filters, include_peer_events))
RTK_DESCRIBE_MODEL(get_session_transcript_query, (format))

}  // namespace rtk
