#pragma once
// The Active Session group: `client.active_session()`, the ongoing session of a meeting.
// Call forms: see <rtk/resources/meetings.hpp>.

#include <rtk/call_options.hpp>
#include <rtk/detail/async.hpp>
#include <rtk/models/active_session.hpp>

#include <memory>
#include <string_view>

namespace rtk {

class active_session_resource {
 public:
  explicit active_session_resource(std::shared_ptr<detail::session> s) : session_(std::move(s)) {}

  // active_session.get
  // (SDK: activeSession.getActiveSession)
  template <class... Tail>
  auto async_get(std::string_view app_id, std::string_view meeting_id, Tail&&... tail) {
    return detail::start<active_session>(
        session_, prepare_get(app_id, meeting_id, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // active_session.kick
  // (SDK: activeSession.kickParticipants)
  template <class... Tail>
  auto async_kick(std::string_view app_id, std::string_view meeting_id,
                  const kick_participants_request& request, Tail&&... tail) {
    return detail::start<kicked_participants>(
        session_, prepare_kick(app_id, meeting_id, request, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // active_session.kick_all (SDK: activeSession.kickAllParticipants)
  template <class... Tail>
  auto async_kick_all(std::string_view app_id, std::string_view meeting_id, Tail&&... tail) {
    return detail::start<kicked_all_participants>(
        session_, prepare_kick_all(app_id, meeting_id, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // active_session.create_poll
  // (SDK: activeSession.createPoll)
  template <class... Tail>
  auto async_create_poll(std::string_view app_id, std::string_view meeting_id,
                         const create_poll_request& request, Tail&&... tail) {
    return detail::start<created_poll>(
        session_, prepare_create_poll(app_id, meeting_id, request, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

 private:
  detail::request_ptr prepare_get(std::string_view app_id, std::string_view meeting_id,
                                  const call_options& opts) const;
  detail::request_ptr prepare_kick(std::string_view app_id, std::string_view meeting_id,
                                   const kick_participants_request& request,
                                   const call_options& opts) const;
  detail::request_ptr prepare_kick_all(std::string_view app_id, std::string_view meeting_id,
                                       const call_options& opts) const;
  detail::request_ptr prepare_create_poll(std::string_view app_id, std::string_view meeting_id,
                                          const create_poll_request& request,
                                          const call_options& opts) const;

  std::shared_ptr<detail::session> session_;
};

}  // namespace rtk
