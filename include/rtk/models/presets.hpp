#pragma once
// Value types of the Presets group: a preset (its meeting config, participant permissions and
// UI design tokens), the summaries "Fetch all presets" lists, and the request bodies and query
// of the group's operations. Create and replace share the preset's own nested types; the PATCH
// body has `_update` twins whose every field is nullable, so a partial update sends only what
// is set.

#include <rtk/models/common.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace rtk {

// ---- enums -----------------------------------------------------------------------------

// The reference lists GROUP_CALL, WEBINAR and AUDIO_ROOM; the official SDK adds LIVESTREAM.
enum class preset_view_type { unknown, group_call, webinar, audio_room, livestream };
// The reference lists hd, vga and qvga; the official SDK adds fhd and uhd.
enum class preset_media_quality { unknown, hd, vga, qvga, fhd, uhd };
// Media `can_produce` and `stage_access`.
enum class preset_access_level { unknown, allowed, not_allowed, can_request };
enum class preset_waiting_room_type { unknown, skip, on_privileged_user_entry, skip_on_accept };
enum class preset_recorder_type { unknown, recorder, livestreamer, none };
enum class preset_plugin_access_control { unknown, full_access, view_only };
// The reference lists only "rounded", "thin" and "dark"; the other values are the official
// SDK's.
enum class preset_border_radius { unknown, sharp, rounded, extra_rounded, circular };
enum class preset_border_width { unknown, none, thin, fat };
enum class preset_theme { unknown, darkest, dark, light };

template <>
struct enum_names<preset_view_type> {
  using E = preset_view_type;
  static constexpr std::array<enum_name<E>, 4> values{{
      {E::group_call, "GROUP_CALL"},
      {E::webinar, "WEBINAR"},
      {E::audio_room, "AUDIO_ROOM"},
      {E::livestream, "LIVESTREAM"},
  }};
};
template <>
struct enum_names<preset_media_quality> {
  using E = preset_media_quality;
  static constexpr std::array<enum_name<E>, 5> values{{
      {E::hd, "hd"},
      {E::vga, "vga"},
      {E::qvga, "qvga"},
      {E::fhd, "fhd"},
      {E::uhd, "uhd"},
  }};
};
template <>
struct enum_names<preset_access_level> {
  using E = preset_access_level;
  static constexpr std::array<enum_name<E>, 3> values{{
      {E::allowed, "ALLOWED"},
      {E::not_allowed, "NOT_ALLOWED"},
      {E::can_request, "CAN_REQUEST"},
  }};
};
template <>
struct enum_names<preset_waiting_room_type> {
  using E = preset_waiting_room_type;
  static constexpr std::array<enum_name<E>, 3> values{{
      {E::skip, "SKIP"},
      {E::on_privileged_user_entry, "ON_PRIVILEGED_USER_ENTRY"},
      {E::skip_on_accept, "SKIP_ON_ACCEPT"},
  }};
};
template <>
struct enum_names<preset_recorder_type> {
  using E = preset_recorder_type;
  static constexpr std::array<enum_name<E>, 3> values{{
      {E::recorder, "RECORDER"},
      {E::livestreamer, "LIVESTREAMER"},
      {E::none, "NONE"},
  }};
};
template <>
struct enum_names<preset_plugin_access_control> {
  using E = preset_plugin_access_control;
  static constexpr std::array<enum_name<E>, 2> values{{
      {E::full_access, "FULL_ACCESS"},
      {E::view_only, "VIEW_ONLY"},
  }};
};
template <>
struct enum_names<preset_border_radius> {
  using E = preset_border_radius;
  static constexpr std::array<enum_name<E>, 4> values{{
      {E::sharp, "sharp"},
      {E::rounded, "rounded"},
      {E::extra_rounded, "extra-rounded"},
      {E::circular, "circular"},
  }};
};
template <>
struct enum_names<preset_border_width> {
  using E = preset_border_width;
  static constexpr std::array<enum_name<E>, 3> values{{
      {E::none, "none"},
      {E::thin, "thin"},
      {E::fat, "fat"},
  }};
};
template <>
struct enum_names<preset_theme> {
  using E = preset_theme;
  static constexpr std::array<enum_name<E>, 3> values{{
      {E::darkest, "darkest"},
      {E::dark, "dark"},
      {E::light, "light"},
  }};
};

// ---- config ------------------------------------------------------------------------------

