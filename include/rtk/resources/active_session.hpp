#pragma once
// The Active Session group: `client.active_session()`, the ongoing session of a meeting.
// Call forms: see <rtk/resources/meetings.hpp>.

#include <rtk/detail/operation.hpp>
#include <rtk/models/active_session.hpp>

#include <boost/describe/class.hpp>

#include <string_view>

namespace rtk {

namespace ops {
// clang-format off
inline constexpr descriptor<active_session(std::string_view app_id, std::string_view meeting_id)> active_session_get{"active_session.get", get, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session", "activeSession.getActiveSession"};
// Safe to resend: kicking a participant twice leaves the same meeting.
inline constexpr descriptor<kicked_participants(std::string_view app_id, std::string_view meeting_id, const kick_participants_request&)> active_session_kick{"active_session.kick", post, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session/kick", "activeSession.kickParticipants", none, safe_to_resend};
// Safe to resend: kicking everyone twice leaves the same, empty meeting.
// No body: the API defines none (sent with Content-Length: 0).
inline constexpr descriptor<kicked_all_participants(std::string_view app_id, std::string_view meeting_id)> active_session_kick_all{"active_session.kick_all", post, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session/kick-all", "activeSession.kickAllParticipants", none, safe_to_resend};
inline constexpr descriptor<created_poll(std::string_view app_id, std::string_view meeting_id, const create_poll_request&)> active_session_create_poll{"active_session.create_poll", post, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session/poll", "activeSession.createPoll"};
// clang-format on
}  // namespace ops

// The Active Session group: client.active_session(), or client.app(app_id).active_session().
template <class Scope>
struct basic_active_session_resource {
  operation<ops::active_session_get, Scope> async_get;
  operation<ops::active_session_kick, Scope> async_kick;
  operation<ops::active_session_kick_all, Scope> async_kick_all;
  operation<ops::active_session_create_poll, Scope> async_create_poll;

  BOOST_DESCRIBE_CLASS(basic_active_session_resource, (),
                       (async_get, async_kick, async_kick_all, async_create_poll), (), ())
};

}  // namespace rtk
