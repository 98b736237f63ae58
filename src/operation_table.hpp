#pragma once
// Every operation of the API, declared once: rtk's name, the HTTP method and the path template
// as the reference writes them, the official SDK's name(s), whether it is a paged list, and
// whether it is safe to send again after an attempt whose outcome is unknown. The resource
// methods build their requests from these (src/resources), the by-name table lists them
// (rtk::operations(), `rtk ops`, docs/operations.md), and the retry rules read idempotency
// from the request they built.

#include "request.hpp"

#include <string_view>

namespace rtk::detail::ops {

enum class paging { none, pages };

struct descriptor {
  // Idempotent by its method (GET, PUT, DELETE) unless `resend` says otherwise.
  enum class resend { by_method, safe };

  constexpr descriptor(std::string_view name_, http_method method_, std::string_view path_,
                       std::string_view sdk_names_, paging paging_ = paging::none,
                       resend resend_ = resend::by_method)
      : name(name_),
        method(method_),
        path(path_),
        sdk_names(sdk_names_),
        paged(paging_ == paging::pages),
        idempotent(resend_ == resend::safe || idempotent_by_method(method_)) {}

  std::string_view name;  // rtk's name, e.g. "meetings.add_participant"
  http_method method;
  std::string_view path;       // /accounts/{account_id}/realtime/kit/...
  std::string_view sdk_names;  // the official TypeScript SDK's method(s), comma-separated
  bool paged;                  // takes page_no/per_page; has a pager form
  bool idempotent;             // may be resent after an attempt whose outcome is unknown
};

using enum http_method;
using enum paging;
constexpr auto safe_to_resend = descriptor::resend::safe;

// One line per operation, so each reads like the reference's table.
// clang-format off
// ---- Apps -----------------------------------------------------------------------
inline constexpr descriptor apps_list{"apps.list", get, "/accounts/{account_id}/realtime/kit/apps", "apps.get"};
inline constexpr descriptor apps_create{"apps.create", post, "/accounts/{account_id}/realtime/kit/apps", "apps.post"};

// ---- Meetings and their participants --------------------------------------------
inline constexpr descriptor meetings_list{"meetings.list", get, "/accounts/{account_id}/realtime/kit/{app_id}/meetings", "meetings.get", pages};
inline constexpr descriptor meetings_create{"meetings.create", post, "/accounts/{account_id}/realtime/kit/{app_id}/meetings", "meetings.create"};
inline constexpr descriptor meetings_get{"meetings.get", get, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}", "meetings.getMeetingByID"};
inline constexpr descriptor meetings_update{"meetings.update", patch, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}", "meetings.updateMeetingByID"};
inline constexpr descriptor meetings_replace{"meetings.replace", put, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}", "meetings.replaceMeetingByID"};
inline constexpr descriptor meetings_list_participants{"meetings.list_participants", get, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants", "meetings.getMeetingParticipants", pages};
inline constexpr descriptor meetings_add_participant{"meetings.add_participant", post, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants", "meetings.addParticipant"};
inline constexpr descriptor meetings_get_participant{"meetings.get_participant", get, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants/{participant_id}", "meetings.getMeetingParticipant"};
inline constexpr descriptor meetings_update_participant{"meetings.update_participant", patch, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants/{participant_id}", "meetings.editParticipant"};
inline constexpr descriptor meetings_delete_participant{"meetings.delete_participant", del, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants/{participant_id}", "meetings.deleteMeetingParticipant"};
inline constexpr descriptor meetings_refresh_participant_token{"meetings.refresh_participant_token", post, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants/{participant_id}/token", "meetings.refreshParticipantToken"};

// ---- Presets --------------------------------------------------------------------
inline constexpr descriptor presets_list{"presets.list", get, "/accounts/{account_id}/realtime/kit/{app_id}/presets", "presets.get", pages};
inline constexpr descriptor presets_create{"presets.create", post, "/accounts/{account_id}/realtime/kit/{app_id}/presets", "presets.create"};
inline constexpr descriptor presets_get{"presets.get", get, "/accounts/{account_id}/realtime/kit/{app_id}/presets/{preset_id}", "presets.getPresetByID"};
inline constexpr descriptor presets_update{"presets.update", patch, "/accounts/{account_id}/realtime/kit/{app_id}/presets/{preset_id}", "presets.update"};
inline constexpr descriptor presets_replace{"presets.replace", put, "/accounts/{account_id}/realtime/kit/{app_id}/presets/{preset_id}", "presets.replacePresetByID"};
inline constexpr descriptor presets_delete{"presets.delete", del, "/accounts/{account_id}/realtime/kit/{app_id}/presets/{preset_id}", "presets.delete"};

// ---- Sessions -------------------------------------------------------------------
inline constexpr descriptor sessions_list{"sessions.list", get, "/accounts/{account_id}/realtime/kit/{app_id}/sessions", "sessions.getSessions", pages};
inline constexpr descriptor sessions_get{"sessions.get", get, "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}", "sessions.getSessionDetails"};
inline constexpr descriptor sessions_list_participants{"sessions.list_participants", get, "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/participants", "sessions.getSessionParticipants", pages};
inline constexpr descriptor sessions_get_participant{"sessions.get_participant", get, "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/participants/{participant_id}", "sessions.getSessionParticipantDetails"};
inline constexpr descriptor sessions_get_chat{"sessions.get_chat", get, "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/chat", "sessions.getSessionChat"};
inline constexpr descriptor sessions_get_transcript{"sessions.get_transcript", get, "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/transcript", "sessions.getSessionTranscripts"};
inline constexpr descriptor sessions_get_summary{"sessions.get_summary", get, "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/summary", "sessions.getSessionSummary"};
inline constexpr descriptor sessions_generate_summary{"sessions.generate_summary", post, "/accounts/{account_id}/realtime/kit/{app_id}/sessions/{session_id}/summary", "sessions.generateSummaryOfTranscripts"};
inline constexpr descriptor sessions_get_peer_report{"sessions.get_peer_report", get, "/accounts/{account_id}/realtime/kit/{app_id}/sessions/peer-report/{peer_id}", "sessions.getParticipantDataFromPeerID"};

// ---- Recordings -----------------------------------------------------------------
inline constexpr descriptor recordings_list{"recordings.list", get, "/accounts/{account_id}/realtime/kit/{app_id}/recordings", "recordings.getRecordings", pages};
inline constexpr descriptor recordings_start{"recordings.start", post, "/accounts/{account_id}/realtime/kit/{app_id}/recordings", "recordings.startRecordings"};
inline constexpr descriptor recordings_get_active{"recordings.get_active", get, "/accounts/{account_id}/realtime/kit/{app_id}/recordings/active-recording/{meeting_id}", "recordings.getActiveRecordings"};
inline constexpr descriptor recordings_get{"recordings.get", get, "/accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}", "recordings.getOneRecording"};
inline constexpr descriptor recordings_pause_resume_stop{"recordings.pause_resume_stop", put, "/accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}", "recordings.pauseResumeStopRecording"};
inline constexpr descriptor recordings_start_track{"recordings.start_track", post, "/accounts/{account_id}/realtime/kit/{app_id}/recordings/track", "recordings.startTrackRecording"};

// ---- Webhooks -------------------------------------------------------------------
inline constexpr descriptor webhooks_list{"webhooks.list", get, "/accounts/{account_id}/realtime/kit/{app_id}/webhooks", "webhooks.getWebhooks"};
inline constexpr descriptor webhooks_create{"webhooks.create", post, "/accounts/{account_id}/realtime/kit/{app_id}/webhooks", "webhooks.createWebhook"};
inline constexpr descriptor webhooks_get{"webhooks.get", get, "/accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}", "webhooks.getWebhookByID"};
inline constexpr descriptor webhooks_replace{"webhooks.replace", put, "/accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}", "webhooks.replaceWebhook"};
inline constexpr descriptor webhooks_update{"webhooks.update", patch, "/accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}", "webhooks.editWebhook"};
inline constexpr descriptor webhooks_delete{"webhooks.delete", del, "/accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}", "webhooks.deleteWebhook"};

// ---- The active session ---------------------------------------------------------
inline constexpr descriptor active_session_get{"active_session.get", get, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session", "activeSession.getActiveSession"};
// Safe to resend: kicking a participant twice leaves the same meeting.
inline constexpr descriptor active_session_kick{"active_session.kick", post, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session/kick", "activeSession.kickParticipants", none, safe_to_resend};
// Safe to resend: kicking everyone twice leaves the same, empty meeting.
inline constexpr descriptor active_session_kick_all{"active_session.kick_all", post, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session/kick-all", "activeSession.kickAllParticipants", none, safe_to_resend};
inline constexpr descriptor active_session_create_poll{"active_session.create_poll", post, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session/poll", "activeSession.createPoll"};

// ---- Livestreams ----------------------------------------------------------------
inline constexpr descriptor livestreams_create{"livestreams.create", post, "/accounts/{account_id}/realtime/kit/{app_id}/livestreams", ""};
inline constexpr descriptor livestreams_list{"livestreams.list", get, "/accounts/{account_id}/realtime/kit/{app_id}/livestreams", "livestreams.getAllLivestreams", pages};
inline constexpr descriptor livestreams_get{"livestreams.get", get, "/accounts/{account_id}/realtime/kit/{app_id}/livestreams/{livestream_id}", "livestreams.getLivestreamSessionForLivestreamID", pages};
inline constexpr descriptor livestreams_get_active_session{"livestreams.get_active_session", get, "/accounts/{account_id}/realtime/kit/{app_id}/livestreams/{livestream_id}/active-livestream-session", "livestreams.getActiveLivestreamsForLivestreamID"};
inline constexpr descriptor livestreams_get_session{"livestreams.get_session", get, "/accounts/{account_id}/realtime/kit/{app_id}/livestreams/sessions/{livestream-session-id}", "livestreams.getLivestreamSessionDetailsForSessionID"};
inline constexpr descriptor livestreams_start{"livestreams.start", post, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/livestreams", "livestreams.startLivestreamingAMeeting"};
// Safe to resend: stopping a stopped livestream changes nothing.
inline constexpr descriptor livestreams_stop{"livestreams.stop", post, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-livestream/stop", "livestreams.stopLivestreamingAMeeting", none, safe_to_resend};
inline constexpr descriptor livestreams_get_meeting_active{"livestreams.get_meeting_active", get, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-livestream", "livestreams.getMeetingActiveLivestreams"};
inline constexpr descriptor livestreams_get_analytics{"livestreams.get_analytics", get, "/accounts/{account_id}/realtime/kit/{app_id}/analytics/livestreams/overall", "livestreams.getLivestreamAnalyticsComplete"};
inline constexpr descriptor livestreams_get_daywise_analytics{"livestreams.get_daywise_analytics", get, "/accounts/{account_id}/realtime/kit/{app_id}/analytics/livestreams/daywise", "livestreams.getLivestreamAnalyticsDaywise"};

// ---- Analytics ------------------------------------------------------------------
inline constexpr descriptor analytics_daywise{"analytics.daywise", get, "/accounts/{account_id}/realtime/kit/{app_id}/analytics/daywise", "analytics.getOrgAnalytics, livestreams.getOrgAnalytics"};
// clang-format on

}  // namespace rtk::detail::ops
