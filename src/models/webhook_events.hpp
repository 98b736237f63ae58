#pragma once
// The JSON mappings of the webhook events' types (<rtk/webhooks.hpp>). See describe.hpp.

#include "describe.hpp"

#include <rtk/webhooks.hpp>

namespace rtk::webhooks {

RTK_DESCRIBE_MODEL(organizer, (id, name))
RTK_DESCRIBE_MODEL(meeting, (id, sessionId, title, roomName, status, createdAt, startedAt, endedAt,
                             organizedBy))
RTK_DESCRIBE_MODEL(participant, (peerId, userDisplayName, customParticipantId, clientSpecificId,
                                 joinedAt, leftAt))
RTK_DESCRIBE_MODEL(recording,
                   (id, recordingId, status, downloadUrl, audioDownloadUrl, downloadUrlExpiry,
                    startedTime, stoppedTime, fileSize, outputFileName, meetingId,
                    recordingDuration, organizationId, roomUUID))
RTK_DESCRIBE_MODEL(meeting_started, (event, meeting))
RTK_DESCRIBE_MODEL(meeting_ended, (event, meeting, reason))
RTK_DESCRIBE_MODEL(participant_joined, (event, meeting, participant))
RTK_DESCRIBE_MODEL(participant_left, (event, meeting, participant))
RTK_DESCRIBE_MODEL(chat_synced, (event, sessionId, meetingId, title, chatDownloadUrl,
                                 chatDownloadUrlExpiry, createdAt, startedAt, endedAt, organizedBy))
RTK_DESCRIBE_MODEL(recording_status_update, (event, recording, meeting))
RTK_DESCRIBE_MODEL(livestreaming_status_update, (event, streamId, status, manualIngest, playbackUrl,
                                                 ingestServer, streamKey, meeting))
RTK_DESCRIBE_MODEL(transcript_ready,
                   (event, meeting, transcriptDownloadUrl, transcriptDownloadUrlExpiry))
RTK_DESCRIBE_MODEL(summary_ready, (event, meeting, summaryDownloadUrl, summaryDownloadUrlExpiry))

}  // namespace rtk::webhooks
