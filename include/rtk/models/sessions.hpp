#pragma once
// Value types of the Sessions group: sessions of an app, their participants (with call
// statistics), the peer report of one peer, the chat/transcript/summary download links, and
// the query parameters of each Sessions operation.

#include <rtk/models/common.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rtk {

// ---- enums -----------------------------------------------------------------------------

enum class session_status { unknown, live, ended };
enum class session_type { unknown, meeting, livestream, participant };
enum class session_sort_by { unknown, minutes_consumed, created_at };
enum class session_sort_order { unknown, asc, desc };
enum class session_participant_sort_by { unknown, joined_at, duration };
enum class session_participant_view { unknown, raw, consolidated };
enum class session_participant_filter {
  unknown,
  device_info,
  ip_information,
  precall_network_information,
  events,
  quality_stats,
};
enum class session_transcript_format { unknown, srt, vtt, json, csv };

template <>
struct enum_names<session_status> {
  using E = session_status;
  static constexpr std::array<enum_name<E>, 2> values{{
      {E::live, "LIVE"},
      {E::ended, "ENDED"},
  }};
};
template <>
struct enum_names<session_type> {
  using E = session_type;
  static constexpr std::array<enum_name<E>, 3> values{{
      {E::meeting, "meeting"},
      {E::livestream, "livestream"},
      {E::participant, "participant"},
  }};
};
template <>
struct enum_names<session_sort_by> {
  using E = session_sort_by;
  static constexpr std::array<enum_name<E>, 2> values{{
      {E::minutes_consumed, "minutesConsumed"},
      {E::created_at, "createdAt"},
  }};
};
template <>
struct enum_names<session_sort_order> {
  using E = session_sort_order;
  static constexpr std::array<enum_name<E>, 2> values{{
      {E::asc, "ASC"},
      {E::desc, "DESC"},
  }};
};
template <>
struct enum_names<session_participant_sort_by> {
  using E = session_participant_sort_by;
  static constexpr std::array<enum_name<E>, 2> values{{
      {E::joined_at, "joinedAt"},
      {E::duration, "duration"},
  }};
};
template <>
struct enum_names<session_participant_view> {
  using E = session_participant_view;
  static constexpr std::array<enum_name<E>, 2> values{{
      {E::raw, "raw"},
      {E::consolidated, "consolidated"},
  }};
};
template <>
struct enum_names<session_participant_filter> {
  using E = session_participant_filter;
  static constexpr std::array<enum_name<E>, 5> values{{
      {E::device_info, "device_info"},
      {E::ip_information, "ip_information"},
      {E::precall_network_information, "precall_network_information"},
      {E::events, "events"},
      {E::quality_stats, "quality_stats"},
  }};
};
template <>
struct enum_names<session_transcript_format> {
  using E = session_transcript_format;
  static constexpr std::array<enum_name<E>, 4> values{{
      {E::srt, "SRT"},
      {E::vtt, "VTT"},
      {E::json, "JSON"},
      {E::csv, "CSV"},
  }};
};

// ---- sessions -----------------------------------------------------------------------------

struct session {
  std::string id{};
  std::string associated_id{};  // the meeting's ID (a UUID; a room name for V1 meetings)
  std::string created_at{};
  std::int64_t live_participants = 0;
  std::int64_t max_concurrent_participants = 0;
  std::string meeting_display_name{};
  double minutes_consumed = 0;
  std::string organization_id{};  // the app that hosted the session
  std::string started_at{};
  open_enum<session_status> status{};
  open_enum<session_type> type{};
  std::string updated_at{};
  std::optional<std::vector<raw_json>> breakout_rooms{};
  std::optional<std::string> ended_at{};
  std::optional<raw_json> meta{};
  extra_fields extra{};
};

// `data` of "Fetch all sessions of an App": an object wrapping the array. The API sends no
// `paging` here; an iterator must stop on an empty or short page.
struct session_list {
  std::optional<std::vector<::rtk::session>> sessions{};
  extra_fields extra{};
};

