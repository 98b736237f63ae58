// The Livestreams group's models: their decoding, encoding and pagers, compiled once, here.
// Its operations are declared in <rtk/resources/livestreams.hpp>.

#include "../models/livestreams.hpp"
#include "../call.hpp"
#include "../pager.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/livestreams.hpp>

RTK_INSTANTIATE_CALL(rtk::livestream)
RTK_INSTANTIATE_CALL(rtk::page<rtk::livestream>)
RTK_INSTANTIATE_CALL(rtk::livestream_details)
RTK_INSTANTIATE_CALL(rtk::livestream_active_session)
RTK_INSTANTIATE_CALL(rtk::livestream_session)
RTK_INSTANTIATE_CALL(rtk::livestream_stop_result)
RTK_INSTANTIATE_CALL(rtk::livestream_analytics)
RTK_INSTANTIATE_CALL(rtk::page<rtk::livestream_day_analytics>)
RTK_INSTANTIATE_QUERY(rtk::list_livestreams_query)
RTK_INSTANTIATE_QUERY(rtk::get_livestream_query)
RTK_INSTANTIATE_QUERY(rtk::livestream_analytics_complete_query)
RTK_INSTANTIATE_QUERY(rtk::livestream_analytics_daywise_query)
RTK_INSTANTIATE_BODY(rtk::create_livestream_request)
RTK_INSTANTIATE_BODY(rtk::start_livestream_request)
RTK_INSTANTIATE_PAGER(rtk::page<rtk::livestream>)
RTK_INSTANTIATE_PAGER(rtk::livestream_details)
