#pragma once
// The bodies of the nine webhook events, built from what the emulator's state holds, in the
// shapes RealtimeKit posts them (camelCase, discriminated by "event"). Routes pass the result
// to state::notify; nothing else builds an event body.
//
// Most events carry the meeting they are about: {"id" (the meeting), "sessionId", "title",
// "roomName" (null: RealtimeKit meetings have no room name), "status", "createdAt",
// "startedAt", "endedAt", "organizedBy": {"id", "name"} (the app)}. Events of a call in
// progress (started, joined, left) show the session LIVE; the others show it as it is.

#include "state.hpp"

#include <string>
#include <string_view>

namespace rtk::emu {

// A file's download link and when it expires (chat, transcript, summary).
struct download_link {
  std::string url{};
  std::string expiry{};
};

// "meeting.started", "meeting.ended" (reason HOST_ENDED_MEETING or ALL_PARTICIPANTS_LEFT).
json::object meeting_started_event(const app_data& app, const json::object& session);
json::object meeting_ended_event(const app_data& app, const json::object& session,
                                 std::string_view reason);

// "meeting.participantJoined" and "meeting.participantLeft" for a session participant (as the
// session's participant list stores it). A join shows no leftAt.
json::object participant_joined_event(const app_data& app, const json::object& session,
                                      const json::object& participant);
json::object participant_left_event(const app_data& app, const json::object& session,
                                    const json::object& participant);

// "meeting.chatSynced" (flat, no meeting object), "meeting.transcript", "meeting.summary".
json::object chat_synced_event(const app_data& app, const json::object& session,
                               const download_link& chat);
json::object transcript_event(const app_data& app, const json::object& session,
                              const download_link& transcript);
json::object summary_event(const app_data& app, const json::object& session,
                           const download_link& summary);

// "recording.statusUpdate" with this status (the recording as stored in routes/recordings.cpp).
json::object recording_event(const app_data& app, const json::object& recording,
                             std::string_view status);

// "livestreaming.statusUpdate" with this status (LIVE, OFFLINE...). Its streamKey is a
// credential, as on the real service: it goes in the body and nowhere else.
json::object livestream_event(const app_data& app, const json::object& livestream,
                              std::string_view status);

}  // namespace rtk::emu
