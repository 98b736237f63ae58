#pragma once
// Value types of the Livestreams group: a livestream (independent or a meeting's), its
// sessions, the bodies that create and start one, the list and analytics filters, and the
// livestream analytics results. Day-wise session/recording analytics are the Analytics group's.

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

enum class livestream_status { unknown, live, idle, errored, invoked };
enum class livestream_sort_order { unknown, asc, dsc };

template <>
struct enum_names<livestream_status> {
  using E = livestream_status;
  static constexpr std::array<enum_name<E>, 4> values{{
      {E::live, "LIVE"},
      {E::idle, "IDLE"},
      {E::errored, "ERRORED"},
      {E::invoked, "INVOKED"},
  }};
};
template <>
struct enum_names<livestream_sort_order> {
  using E = livestream_sort_order;
  static constexpr std::array<enum_name<E>, 2> values{{
      {E::asc, "ASC"},
      {E::dsc, "DSC"},
  }};
};

// ---- livestreams --------------------------------------------------------------------------

// A livestream, as every endpoint of the group returns it (each sends a subset: "Start
// livestreaming a meeting" has no name, meeting_id, disabled or timestamps). stream_key is a
// credential for the ingest server: rtk never logs bodies.
//
// `disabled` drifts in the reference: a boolean in "Create an independent livestream", a
// string in the four other descriptions, whose examples all read the placeholder "disabled".
// Every example with a real value (the create example here, and the list, details and
// active-livestream examples of the upstream Dyte v2 reference) is a JSON boolean, so rtk
// declares bool; a string value fails to fit and stays verbatim in `extra` (lenient decoding),
// the call still succeeds.
struct livestream {
  std::optional<std::string> id{};
  std::optional<std::string> created_at{};  // ISO 8601, as the server sent it
  std::optional<std::string> updated_at{};
  std::optional<bool> disabled{};
  std::optional<std::string> ingest_server{};  // RTMP(S) URL the encoder pushes to
  std::optional<std::string> meeting_id{};     // null for independent livestreams
  std::optional<std::string> name{};
  std::optional<std::string> playback_url{};  // HLS manifest for viewers
  std::optional<open_enum<livestream_status>> status{};
  std::optional<std::string> stream_key{};
  extra_fields extra{};
};

// One run of a livestream, from ingest start to stop. The reference types ingest_seconds and
// viewer_seconds as numbers ("Fetch livestream session details", "Fetch livestream details")
// and as strings ("Fetch active livestream session details"); real values are numbers, and
// viewer_seconds can be fractional (116.11599994199997), hence double. A string value stays in
// `extra`.
struct livestream_session {
  std::optional<std::string> id{};
  std::optional<std::string> created_at{};  // ISO 8601
  std::optional<std::string> updated_at{};
  std::optional<std::string> err_message{};
  std::optional<double> ingest_seconds{};
  std::optional<std::string> invoked_time{};  // ISO 8601
  std::optional<std::string> livestream_id{};
  std::optional<std::string> started_time{};  // ISO 8601
  std::optional<std::string> stopped_time{};  // ISO 8601
  std::optional<double> viewer_seconds{};
  extra_fields extra{};
};

// "Fetch active livestream session details": a livestream and its running session.
struct livestream_active_session {
  std::optional<::rtk::livestream> livestream{};
  std::optional<livestream_session> session{};
  extra_fields extra{};
};

// "Fetch livestream details using livestream ID": a livestream with its sessions, paginated
// by page_no/per_page. The reference documents one `session` object and `paging` inside
// `data`; the upstream (Dyte v2) example sends a `sessions` array and `paging` beside `data`.
// rtk maps all three; whatever the server sends is kept.
struct livestream_details {
  std::optional<::rtk::livestream> livestream{};
  std::optional<rtk::paging> paging{};
  std::optional<livestream_session> session{};
  std::optional<std::vector<livestream_session>> sessions{};
  extra_fields extra{};
};

// "Stop livestreaming a meeting": the server's confirmation ("Stopped live stream
// successfully").
struct livestream_stop_result {
  std::optional<std::string> message{};
  extra_fields extra{};
};

// ---- analytics ----------------------------------------------------------------------------

// "Fetch complete analytics data for your livestreams": totals over the time range.
struct livestream_analytics {
  std::optional<std::int64_t> count{};
  std::optional<std::int64_t> total_ingest_seconds{};
  std::optional<std::int64_t> total_viewer_seconds{};
  extra_fields extra{};
};

// One day of "Fetch day-wise analytics data for your livestreams" (an endpoint the official
// SDK has and the reference does not describe; shape from the upstream Dyte v2 example).
struct livestream_day_analytics {
  std::optional<std::string> date{};  // ISO 8601, midnight of the day
  std::optional<std::int64_t> count{};
  std::optional<std::int64_t> total_ingest_seconds{};
  std::optional<std::int64_t> total_viewer_seconds{};
  extra_fields extra{};
};

// ---- requests -----------------------------------------------------------------------------

// Body of "Create an independent livestream". Empty is valid: the server names it.
struct create_livestream_request {
  std::optional<text> name{};
  text extra{};
};

// Output size of a meeting's livestream, in pixels (not the recording video_config).
struct livestream_video_config {
  std::optional<std::int64_t> height{};
  std::optional<std::int64_t> width{};
  extra_fields extra{};
};

// Body of "Start livestreaming a meeting". Empty is valid (sent as `{}`).
struct start_livestream_request {
  std::optional<text> name{};
  std::optional<borrowed<livestream_video_config>> video_config{};
  text extra{};
};

// Query of "Fetch all livestreams".
struct list_livestreams_query {
  std::optional<text> end_time{};  // ISO 8601
  std::optional<bool> exclude_meetings{};
  std::optional<std::int64_t> page_no{};
  std::optional<std::int64_t> per_page{};
  std::optional<livestream_sort_order> sort_order{};
  std::optional<text> start_time{};  // ISO 8601
  std::optional<livestream_status> status{};
  text extra{};
};

// Query of "Fetch livestream details using livestream ID" (pages through its sessions).
struct get_livestream_query {
  std::optional<std::int64_t> page_no{};
  std::optional<std::int64_t> per_page{};
  text extra{};
};

// Query of "Fetch complete analytics data for your livestreams". The reference calls
// start_time/end_time ISO strings; the official SDK sends Unix seconds (1735689600), which is
// what rtk types. `filters` is not in the reference (the SDK sends it, e.g. "region").
struct livestream_analytics_complete_query {
  std::optional<std::int64_t> end_time{};  // Unix seconds
  std::optional<text> filters{};
  std::optional<std::int64_t> start_time{};  // Unix seconds
  text extra{};
};

// Query of "Fetch day-wise analytics data for your livestreams": as the complete query.
struct livestream_analytics_daywise_query {
  std::optional<std::int64_t> end_time{};  // Unix seconds
  std::optional<text> filters{};
  std::optional<std::int64_t> start_time{};  // Unix seconds
  text extra{};
};

}  // namespace rtk
