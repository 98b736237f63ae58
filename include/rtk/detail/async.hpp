#pragma once
// What the public async_<verb> templates need, and nothing more: they build a request with a
// non-template function, then hand it and a type-erased handler to start_call<T>, which is
// defined in src/ and explicitly instantiated for each result type.

#include <rtk/call_options.hpp>
#include <rtk/diagnostics.hpp>
#include <rtk/error.hpp>

#include <boost/asio/any_completion_handler.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/associated_cancellation_slot.hpp>
#include <boost/asio/associated_executor.hpp>
#include <boost/asio/associator.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <concepts>
#include <exception>
#include <memory>
#include <tuple>
#include <type_traits>
#include <utility>

namespace boost::asio {
template <typename Allocator>
class use_future_t;
}  // namespace boost::asio

namespace rtk {

// The default completion token: `co_await` the operation in an asio::awaitable coroutine;
// failures throw rtk::error, which carries the call's diagnostics.
struct default_token_t {};
inline constexpr default_token_t default_token{};

namespace detail {

// Tokens whose failures surface as exceptions: with them an operation completes with
// (std::exception_ptr, T) and the exception is an rtk::error carrying the diagnostics, as with
// the default token, instead of the plain system_error Asio would make of an error_code. Every
// other token gets (error_code, T). asio::deferred is not one of them: Boost 1.81 cannot
// co_await a deferred operation whose signature starts with std::exception_ptr (its
// awaitable_async_op_handler<R(std::exception_ptr, T)>::resume does not compile), so a deferred
// call completes with (error_code, T) like any composable operation.
template <class Token>
struct throwing_token : std::false_type {};
template <>
struct throwing_token<default_token_t> : std::true_type {};
template <class Executor>
struct throwing_token<boost::asio::use_awaitable_t<Executor>> : std::true_type {};
template <class Allocator>
struct throwing_token<boost::asio::use_future_t<Allocator>> : std::true_type {};
template <class Token>
inline constexpr bool throws_v = throwing_token<std::decay_t<Token>>::value;

class session;
struct request_spec;
struct request_spec_deleter {
  void operator()(request_spec* r) const noexcept;
};
// A validated request, ready to send; or the reason it was rejected before sending.
using request_ptr = std::unique_ptr<request_spec, request_spec_deleter>;

// A call's completion, erased. The diagnostics and the result stay in the call's state, which
// `keep` holds, and only pointers to them cross the erasure and the dispatch to the caller's
// executor: the adapter below moves the result once, into the caller's handler (a result is
// moved to the caller, never copied).
template <class T>
using call_handler = boost::asio::any_completion_handler<void(
    error_code ec, std::shared_ptr<void> keep, diagnostics* diag, T* value)>;

// Defined in src/call.hpp; instantiated in the resource file that owns T.
template <class T>
void start_call(std::shared_ptr<session> s, request_ptr request, call_handler<T> handler);

template <class Token, class T>
concept token_for =
    std::same_as<std::decay_t<Token>, default_token_t> ||
    (throws_v<Token>&& boost::asio::completion_token_for<Token, void(std::exception_ptr, T)>) ||
    (!throws_v<Token> && boost::asio::completion_token_for<Token, void(error_code, T)>);

// Adapts the user's handler to the erased signature. rtk calls it where the call ended; it
// stores the diagnostics where the caller asked, moves the result out of the call's state, and
// dispatches to the handler's own executor, with its cancellation slot cleared first (rtk's
// handler there must not outlive the call). Dispatched from here, where the handler's type is
// known: through the erasure the executor would be an any_completion_executor, which Asio
// allocates for every wrap and every query. With the default token a failure becomes an
// rtk::error.
template <class Handler, class T, bool Throwing>
struct completion_adapter {
  Handler handler;
  diagnostics* user_diag;

