// The recordings operations by name, for rtk::call_operation.

#include "context.hpp"

#include <rtk/resources/recordings.hpp>

namespace rtk::detail::ops {
namespace {

const entry table[] = {
    {&ops::recordings_list,
     [](context& c) {
       return c.run<page<recording>>([&c](auto&&... tail) {
         return c.api.recordings().async_list(c.path("app_id"), c.take<list_recordings_query>(),
                                              std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::recordings_start,
     [](context& c) {
       return c.run<recording>([&c](auto&&... tail) {
         return c.api.recordings().async_start(c.path("app_id"), c.take<start_recording_request>(),
                                               std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::recordings_get_active,
     [](context& c) {
       return c.run<recording>([&c](auto&&... tail) {
         return c.api.recordings().async_get_active(c.path("app_id"), c.path("meeting_id"),
                                                    std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::recordings_get,
     [](context& c) {
       return c.run<recording>([&c](auto&&... tail) {
         return c.api.recordings().async_get(c.path("app_id"), c.path("recording_id"),
                                             std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::recordings_pause_resume_stop,
     [](context& c) {
       return c.run<recording>([&c](auto&&... tail) {
         return c.api.recordings().async_pause_resume_stop(
             c.path("app_id"), c.path("recording_id"),
             c.take<pause_resume_stop_recording_request>(), std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::recordings_start_track,
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