// `data` of "Fetch details of a session".
struct session_details {
  std::optional<::rtk::session> session{};
  extra_fields extra{};
};

// ---- session participants -----------------------------------------------------------------

// A connection lifecycle event of a participant's peer, sent when `include_peer_events` is
// true. Not in the API reference; shape as the newer official SDKs declare it.
struct session_peer_event {
  std::optional<std::string> id{};
  std::optional<std::string> created_at{};
  std::optional<std::string> event_name{};  // "PEER_CREATED", "PEER_JOINING", "PEER_LEAVING"
  std::optional<double> minutes_consumed{};
  std::optional<std::string> participant_id{};
  std::optional<std::string> peer_id{};
  std::optional<std::string> preset_view_type{};  // "GROUP_CALL", "WEBINAR", "AUDIO_ROOM"...
  std::optional<std::string> session_id{};
  std::optional<std::string> socket_session_id{};
  std::optional<std::string> updated_at{};
  extra_fields extra{};
};

struct session_participant {
  std::optional<std::string> id{};  // the participant's peerId
  std::optional<std::string> created_at{};
  std::optional<std::string> custom_participant_id{};
  std::optional<std::string> display_name{};
  std::optional<double> duration{};  // minutes in the session
  std::optional<std::string> joined_at{};
  std::optional<std::string> left_at{};
  std::optional<std::vector<session_peer_event>> peer_events{};
  std::optional<std::string> preset_name{};
  std::optional<std::string> updated_at{};
  std::optional<std::string> user_id{};
  extra_fields extra{};
};

// `data` of "Fetch participants list of a session": an object wrapping the array. The
// reference's Returns has no `paging`; its example carries one inside `data`.
struct session_participant_list {
  std::optional<rtk::paging> paging{};
  std::optional<std::vector<session_participant>> participants{};
  extra_fields extra{};
};

// Also used by the peer report's `peer_stats` (which documents the same fields but `memory`).
struct session_device_info {
  std::optional<std::string> browser{};
  std::optional<std::string> browser_version{};
  std::optional<std::int64_t> cpus{};
  std::optional<std::string> engine{};
  std::optional<bool> is_mobile{};
  std::optional<double> memory{};
  std::optional<std::string> os{};
  std::optional<std::string> os_version{};
  std::optional<std::string> sdk_name{};
  std::optional<std::string> sdk_version{};
  std::optional<std::string> user_agent{};
  std::optional<std::string> webgl_support{};
  extra_fields extra{};
};

struct session_peer_stats_event {
  std::optional<std::string> timestamp{};
  std::optional<std::string> type{};
  extra_fields extra{};
};

struct session_ip_information {
  std::optional<std::string> city{};
  std::optional<std::string> country{};
  std::optional<std::string> ip_location{};
  std::optional<std::string> ipv4{};
  std::optional<std::string> org{};
  std::optional<std::string> portal{};
  std::optional<std::string> region{};
  std::optional<std::string> timezone{};
  extra_fields extra{};
};

// `throughtput` is spelled as the API spells it here.
struct session_precall_network_information {
  std::optional<double> backend_rtt{};
  std::optional<std::string> effective_networktype{};
  std::optional<double> fractional_loss{};
  std::optional<double> jitter{};
  std::optional<bool> reflexive_connectivity{};
  std::optional<bool> relay_connectivity{};
  std::optional<double> rtt{};
  std::optional<double> throughtput{};
  std::optional<bool> turn_connectivity{};
  extra_fields extra{};
};

struct session_peer_stats {
  std::optional<std::string> config{};
  std::optional<session_device_info> device_info{};
  std::optional<std::vector<session_peer_stats_event>> events{};
  std::optional<session_ip_information> ip_information{};
  std::optional<session_precall_network_information> precall_network_information{};
  std::optional<std::string> status{};
  extra_fields extra{};
};

struct session_audio_stats {
  std::optional<std::int64_t> concealment_events{};
  std::optional<double> jitter{};
  std::optional<std::int64_t> packets_lost{};
  std::optional<double> quality{};
  std::optional<std::string> timestamp{};
  extra_fields extra{};
};

