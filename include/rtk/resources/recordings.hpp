#pragma once
// The Recordings group: `client.recordings()`. Call forms: see <rtk/resources/meetings.hpp>.

#include <rtk/detail/operation.hpp>
#include <rtk/models/recordings.hpp>

#include <boost/describe/class.hpp>

#include <string_view>

namespace rtk {

namespace ops {
// clang-format off
inline constexpr descriptor<page<recording>(std::string_view app_id, const list_recordings_query&)> recordings_list{"recordings.list", get, "/accounts/{account_id}/realtime/kit/{app_id}/recordings", "recordings.getRecordings", pages};
inline constexpr descriptor<recording(std::string_view app_id, const start_recording_request&)> recordings_start{"recordings.start", post, "/accounts/{account_id}/realtime/kit/{app_id}/recordings", "recordings.startRecordings"};
inline constexpr descriptor<recording(std::string_view app_id, std::string_view meeting_id)> recordings_get_active{"recordings.get_active", get, "/accounts/{account_id}/realtime/kit/{app_id}/recordings/active-recording/{meeting_id}", "recordings.getActiveRecordings"};
inline constexpr descriptor<recording(std::string_view app_id, std::string_view recording_id)> recordings_get{"recordings.get", get, "/accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}", "recordings.getOneRecording"};
inline constexpr descriptor<recording(std::string_view app_id, std::string_view recording_id, const pause_resume_stop_recording_request&)> recordings_pause_resume_stop{"recordings.pause_resume_stop", put, "/accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}", "recordings.pauseResumeStopRecording"};
inline constexpr descriptor<empty_result(std::string_view app_id, const start_track_recording_request&)> recordings_start_track{"recordings.start_track", post, "/accounts/{account_id}/realtime/kit/{app_id}/recordings/track", "recordings.startTrackRecording"};
// clang-format on
}  // namespace ops

// The Recordings group: client.recordings(), or client.app(app_id).recordings().
template <class Scope>
struct basic_recordings_resource {
  operation<ops::recordings_list, Scope> async_list;
  operation<ops::recordings_start, Scope> async_start;
  operation<ops::recordings_get_active, Scope> async_get_active;
  operation<ops::recordings_get, Scope> async_get;
  operation<ops::recordings_pause_resume_stop, Scope> async_pause_resume_stop;
  operation<ops::recordings_start_track, Scope> async_start_track;

  // Every recording of the app, page after page.
  pages<ops::recordings_list, Scope> list_pages;

  BOOST_DESCRIBE_CLASS(basic_recordings_resource, (),
                       (async_list, async_start, async_get_active, async_get,
                        async_pause_resume_stop, async_start_track, list_pages),
                       (), ())
};

}  // namespace rtk
