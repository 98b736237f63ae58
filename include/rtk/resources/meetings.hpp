#pragma once
// The Meetings group: `client.meetings()`.
//
// Each method's comment names its operation as rtk::operations() lists it ("meetings.get"),
// and the official SDK's method; docs/operations.md gives each one's HTTP method and path.
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
//
// Cancellation (asio::bind_cancellation_slot): terminal cancellation ends the call at once
// with boost::asio::error::operation_aborted; a connection that was mid-exchange is closed,
// never returned to the pool. Partial and total cancellation end it the same way while nothing
// is on the wire (waiting for a connection, connecting, waiting between attempts); while a
// request is being exchanged they are ignored, since the server may act on it, and the call
// completes as usual. Other calls are not affected.

#include <rtk/call_options.hpp>
#include <rtk/detail/async.hpp>
#include <rtk/models/meetings.hpp>
#include <rtk/pager.hpp>

#include <memory>
#include <string_view>
#include <type_traits>

namespace rtk {

class meetings_resource {
 public:
  explicit meetings_resource(std::shared_ptr<detail::session> s) : session_(std::move(s)) {}

  // meetings.list (SDK: meetings.get)
  template <class... Tail>
  auto async_list(std::string_view app_id, const list_meetings_query& query, Tail&&... tail) {
    return detail::start<page<meeting>>(session_,
                                        prepare_list(app_id, query, detail::options_in(tail...)),
                                        std::forward<Tail>(tail)...);
  }

  // meetings.create (SDK: meetings.create)
  template <class... Tail>
  auto async_create(std::string_view app_id, const create_meeting_request& request,
                    Tail&&... tail) {
    return detail::start<meeting>(session_,
                                  prepare_create(app_id, request, detail::options_in(tail...)),
                                  std::forward<Tail>(tail)...);
  }