struct session_video_stats {
  std::optional<std::int64_t> frame_height{};
  std::optional<std::int64_t> frame_width{};
  std::optional<std::int64_t> frames_dropped{};
  std::optional<double> frames_per_second{};
  std::optional<double> jitter{};
  std::optional<std::int64_t> packets_lost{};
  std::optional<double> quality{};
  std::optional<std::string> timestamp{};
  extra_fields extra{};
};

struct session_quality_stats {
  std::optional<double> audio_bandwidth{};
  std::optional<double> audio_packet_loss{};
  std::optional<std::vector<session_audio_stats>> audio_stats{};
  std::optional<double> average_quality{};
  std::optional<std::string> end{};
  std::optional<std::string> peer_id{};
  std::optional<std::string> start{};
  std::optional<double> video_bandwidth{};
  std::optional<double> video_packet_loss{};
  std::optional<std::vector<session_video_stats>> video_stats{};
  extra_fields extra{};
};

// A session participant with call statistics ("Fetch details of a participant").
struct session_participant_with_stats {
  std::optional<std::string> id{};  // the participant's peerId
  std::optional<std::string> created_at{};
  std::optional<std::string> custom_participant_id{};
  std::optional<std::string> display_name{};
  std::optional<double> duration{};  // minutes in the session
  std::optional<std::string> joined_at{};
  std::optional<std::string> left_at{};
  std::optional<std::vector<session_peer_event>> peer_events{};
  std::optional<session_peer_stats> peer_stats{};
  std::optional<std::string> preset_name{};
  std::optional<std::vector<session_quality_stats>> quality_stats{};
  std::optional<std::string> updated_at{};
  std::optional<std::string> user_id{};
  extra_fields extra{};
};

// `data` of "Fetch details of a participant".
struct session_participant_details {
  std::optional<session_participant_with_stats> participant{};
  extra_fields extra{};
};

// ---- chat, transcript, summary --------------------------------------------------------------

struct session_chat {
  std::string chat_download_url{};
  std::string chat_download_url_expiry{};
  extra_fields extra{};
};

struct session_transcript {
  std::string sessionId{};  // NOLINT: the API's spelling
  std::string transcript_download_url{};
  std::string transcript_download_url_expiry{};
  extra_fields extra{};
};

struct session_summary {
  std::string sessionId{};                 // NOLINT: the API's spelling
  std::string summaryDownloadUrl{};        // NOLINT
  std::string summaryDownloadUrlExpiry{};  // NOLINT
  extra_fields extra{};
};

// ---- peer report ("Fetch details of peer") ----------------------------------------------------

struct peer_report_browser_metadata {
  std::optional<std::string> browser{};
  std::optional<std::string> browser_version{};
  std::optional<std::string> engine{};
  std::optional<std::string> user_agent{};
  std::optional<std::string> webgl_support{};
  extra_fields extra{};
};

// ICE candidate pair statistics of one transport.
struct peer_report_candidate_pair {
  std::optional<double> available_outgoing_bitrate{};
  std::optional<std::int64_t> bytes_discarded_on_send{};
  std::optional<std::int64_t> bytes_received{};
  std::optional<std::int64_t> bytes_sent{};
  std::optional<double> current_round_trip_time{};
  std::optional<double> last_packet_received_timestamp{};  // epoch milliseconds
  std::optional<double> last_packet_sent_timestamp{};      // epoch milliseconds
  std::optional<std::string> local_candidate_address{};
  std::optional<std::string> local_candidate_id{};
  std::optional<std::string> local_candidate_network_type{};
  std::optional<std::int64_t> local_candidate_port{};
  std::optional<std::string> local_candidate_protocol{};
  std::optional<std::string> local_candidate_related_address{};
  std::optional<std::int64_t> local_candidate_related_port{};
  std::optional<std::string> local_candidate_type{};
  std::optional<bool> nominated{};
  std::optional<std::int64_t> packets_discarded_on_send{};
  std::optional<std::int64_t> packets_received{};
  std::optional<std::int64_t> packets_sent{};
  std::optional<std::string> remote_candidate_address{};
  std::optional<std::string> remote_candidate_id{};
  std::optional<std::int64_t> remote_candidate_port{};
  std::optional<std::string> remote_candidate_protocol{};
  std::optional<std::string> remote_candidate_type{};
  std::optional<double> total_round_trip_time{};
  extra_fields extra{};
};

