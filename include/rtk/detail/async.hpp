#pragma once
// What the public async_<verb> templates need, and nothing more: they build a request with a
// non-template function, then hand it and a type-erased handler to start_call<T>, which is
// defined in src/ and explicitly instantiated for each result type.

#include <rtk/call_options.hpp>
#include <rtk/diagnostics.hpp>
#include <rtk/error.hpp>

#include <boost/asio/any_completion_handler.hpp>
#include <boost/asio/associator.hpp>
#include <boost/asio/async_result.hpp>
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

template <class T>
using call_handler = boost::asio::any_completion_handler<void(error_code, diagnostics, T)>;

// Defined in src/call.hpp; instantiated in the resource file that owns T.
template <class T>
void start_call(std::shared_ptr<session> s, request_ptr request, call_handler<T> handler);

template <class Token, class T>
concept token_for =
    std::same_as<std::decay_t<Token>, default_token_t> ||
    (throws_v<Token>&& boost::asio::completion_token_for<Token, void(std::exception_ptr, T)>) ||
    (!throws_v<Token> && boost::asio::completion_token_for<Token, void(error_code, T)>);

// Adapts the user's handler to the erased signature: stores the diagnostics where the caller
// asked, and with the default token turns a failure into an rtk::error.
template <class Handler, class T, bool Throwing>
struct completion_adapter {
  Handler handler;
  diagnostics* user_diag;

  void operator()(error_code ec, diagnostics diag, T value) {
    if (user_diag != nullptr) *user_diag = diag;
    if constexpr (Throwing) {
      std::exception_ptr ex;
      if (ec) ex = std::make_exception_ptr(error(ec, std::move(diag)));
      std::move(handler)(ex, std::move(value));
    } else {
      std::move(handler)(ec, std::move(value));
    }
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

template <class T, class Token>
auto initiate(std::shared_ptr<session> s, request_ptr request, diagnostics* diag, Token&& token) {
  return initiate_with<T>(call_starter<T>{std::move(s), std::move(request)}, diag,
                          std::forward<Token>(token));
}

// The call_options among an async_<verb>'s trailing arguments, if they start with one.
inline const call_options& options_in() noexcept {
  static const call_options none;
  return none;
}
template <class First, class... Rest>
const call_options& options_in(const First& first, const Rest&...) noexcept {
  if constexpr (std::is_same_v<First, call_options>) {
    return first;
  } else {
    return options_in();
  }
}

// The trailing arguments of every async_<verb>: [call_options] [diagnostics&] [token].
template <class T, class Starter, class... Tail>
auto start_with(Starter starter, Tail&&... tail) {
  using tail_types = std::tuple<std::remove_cvref_t<Tail>...>;
  constexpr std::size_t n = sizeof...(Tail);
  auto args = std::forward_as_tuple(std::forward<Tail>(tail)...);
  if constexpr (n == 0) {
    return initiate_with<T>(std::move(starter), nullptr, default_token_t{});
  } else if constexpr (std::is_same_v<std::tuple_element_t<0, tail_types>, call_options>) {
    // The options were read by options_in(); what follows them is the same as without.
    return std::apply(
        [&starter](auto&&, auto&&... rest) {
          return start_with<T>(std::move(starter), std::forward<decltype(rest)>(rest)...);
        },
        std::move(args));
  } else if constexpr (std::is_same_v<std::tuple_element_t<0, tail_types>, diagnostics>) {
    static_assert(std::is_lvalue_reference_v<std::tuple_element_t<0, std::tuple<Tail&&...>>>,
                  "diagnostics must be an lvalue the call can fill");
    static_assert(n <= 2, "after the operation's arguments: [call_options] [diagnostics&] [token]");
    if constexpr (n == 1) {
      return initiate_with<T>(std::move(starter), &std::get<0>(args), default_token_t{});
    } else {
      static_assert(token_for<std::tuple_element_t<1, std::tuple<Tail...>>, T>,
                    "not a completion token for this operation");
      return initiate_with<T>(std::move(starter), &std::get<0>(args), std::get<1>(std::move(args)));
    }
  } else {
    static_assert(n == 1, "after the operation's arguments: [call_options] [diagnostics&] [token]");
    static_assert(token_for<std::tuple_element_t<0, std::tuple<Tail...>>, T>,
                  "not a completion token for this operation");
    return initiate_with<T>(std::move(starter), nullptr, std::get<0>(std::move(args)));
  }
}

template <class T, class... Tail>
auto start(std::shared_ptr<session> s, request_ptr request, Tail&&... tail) {
  return start_with<T>(call_starter<T>{std::move(s), std::move(request)},
                       std::forward<Tail>(tail)...);
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
