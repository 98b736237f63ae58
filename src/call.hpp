#pragma once
// start_call<T>: the bridge from a public async_<verb> to the session (and await_call<T>, its
// default token's form). Included only by the resource files, which explicitly instantiate
// them for their result types.
//
// The call runs as a coroutine on a strand of its own, so calls made from many threads never
// serialize on each other. The caller's cancellation slot is forwarded onto that strand.
// Completion is dispatched to the caller's executor, never inline from the initiating call.

#include "codec/json_codec.hpp"
#include "session.hpp"

#include <rtk/detail/async.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/associated_cancellation_slot.hpp>
#include <boost/asio/associated_executor.hpp>
#include <boost/asio/bind_cancellation_slot.hpp>
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

// With `fallback` (failures found before any I/O): go through it first, so the handler
// never runs inside the initiating function.
template <class T>
void complete_on_caller(call_handler<T> handler, error_code ec, diagnostics diag, T value,
                        const boost::asio::any_io_executor* fallback) {
  namespace asio = boost::asio;
  auto ex = asio::get_associated_executor(handler);
  auto finish = [h = std::move(handler), ec, d = std::move(diag), v = std::move(value)]() mutable {
    auto slot = asio::get_associated_cancellation_slot(h);
    if (slot.is_connected()) slot.clear();
    std::move(h)(ec, std::move(d), std::move(v));
  };
  if (fallback != nullptr) {
    asio::post(*fallback,
               [ex, f = std::move(finish)]() mutable { asio::dispatch(ex, std::move(f)); });
  } else {
    asio::dispatch(ex, std::move(finish));
  }
}

// The result sink of a call whose result is a T.
template <class T>
error_code decode_result(std::string_view body, void* out, diagnostics& diag) {
  return codec::decode_data(body, *static_cast<T*>(out), diag);
}

template <class T>
void start_call(std::shared_ptr<session> s, request_ptr request, call_handler<T> handler) {
  namespace asio = boost::asio;
  if (request->rejected) {
    diagnostics diag;
    diag.client_message = std::move(request->reject_reason);
    complete_on_caller<T>(std::move(handler), request->rejected, std::move(diag), T{},
                          &s->executor());
    return;
  }
  auto call = std::make_shared<typed_call<T>>(asio::make_strand(s->executor()));
  if (!s->open_call(call)) {
    diagnostics diag;
    diag.client_message = "the client was shut down";
    complete_on_caller<T>(std::move(handler), asio::error::operation_aborted, std::move(diag), T{},
                          &s->executor());
    return;
  }
  if (auto slot = asio::get_associated_cancellation_slot(handler); slot.is_connected()) {
    // Terminal cancellation always ends the call. Partial and total cancellation promise a
    // cancelled operation with no side effect to speak of, which holds only while nothing is on
    // the wire (waiting for a connection, connecting, between attempts): once a request is being
    // exchanged the server may act on it, so they are ignored and the call completes as usual.
    slot.assign([weak = std::weak_ptr(call)](asio::cancellation_type type) {
      using ct = asio::cancellation_type;
      const bool terminal = (type & ct::terminal) != ct::none;
      if (!terminal && (type & (ct::partial | ct::total)) == ct::none) return;
      if (auto c = weak.lock()) {
        asio::post(c->strand, [c, terminal] {
          if (terminal || !c->flags.on_the_wire) session::cancel_call(*c);
        });
      }
    });
  }
  const result_sink sink{&call->result, &decode_result<T>};
  auto on_done = [s, call, h = std::move(handler)](std::exception_ptr ep, error_code ec) mutable {
    s->close_call(*call);
    if (ep) ec = exception_to_error(ep, call->diag);
    T value = ec ? T{} : std::move(call->result);
    complete_on_caller<T>(std::move(h), ec, std::move(call->diag), std::move(value), nullptr);
  };
  asio::co_spawn(call->strand, s->run(call, std::move(request), sink),
                 asio::bind_cancellation_slot(call->signal.slot(), std::move(on_done)));
}

// The default token's form (see async.hpp): start_call's outcome, with the diagnostics stored
// where the caller asked and a failure thrown as an rtk::error carrying them.
template <class T>
boost::asio::awaitable<T> await_call(std::shared_ptr<session> s, request_ptr request,
                                     diagnostics* user_diag) {
  namespace asio = boost::asio;
  auto start = [](auto handler, std::shared_ptr<session> s, request_ptr request) {
    start_call<T>(std::move(s), std::move(request), call_handler<T>(std::move(handler)));
  };
  auto token = asio::as_tuple(asio::use_awaitable);
  std::tuple<error_code, diagnostics, T> outcome =
      co_await asio::async_initiate<decltype(token), void(error_code, diagnostics, T)>(
          start, token, std::move(s), std::move(request));
  auto& [ec, diag, value] = outcome;
  if (user_diag != nullptr) *user_diag = diag;
  if (ec) throw error(ec, std::move(diag));
  co_return std::move(value);
}

}  // namespace rtk::detail

// Compiles the call path for one result type; once per type, in the resource file owning it.
#define RTK_INSTANTIATE_CALL(...)                                                             \
  template void rtk::detail::start_call<__VA_ARGS__>(std::shared_ptr<rtk::detail::session>,   \
                                                     rtk::detail::request_ptr,                \
                                                     rtk::detail::call_handler<__VA_ARGS__>); \
  template boost::asio::awaitable<__VA_ARGS__> rtk::detail::await_call<__VA_ARGS__>(          \
      std::shared_ptr<rtk::detail::session>, rtk::detail::request_ptr, rtk::diagnostics*);
