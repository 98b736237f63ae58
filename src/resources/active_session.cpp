// The Active session group's models: their decoding, encoding and pagers, compiled once, here.
// Its operations are declared in <rtk/resources/active_session.hpp>.

#include "../models/active_session.hpp"
#include "../call.hpp"
#include "../pager.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/active_session.hpp>

RTK_INSTANTIATE_CALL(rtk::active_session)
RTK_INSTANTIATE_CALL(rtk::kicked_participants)
RTK_INSTANTIATE_CALL(rtk::kicked_all_participants)
RTK_INSTANTIATE_CALL(rtk::created_poll)
RTK_INSTANTIATE_BODY(rtk::kick_participants_request)
RTK_INSTANTIATE_BODY(rtk::create_poll_request)