  // meetings.get
  // (SDK: meetings.getMeetingByID)
  // Two forms: without a query, and with one (`async_get(app, id, {.name = "..."})`). The
  // first never takes a get_meeting_query as a trailing argument, so no call is ambiguous.
  template <class... Tail>
  requires(!(std::is_same_v<std::remove_cvref_t<Tail>, get_meeting_query> ||
             ...)) auto async_get(std::string_view app_id, std::string_view meeting_id,
                                  Tail&&... tail) {
    return detail::start<meeting>(session_,
                                  prepare_get(app_id, meeting_id, {}, detail::options_in(tail...)),
                                  std::forward<Tail>(tail)...);
  }
  template <class... Tail>
  auto async_get(std::string_view app_id, std::string_view meeting_id,
                 const get_meeting_query& query, Tail&&... tail) {
    return detail::start<meeting>(
        session_, prepare_get(app_id, meeting_id, query, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // meetings.update
  // (SDK: meetings.updateMeetingByID)
  template <class... Tail>
  auto async_update(std::string_view app_id, std::string_view meeting_id,
                    const update_meeting_request& request, Tail&&... tail) {
    return detail::start<meeting>(
        session_, prepare_update(app_id, meeting_id, request, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // meetings.replace
  // (SDK: meetings.replaceMeetingByID)
  template <class... Tail>
  auto async_replace(std::string_view app_id, std::string_view meeting_id,
                     const replace_meeting_request& request, Tail&&... tail) {
    return detail::start<meeting>(
        session_, prepare_replace(app_id, meeting_id, request, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // meetings.list_participants
  // (SDK: meetings.getMeetingParticipants)
  template <class... Tail>
  auto async_list_participants(std::string_view app_id, std::string_view meeting_id,
                               const list_meeting_participants_query& query, Tail&&... tail) {
    return detail::start<page<participant>>(
        session_, prepare_list_participants(app_id, meeting_id, query, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // meetings.add_participant
  // (SDK: meetings.addParticipant). The result carries the participant's token.
  template <class... Tail>
  auto async_add_participant(std::string_view app_id, std::string_view meeting_id,
                             const add_participant_request& request, Tail&&... tail) {
    return detail::start<participant>(
        session_, prepare_add_participant(app_id, meeting_id, request, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // meetings.get_participant (SDK: meetings.getMeetingParticipant)
  template <class... Tail>
  auto async_get_participant(std::string_view app_id, std::string_view meeting_id,
                             std::string_view participant_id, Tail&&... tail) {
    return detail::start<participant>(
        session_,
        prepare_get_participant(app_id, meeting_id, participant_id, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // meetings.update_participant (SDK: meetings.editParticipant). The result carries the token.
  template <class... Tail>
  auto async_update_participant(std::string_view app_id, std::string_view meeting_id,
                                std::string_view participant_id,
                                const update_participant_request& request, Tail&&... tail) {
    return detail::start<participant>(
        session_,
        prepare_update_participant(app_id, meeting_id, participant_id, request,
                                   detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // meetings.delete_participant (SDK: meetings.deleteMeetingParticipant)
  template <class... Tail>
  auto async_delete_participant(std::string_view app_id, std::string_view meeting_id,
                                std::string_view participant_id, Tail&&... tail) {
    return detail::start<deleted_participant>(
        session_,
        prepare_delete_participant(app_id, meeting_id, participant_id, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // meetings.refresh_participant_token (SDK: meetings.refreshParticipantToken)
  template <class... Tail>
  auto async_refresh_participant_token(std::string_view app_id, std::string_view meeting_id,
                                       std::string_view participant_id, Tail&&... tail) {
    return detail::start<participant_token>(
        session_,
        prepare_refresh_participant_token(app_id, meeting_id, participant_id,
                                          detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // Every meeting of the app: the pager form of async_list, every page in turn.
  pager<meeting> list_pages(std::string_view app_id, const list_meetings_query& query) const;

  // Every participant of the meeting: the pager form of async_list_participants, every page in
  // turn.
  pager<participant> list_participants_pages(std::string_view app_id, std::string_view meeting_id,
                                             const list_meeting_participants_query& query) const;

 private:
  detail::request_ptr prepare_list(std::string_view app_id, const list_meetings_query& query,
                                   const call_options& opts) const;
  detail::request_ptr prepare_create(std::string_view app_id, const create_meeting_request& request,
                                     const call_options& opts) const;
  detail::request_ptr prepare_get(std::string_view app_id, std::string_view meeting_id,
                                  const get_meeting_query& query, const call_options& opts) const;
  detail::request_ptr prepare_update(std::string_view app_id, std::string_view meeting_id,
                                     const update_meeting_request& request,
                                     const call_options& opts) const;
  detail::request_ptr prepare_replace(std::string_view app_id, std::string_view meeting_id,
                                      const replace_meeting_request& request,
                                      const call_options& opts) const;
  detail::request_ptr prepare_list_participants(std::string_view app_id,
                                                std::string_view meeting_id,
                                                const list_meeting_participants_query& query,
                                                const call_options& opts) const;
  detail::request_ptr prepare_add_participant(std::string_view app_id, std::string_view meeting_id,
                                              const add_participant_request& request,
                                              const call_options& opts) const;
  detail::request_ptr prepare_get_participant(std::string_view app_id, std::string_view meeting_id,
                                              std::string_view participant_id,
                                              const call_options& opts) const;
  detail::request_ptr prepare_update_participant(std::string_view app_id,
                                                 std::string_view meeting_id,
                                                 std::string_view participant_id,
                                                 const update_participant_request& request,
                                                 const call_options& opts) const;
  detail::request_ptr prepare_delete_participant(std::string_view app_id,
                                                 std::string_view meeting_id,
                                                 std::string_view participant_id,
                                                 const call_options& opts) const;
  detail::request_ptr prepare_refresh_participant_token(std::string_view app_id,
                                                        std::string_view meeting_id,
                                                        std::string_view participant_id,
                                                        const call_options& opts) const;

  std::shared_ptr<detail::session> session_;
};

}  // namespace rtk
