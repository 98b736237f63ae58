// Webhook event bodies: every field the emulator's state knows, null for the ones it does not.

#include "webhook_events.hpp"

#include <utility>

namespace rtk::emu {
namespace {

// A stored value, or null when it is absent or an empty string (a recording's download links
// before the upload).
json::value known(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  if (v == nullptr || (v->is_string() && v->get_string().empty())) return nullptr;
  return *v;
}

json::value text_or_null(std::string text) {
  return text.empty() ? json::value(nullptr) : json::value(std::move(text));
}

// Who organizes every meeting of an app, as far as the API knows: the app itself.
json::object organizer(const app_data& app) {
  return json::object{{"id", known(app.app, "id")}, {"name", known(app.app, "name")}};
}

// The meeting's title, or the session's display name when the meeting is gone.
json::value title_of(const app_data& app, const json::object& session) {
  if (const json::object* m = app.meetings.find(text_of(session, "associated_id")))
    if (json::value title = known(*m, "title"); !title.is_null()) return title;
  return known(session, "meeting_display_name");
}

enum class moment { in_call, as_stored };

json::object meeting_of_session(const app_data& app, const json::object& session, moment when) {
  bool in_call = when == moment::in_call;
  return json::object{{"id", known(session, "associated_id")},
                      {"sessionId", known(session, "id")},
                      {"title", title_of(app, session)},
                      {"roomName", nullptr},
                      {"status", in_call ? json::value("LIVE") : known(session, "status")},
                      {"createdAt", known(session, "created_at")},
                      {"startedAt", known(session, "started_at")},
                      {"endedAt", in_call ? json::value(nullptr) : known(session, "ended_at")},
                      {"organizedBy", organizer(app)}};
}

// The meeting's LIVE session, or null.
const json::object* live_session(const app_data& app, std::string_view meeting_id) {
  const json::object* found = nullptr;
  app.sessions.for_each([&](const json::object& s) {
    if (!found && text_of(s, "status") == "LIVE" && text_of(s, "associated_id") == meeting_id)
      found = &s;
  });
  return found;
}

// A meeting named by id, in the session `session_id` when the emulator knows that session (or
// else in the meeting's live session); without one, what the meeting itself holds.
json::object meeting_of(const app_data& app, std::string_view meeting_id,
                        std::string_view session_id) {
  const json::object* session = session_id.empty() ? nullptr : app.sessions.find(session_id);
  if (session == nullptr) session = live_session(app, meeting_id);
  if (session != nullptr) return meeting_of_session(app, *session, moment::as_stored);
  const json::object* m = app.meetings.find(meeting_id);
  return json::object{{"id", text_or_null(std::string(meeting_id))},
                      {"sessionId", text_or_null(std::string(session_id))},
                      {"title", m ? known(*m, "title") : json::value(nullptr)},
                      {"roomName", nullptr},
                      {"status", nullptr},
                      {"createdAt", m ? known(*m, "created_at") : json::value(nullptr)},
                      {"startedAt", nullptr},
                      {"endedAt", nullptr},
                      {"organizedBy", organizer(app)}};
}

json::object participant_of(const json::object& p, bool joined_only) {
  // clientSpecificId is the older name of the custom participant id; both carry it.
  return json::object{{"peerId", known(p, "id")},
                      {"userDisplayName", known(p, "display_name")},
                      {"customParticipantId", known(p, "custom_participant_id")},
                      {"clientSpecificId", known(p, "custom_participant_id")},
                      {"joinedAt", known(p, "joined_at")},
                      {"leftAt", joined_only ? json::value(nullptr) : known(p, "left_at")}};
}

json::object with_meeting(std::string_view event, json::object meeting) {
  return json::object{{"event", event}, {"meeting", std::move(meeting)}};
}

}  // namespace

json::object meeting_started_event(const app_data& app, const json::object& session) {
  return with_meeting("meeting.started", meeting_of_session(app, session, moment::in_call));
}

json::object meeting_ended_event(const app_data& app, const json::object& session,
                                 std::string_view reason) {
  json::object out =
      with_meeting("meeting.ended", meeting_of_session(app, session, moment::as_stored));
  out["reason"] = reason;
  return out;
}

json::object participant_joined_event(const app_data& app, const json::object& session,
                                      const json::object& participant) {
  json::object out =
      with_meeting("meeting.participantJoined", meeting_of_session(app, session, moment::in_call));
  out["participant"] = participant_of(participant, true);
  return out;
}

json::object participant_left_event(const app_data& app, const json::object& session,
                                    const json::object& participant) {
  json::object out =
      with_meeting("meeting.participantLeft", meeting_of_session(app, session, moment::in_call));
  out["participant"] = participant_of(participant, false);
  return out;
}

json::object chat_synced_event(const app_data& app, const json::object& session,
                               const download_link& chat) {
  return json::object{{"event", "meeting.chatSynced"},
                      {"sessionId", known(session, "id")},
                      {"meetingId", known(session, "associated_id")},
                      {"title", title_of(app, session)},
                      {"chatDownloadUrl", chat.url},
                      {"chatDownloadUrlExpiry", chat.expiry},
                      {"createdAt", known(session, "created_at")},
                      {"startedAt", known(session, "started_at")},
                      {"endedAt", known(session, "ended_at")},
                      {"organizedBy", organizer(app)}};
}

json::object transcript_event(const app_data& app, const json::object& session,
                              const download_link& transcript) {
  json::object out =
      with_meeting("meeting.transcript", meeting_of_session(app, session, moment::as_stored));
  out["transcriptDownloadUrl"] = transcript.url;
  out["transcriptDownloadUrlExpiry"] = transcript.expiry;
  return out;
}

json::object summary_event(const app_data& app, const json::object& session,
                           const download_link& summary) {
  json::object out =
      with_meeting("meeting.summary", meeting_of_session(app, session, moment::as_stored));
  out["summaryDownloadUrl"] = summary.url;
  out["summaryDownloadUrlExpiry"] = summary.expiry;
  return out;
}

json::object recording_event(const app_data& app, const json::object& rec,
                             std::string_view status) {
  std::string meeting_id = text_of(rec, "meeting_id");
  std::string session_id = text_of(rec, "session_id");
  // The file exists once UPLOADED: before that (UPLOADING included) its links and size are null.
  bool uploaded = status == "UPLOADED";
  auto output = [&](std::string_view key) {
    return uploaded ? known(rec, key) : json::value(nullptr);
  };
  json::object recording{{"id", known(rec, "id")},
                         {"recordingId", known(rec, "id")},
                         {"status", status},
                         {"downloadUrl", output("download_url")},
                         {"audioDownloadUrl", output("audio_download_url")},
                         {"downloadUrlExpiry", output("download_url_expiry")},
                         {"startedTime", known(rec, "started_time")},
                         {"stoppedTime", known(rec, "stopped_time")},
                         {"fileSize", output("file_size")},
                         {"outputFileName", known(rec, "output_file_name")},
                         {"meetingId", text_or_null(meeting_id)},
                         {"recordingDuration", known(rec, "recording_duration")},
                         {"organizationId", known(app.app, "id")},
                         {"roomUUID", text_or_null(session_id)}};
  return json::object{{"event", "recording.statusUpdate"},
                      {"recording", std::move(recording)},
                      {"meeting", meeting_of(app, meeting_id, session_id)}};
}

json::object livestream_event(const app_data& app, const json::object& ls,
                              std::string_view status) {
  std::string meeting_id = text_of(ls, "meeting_id");
  // A meeting's livestream is fed by the meeting; an independent one by the app's encoder.
  return json::object{
      {"event", "livestreaming.statusUpdate"},
      {"streamId", known(ls, "id")},
      {"status", status},
      {"manualIngest", meeting_id.empty()},
      {"playbackUrl", known(ls, "playback_url")},
      {"ingestServer", known(ls, "ingest_server")},
      {"streamKey", known(ls, "stream_key")},
      {"meeting",
       meeting_id.empty() ? json::value(nullptr) : json::value(meeting_of(app, meeting_id, ""))}};
}

}  // namespace rtk::emu
