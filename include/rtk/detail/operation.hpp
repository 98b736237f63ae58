#pragma once
// One declaration per operation. Each resource header declares its operations as descriptors
// (rtk::ops::meetings_get...): rtk's name, the HTTP method and path template as the reference
// writes them, the official SDK's names, paging, idempotency, and the C++ signature
// `result(arguments...)`. From that one line come the typed method (rtk::operation<D>, a
// member of the resource), the pager form of a paged list, the operation by name
// (rtk::operations(), `rtk ops`, docs/operations.md) and the retry rules' idempotency.
//
// A signature's arguments are the path parameters after account_id, in order, as
// std::string_view, then at most one struct: the query of a GET or DELETE, the JSON body of a
// POST, PUT or PATCH.

#include <rtk/call_options.hpp>
#include <rtk/detail/async.hpp>
#include <rtk/diagnostics.hpp>
#include <rtk/models/common.hpp>
#include <rtk/pager.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <concepts>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace rtk {

namespace detail {

enum class http_method { get, post, put, patch, del };

// GET, PUT and DELETE may be sent again after an attempt whose outcome is unknown; POST and
// PATCH may not, unless their descriptor says so.
constexpr bool idempotent_by_method(http_method m) noexcept {
  return m == http_method::get || m == http_method::put || m == http_method::del;
}

}  // namespace detail

namespace ops {

using enum detail::http_method;
enum class paging { none, pages };
using enum paging;
// A POST that changes nothing when repeated (its descriptor says why in a comment).
enum class resend { by_method, safe };
inline constexpr resend safe_to_resend = resend::safe;

// What every descriptor holds, whatever its signature.
struct info {
  std::string_view name;  // rtk's name, e.g. "meetings.add_participant"
  detail::http_method method;
  std::string_view path;       // /accounts/{account_id}/realtime/kit/...
  std::string_view sdk_names;  // the official TypeScript SDK's method(s), comma-separated
  bool paged;                  // takes page_no/per_page; has a pager form
  bool idempotent;             // may be resent after an attempt whose outcome is unknown
};

template <class Signature>
struct descriptor;

template <class R, class... Args>
struct descriptor<R(Args...)> : info {
  using result = R;
  using arguments = std::tuple<Args...>;

  constexpr descriptor(std::string_view name_, detail::http_method method_, std::string_view path_,
                       std::string_view sdk_names_, paging paging_ = none,
                       resend resend_ = resend::by_method)
      : info{name_,
             method_,
             path_,
             sdk_names_,
             paging_ == pages,
             resend_ == resend::safe || detail::idempotent_by_method(method_)} {}
};

}  // namespace ops

