#pragma once
// Value types of the Meetings group: a meeting and its AI, recording and storage settings, a
// meeting's participants, and the request bodies and query parameters of the group's
// operations. Member names are the API's field names. Every struct keeps the fields it does
// not map in `extra`. Every member has a default initializer, so designated initializers
// can name only the fields they set (even under -Wextra).

#include <rtk/models/common.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rtk {

// ---- enums -----------------------------------------------------------------------------

enum class summary_type {
  unknown,
  general,
  team_meeting,
  sales_call,
  client_check_in,
  interview,
  daily_standup,
  one_on_one_meeting,
  lecture,
  code_review,
};
enum class summary_text_format { unknown, plain_text, markdown };
enum class transcription_language { unknown, en_us, en_in, de, hi, sv, ru, pl, el, fr, nl };
enum class audio_channel { unknown, mono, stereo };
enum class audio_codec { unknown, mp3, aac };
enum class storage_type { unknown, aws, azure, digitalocean, gcs, sftp };
enum class storage_auth_method { unknown, key, password };
enum class video_codec { unknown, h264, vp8 };
enum class watermark_position { unknown, left_top, right_top, left_bottom, right_bottom };
enum class meeting_status { unknown, active, inactive };

template <>
struct enum_names<summary_type> {
  using E = summary_type;
  static constexpr std::array<enum_name<E>, 9> values{{
      {E::general, "general"},
      {E::team_meeting, "team_meeting"},
      {E::sales_call, "sales_call"},
      {E::client_check_in, "client_check_in"},
      {E::interview, "interview"},
      {E::daily_standup, "daily_standup"},
      {E::one_on_one_meeting, "one_on_one_meeting"},
      {E::lecture, "lecture"},
      {E::code_review, "code_review"},
  }};
};
template <>
struct enum_names<summary_text_format> {
  using E = summary_text_format;
  static constexpr std::array<enum_name<E>, 2> values{{
      {E::plain_text, "plain_text"},
      {E::markdown, "markdown"},
  }};
};
template <>
struct enum_names<transcription_language> {
  using E = transcription_language;
  static constexpr std::array<enum_name<E>, 10> values{{
      {E::en_us, "en-US"},
      {E::en_in, "en-IN"},
      {E::de, "de"},
      {E::hi, "hi"},
      {E::sv, "sv"},
      {E::ru, "ru"},
      {E::pl, "pl"},
      {E::el, "el"},
      {E::fr, "fr"},
      {E::nl, "nl"},
  }};
};
template <>
struct enum_names<audio_channel> {
  using E = audio_channel;
  static constexpr std::array<enum_name<E>, 2> values{{
      {E::mono, "mono"},
      {E::stereo, "stereo"},
  }};
};
template <>
struct enum_names<audio_codec> {
  using E = audio_codec;
  static constexpr std::array<enum_name<E>, 2> values{{
      {E::mp3, "MP3"},
      {E::aac, "AAC"},
  }};
};
template <>
struct enum_names<storage_type> {
  using E = storage_type;
  static constexpr std::array<enum_name<E>, 5> values{{
      {E::aws, "aws"},
      {E::azure, "azure"},
      {E::digitalocean, "digitalocean"},
      {E::gcs, "gcs"},
      {E::sftp, "sftp"},
  }};
};
template <>
struct enum_names<storage_auth_method> {
  using E = storage_auth_method;
  static constexpr std::array<enum_name<E>, 2> values{{
      {E::key, "KEY"},
      {E::password, "PASSWORD"},
  }};
};
template <>
struct enum_names<video_codec> {
  using E = video_codec;
  static constexpr std::array<enum_name<E>, 2> values{{
      {E::h264, "H264"},
      {E::vp8, "VP8"},
  }};
};
template <>
struct enum_names<watermark_position> {
  using E = watermark_position;
  static constexpr std::array<enum_name<E>, 4> values{{
      {E::left_top, "left top"},
      {E::right_top, "right top"},
      {E::left_bottom, "left bottom"},
      {E::right_bottom, "right bottom"},
  }};
};
template <>
struct enum_names<meeting_status> {
  using E = meeting_status;
  static constexpr std::array<enum_name<E>, 2> values{{
      {E::active, "ACTIVE"},
      {E::inactive, "INACTIVE"},
  }};
};

