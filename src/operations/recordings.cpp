// The recordings operations by name, for rtk::call_operation.

#include "context.hpp"

#include <rtk/resources/recordings.hpp>

namespace rtk::detail::ops {
namespace {

const entry table[] = {
    {{"recordings.list", "GET", "/accounts/{account_id}/realtime/kit/{app_id}/recordings",
      "recordings.getRecordings", true},
     [](context& c) {
       return c.run<page<recording>>([&c](auto&&... tail) {
         return c.api.recordings().async_list(c.path("app_id"), c.take<list_recordings_query>(),
                                              std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"recordings.start", "POST", "/accounts/{account_id}/realtime/kit/{app_id}/recordings",
      "recordings.startRecordings", false},
     [](context& c) {
       return c.run<recording>([&c](auto&&... tail) {
         return c.api.recordings().async_start(c.path("app_id"), c.take<start_recording_request>(),
                                               std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"recordings.get_active", "GET",
      "/accounts/{account_id}/realtime/kit/{app_id}/recordings/active-recording/{meeting_id}",
      "recordings.getActiveRecordings", false},
     [](context& c) {
       return c.run<recording>([&c](auto&&... tail) {
         return c.api.recordings().async_get_active(c.path("app_id"), c.path("meeting_id"),
                                                    std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"recordings.get", "GET",
      "/accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}",
      "recordings.getOneRecording", false},
     [](context& c) {
       return c.run<recording>([&c](auto&&... tail) {
         return c.api.recordings().async_get(c.path("app_id"), c.path("recording_id"),
                                             std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"recordings.pause_resume_stop", "PUT",
      "/accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}",
      "recordings.pauseResumeStopRecording", false},
     [](context& c) {
       return c.run<recording>([&c](auto&&... tail) {
         return c.api.recordings().async_pause_resume_stop(
             c.path("app_id"), c.path("recording_id"),
             c.take<pause_resume_stop_recording_request>(), std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"recordings.start_track", "POST",
      "/accounts/{account_id}/realtime/kit/{app_id}/recordings/track",
      "recordings.startTrackRecording", false},
     [](context& c) {
       return c.run<empty_result>([&c](auto&&... tail) {
         return c.api.recordings().async_start_track(c.path("app_id"),
                                                     c.take<start_track_recording_request>(),
                                                     std::forward<decltype(tail)>(tail)...);
       });
     }},
};

}  // namespace

std::span<const entry> recordings_table() {
  return table;
}

}  // namespace rtk::detail::ops