namespace detail {

class session;
class request_builder;

// What an operation object is bound to: the client's session and, for an app-scoped handle,
// the app. Shared by every operation of a resource handle.
struct scope {
  std::shared_ptr<detail::session> client_session;
  std::string app_id;  // empty: the operations take app_id as their first argument
};
using scope_ptr = std::shared_ptr<const scope>;

// A query or body, type-erased so that its encoding (Boost.JSON, in src/) stays out of the
// headers. encode_query<T> and encode_body<T> are instantiated with each group's models.
template <class T>
void encode_query(const void* object, request_builder& b);
template <class T>
void encode_body(const void* object, request_builder& b);
// A copy of a query that owns what it points to (queries borrow): a pager sends it again for
// every page. Instantiated with the queries, in src/.
template <class T>
std::shared_ptr<const T> keep_query(const T& query);
struct payload {
  const void* object = nullptr;
  void (*encode)(const void*, request_builder&) = nullptr;
};

// The validated request for operation `op` with these path arguments (after account_id, in
// order) and payload; or the reason it is refused, in which case nothing will be sent.
request_ptr prepare(const session& s, const call_options& opts, const ops::info& op,
                    std::span<const std::string_view> path, payload p);

template <class T>
inline constexpr bool is_path_argument = std::is_same_v<T, std::string_view>;

template <const auto& D>
inline constexpr bool takes_query = D.method == http_method::get || D.method == http_method::del;

template <const auto& D, class T>
payload payload_of(const T& object) {
  static_assert(model<T>, "an operation's last argument is a path parameter or a model");
  // What makes a braced request safe inside co_await with GCC 12 (see models/common.hpp).
  static_assert(std::is_trivially_destructible_v<T>, "requests and queries borrow what they hold");
  return {&object, takes_query<D> ? &encode_query<T> : &encode_body<T>};
}

// The request of operation D from its arguments (an app-scoped handle's app first).
template <const auto& D, class... Args>
request_ptr prepare_from(const scope& sc, const call_options& opts, const Args&... args) {
  std::array<std::string_view, sizeof...(Args) + 1> path{};
  std::size_t n = 0;
  if (!sc.app_id.empty()) path[n++] = sc.app_id;
  payload p;
  auto add = [&](const auto& a) {
    if constexpr (is_path_argument<std::remove_cvref_t<decltype(a)>>) {
      path[n++] = a;
    } else {
      p = payload_of<D>(a);
    }
  };
  (add(args), ...);
  return prepare(*sc.client_session, opts, D, std::span<const std::string_view>(path.data(), n), p);
}

// The arguments an operation object takes: all of them, or all but an app-scoped handle's
// app_id.
template <bool AppScoped, class... Args>
struct arguments_after_scope {
  using type = std::tuple<Args...>;
};
template <class First, class... Rest>
struct arguments_after_scope<true, First, Rest...> {
  using type = std::tuple<Rest...>;
};

// Whether the arguments end with a query (or body), which a call may leave out when it is a
// query: `async_get(app_id, id)` as well as `async_get(app_id, id, {.name = "x"})`.
template <class Tuple>
struct drop_last;
template <>
struct drop_last<std::tuple<>> {
  using type = std::tuple<>;
};
template <class... Args>
struct drop_last<std::tuple<Args...>> {
  template <std::size_t... I>
  static std::tuple<std::tuple_element_t<I, std::tuple<Args...>>...> take(
      std::index_sequence<I...>);
  using type = decltype(take(std::make_index_sequence<sizeof...(Args) - 1>{}));
};

template <class Tuple>
struct last_is_query : std::false_type {};
template <class... Args>
requires(sizeof...(Args) > 0) struct last_is_query<std::tuple<Args...>>
    : std::bool_constant<model<
          std::remove_cvref_t<std::tuple_element_t<sizeof...(Args) - 1, std::tuple<Args...>>>>> {
};

template <template <class...> class Forms, class Derived, class R, class Tuple>
struct forms_of;
template <template <class...> class Forms, class Derived, class R, class... Args>
struct forms_of<Forms, Derived, R, std::tuple<Args...>> {
  using type = Forms<Derived, R, Args...>;
};

// Every form of an operation: those with all its arguments and, when they end with a query a
// call may leave out, those without it.
template <template <class...> class Forms, class Derived, class R, class All, class Shorter>
struct every_form : forms_of<Forms, Derived, R, All>::type,
                    forms_of<Forms, Derived, R, Shorter>::type {
  using forms_of<Forms, Derived, R, All>::type::operator();
  using forms_of<Forms, Derived, R, Shorter>::type::operator();
};
template <template <class...> class Forms, class Derived, class R, class All>
struct every_form<Forms, Derived, R, All, All> : forms_of<Forms, Derived, R, All>::type {
  using forms_of<Forms, Derived, R, All>::type::operator();
};

// The pager forms of a paged list: its arguments (the query last, or left out).
template <class Derived, class R, class... Args>
class pager_forms {
 public:
  auto operator()(Args... args) const { return static_cast<const Derived&>(*this).make(args...); }
};

template <class R>
struct page_item;
template <class T>
struct page_item<page<T>> {
  using type = T;
  static page<T> convert(page<T>&& p) { return std::move(p); }
};
template <class R>
using page_item_t = typename page_item<R>::type;

// A pager over the list whose page `page_no` `build` makes; defined in src/pager.hpp and
// instantiated with each list's result type.
template <class R>
pager<page_item_t<R>> make_pager(
    std::shared_ptr<session> s, std::optional<std::int64_t> first_page,
    std::optional<std::int64_t> per_page,
    std::function<request_ptr(std::int64_t page_no, const call_options&)> build);

// An operation's arguments, with a default query appended when the call left it out.
template <class Query, std::size_t Wanted, class... Given>
auto complete_arguments(const Given&... given) {
  if constexpr (sizeof...(Given) < Wanted) {
    return std::tuple<const Given&..., Query>(given..., Query{});
  } else {
    return std::tuple<const Given&...>(given...);
  }
}

}  // namespace detail

// Which handle an operation object belongs to: the client's (app_id is each operation's first
// argument) or an app's (rtk::app_client, without it).
struct any_app {};
struct one_app {};

namespace detail {

template <class Scope, class... Args>
using own_arguments_t =
    typename arguments_after_scope<std::is_same_v<Scope, one_app>, Args...>::type;

template <class Tuple>
using last_t = std::remove_cvref_t<std::tuple_element_t<std::tuple_size_v<Tuple> - 1, Tuple>>;

// What an operation and its pager form share: the bound scope, the argument sets, and the
// trailing query a call may leave out.
template <const auto& D, class Scope, class R, class... Args>
struct operation_traits {
  using own = own_arguments_t<Scope, Args...>;
  static constexpr bool optional_query = takes_query<D> && last_is_query<own>::value;
  using shorter = std::conditional_t<optional_query, typename drop_last<own>::type, own>;
};

}  // namespace detail