// ---- AI ---------------------------------------------------------------------------------

struct summarization_config {
  std::optional<open_enum<::rtk::summary_type>> summary_type{};
  std::optional<open_enum<summary_text_format>> text_format{};
  std::optional<std::int64_t> word_limit{};
  extra_fields extra{};
};

struct transcription_config {
  std::optional<std::vector<std::string>> keywords{};
  std::optional<open_enum<transcription_language>> language{};
  std::optional<bool> profanity_filter{};
  extra_fields extra{};
};

struct ai_config {
  std::optional<summarization_config> summarization{};
  std::optional<transcription_config> transcription{};
  extra_fields extra{};
};

// ---- recording ----------------------------------------------------------------------------

struct audio_config {
  std::optional<open_enum<audio_channel>> channel{};
  std::optional<open_enum<audio_codec>> codec{};
  std::optional<bool> export_file{};
  extra_fields extra{};
};

struct live_streaming_config {
  std::optional<std::string> rtmp_url{};
  extra_fields extra{};
};

struct realtimekit_bucket_config {
  bool enabled = false;
  extra_fields extra{};
};

// Where recordings are uploaded. access_key, secret, password and private_key are credentials:
// rtk never writes them to a log or an error message (and the API never returns them).
struct storage_config {
  open_enum<storage_type> type{};
  std::optional<std::string> access_key{};
  std::optional<open_enum<storage_auth_method>> auth_method{};
  std::optional<std::string> bucket{};
  std::optional<std::string> host{};
  std::optional<std::string> password{};
  std::optional<std::string> path{};
  std::optional<std::int64_t> port{};
  std::optional<std::string> private_key{};
  std::optional<std::string> region{};
  std::optional<std::string> secret{};
  std::optional<std::string> username{};
  extra_fields extra{};
};

struct watermark_size {
  std::optional<std::int64_t> height{};
  std::optional<std::int64_t> width{};
  extra_fields extra{};
};

struct watermark {
  std::optional<open_enum<watermark_position>> position{};
  std::optional<watermark_size> size{};
  std::optional<std::string> url{};
  extra_fields extra{};
};

struct video_config {
  std::optional<open_enum<video_codec>> codec{};
  std::optional<bool> export_file{};
  std::optional<std::int64_t> height{};
  std::optional<::rtk::watermark> watermark{};
  std::optional<std::int64_t> width{};
  extra_fields extra{};
};

struct recording_config {
  std::optional<::rtk::audio_config> audio_config{};
  std::optional<std::string> file_name_prefix{};
  std::optional<::rtk::live_streaming_config> live_streaming_config{};
  std::optional<std::int64_t> max_seconds{};
  std::optional<::rtk::realtimekit_bucket_config> realtimekit_bucket_config{};
  std::optional<::rtk::storage_config> storage_config{};
  std::optional<::rtk::video_config> video_config{};
  extra_fields extra{};
};

// ---- meetings -----------------------------------------------------------------------------

struct meeting {
  std::string id{};
  std::string created_at{};  // ISO 8601, as the server sent it
  std::string updated_at{};
  std::optional<::rtk::ai_config> ai_config{};
  std::optional<bool> live_stream_on_start{};
  std::optional<bool> persist_chat{};
  std::optional<bool> record_on_start{};
  std::optional<::rtk::recording_config> recording_config{};
  std::optional<std::int64_t> session_keep_alive_time_in_secs{};
  std::optional<open_enum<meeting_status>> status{};
  std::optional<bool> summarize_on_end{};
  std::optional<std::string> title{};
  extra_fields extra{};
};

