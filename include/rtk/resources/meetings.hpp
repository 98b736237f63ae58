#pragma once
// The Meetings group: `client.meetings()`.
//
// Every operation of every group takes its own arguments, then optionally:
//   async_x(args...)                                   co_await; failures throw rtk::error
//   async_x(args..., token)                            any Asio token: (rtk::error_code, T)
//   async_x(args..., const call_options&)              per-call timeout, deadline, retries...
//   async_x(args..., const call_options&, token)
//   async_x(args..., const call_options&, diagnostics&)         diagnostics filled either way
//   async_x(args..., const call_options&, diagnostics&, token)
// The default token is rtk::default_token (co_await in an asio::awaitable; throws rtk::error).
//
// Cancellation: terminal, partial and total per-operation cancellation are all honoured and
// end the call with boost::asio::error::operation_aborted; a connection that was mid-exchange
// is closed, never returned to the pool. Other calls are not affected.

#include <rtk/call_options.hpp>
#include <rtk/detail/async.hpp>
#include <rtk/models/meetings.hpp>

#include <memory>
#include <string_view>

namespace rtk {

class meetings_resource {
 public:
  explicit meetings_resource(std::shared_ptr<detail::session> s) : session_(std::move(s)) {}

  // GET /accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}
  // (SDK: meetings.getMeetingByID)
  template <class... Tail>
  auto async_get(std::string_view app_id, std::string_view meeting_id, Tail&&... tail) {
    return detail::start<meeting>(session_,
                                  prepare_get(app_id, meeting_id, detail::options_in(tail...)),
                                  std::forward<Tail>(tail)...);
  }

  // POST /accounts/{account_id}/realtime/kit/{app_id}/meetings (SDK: meetings.create)
  template <class... Tail>
  auto async_create(std::string_view app_id, const create_meeting_request& request,
                    Tail&&... tail) {
    return detail::start<meeting>(session_,
                                  prepare_create(app_id, request, detail::options_in(tail...)),
                                  std::forward<Tail>(tail)...);
  }

 private:
  detail::request_ptr prepare_get(std::string_view app_id, std::string_view meeting_id,
                                  const call_options& opts) const;
  detail::request_ptr prepare_create(std::string_view app_id, const create_meeting_request& request,
                                     const call_options& opts) const;

  std::shared_ptr<detail::session> session_;
};

}  // namespace rtk