// One operation of a resource: callable with its arguments, then [call_options]
// [diagnostics&] [token]. resources/meetings.hpp describes the forms and cancellation.
template <const auto& D, class Scope = any_app, class Signature = std::remove_cvref_t<decltype(D)>>
class operation;

template <const auto& D, class Scope, class R, class... Args>
class operation<D, Scope, ops::descriptor<R(Args...)>>
    : public detail::every_form<detail::call_forms, operation<D, Scope>, R,
                                typename detail::operation_traits<D, Scope, R, Args...>::own,
                                typename detail::operation_traits<D, Scope, R, Args...>::shorter> {
  using traits = detail::operation_traits<D, Scope, R, Args...>;
  using forms = detail::every_form<detail::call_forms, operation, R, typename traits::own,
                                   typename traits::shorter>;

 public:
  using result_type = R;
  using arguments = std::tuple<Args...>;  // all of them, app_id included
  static constexpr const ops::info& descriptor_info = D;

  operation() = default;
  explicit operation(detail::scope_ptr s) : scope_(std::move(s)) {}

  using forms::operator();

  // Starts the call; what the call forms share.
  template <class Token, class... Given>
  auto start(const call_options* opts, diagnostics* diag, Token&& token,
             const Given&... given) const {
    const auto& o = detail::options_or_none(opts);
    auto request = std::apply(
        [&](const auto&... args) { return detail::prepare_from<D>(*scope_, o, args...); },
        complete_arguments(given...));
    return detail::initiate<R>(scope_->client_session, std::move(request), diag,
                               std::forward<Token>(token));
  }

 private:
  template <class... Given>
  static auto complete_arguments(const Given&... given) {
    if constexpr (traits::optional_query) {
      return detail::complete_arguments<detail::last_t<typename traits::own>,
                                        std::tuple_size_v<typename traits::own>>(given...);
    } else {
      return std::tuple<const Given&...>(given...);
    }
  }

  detail::scope_ptr scope_;
};

// The pager form of a paged list: the same arguments, and a pager<T> that fetches every page
// in turn with the query's filters (its page_no is where the pager starts).
template <const auto& D, class Scope = any_app, class Signature = std::remove_cvref_t<decltype(D)>>
class pages;

template <const auto& D, class Scope, class R, class... Args>
class pages<D, Scope, ops::descriptor<R(Args...)>>
    : public detail::every_form<detail::pager_forms, pages<D, Scope>, R,
                                typename detail::operation_traits<D, Scope, R, Args...>::own,
                                typename detail::operation_traits<D, Scope, R, Args...>::shorter> {
  using traits = detail::operation_traits<D, Scope, R, Args...>;
  using query = detail::last_t<typename traits::own>;
  static_assert(traits::optional_query, "a paged list takes a query with page_no and per_page");
  using forms = detail::every_form<detail::pager_forms, pages, R, typename traits::own,
                                   typename traits::shorter>;

 public:
  pages() = default;
  explicit pages(detail::scope_ptr s) : scope_(std::move(s)) {}

  using forms::operator();

  template <class... Given>
  pager<detail::page_item_t<R>> make(const Given&... given) const {
    auto args =
        detail::complete_arguments<query, std::tuple_size_v<typename traits::own>>(given...);
    const query& q = std::get<std::tuple_size_v<typename traits::own> - 1>(args);
    std::vector<std::string> path;  // owned: the pager outlives the caller's arguments
    if (!scope_->app_id.empty()) path.push_back(scope_->app_id);
    std::apply(
        [&](const auto&... a) {
          auto keep = [&](const auto& v) {
            if constexpr (detail::is_path_argument<std::remove_cvref_t<decltype(v)>>)
              path.emplace_back(v);
          };
          (keep(a), ...);
        },
        args);
    auto build = [sc = scope_, path = std::move(path), q = detail::keep_query(q)](
                     std::int64_t page_no, const call_options& opts) {
      std::vector<std::string_view> views(path.begin(), path.end());
      query this_page = *q;
      this_page.page_no = page_no;
      return detail::prepare(*sc->client_session, opts, D, views, detail::payload_of<D>(this_page));
    };
    return detail::make_pager<R>(scope_->client_session, q.page_no, q.per_page, std::move(build));
  }

 private:
  detail::scope_ptr scope_;
};

namespace detail {

// A resource handle whose operations are bound to `s`.
template <class Resource>
Resource bind_resource(const scope_ptr& s) {
  Resource r;
  boost::mp11::mp_for_each<
      boost::describe::describe_members<Resource, boost::describe::mod_public>>(
      [&](auto m) { r.*m.pointer = std::remove_cvref_t<decltype(r.*m.pointer)>(s); });
  return r;
}

}  // namespace detail

}  // namespace rtk
