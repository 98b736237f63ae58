#pragma once
// Value types of the Recordings group: a recording with why it started and stopped, the
// bodies that start, pause, resume and stop one (composite and per-track), and the list
// filters. Audio, video, storage and bucket settings are the Meetings group's types.

#include <rtk/models/common.hpp>
#include <rtk/models/meetings.hpp>

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

enum class recording_status { unknown, invoked, recording, uploading, uploaded, errored, paused };
enum class recording_caller_type { unknown, organization, user };
enum class recording_start_reason_code { unknown, api_call, record_on_start };
enum class recording_stop_reason_code { unknown, api_call, internal_error, all_peers_left };
enum class recording_action { unknown, stop, pause, resume };
enum class recording_interactive_type { unknown, id3 };
enum class recording_output_type { unknown, realtimekit_bucket, storage_config };
enum class recording_sort_by { unknown, invoked_time };
enum class recording_sort_order { unknown, asc, desc };

template <>
struct enum_names<recording_status> {
  using E = recording_status;
  static constexpr std::array<enum_name<E>, 6> values{{
      {E::invoked, "INVOKED"},
      {E::recording, "RECORDING"},
      {E::uploading, "UPLOADING"},
      {E::uploaded, "UPLOADED"},
      {E::errored, "ERRORED"},
      {E::paused, "PAUSED"},
  }};
};
template <>
struct enum_names<recording_caller_type> {
  using E = recording_caller_type;
  static constexpr std::array<enum_name<E>, 2> values{{
      {E::organization, "ORGANIZATION"},
      {E::user, "USER"},
  }};
};
template <>
struct enum_names<recording_start_reason_code> {
  using E = recording_start_reason_code;
  static constexpr std::array<enum_name<E>, 2> values{{
      {E::api_call, "API_CALL"},
      {E::record_on_start, "RECORD_ON_START"},
  }};
};
template <>
struct enum_names<recording_stop_reason_code> {
  using E = recording_stop_reason_code;
  static constexpr std::array<enum_name<E>, 3> values{{
      {E::api_call, "API_CALL"},
      {E::internal_error, "INTERNAL_ERROR"},
      {E::all_peers_left, "ALL_PEERS_LEFT"},
  }};
};
template <>
struct enum_names<recording_action> {
  using E = recording_action;
  static constexpr std::array<enum_name<E>, 3> values{{
      {E::stop, "stop"},
      {E::pause, "pause"},
      {E::resume, "resume"},
  }};
};
template <>
struct enum_names<recording_interactive_type> {
  using E = recording_interactive_type;
  static constexpr std::array<enum_name<E>, 1> values{{
      {E::id3, "ID3"},
  }};
};
template <>
struct enum_names<recording_output_type> {
  using E = recording_output_type;
  static constexpr std::array<enum_name<E>, 2> values{{
      {E::realtimekit_bucket, "REALTIMEKIT_BUCKET"},
      {E::storage_config, "STORAGE_CONFIG"},
  }};
};
template <>
struct enum_names<recording_sort_by> {
  using E = recording_sort_by;
  static constexpr std::array<enum_name<E>, 1> values{{
      {E::invoked_time, "invokedTime"},
  }};
};
template <>
struct enum_names<recording_sort_order> {
  using E = recording_sort_order;
  static constexpr std::array<enum_name<E>, 2> values{{
      {E::asc, "ASC"},
      {E::desc, "DESC"},
  }};
};

// ---- recordings ---------------------------------------------------------------------------

// Who started or stopped a recording: the app itself (ORGANIZATION) or a participant (USER).
struct recording_caller {
  std::optional<std::string> name{};
  std::optional<open_enum<recording_caller_type>> type{};
  std::optional<std::string> user_Id{};  // sic: the API spells it with a capital I
  extra_fields extra{};
};

struct recording_start_reason {
  std::optional<recording_caller> caller{};
  std::optional<open_enum<recording_start_reason_code>> reason{};
  extra_fields extra{};
};

