// The Recordings group's models: their decoding, encoding and pagers, compiled once, here.
// Its operations are declared in <rtk/resources/recordings.hpp>.

#include "../models/recordings.hpp"
#include "../call.hpp"
#include "../pager.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/recordings.hpp>

RTK_INSTANTIATE_CALL(rtk::page<rtk::recording>)
RTK_INSTANTIATE_CALL(rtk::recording)
RTK_INSTANTIATE_CALL(rtk::empty_result)
RTK_INSTANTIATE_QUERY(rtk::list_recordings_query)
RTK_INSTANTIATE_BODY(rtk::start_recording_request)
RTK_INSTANTIATE_BODY(rtk::pause_resume_stop_recording_request)
RTK_INSTANTIATE_BODY(rtk::start_track_recording_request)
RTK_INSTANTIATE_PAGER(rtk::page<rtk::recording>)