struct peer_report_candidate_pairs {
  std::optional<std::vector<raw_json>> consuming_transport{};
  std::optional<std::vector<peer_report_candidate_pair>> producing_transport{};
  extra_fields extra{};
};

struct peer_report_metadata_device_info {
  std::optional<std::int64_t> cpus{};
  std::optional<bool> is_mobile{};
  std::optional<std::string> os{};
  std::optional<std::string> os_version{};
  extra_fields extra{};
};

struct peer_report_metadata_event {
  std::optional<std::string> name{};
  std::optional<std::string> timestamp{};
  extra_fields extra{};
};

struct peer_report_asn {
  std::optional<std::string> asn{};
  extra_fields extra{};
};

struct peer_report_metadata_ip_information {
  std::optional<peer_report_asn> asn{};
  std::optional<std::string> city{};
  std::optional<std::string> country{};
  std::optional<std::string> ipv4{};
  std::optional<std::string> region{};
  std::optional<std::string> timezone{};
  extra_fields extra{};
};

struct peer_report_pc_metadata {
  std::optional<std::string> effective_network_type{};
  std::optional<bool> reflexive_connectivity{};
  std::optional<bool> relay_connectivity{};
  std::optional<std::string> timestamp{};
  std::optional<bool> turn_connectivity{};
  extra_fields extra{};
};

struct peer_report_metadata {
  std::optional<std::vector<raw_json>> audio_devices_updates{};
  std::optional<peer_report_browser_metadata> browser_metadata{};
  std::optional<peer_report_candidate_pairs> candidate_pairs{};
  std::optional<peer_report_metadata_device_info> device_info{};
  std::optional<std::vector<peer_report_metadata_event>> events{};
  std::optional<peer_report_metadata_ip_information> ip_information{};
  std::optional<std::vector<peer_report_pc_metadata>> pc_metadata{};
  std::optional<std::string> room_view_type{};
  std::optional<std::string> sdk_name{};
  std::optional<std::string> sdk_version{};
  std::optional<std::vector<raw_json>> selected_device_updates{};
  std::optional<std::vector<raw_json>> speaker_devices_updates{};
  std::optional<std::vector<raw_json>> video_devices_updates{};
  extra_fields extra{};
};

struct peer_report_audio_producer {
  std::optional<std::int64_t> bytes_sent{};
  std::optional<double> jitter{};
  std::optional<std::string> mid{};
  std::optional<double> mos_quality{};
  std::optional<std::int64_t> packets_lost{};
  std::optional<std::int64_t> packets_sent{};
  std::optional<std::string> producer_id{};
  std::optional<double> rtt{};
  std::optional<std::int64_t> ssrc{};
  std::optional<std::string> timestamp{};
  extra_fields extra{};
};

struct peer_report_quality_mos {
  std::optional<double> avg{};
  std::optional<double> p50{};
  std::optional<double> p75{};
  std::optional<double> p90{};
  extra_fields extra{};
};

// packet_loss and rtt have keys that are not C++ names ("10_or_greater_event_fraction",
// "100ms_or_greater_event_fraction"...), so they are maps from the API's key to the value:
//   packet_loss: "5_or_greater_event_fraction", "10_...", "25_...", "50_...", "avg"
//   rtt: "100ms_or_greater_event_fraction", "250ms_...", "500ms_...", "avg"
struct peer_report_audio_producer_cumulative {
  std::optional<std::map<std::string, double>> packet_loss{};
  std::optional<peer_report_quality_mos> quality_mos{};
  std::optional<std::map<std::string, double>> rtt{};
  extra_fields extra{};
};

