#pragma once
// The JSON mappings of the Active Session group's models (<rtk/models/active_session.hpp>): the
// members each maps, in the order the codec writes them. See describe.hpp.

#include "common.hpp"

#include <rtk/models/active_session.hpp>

namespace rtk {

RTK_DESCRIBE_MODEL(active_session,
                   (id, associated_id, created_at, live_participants, max_concurrent_participants,
                    meeting_display_name, minutes_consumed, organization_id, started_at, status,
                    type, updated_at, breakout_rooms, ended_at, meta))
RTK_DESCRIBE_MODEL(active_session_participant, (id, created_at, updated_at, email, name, picture))
RTK_DESCRIBE_MODEL(kicked_participants, (action, participants))
RTK_DESCRIBE_MODEL(kicked_all_participants, (action, kicked_participants_count))
RTK_DESCRIBE_MODEL(kick_participants_request, (custom_participant_ids, participant_ids))
RTK_DESCRIBE_MODEL(poll_vote, (id, name))
RTK_DESCRIBE_MODEL(poll_option, (count, text, votes))
RTK_DESCRIBE_MODEL(active_session_poll,
                   (id, options, question, anonymous, created_by, hide_votes, voted))
RTK_DESCRIBE_MODEL(created_poll, (action, poll))
RTK_DESCRIBE_MODEL(create_poll_request, (options, question, anonymous, hide_votes))

}  // namespace rtk
