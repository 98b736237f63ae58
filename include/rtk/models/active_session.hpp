#pragma once
// Value types of the Active Session group: the ongoing session of a meeting, the results of
// kicking participants out of it, a poll created in it, and the request bodies of those
// operations. Member names are the API's field names.

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

enum class active_session_status { unknown, live, ended };
enum class active_session_type { unknown, meeting, livestream, participant };

template <>
struct enum_names<active_session_status> {
  using E = active_session_status;
  static constexpr std::array<enum_name<E>, 2> values{{
      {E::live, "LIVE"},
      {E::ended, "ENDED"},
  }};
};
template <>
struct enum_names<active_session_type> {
  using E = active_session_type;
  static constexpr std::array<enum_name<E>, 3> values{{
      {E::meeting, "meeting"},
      {E::livestream, "livestream"},
      {E::participant, "participant"},
  }};
};

// ---- the active session --------------------------------------------------------------------

// The ongoing session of a meeting.
struct active_session {
  std::string id{};
  std::string associated_id{};  // the meeting's ID (a room name for V1 meetings)
  std::string created_at{};     // timestamps as the server sent them
  std::int64_t live_participants = 0;
  std::int64_t max_concurrent_participants = 0;
  std::string meeting_display_name{};
  double minutes_consumed = 0;
  std::string organization_id{};  // the app that hosts the session
  std::string started_at{};
  open_enum<active_session_status> status{};
  open_enum<active_session_type> type{};
  std::string updated_at{};
  std::optional<std::vector<raw_json>> breakout_rooms{};
  std::optional<std::string> ended_at{};
  std::optional<raw_json> meta{};
  extra_fields extra{};
};

// ---- kicking participants ------------------------------------------------------------------

// A participant of the active session, as "Kick participants" reports it.
struct active_session_participant {
  std::string id{};
  std::string created_at{};
  std::string updated_at{};
  std::optional<std::string> email{};
  std::optional<std::string> name{};
  std::optional<std::string> picture{};  // URL
  extra_fields extra{};
};

// The `data` of "Kick participants from an active session".
struct kicked_participants {
  std::optional<std::string> action{};
  std::optional<std::vector<active_session_participant>> participants{};
  extra_fields extra{};
};

// The `data` of "Kick all participants".
struct kicked_all_participants {
  std::optional<std::string> action{};
  std::optional<std::int64_t> kicked_participants_count{};
  extra_fields extra{};
};

// Body of "Kick participants from an active session": by rtk participant ID, by custom
// participant ID, or both. The reference lists both arrays without "optional"; the official
// SDK treats them as optional (and sends `{}` when neither is given), so they are optional here.
struct kick_participants_request {
  std::optional<std::span<const std::string>> custom_participant_ids{};
  std::optional<std::span<const std::string>> participant_ids{};
  text extra{};
};

// ---- polls --------------------------------------------------------------------------------

struct poll_vote {
  std::string id{};
  std::string name{};
  extra_fields extra{};
};

struct poll_option {
  std::int64_t count = 0;
  std::string text{};
  std::vector<poll_vote> votes{};
  extra_fields extra{};
};

// A poll of the active session. (Not named `poll`, which would clash with POSIX ::poll under
// `using namespace rtk`.)
struct active_session_poll {
  std::string id{};
  std::vector<poll_option> options{};
  std::string question{};
  std::optional<bool> anonymous{};
  std::optional<std::string> created_by{};
  std::optional<bool> hide_votes{};
  std::optional<std::vector<std::string>> voted{};
  extra_fields extra{};
};

// The `data` of "Create a poll".
struct created_poll {
  std::optional<std::string> action{};
  std::optional<active_session_poll> poll{};
  extra_fields extra{};
};

// Body of "Create a poll".
struct create_poll_request {
  std::span<const std::string> options{};  // required: the answer options
  text question{};                         // required
  std::optional<bool> anonymous{};
  std::optional<bool> hide_votes{};  // hide votes on an option until the viewer has voted
  text extra{};
};

}  // namespace rtk
