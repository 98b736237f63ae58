#pragma once
// RTK_DESCRIBE_MODEL(T, (members...)): the JSON mapping of model T, which rtk's codec reads. It
// names every member but `extra`, and a compile-time check holds it to that: a member added to
// a struct in include/rtk/models/ and not here would otherwise be left out of the JSON, silently.
// Each group's mappings are in src/models/<group>.hpp, out of the public headers: only the
// codec reads them, and a program that includes rtk should not have to parse them.

#include <boost/describe/class.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/pfr/core.hpp>

#define RTK_DESCRIBE_MODEL(T, members)                      \
  BOOST_DESCRIBE_STRUCT(T, (), members)                     \
  static_assert(::rtk::detail::describes_every_member<T>(), \
                "RTK_DESCRIBE_MODEL(" #T ", ...) must name every member of " #T " but extra");

namespace rtk::detail {

template <class T>
constexpr bool describes_every_member() {
  using described = boost::describe::describe_members<T, boost::describe::mod_public>;
  return boost::mp11::mp_size<described>::value + 1 == boost::pfr::tuple_size_v<T>;
}

}  // namespace rtk::detail
