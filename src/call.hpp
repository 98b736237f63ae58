#pragma once
// start_call<T>: the bridge from a public async_<verb> to the session (and await_call<T>, its
// default token's form). Included only by the resource files, which explicitly instantiate
// them for their result types.
//
// The call runs as a coroutine on the client's executor, on no strand of its own: calls made
// from many threads never serialize on each other, and what may touch a running call from
// another thread (its cancellation) goes through thread-safe interruption (interrupt.hpp).
// Completion is dispatched to the caller's executor, never inline from the initiating call.

#include "codec/json_codec.hpp"
#include "session.hpp"

#include <rtk/detail/async.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/associated_cancellation_slot.hpp>
#include <boost/asio/associated_executor.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>

#include <exception>
#include <new>
#include <tuple>

namespace rtk::detail {

// What an exception escaping the call's coroutine means (cancellation surfaces as one when it
// arrives between two operations).
error_code exception_to_error(std::exception_ptr ep, diagnostics& diag);

// The caller's cancellation slot, forwarded to the call. Terminal cancellation
// always ends the call. Partial and total cancellation promise a cancelled operation with no
// side effect to speak of, which holds only while nothing is on the wire (waiting for a
// connection, connecting, between attempts): once a request is being exchanged the server may
// act on it, so they are ignored and the call completes as usual.
void forward_cancellation(boost::asio::cancellation_slot slot,
                          const std::shared_ptr<call_state>& call);

// Runs `invoke(handler)` on the handler's executor, with the handler's cancellation slot
// cleared first (forward_cancellation's handler must not outlive the call). For the default
// token's awaitable handler; an erased call_handler's adapter does this itself.
template <class Handler, class Invoke>
void complete_on_caller(Handler handler, Invoke invoke) {
  namespace asio = boost::asio;
  auto ex = asio::get_associated_executor(handler);
  asio::dispatch(ex, [h = std::move(handler), invoke = std::move(invoke)]() mutable {
    auto slot = asio::get_associated_cancellation_slot(h);
    if (slot.is_connected()) slot.clear();
    invoke(h);
  });
}

// A completion that no call produced (a pager past its last page): posted to `via` first, so
// the handler never runs inside the initiating function; its adapter dispatches to the caller.
template <class T>
void complete_without_call(call_handler<T> handler, error_code ec, T value,
                           const boost::asio::any_io_executor& via) {
  auto outcome = std::make_shared<std::pair<diagnostics, T>>(diagnostics{}, std::move(value));
  boost::asio::post(via, [h = std::move(handler), ec, outcome]() mutable {
    std::move(h)(ec, outcome, &outcome->first, &outcome->second);
  });
}

// The result sink of a call whose result is a T.
template <class T>
error_code decode_result(std::string_view body, void* out, diagnostics& diag) {
  return codec::decode_data(body, *static_cast<T*>(out), diag);
}

// Starts `call`: its coroutine on the client's executor; or, when the request was refused or
// the client is shut down, that error, posted so it never completes inside the initiating
// function. `finish(ec)` runs once the call has ended, with call->diag filled.
template <class T, class Finish>
void launch(const std::shared_ptr<session>& s, request_ptr request,
            const std::shared_ptr<typed_call<T>>& call, Finish finish) {
  namespace asio = boost::asio;
  error_code refused;
  if (request->rejected) {
    refused = request->rejected;
    call->diag.client_message = std::move(request->reject_reason);
  } else if (!s->open_call(call)) {
    refused = asio::error::operation_aborted;
    call->diag.client_message = "the client was shut down";
  }
  if (refused) {
    asio::post(s->executor(), [f = std::move(finish), refused]() mutable { f(refused); });
    return;
  }
  auto on_done = [s, call, f = std::move(finish)](std::exception_ptr ep, error_code ec) mutable {
    s->close_call(*call);
    if (ep) ec = exception_to_error(ep, call->diag);
    if (ec) call->result = T{};  // a failed call hands over an empty result
    f(ec);
  };
  const result_sink sink{&call->result, &decode_result<T>};
  asio::co_spawn(s->executor(), s->run(call, std::move(request), sink), std::move(on_done));
}

template <class T>
void start_call(std::shared_ptr<session> s, request_ptr request, call_handler<T> handler) {
  auto call = std::make_shared<typed_call<T>>();
  forward_cancellation(boost::asio::get_associated_cancellation_slot(handler), call);
  // The handler's adapter (completion_adapter, or the pager's) dispatches to the caller.
  launch<T>(s, std::move(request), call, [call, h = std::move(handler)](error_code ec) mutable {
    auto* diag = &call->diag;
    auto* result = &call->result;
    std::move(h)(ec, std::move(call), diag, result);
  });
}

// The call, as an awaitable of its error code: `call` holds the diagnostics and the result.
template <class T>
auto wait_for(std::shared_ptr<session> s, request_ptr request,
              std::shared_ptr<typed_call<T>> call) {
  namespace asio = boost::asio;
  auto start = [](auto handler, const std::shared_ptr<session>& s, request_ptr request,
                  const std::shared_ptr<typed_call<T>>& call) {
    forward_cancellation(asio::get_associated_cancellation_slot(handler), call);
    launch<T>(s, std::move(request), call, [h = std::move(handler)](error_code ec) mutable {
      complete_on_caller(std::move(h), [ec](auto& handler) { std::move(handler)(ec); });
    });
  };
  constexpr auto token = asio::as_tuple(asio::use_awaitable);
  return asio::async_initiate<decltype(token), void(error_code)>(start, token, std::move(s),
                                                                 std::move(request), call);
}

// The default token's form (see async.hpp): the call's outcome, with the diagnostics stored
// where the caller asked and a failure thrown as an rtk::error carrying them. The result is
// moved out of the call's state once, into the coroutine's return value.
template <class T>
boost::asio::awaitable<T> await_call(std::shared_ptr<session> s, request_ptr request,
                                     diagnostics* user_diag) {
  auto call = std::make_shared<typed_call<T>>();
  auto [ec] = co_await wait_for<T>(std::move(s), std::move(request), call);
  if (user_diag != nullptr) *user_diag = call->diag;
  if (ec) throw error(ec, std::move(call->diag));
  co_return std::move(call->result);
}

// as_tuple(use_awaitable)'s form: (error_code, T), the diagnostics where the caller asked.
template <class T>
boost::asio::awaitable<std::tuple<error_code, T>> await_call_tuple(std::shared_ptr<session> s,
                                                                   request_ptr request,
                                                                   diagnostics* user_diag) {
  auto call = std::make_shared<typed_call<T>>();
  auto [ec] = co_await wait_for<T>(std::move(s), std::move(request), call);
  if (user_diag != nullptr) *user_diag = call->diag;
  co_return std::tuple<error_code, T>(ec, std::move(call->result));
}

}  // namespace rtk::detail

// Compiles the call path for one result type; once per type, in the resource file owning it.
#define RTK_INSTANTIATE_CALL(...)                                                             \
  template void rtk::detail::start_call<__VA_ARGS__>(std::shared_ptr<rtk::detail::session>,   \
                                                     rtk::detail::request_ptr,                \
                                                     rtk::detail::call_handler<__VA_ARGS__>); \
  template boost::asio::awaitable<__VA_ARGS__> rtk::detail::await_call<__VA_ARGS__>(          \
      std::shared_ptr<rtk::detail::session>, rtk::detail::request_ptr, rtk::diagnostics*);    \
  template boost::asio::awaitable<std::tuple<rtk::error_code, __VA_ARGS__>>                   \
  rtk::detail::await_call_tuple<__VA_ARGS__>(std::shared_ptr<rtk::detail::session>,           \
                                             rtk::detail::request_ptr, rtk::diagnostics*);