// Body of "Create a meeting". Every field is optional: an empty request creates a meeting
// with the app's defaults.
struct create_meeting_request {
  std::optional<borrowed<::rtk::ai_config>> ai_config{};
  std::optional<bool> live_stream_on_start{};
  std::optional<bool> persist_chat{};
  std::optional<bool> record_on_start{};
  std::optional<borrowed<::rtk::recording_config>> recording_config{};
  std::optional<std::int64_t> session_keep_alive_time_in_secs{};
  std::optional<bool> summarize_on_end{};
  std::optional<text> title{};
  std::optional<bool> transcribe_on_end{};  // sent by the official SDK; not in the reference
  text extra{};
};

// Body of "Update a meeting" (PATCH): only the fields set are sent; rtk::null sends an explicit
// null. recording_config and transcribe_on_end are not in the reference's body but the official
// SDK sends them.
struct update_meeting_request {
  nullable<borrowed<::rtk::ai_config>> ai_config{};
  nullable<bool> live_stream_on_start{};
  nullable<bool> persist_chat{};
  nullable<bool> record_on_start{};
  nullable<borrowed<::rtk::recording_config>> recording_config{};
  nullable<std::int64_t> session_keep_alive_time_in_secs{};
  nullable<meeting_status> status{};
  nullable<bool> summarize_on_end{};
  nullable<text> title{};
  nullable<bool> transcribe_on_end{};
  text extra{};
};

// Body of "Replace a meeting" (PUT): every field is optional; rtk::null sends an explicit null.
struct replace_meeting_request {
  nullable<borrowed<::rtk::ai_config>> ai_config{};
  nullable<bool> live_stream_on_start{};
  nullable<bool> persist_chat{};
  nullable<bool> record_on_start{};
  nullable<borrowed<::rtk::recording_config>> recording_config{};
  nullable<std::int64_t> session_keep_alive_time_in_secs{};
  nullable<bool> summarize_on_end{};
  nullable<text> title{};
  nullable<bool> transcribe_on_end{};  // sent by the official SDK; not in the reference
  text extra{};
};

// Query of "Fetch all meetings for an App". Times are ISO 8601 text. `status` is not in the
// reference's query list but the official SDK sends it.
struct list_meetings_query {
  std::optional<text> end_time{};
  std::optional<std::int64_t> page_no{};
  std::optional<std::int64_t> per_page{};
  std::optional<text> search{};
  std::optional<text> start_time{};
  std::optional<meeting_status> status{};
  text extra{};
};

// Query of "Fetch a meeting for an App".
struct get_meeting_query {
  std::optional<text> name{};
  text extra{};
};

// ---- participants -------------------------------------------------------------------------

// A meeting's participant. `token` comes only from "Add a participant" and "Edit a
// participant's detail"; list and get leave it out.
struct participant {
  std::string id{};
  std::string created_at{};  // ISO 8601, as the server sent it
  std::string custom_participant_id{};
  std::string preset_name{};
  std::string updated_at{};
  std::optional<std::string> name{};
  std::optional<std::string> picture{};
  // SECRET: the participant's auth token, a credential for joining the meeting. Never log it.
  std::optional<std::string> token{};
  extra_fields extra{};
};

// The `data` of "Delete a participant": what the participant was.
struct deleted_participant {
  std::string created_at{};
  std::string custom_participant_id{};
  std::string preset_id{};
  std::string updated_at{};
  extra_fields extra{};
};

// The `data` of "Refresh participant's authentication token".
struct participant_token {
  // SECRET: the regenerated auth token, a credential for joining the meeting. Never log it.
  std::string token{};
  extra_fields extra{};
};

// Body of "Add a participant".
struct add_participant_request {
  text custom_participant_id{};  // required: a unique ID (UUID, email address...)
  text preset_name{};            // required
  std::optional<text> name{};
  std::optional<text> picture{};  // URL
  text extra{};
};

// Body of "Edit a participant's detail" (PATCH): only the fields set are sent; rtk::null sends
// an explicit null.
struct update_participant_request {
  nullable<text> name{};
  nullable<text> picture{};
  nullable<text> preset_name{};
  text extra{};
};

// Query of "Fetch all participants of a meeting".
struct list_meeting_participants_query {
  std::optional<std::int64_t> page_no{};
  std::optional<std::int64_t> per_page{};
  text extra{};
};

}  // namespace rtk
