#pragma once
// The Meetings group: `client.meetings()`.
//
// Every operation comes in three forms:
//   async_x(args..., token)
//   async_x(args..., const call_options&, token)
//   async_x(args..., const call_options&, diagnostics&, token)
// The token defaults to rtk::default_token (co_await; throws rtk::error). With any Asio token
// the handler gets (rtk::error_code, T) and nothing is thrown.
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
  template <detail::token_for<meeting> Token = default_token_t>
  auto async_get(std::string_view app_id, std::string_view meeting_id, const call_options& opts,
                 diagnostics& diag, Token&& token = {}) {
    return detail::initiate<meeting>(session_, prepare_get(app_id, meeting_id, opts), &diag,
                                     std::forward<Token>(token));
  }
  template <detail::token_for<meeting> Token = default_token_t>
  auto async_get(std::string_view app_id, std::string_view meeting_id, const call_options& opts,
                 Token&& token = {}) {
    return detail::initiate<meeting>(session_, prepare_get(app_id, meeting_id, opts), nullptr,
                                     std::forward<Token>(token));
  }
  template <detail::token_for<meeting> Token = default_token_t>
  auto async_get(std::string_view app_id, std::string_view meeting_id, Token&& token = {}) {
    return async_get(app_id, meeting_id, call_options{}, std::forward<Token>(token));
  }

  // POST /accounts/{account_id}/realtime/kit/{app_id}/meetings
  template <detail::token_for<meeting> Token = default_token_t>
  auto async_create(std::string_view app_id, const create_meeting_request& request,
                    const call_options& opts, diagnostics& diag, Token&& token = {}) {
    return detail::initiate<meeting>(session_, prepare_create(app_id, request, opts), &diag,
                                     std::forward<Token>(token));
  }
  template <detail::token_for<meeting> Token = default_token_t>
  auto async_create(std::string_view app_id, const create_meeting_request& request,
                    const call_options& opts, Token&& token = {}) {
    return detail::initiate<meeting>(session_, prepare_create(app_id, request, opts), nullptr,
                                     std::forward<Token>(token));
  }
  template <detail::token_for<meeting> Token = default_token_t>
  auto async_create(std::string_view app_id, const create_meeting_request& request,
                    Token&& token = {}) {
    return async_create(app_id, request, call_options{}, std::forward<Token>(token));
  }

 private:
  detail::request_ptr prepare_get(std::string_view app_id, std::string_view meeting_id,
                                  const call_options& opts) const;
  detail::request_ptr prepare_create(std::string_view app_id, const create_meeting_request& request,
                                     const call_options& opts) const;

  std::shared_ptr<detail::session> session_;
};

}  // namespace rtk
