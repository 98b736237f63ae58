#pragma once
// The Recordings group: `client.recordings()`. Call forms: see <rtk/resources/meetings.hpp>.

#include <rtk/call_options.hpp>
#include <rtk/detail/async.hpp>
#include <rtk/models/recordings.hpp>
#include <rtk/pager.hpp>

#include <memory>
#include <string_view>

namespace rtk {

class recordings_resource {
 public:
  explicit recordings_resource(std::shared_ptr<detail::session> s) : session_(std::move(s)) {}

  // recordings.list (SDK: recordings.getRecordings)
  template <class... Tail>
  auto async_list(std::string_view app_id, const list_recordings_query& query, Tail&&... tail) {
    return detail::start<page<recording>>(session_,
                                          prepare_list(app_id, query, detail::options_in(tail...)),
                                          std::forward<Tail>(tail)...);
  }

  // recordings.start
  // (SDK: recordings.startRecordings)
  template <class... Tail>
  auto async_start(std::string_view app_id, const start_recording_request& request,
                   Tail&&... tail) {
    return detail::start<recording>(session_,
                                    prepare_start(app_id, request, detail::options_in(tail...)),
                                    std::forward<Tail>(tail)...);
  }

  // recordings.get_active
  // (SDK: recordings.getActiveRecordings)
  template <class... Tail>
  auto async_get_active(std::string_view app_id, std::string_view meeting_id, Tail&&... tail) {
    return detail::start<recording>(
        session_, prepare_get_active(app_id, meeting_id, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // recordings.get
  // (SDK: recordings.getOneRecording)
  template <class... Tail>
  auto async_get(std::string_view app_id, std::string_view recording_id, Tail&&... tail) {
    return detail::start<recording>(session_,
                                    prepare_get(app_id, recording_id, detail::options_in(tail...)),
                                    std::forward<Tail>(tail)...);
  }

  // recordings.pause_resume_stop
  // (SDK: recordings.pauseResumeStopRecording)
  template <class... Tail>
  auto async_pause_resume_stop(std::string_view app_id, std::string_view recording_id,
                               const pause_resume_stop_recording_request& request, Tail&&... tail) {
    return detail::start<recording>(
        session_,
        prepare_pause_resume_stop(app_id, recording_id, request, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // recordings.start_track
  // (SDK: recordings.startTrackRecording)
  template <class... Tail>
  auto async_start_track(std::string_view app_id, const start_track_recording_request& request,
                         Tail&&... tail) {
    return detail::start<empty_result>(
        session_, prepare_start_track(app_id, request, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // Every recording of the app: the pager form of async_list, every page in turn.
  pager<recording> list_pages(std::string_view app_id, const list_recordings_query& query) const;

 private:
  detail::request_ptr prepare_list(std::string_view app_id, const list_recordings_query& query,
                                   const call_options& opts) const;
  detail::request_ptr prepare_start(std::string_view app_id, const start_recording_request& request,
                                    const call_options& opts) const;
  detail::request_ptr prepare_get_active(std::string_view app_id, std::string_view meeting_id,
                                         const call_options& opts) const;
  detail::request_ptr prepare_get(std::string_view app_id, std::string_view recording_id,
                                  const call_options& opts) const;
  detail::request_ptr prepare_pause_resume_stop(std::string_view app_id,
                                                std::string_view recording_id,
                                                const pause_resume_stop_recording_request& request,
                                                const call_options& opts) const;
  detail::request_ptr prepare_start_track(std::string_view app_id,
                                          const start_track_recording_request& request,
                                          const call_options& opts) const;

  std::shared_ptr<detail::session> session_;
};

}  // namespace rtk
