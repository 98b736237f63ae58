// The Sessions group's models: their decoding, encoding and pagers, compiled once, here.
// Its operations are declared in <rtk/resources/sessions.hpp>.

#include "../models/sessions.hpp"
#include "../call.hpp"
#include "../pager.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/sessions.hpp>

RTK_INSTANTIATE_CALL(rtk::session_list)
RTK_INSTANTIATE_CALL(rtk::session_details)
RTK_INSTANTIATE_CALL(rtk::session_participant_list)
RTK_INSTANTIATE_CALL(rtk::session_participant_details)
RTK_INSTANTIATE_CALL(rtk::session_chat)
RTK_INSTANTIATE_CALL(rtk::session_transcript)
RTK_INSTANTIATE_CALL(rtk::session_summary)
RTK_INSTANTIATE_CALL(rtk::empty_result)
RTK_INSTANTIATE_CALL(rtk::session_peer_report)
RTK_INSTANTIATE_QUERY(rtk::list_sessions_query)
RTK_INSTANTIATE_QUERY(rtk::get_session_query)
RTK_INSTANTIATE_QUERY(rtk::list_session_participants_query)
RTK_INSTANTIATE_QUERY(rtk::get_session_participant_query)
RTK_INSTANTIATE_QUERY(rtk::get_session_transcript_query)
RTK_INSTANTIATE_QUERY(rtk::get_peer_report_query)
RTK_INSTANTIATE_PAGER(rtk::session_list)
RTK_INSTANTIATE_PAGER(rtk::session_participant_list)
