#pragma once
// The Meetings group: `client.meetings()`.
//
// Each operation is declared once, as a descriptor in rtk::ops (rtk's name, HTTP method, path
// template, the official SDK's name, and its C++ signature); the resource's member of the same
// name (`async_get` for ops::meetings_get) is that operation, callable.
//
// Every operation of every group takes its own arguments, then optionally:
//   async_x(args...)                                   co_await; failures throw rtk::error
//   async_x(args..., token)                            any Asio token: (rtk::error_code, T),
//                                                      but use_awaitable and use_future throw
//   async_x(args..., const call_options&)              per-call timeout, deadline, retries...
//   async_x(args..., const call_options&, token)
//   async_x(args..., diagnostics&)                     diagnostics filled either way
//   async_x(args..., diagnostics&, token)
//   async_x(args..., const call_options&, diagnostics&)
//   async_x(args..., const call_options&, diagnostics&, token)
// The default token is rtk::default_token (co_await in an asio::awaitable; throws rtk::error).
// A GET's trailing query may be left out: async_get(app_id, id) or async_get(app_id, id, q).
// The members of an app's handle (client::app(app_id)) take the same arguments less app_id.
// A list with pages also has a pager form (`list_pages`), with the same arguments.
//
// Cancellation (asio::bind_cancellation_slot): terminal cancellation ends the call at once
// with boost::asio::error::operation_aborted; a connection that was mid-exchange is closed,
// never returned to the pool. Partial and total cancellation end it the same way while nothing
// is on the wire (waiting for a connection, connecting, waiting between attempts); while a
// request is being exchanged they are ignored, since the server may act on it, and the call
// completes as usual. Other calls are not affected.

#include <rtk/detail/operation.hpp>
#include <rtk/models/meetings.hpp>

#include <boost/describe/class.hpp>

#include <string_view>

namespace rtk {

namespace ops {
// clang-format off
inline constexpr descriptor<page<meeting>(std::string_view app_id, const list_meetings_query&)> meetings_list{"meetings.list", get, "/accounts/{account_id}/realtime/kit/{app_id}/meetings", "meetings.get", pages};
inline constexpr descriptor<meeting(std::string_view app_id, const create_meeting_request&)> meetings_create{"meetings.create", post, "/accounts/{account_id}/realtime/kit/{app_id}/meetings", "meetings.create"};
inline constexpr descriptor<meeting(std::string_view app_id, std::string_view meeting_id, const get_meeting_query&)> meetings_get{"meetings.get", get, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}", "meetings.getMeetingByID"};
inline constexpr descriptor<meeting(std::string_view app_id, std::string_view meeting_id, const update_meeting_request&)> meetings_update{"meetings.update", patch, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}", "meetings.updateMeetingByID"};
inline constexpr descriptor<meeting(std::string_view app_id, std::string_view meeting_id, const replace_meeting_request&)> meetings_replace{"meetings.replace", put, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}", "meetings.replaceMeetingByID"};
inline constexpr descriptor<page<participant>(std::string_view app_id, std::string_view meeting_id, const list_meeting_participants_query&)> meetings_list_participants{"meetings.list_participants", get, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants", "meetings.getMeetingParticipants", pages};
// The result carries the participant's token.
inline constexpr descriptor<participant(std::string_view app_id, std::string_view meeting_id, const add_participant_request&)> meetings_add_participant{"meetings.add_participant", post, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants", "meetings.addParticipant"};
inline constexpr descriptor<participant(std::string_view app_id, std::string_view meeting_id, std::string_view participant_id)> meetings_get_participant{"meetings.get_participant", get, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants/{participant_id}", "meetings.getMeetingParticipant"};
// The result carries the participant's token.
inline constexpr descriptor<participant(std::string_view app_id, std::string_view meeting_id, std::string_view participant_id, const update_participant_request&)> meetings_update_participant{"meetings.update_participant", patch, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants/{participant_id}", "meetings.editParticipant"};
inline constexpr descriptor<deleted_participant(std::string_view app_id, std::string_view meeting_id, std::string_view participant_id)> meetings_delete_participant{"meetings.delete_participant", del, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants/{participant_id}", "meetings.deleteMeetingParticipant"};
// No body: the API defines none (sent with Content-Length: 0).
inline constexpr descriptor<participant_token(std::string_view app_id, std::string_view meeting_id, std::string_view participant_id)> meetings_refresh_participant_token{"meetings.refresh_participant_token", post, "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants/{participant_id}/token", "meetings.refreshParticipantToken"};
// clang-format on
}  // namespace ops

// The Meetings group: client.meetings(), or client.app(app_id).meetings().
template <class Scope>
struct basic_meetings_resource {
  operation<ops::meetings_list, Scope> async_list;
  operation<ops::meetings_create, Scope> async_create;
  operation<ops::meetings_get, Scope> async_get;
  operation<ops::meetings_update, Scope> async_update;
  operation<ops::meetings_replace, Scope> async_replace;
  operation<ops::meetings_list_participants, Scope> async_list_participants;
  operation<ops::meetings_add_participant, Scope> async_add_participant;
  operation<ops::meetings_get_participant, Scope> async_get_participant;
  operation<ops::meetings_update_participant, Scope> async_update_participant;
  operation<ops::meetings_delete_participant, Scope> async_delete_participant;
  operation<ops::meetings_refresh_participant_token, Scope> async_refresh_participant_token;

  // Every meeting of the app, page after page.
  pages<ops::meetings_list, Scope> list_pages;
  // Every participant of the meeting, page after page.
  pages<ops::meetings_list_participants, Scope> list_participants_pages;

  BOOST_DESCRIBE_CLASS(basic_meetings_resource, (),
                       (async_list, async_create, async_get, async_update, async_replace,
                        async_list_participants, async_add_participant, async_get_participant,
                        async_update_participant, async_delete_participant,
                        async_refresh_participant_token, list_pages, list_participants_pages),
                       (), ())
};

}  // namespace rtk