struct peer_report_quality {
  std::optional<std::vector<raw_json>> audio_consumer{};
  std::optional<raw_json> audio_consumer_cumulative{};
  std::optional<std::vector<peer_report_audio_producer>> audio_producer{};
  std::optional<peer_report_audio_producer_cumulative> audio_producer_cumulative{};
  std::optional<std::vector<raw_json>> screenshare_audio_consumer{};
  std::optional<raw_json> screenshare_audio_consumer_cumulative{};
  std::optional<std::vector<raw_json>> screenshare_audio_producer{};
  std::optional<raw_json> screenshare_audio_producer_cumulative{};
  std::optional<std::vector<raw_json>> screenshare_video_consumer{};
  std::optional<raw_json> screenshare_video_consumer_cumulative{};
  std::optional<std::vector<raw_json>> screenshare_video_producer{};
  std::optional<raw_json> screenshare_video_producer_cumulative{};
  std::optional<std::vector<raw_json>> video_consumer{};
  std::optional<raw_json> video_consumer_cumulative{};
  std::optional<std::vector<raw_json>> video_producer{};
  std::optional<raw_json> video_producer_cumulative{};
  extra_fields extra{};
};

struct peer_report {
  std::optional<peer_report_metadata> metadata{};
  std::optional<peer_report_quality> quality{};
  extra_fields extra{};
};

struct peer_report_connectivity {
  std::optional<bool> host{};
  std::optional<bool> reflexive{};
  std::optional<bool> relay{};
  extra_fields extra{};
};

struct peer_report_ip_details {
  std::optional<peer_report_asn> asn{};
  std::optional<std::string> city{};
  std::optional<std::string> country{};
  std::optional<std::string> ip{};
  std::optional<std::string> loc{};
  std::optional<std::string> postal{};
  std::optional<std::string> region{};
  std::optional<std::string> timezone{};
  extra_fields extra{};
};

struct peer_report_coords {
  std::optional<double> latitude{};
  std::optional<double> longitude{};
  extra_fields extra{};
};

struct peer_report_location {
  std::optional<peer_report_coords> coords{};
  extra_fields extra{};
};

struct peer_report_connection_info {
  std::optional<double> backend_r_t_t{};
  std::optional<peer_report_connectivity> connectivity{};
  std::optional<std::string> effective_network_type{};
  std::optional<double> fractional_loss{};
  std::optional<peer_report_ip_details> ip_details{};
  std::optional<double> jitter{};
  std::optional<peer_report_location> location{};
  std::optional<double> r_t_t{};
  std::optional<double> throughput{};
  std::optional<bool> turn_connectivity{};
  extra_fields extra{};
};

struct peer_report_event_metadata {
  std::optional<peer_report_connection_info> connection_info{};
  extra_fields extra{};
};

struct peer_report_peer_event {
  std::optional<peer_report_event_metadata> metadata{};
  std::optional<std::string> timestamp{};
  std::optional<std::string> type{};
  extra_fields extra{};
};

struct peer_report_ip_information {
  std::optional<peer_report_asn> asn{};
  std::optional<std::string> city{};
  std::optional<std::string> country{};
  std::optional<std::string> ip_location{};
  std::optional<std::string> ipv4{};
  std::optional<std::string> org{};
  std::optional<std::string> region{};
  std::optional<std::string> timezone{};
  extra_fields extra{};
};

// Unlike session_precall_network_information, `throughput` is spelled correctly here.
struct peer_report_precall_network_information {
  std::optional<double> backend_rtt{};
  std::optional<std::string> effective_networktype{};
  std::optional<double> fractional_loss{};
  std::optional<double> jitter{};
  std::optional<bool> reflexive_connectivity{};
  std::optional<bool> relay_connectivity{};
  std::optional<double> rtt{};
  std::optional<double> throughput{};
  std::optional<bool> turn_connectivity{};
  extra_fields extra{};
};

