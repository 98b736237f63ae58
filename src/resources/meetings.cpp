// The Meetings group's models: their decoding, encoding and pagers, compiled once, here.
// Its operations are declared in <rtk/resources/meetings.hpp>.

#include "../models/meetings.hpp"
#include "../call.hpp"
#include "../pager.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/meetings.hpp>

RTK_INSTANTIATE_CALL(rtk::page<rtk::meeting>)
RTK_INSTANTIATE_CALL(rtk::meeting)
RTK_INSTANTIATE_CALL(rtk::page<rtk::participant>)
RTK_INSTANTIATE_CALL(rtk::participant)
RTK_INSTANTIATE_CALL(rtk::deleted_participant)
RTK_INSTANTIATE_CALL(rtk::participant_token)
RTK_INSTANTIATE_QUERY(rtk::list_meetings_query)
RTK_INSTANTIATE_QUERY(rtk::get_meeting_query)
RTK_INSTANTIATE_QUERY(rtk::list_meeting_participants_query)
RTK_INSTANTIATE_BODY(rtk::create_meeting_request)
RTK_INSTANTIATE_BODY(rtk::update_meeting_request)
RTK_INSTANTIATE_BODY(rtk::replace_meeting_request)
RTK_INSTANTIATE_BODY(rtk::add_participant_request)
RTK_INSTANTIATE_BODY(rtk::update_participant_request)
RTK_INSTANTIATE_PAGER(rtk::page<rtk::meeting>)
RTK_INSTANTIATE_PAGER(rtk::page<rtk::participant>)