// Maximum number of video streams visible on a device.
struct preset_max_video_streams {
  std::int64_t desktop = 0;
  std::int64_t mobile = 0;
  extra_fields extra{};
};

struct preset_screenshare_config {
  std::int64_t frame_rate = 0;
  open_enum<preset_media_quality> quality{};
  extra_fields extra{};
};

struct preset_video_config {
  std::int64_t frame_rate = 0;
  open_enum<preset_media_quality> quality{};
  std::optional<bool> simulcast{};  // sent by the official SDK; not in the reference
  extra_fields extra{};
};

struct preset_audio_config {
  std::optional<bool> enable_high_bitrate{};
  std::optional<bool> enable_stereo{};
  extra_fields extra{};
};

struct preset_media_config {
  preset_screenshare_config screenshare{};
  preset_video_config video{};
  std::optional<preset_audio_config> audio{};
  extra_fields extra{};
};

struct preset_config {
  std::int64_t max_screenshare_count = 0;
  preset_max_video_streams max_video_streams{};
  preset_media_config media{};
  open_enum<preset_view_type> view_type{};
  // Livestream viewer quality levels (e.g. 360, 720, 1080). Sent by the official SDK; not in
  // the reference.
  std::optional<std::vector<std::int64_t>> livestream_viewer_qualities{};
  extra_fields extra{};
};

// ---- permissions --------------------------------------------------------------------------

struct preset_private_chat_permissions {
  bool can_receive = false;
  bool can_send = false;
  bool files = false;
  bool text = false;
  extra_fields extra{};
};

struct preset_public_chat_permissions {
  bool can_send = false;  // can send messages in general
  bool files = false;     // can send file messages
  bool text = false;      // can send text messages
  extra_fields extra{};
};

// `private_` and `public_` are the JSON fields "private" and "public" (C++ keywords).
struct preset_chat_permissions {
  preset_private_chat_permissions private_{};  // JSON "private"
  preset_public_chat_permissions public_{};    // JSON "public"
  extra_fields extra{};
};

struct preset_connected_meetings_permissions {
  bool can_alter_connected_meetings = false;
  bool can_switch_connected_meetings = false;
  bool can_switch_to_parent_meeting = false;
  extra_fields extra{};
};

// Whether a participant may produce one kind of media (audio, screen share or video).
struct preset_media_produce_permission {
  open_enum<preset_access_level> can_produce{};
  extra_fields extra{};
};

struct preset_media_permissions {
  preset_media_produce_permission audio{};
  preset_media_produce_permission screenshare{};
  preset_media_produce_permission video{};
  extra_fields extra{};
};

// One plugin's settings, in preset_plugin_permissions::config under the plugin's id.
struct preset_plugin_config {
  std::optional<open_enum<preset_plugin_access_control>> access_control{};
  std::optional<bool> handles_view_only{};
  std::optional<std::int64_t> max_pages{};  // sent by the official SDK; not in the reference
  extra_fields extra{};
};

struct preset_plugin_permissions {
  bool can_close = false;        // can close plugins that are already open
  bool can_edit_config = false;  // can edit plugin config
  bool can_start = false;        // can start plugins
  // Settings keyed by plugin id (a UUID), as the SDKs send them; the reference documents
  // "string or object" and its response examples show a plain string (one plugin id).
  std::variant<std::map<std::string, preset_plugin_config>, std::string> config{};
  extra_fields extra{};
};

struct preset_poll_permissions {
  bool can_create = false;
  bool can_view = false;
  bool can_vote = false;
  extra_fields extra{};
};

struct preset_permissions {
  bool accept_waiting_requests = false;
  bool can_accept_production_requests = false;
  bool can_change_participant_permissions = false;
  bool can_edit_display_name = false;
  bool can_livestream = false;
  bool can_record = false;
  bool can_spotlight = false;
  preset_chat_permissions chat{};
  preset_connected_meetings_permissions connected_meetings{};
  bool disable_participant_audio = false;
  bool disable_participant_screensharing = false;
  bool disable_participant_video = false;
  bool hidden_participant = false;  // whether this participant is hidden from others
  bool kick_participant = false;
  preset_media_permissions media{};
  bool pin_participant = false;
  preset_plugin_permissions plugins{};
  preset_poll_permissions polls{};
  open_enum<preset_recorder_type> recorder_type{};
  bool show_participant_list = false;
  open_enum<preset_waiting_room_type> waiting_room_type{};
  std::optional<bool> is_recorder{};
  // The official SDK sends these; the reference does not list them.
  std::optional<bool> accept_stage_requests{};
  std::optional<open_enum<preset_access_level>> stage_access{};
  std::optional<bool> stage_enabled{};
  std::optional<bool> transcription_enabled{};
  extra_fields extra{};
};