struct peer_report_peer_stats {
  std::optional<session_device_info> device_info{};
  std::optional<std::vector<peer_report_peer_event>> events{};
  std::optional<peer_report_ip_information> ip_information{};
  std::optional<peer_report_precall_network_information> precall_network_information{};
  extra_fields extra{};
};

struct peer_report_quality_stats {
  std::optional<double> audio_bandwidth{};
  std::optional<std::vector<raw_json>> audio_stats{};
  std::optional<double> average_quality{};
  std::optional<std::string> end{};
  std::optional<std::string> first_audio_packet_received{};
  std::optional<std::string> first_video_packet_received{};
  std::optional<std::string> last_audio_packet_received{};
  std::optional<std::string> last_video_packet_received{};
  std::optional<std::vector<std::string>> peer_ids{};
  std::optional<std::string> start{};
  std::optional<std::int64_t> total_audio_packets{};
  std::optional<std::int64_t> total_audio_packets_lost{};
  std::optional<std::int64_t> total_video_packets{};
  std::optional<std::int64_t> total_video_packets_lost{};
  std::optional<double> video_bandwidth{};
  std::optional<std::vector<raw_json>> video_stats{};
  extra_fields extra{};
};

struct peer_report_participant {
  std::optional<std::string> id{};
  std::optional<std::string> created_at{};
  std::optional<std::string> custom_participant_id{};
  std::optional<std::string> display_name{};
  std::optional<double> duration{};  // minutes in the session
  std::optional<std::string> joined_at{};
  std::optional<std::string> left_at{};
  std::optional<std::vector<session_peer_event>> peer_events{};
  std::optional<::rtk::peer_report> peer_report{};
  std::optional<peer_report_peer_stats> peer_stats{};
  std::optional<peer_report_quality_stats> quality_stats{};
  std::optional<std::string> role{};
  std::optional<std::string> updated_at{};
  std::optional<std::string> user_id{};
  extra_fields extra{};
};

// `data` of "Fetch details of peer".
struct session_peer_report {
  std::optional<peer_report_participant> participant{};
  extra_fields extra{};
};

// ---- query parameters ---------------------------------------------------------------------

// "Fetch all sessions of an App". start_time/end_time: ISO 8601.
struct list_sessions_query {
  std::optional<text> associated_id{};  // the meeting's ID
  std::optional<text> end_time{};
  std::optional<std::int64_t> page_no{};
  std::optional<text> participants{};
  std::optional<std::int64_t> per_page{};
  std::optional<text> search{};
  std::optional<session_sort_by> sort_by{};
  std::optional<session_sort_order> sort_order{};
  std::optional<text> start_time{};
  std::optional<session_status> status{};
  text extra{};
};

// "Fetch details of a session".
struct get_session_query {
  std::optional<bool> include_breakout_rooms{};
  text extra{};
};

// "Fetch participants list of a session".
struct list_session_participants_query {
  std::optional<bool> include_peer_events{};
  std::optional<std::int64_t> page_no{};
  std::optional<std::int64_t> per_page{};
  std::optional<text> search{};
  std::optional<session_participant_sort_by> sort_by{};
  std::optional<session_sort_order> sort_order{};
  std::optional<session_participant_view> view{};
  text extra{};
};

// "Fetch details of a participant". `filters` is one value; the API also takes a
// comma-separated list (no spaces), which a caller can send in `extra`:
// R"({"filters":"device_info,events"})".
struct get_session_participant_query {
  std::optional<session_participant_filter> filters{};
  std::optional<bool> include_peer_events{};
  text extra{};
};

// "Fetch details of peer". `filters`: as in get_session_participant_query.
struct get_peer_report_query {
  std::optional<session_participant_filter> filters{};
  std::optional<bool> include_peer_events{};
  text extra{};
};

// "Fetch the complete transcript for a session".
struct get_session_transcript_query {
  std::optional<session_transcript_format> format{};
  text extra{};
};

}  // namespace rtk
