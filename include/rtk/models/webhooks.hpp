#pragma once
// Value types of the Webhooks group: a webhook, the events it can subscribe to, and the
// bodies that create, replace (PUT) and edit (PATCH) one.

#include <rtk/models/common.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rtk {

// ---- enums -----------------------------------------------------------------------------

enum class webhook_event {
  unknown,
  meeting_started,
  meeting_ended,
  meeting_participant_joined,
  meeting_participant_left,
  meeting_chat_synced,
  recording_status_update,
  livestreaming_status_update,
  meeting_transcript,
  meeting_summary,
};

template <>
struct enum_names<webhook_event> {
  using E = webhook_event;
  static constexpr std::array<enum_name<E>, 9> values{{
      {E::meeting_started, "meeting.started"},
      {E::meeting_ended, "meeting.ended"},
      {E::meeting_participant_joined, "meeting.participantJoined"},
      {E::meeting_participant_left, "meeting.participantLeft"},
      {E::meeting_chat_synced, "meeting.chatSynced"},
      {E::recording_status_update, "recording.statusUpdate"},
      {E::livestreaming_status_update, "livestreaming.statusUpdate"},
      {E::meeting_transcript, "meeting.transcript"},
      {E::meeting_summary, "meeting.summary"},
  }};
};

// ---- webhooks -----------------------------------------------------------------------------

struct webhook {
  std::string id{};
  std::string created_at{};  // ISO 8601, as the server sent it
  bool enabled = false;
  std::vector<open_enum<webhook_event>> events{};
  std::string name{};
  std::string updated_at{};
  std::string url{};
  extra_fields extra{};
};

// Body of "Add a webhook".
struct create_webhook_request {
  std::span<const webhook_event> events{};
  text name{};
  text url{};
  std::optional<bool> enabled{};
  text extra{};
};

// Body of "Replace a webhook" (PUT): every field is rewritten.
struct replace_webhook_request {
  std::span<const webhook_event> events{};
  text name{};
  text url{};
  nullable<bool> enabled{};
  text extra{};
};

// Body of "Edit a webhook" (PATCH): only the fields set are changed.
struct update_webhook_request {
  nullable<bool> enabled{};
  nullable<std::span<const webhook_event>> events{};
  nullable<text> name{};
  nullable<text> url{};
  text extra{};
};

}  // namespace rtk