// ---- UI ------------------------------------------------------------------------------------

// Colors are CSS color strings. `background` and `brand` are shade scales keyed by shade
// number: background "600", "700", "800", "900", "1000"; brand "300" to "700".
struct preset_colors {
  std::map<std::string, std::string> background{};
  std::map<std::string, std::string> brand{};
  std::string danger{};
  std::string success{};
  std::string text{};
  std::string text_on_brand{};
  std::string video_bg{};
  std::string warning{};
  extra_fields extra{};
};

struct preset_design_tokens {
  open_enum<preset_border_radius> border_radius{};
  open_enum<preset_border_width> border_width{};
  preset_colors colors{};
  std::int64_t spacing_base = 0;
  open_enum<preset_theme> theme{};
  // The reference marks `logo` required, but the official SDK treats it as optional; font_family
  // and google_font are the SDK's, not in the reference.
  std::optional<std::string> font_family{};
  std::optional<std::string> google_font{};
  std::optional<std::string> logo{};  // URL
  extra_fields extra{};
};

struct preset_ui {
  preset_design_tokens design_tokens{};
  raw_json config_diff{};  // shape left open by the reference; empty = absent
  extra_fields extra{};
};

// ---- presets -------------------------------------------------------------------------------

// A preset, as create, get, update, replace and delete return it.
struct preset {
  std::string id{};
  preset_config config{};
  std::string name{};
  preset_ui ui{};
  std::optional<preset_permissions> permissions{};
  // Not in the reference's preset; the official SDK's responses carry them (ISO 8601).
  std::optional<std::string> created_at{};
  std::optional<std::string> updated_at{};
  extra_fields extra{};
};

// One item of "Fetch all presets".
struct preset_summary {
  std::optional<std::string> id{};
  std::optional<std::string> created_at{};  // ISO 8601, as the server sent it
  std::optional<std::string> name{};
  std::optional<std::string> updated_at{};
  extra_fields extra{};
};

// Body of "Create a preset". All four fields are required (the official SDK requires
// `permissions` too, though the reference marks it optional).
struct create_preset_request {
  borrowed<preset_config> config{};
  text name{};
  borrowed<preset_permissions> permissions{};
  borrowed<preset_ui> ui{};
  text extra{};
};

// Body of "Replace a preset" (PUT /{app_id}/presets/{preset_id}): the whole preset, as create
// takes it. This operation is the official SDK's; the reference does not document it.
struct replace_preset_request {
  borrowed<preset_config> config{};
  text name{};
  borrowed<preset_permissions> permissions{};
  borrowed<preset_ui> ui{};
  text extra{};
};

// Query of "Fetch all presets". `search` (by name) is the official SDK's, not in the reference.
struct list_presets_query {
  std::optional<std::int64_t> page_no{};
  std::optional<std::int64_t> per_page{};
  std::optional<text> search{};
  text extra{};
};

// ---- PATCH body: every field optional at every depth; rtk::null sends an explicit null ------

struct preset_max_video_streams_update {
  nullable<std::int64_t> desktop{};
  nullable<std::int64_t> mobile{};
  extra_fields extra{};
};

struct preset_screenshare_config_update {
  nullable<std::int64_t> frame_rate{};
  nullable<open_enum<preset_media_quality>> quality{};
  extra_fields extra{};
};

struct preset_video_config_update {
  nullable<std::int64_t> frame_rate{};
  nullable<open_enum<preset_media_quality>> quality{};
  nullable<bool> simulcast{};
  extra_fields extra{};
};

struct preset_media_config_update {
  nullable<preset_audio_config> audio{};
  nullable<preset_screenshare_config_update> screenshare{};
  nullable<preset_video_config_update> video{};
  extra_fields extra{};
};

struct preset_config_update {
  nullable<std::vector<std::int64_t>> livestream_viewer_qualities{};
  nullable<std::int64_t> max_screenshare_count{};
  nullable<preset_max_video_streams_update> max_video_streams{};
  nullable<preset_media_config_update> media{};
  nullable<open_enum<preset_view_type>> view_type{};
  extra_fields extra{};
};

struct preset_private_chat_permissions_update {
  nullable<bool> can_receive{};
  nullable<bool> can_send{};
  nullable<bool> files{};
  nullable<bool> text{};
  extra_fields extra{};
};