  void operator()(error_code ec, std::shared_ptr<void> keep, diagnostics* diag, T* value) {
    namespace asio = boost::asio;
    if (user_diag != nullptr) *user_diag = *diag;
    // The handler's first argument: the failure as an exception, or the code itself.
    auto outcome = [&] {
      if constexpr (Throwing) {
        return ec ? std::make_exception_ptr(error(ec, std::move(*diag))) : std::exception_ptr();
      } else {
        return ec;
      }
    }();
    auto on = asio::get_associated_executor(handler);
    asio::dispatch(on, [h = std::move(handler), outcome, keep = std::move(keep), value]() mutable {
      auto slot = asio::get_associated_cancellation_slot(h);
      if (slot.is_connected()) slot.clear();
      std::move(h)(outcome, std::move(*value));
    });
  }
};

// What starts an operation once its handler is erased: a call (session + request), or the
// next page of a pager.
template <class T>
struct call_starter {
  std::shared_ptr<session> s;
  request_ptr request;
  void operator()(call_handler<T> h) {
    start_call<T>(std::move(s), std::move(request), std::move(h));
  }
};

template <class T, bool Throwing>
struct erased_initiation {
  template <class Handler, class Starter>
  void operator()(Handler&& h, Starter starter, diagnostics* diag) const {
    using adapter = completion_adapter<std::decay_t<Handler>, T, Throwing>;
    std::move(starter)(call_handler<T>(adapter{std::forward<Handler>(h), diag}));
  }
};

template <class T, class Starter, class Token>
auto initiate_with(Starter starter, diagnostics* diag, Token&& token) {
  namespace asio = boost::asio;
  if constexpr (std::same_as<std::decay_t<Token>, default_token_t>) {
    return asio::async_initiate<const asio::use_awaitable_t<>&, void(std::exception_ptr, T)>(
        erased_initiation<T, true>{}, asio::use_awaitable, std::move(starter), diag);
  } else if constexpr (throws_v<Token>) {
    return asio::async_initiate<Token, void(std::exception_ptr, T)>(
        erased_initiation<T, true>{}, token, std::move(starter), diag);
  } else {
    return asio::async_initiate<Token, void(error_code, T)>(erased_initiation<T, false>{}, token,
                                                            std::move(starter), diag);
  }
}

// A call with the default token: a coroutine defined in src/call.hpp and compiled there with
// start_call<T>, for each result type. A program's `co_await` then instantiates neither
// async_initiate nor any_completion_handler, which cost each file making calls ~0.4 s of
// compile time (benchmarks/README.md).
template <class T>
boost::asio::awaitable<T> await_call(std::shared_ptr<session> s, request_ptr request,
                                     diagnostics* diag);

// as_tuple(use_awaitable), the usual token for calls that must not throw, the same way: a
// coroutine compiled in librtk, whose (error_code, T) is what co_await on that token gives.
template <class T>
boost::asio::awaitable<std::tuple<error_code, T>> await_call_tuple(std::shared_ptr<session> s,
                                                                   request_ptr request,
                                                                   diagnostics* diag);

template <class T, class Token>
auto initiate(std::shared_ptr<session> s, request_ptr request, diagnostics* diag, Token&& token) {
  if constexpr (std::same_as<std::decay_t<Token>, default_token_t>) {
    return await_call<T>(std::move(s), std::move(request), diag);
  } else if constexpr (std::same_as<std::decay_t<Token>,
                                    boost::asio::as_tuple_t<boost::asio::use_awaitable_t<>>>) {
    return await_call_tuple<T>(std::move(s), std::move(request), diag);
  } else {
    return initiate_with<T>(call_starter<T>{std::move(s), std::move(request)}, diag,
                            std::forward<Token>(token));
  }
}

// A query or body struct: a model, as opposed to a completion token. Every model keeps what it
// does not map in `extra`.
template <class T>
concept model = std::is_class_v<T> && requires(const T& t) {
  t.extra;
};

// Completion tokens, as opposed to the arguments an operation takes before them.
template <class T>
concept completion_token =
    !model<std::decay_t<T>> && !std::is_same_v<std::decay_t<T>, call_options> &&
    !std::is_same_v<std::decay_t<T>, diagnostics> && !std::is_convertible_v<T, std::string_view>;

// The four call forms of an operation whose arguments are Args: each ends with an optional
// completion token, and has call_options and diagnostics& before it or not. Written as plain
// overloads so that `{.attempt_timeout = 5s}` works inline and an IDE shows the parameters.
// `Derived::start(opts, diag, token, args...)` starts the call.
template <class Derived, class R, class... Args>
class call_forms {
 public:
  template <completion_token Token = default_token_t>
  requires token_for<Token, R>
  auto operator()(Args... args, Token&& token = {}) const {
    return self().start(nullptr, nullptr, std::forward<Token>(token), args...);
  }
  template <completion_token Token = default_token_t>
  requires token_for<Token, R>
  auto operator()(Args... args, const call_options& opts, Token&& token = {}) const {
    return self().start(&opts, nullptr, std::forward<Token>(token), args...);
  }
  template <completion_token Token = default_token_t>
  requires token_for<Token, R>
  auto operator()(Args... args, diagnostics& diag, Token&& token = {}) const {
    return self().start(nullptr, &diag, std::forward<Token>(token), args...);
  }
  template <completion_token Token = default_token_t>
  requires token_for<Token, R>
  auto operator()(Args... args, const call_options& opts, diagnostics& diag,
                  Token&& token = {}) const {
    return self().start(&opts, &diag, std::forward<Token>(token), args...);
  }

 private:
  const Derived& self() const { return static_cast<const Derived&>(*this); }
};

inline const call_options& options_or_none(const call_options* opts) noexcept {
  static const call_options none;
  return opts != nullptr ? *opts : none;
}

}  // namespace detail
}  // namespace rtk

// The adapter is transparent to Asio: it has its handler's executor, allocator and
// cancellation slot.
template <template <class, class> class Associator, class Handler, class T, bool Throwing,
          class Default>
struct boost::asio::associator<Associator, rtk::detail::completion_adapter<Handler, T, Throwing>,
                               Default> : Associator<Handler, Default> {
  static typename Associator<Handler, Default>::type get(
      const rtk::detail::completion_adapter<Handler, T, Throwing>& a) noexcept {
    return Associator<Handler, Default>::get(a.handler);
  }
  static auto get(const rtk::detail::completion_adapter<Handler, T, Throwing>& a,
                  const Default& d) noexcept
      -> decltype(Associator<Handler, Default>::get(a.handler, d)) {
    return Associator<Handler, Default>::get(a.handler, d);
  }
};
