// The table of every operation by name, made from the resources' operation members: each
// one's descriptor, and a runner that takes its arguments from the flat params in the order of
// its signature (path parameters by their placeholder names, then its query or body).

#include "../models/active_session.hpp"
#include "../models/analytics.hpp"
#include "../models/apps.hpp"
#include "../models/livestreams.hpp"
#include "../models/meetings.hpp"
#include "../models/presets.hpp"
#include "../models/recordings.hpp"
#include "../models/sessions.hpp"
#include "../models/webhooks.hpp"
#include "context.hpp"

#include <rtk/rtk.hpp>

#include <boost/core/type_name.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

namespace rtk::detail::ops {
namespace {

// The path's placeholders after {account_id}, in order.
std::vector<std::string_view> placeholders(std::string_view path) {
  std::vector<std::string_view> names;
  for (auto open = path.find('{'); open != std::string_view::npos; open = path.find('{', open)) {
    const auto close = path.find('}', open);
    const auto name = path.substr(open + 1, close - open - 1);
    if (name != "account_id") names.push_back(name);
    open = close;
  }
  return names;
}

template <class T>
T take_argument(context& c, const std::vector<std::string_view>& names, std::size_t& next) {
  if constexpr (std::is_same_v<T, std::string_view>) {
    return c.path(next < names.size() ? names[next++] : std::string_view());
  } else {
    return c.take<T>();
  }
}

// The operation's arguments, taken from the params left to right (a braced list's order).
template <class... Args>
std::tuple<std::remove_cvref_t<Args>...> take_arguments(context& c, std::string_view path,
                                                        std::tuple<Args...>*) {
  const auto names = placeholders(path);
  std::size_t next = 0;
  return std::tuple<std::remove_cvref_t<Args>...>{
      take_argument<std::remove_cvref_t<Args>>(c, names, next)...};
}

template <class Resource, auto Member>
boost::asio::awaitable<operation_outcome> run(context& c) {
  using Op = std::remove_cvref_t<decltype(std::declval<Resource&>().*Member)>;
  using arguments = typename Op::arguments;
  return c.run<typename Op::result_type>([&c](auto&&... tail) {
    const Resource resource = c.api.resource<Resource>();
    const Op& op = resource.*Member;
    auto args = take_arguments(c, Op::descriptor_info.path, static_cast<arguments*>(nullptr));
    return std::apply(
        [&](const auto&... a) { return op(a..., std::forward<decltype(tail)>(tail)...); }, args);
  });
}

// A model's C++ name as a user writes it after `using namespace rtk`.
template <class T>
std::string cpp_name() {
  std::string name = boost::core::type_name<T>();
  for (auto at = name.find("rtk::"); at != std::string::npos; at = name.find("rtk::"))
    name.erase(at, 5);
  return name;
}

// The typed call, e.g. "async_get(app_id, meeting_id, const get_meeting_query&)": path
// parameters by their placeholder names, then the query or body.
template <class... Args>
std::string call_of(std::string_view member, std::string_view path, std::tuple<Args...>*) {
  const auto names = placeholders(path);
  std::size_t next = 0;
  std::string out = std::string(member) + "(";
  auto add = [&](auto type) {
    using T = std::remove_cvref_t<typename decltype(type)::type>;
    if (out.back() != '(') out += ", ";
    if constexpr (std::is_same_v<T, std::string_view>) {
      std::string name(next < names.size() ? names[next++] : "");
      std::replace(name.begin(), name.end(), '-', '_');
      out += name;
    } else {
      out += "const " + cpp_name<T>() + "&";
    }
  };
  (add(std::type_identity<Args>{}), ...);
  return out + ")";
}

// Texts made once per operation: rtk::operations() hands out views of them.
template <class Op>
const std::string& call_text(std::string_view member) {
  static const std::string text =
      call_of(member, Op::descriptor_info.path, static_cast<typename Op::arguments*>(nullptr));
  return text;
}
template <class Op>
const std::string& result_text() {
  static const std::string text = cpp_name<typename Op::result_type>();
  return text;
}

template <class T>
concept operation_member = requires {
  typename T::result_type;
  T::descriptor_info;
};

template <class Resource>
void add_group(std::vector<entry>& table) {
  boost::mp11::mp_for_each<
      boost::describe::describe_members<Resource, boost::describe::mod_public>>([&](auto m) {
    using member = std::remove_cvref_t<decltype(std::declval<Resource&>().*m.pointer)>;
    if constexpr (operation_member<member>)
      table.emplace_back(&member::descriptor_info, call_text<member>(m.name), result_text<member>(),
                         &run<Resource, decltype(m)::pointer>);
  });
}

}  // namespace

// Grouped as the reference groups them.
const std::vector<entry>& all_entries() {
  static const std::vector<entry> table = [] {
    std::vector<entry> v;
    add_group<apps_resource>(v);
    add_group<meetings_resource>(v);
    add_group<presets_resource>(v);
    add_group<sessions_resource>(v);
    add_group<recordings_resource>(v);
    add_group<webhooks_resource>(v);
    add_group<active_session_resource>(v);
    add_group<livestreams_resource>(v);
    add_group<analytics_resource>(v);
    return v;
  }();
  return table;
}

}  // namespace rtk::detail::ops