struct recording_stop_reason {
  std::optional<recording_caller> caller{};
  std::optional<open_enum<recording_stop_reason_code>> reason{};
  extra_fields extra{};
};

// One recording. Lists carry `meeting`; fetch, start and pause/resume/stop carry the reasons;
// the active-recording endpoint carries neither. Timestamps are ISO 8601, as sent.
struct recording {
  std::string id{};
  // Present once there is something to download (audio only when audio_config asked for it),
  // and never when realtimekit_bucket_config.enabled is false.
  std::optional<std::string> audio_download_url{};
  std::optional<std::string> download_url{};
  std::optional<std::string> download_url_expiry{};
  std::int64_t file_size = 0;  // bytes
  std::string invoked_time{};
  std::string output_file_name{};
  std::string session_id{};
  std::string started_time{};
  open_enum<recording_status> status{};
  std::optional<std::string> stopped_time{};  // only once the recording has stopped
  std::optional<::rtk::meeting> meeting{};
  std::optional<std::int64_t> recording_duration{};  // seconds
  std::optional<recording_start_reason> start_reason{};
  std::optional<recording_stop_reason> stop_reason{};
  std::optional<::rtk::storage_config> storage_config{};
  extra_fields extra{};
};

// Timed metadata (ID3 tags in HLS output) added to a recording.
struct recording_interactive_config {
  std::optional<open_enum<recording_interactive_type>> type{};
  extra_fields extra{};
};

struct recording_rtmp_out_config {
  std::optional<std::string> rtmp_url{};
  extra_fields extra{};
};

// Query of "Fetch all recordings for an App".
struct list_recordings_query {
  std::optional<text> end_time{};  // ISO 8601
  std::optional<bool> expired{};
  std::optional<text> meeting_id{};
  std::optional<std::int64_t> page_no{};
  std::optional<std::int64_t> per_page{};
  std::optional<text> search{};
  std::optional<recording_sort_by> sort_by{};
  std::optional<recording_sort_order> sort_order{};
  std::optional<text> start_time{};                           // ISO 8601
  std::optional<std::span<const recording_status>> status{};  // sent as repeated keys
  text extra{};
};

// Body of "Start recording a meeting". storage_config carries credentials.
struct start_recording_request {
  text meeting_id{};
  std::optional<bool> allow_multiple_recordings{};
  std::optional<borrowed<::rtk::audio_config>> audio_config{};
  std::optional<text> file_name_prefix{};
  std::optional<borrowed<recording_interactive_config>> interactive_config{};
  std::optional<std::int64_t> max_seconds{};
  std::optional<borrowed<::rtk::realtimekit_bucket_config>> realtimekit_bucket_config{};
  std::optional<borrowed<recording_rtmp_out_config>> rtmp_out_config{};
  std::optional<borrowed<::rtk::storage_config>> storage_config{};
  std::optional<text> url{};  // record this page instead of the meeting's default view
  std::optional<borrowed<::rtk::video_config>> video_config{};
  text extra{};
};

// Body of "Pause/Resume/Stop recording".
struct pause_resume_stop_recording_request {
  recording_action action{};
  text extra{};
};

// Where one track-recording layer is exported.
struct recording_track_output {
  std::optional<::rtk::storage_config> storage_config{};
  std::optional<open_enum<recording_output_type>> type{};
  extra_fields extra{};
};

// One layer of a track recording: which tracks (media_kind, e.g. "audio") go to which outputs.
struct recording_track_layer {
  std::optional<std::string> file_name_prefix{};
  std::optional<std::string> media_kind{};
  std::optional<std::vector<recording_track_output>> outputs{};
  extra_fields extra{};
};

// Body of "Start recording audio and video tracks". `layers` is keyed by layer name
// ("default", "default-video", ...).
struct start_track_recording_request {
  text meeting_id{};
  std::optional<borrowed<std::map<std::string, recording_track_layer>>> layers{};
  std::optional<std::int64_t> max_seconds{};
  std::optional<std::span<const std::string>> user_ids{};
  text extra{};
};

}  // namespace rtk