struct preset_public_chat_permissions_update {
  nullable<bool> can_send{};
  nullable<bool> files{};
  nullable<bool> text{};
  extra_fields extra{};
};

struct preset_chat_permissions_update {
  nullable<preset_private_chat_permissions_update> private_{};  // JSON "private"
  nullable<preset_public_chat_permissions_update> public_{};    // JSON "public"
  extra_fields extra{};
};

struct preset_connected_meetings_permissions_update {
  nullable<bool> can_alter_connected_meetings{};
  nullable<bool> can_switch_connected_meetings{};
  nullable<bool> can_switch_to_parent_meeting{};
  extra_fields extra{};
};

struct preset_media_produce_permission_update {
  nullable<open_enum<preset_access_level>> can_produce{};
  extra_fields extra{};
};

struct preset_media_permissions_update {
  nullable<preset_media_produce_permission_update> audio{};
  nullable<preset_media_produce_permission_update> screenshare{};
  nullable<preset_media_produce_permission_update> video{};
  extra_fields extra{};
};

struct preset_plugin_permissions_update {
  nullable<bool> can_close{};
  nullable<bool> can_edit_config{};
  nullable<bool> can_start{};
  nullable<std::variant<std::map<std::string, preset_plugin_config>, std::string>>
      config{};  // keyed by plugin id, or one plugin id
  extra_fields extra{};
};

struct preset_poll_permissions_update {
  nullable<bool> can_create{};
  nullable<bool> can_view{};
  nullable<bool> can_vote{};
  extra_fields extra{};
};

struct preset_permissions_update {
  nullable<bool> accept_stage_requests{};
  nullable<bool> accept_waiting_requests{};
  nullable<bool> can_accept_production_requests{};
  nullable<bool> can_change_participant_permissions{};
  nullable<bool> can_edit_display_name{};
  nullable<bool> can_livestream{};
  nullable<bool> can_record{};
  nullable<bool> can_spotlight{};
  nullable<preset_chat_permissions_update> chat{};
  nullable<preset_connected_meetings_permissions_update> connected_meetings{};
  nullable<bool> disable_participant_audio{};
  nullable<bool> disable_participant_screensharing{};
  nullable<bool> disable_participant_video{};
  nullable<bool> hidden_participant{};
  nullable<bool> is_recorder{};
  nullable<bool> kick_participant{};
  nullable<preset_media_permissions_update> media{};
  nullable<bool> pin_participant{};
  nullable<preset_plugin_permissions_update> plugins{};
  nullable<preset_poll_permissions_update> polls{};
  nullable<open_enum<preset_recorder_type>> recorder_type{};
  nullable<bool> show_participant_list{};
  nullable<open_enum<preset_access_level>> stage_access{};
  nullable<bool> stage_enabled{};
  nullable<bool> transcription_enabled{};
  nullable<open_enum<preset_waiting_room_type>> waiting_room_type{};
  extra_fields extra{};
};

struct preset_colors_update {
  nullable<std::map<std::string, std::string>> background{};  // keyed by shade: "600"...
  nullable<std::map<std::string, std::string>> brand{};       // keyed by shade: "300"...
  nullable<std::string> danger{};
  nullable<std::string> success{};
  nullable<std::string> text{};
  nullable<std::string> text_on_brand{};
  nullable<std::string> video_bg{};
  nullable<std::string> warning{};
  extra_fields extra{};
};

struct preset_design_tokens_update {
  nullable<open_enum<preset_border_radius>> border_radius{};
  nullable<open_enum<preset_border_width>> border_width{};
  nullable<preset_colors_update> colors{};
  nullable<std::string> font_family{};
  nullable<std::string> google_font{};
  nullable<std::string> logo{};
  nullable<std::int64_t> spacing_base{};
  nullable<open_enum<preset_theme>> theme{};
  extra_fields extra{};
};

struct preset_ui_update {
  raw_json config_diff{};  // empty = absent
  nullable<preset_design_tokens_update> design_tokens{};
  extra_fields extra{};
};

// Body of "Update a preset" (PATCH): only the fields set are sent, at every depth; rtk::null
// sends an explicit null.
struct update_preset_request {
  nullable<borrowed<preset_config_update>> config{};
  nullable<text> name{};
  nullable<borrowed<preset_permissions_update>> permissions{};
  nullable<borrowed<preset_ui_update>> ui{};
  text extra{};
};

}  // namespace rtk
