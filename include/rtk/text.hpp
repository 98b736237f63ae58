#pragma once
// rtk::text: the string of a request, a query or call_options.

#include <string>
#include <string_view>

namespace rtk {

// A string that a request or call_options borrows (see <rtk/models/common.hpp>): a
// std::string_view that refuses a temporary std::string at compile time, since
// `request.title = make_title();` would leave it dangling.
class text : public std::string_view {
 public:
  using std::string_view::string_view;
  constexpr text(std::string_view s) noexcept : std::string_view(s) {}  // NOLINT: implicit
  text(const std::string& s) noexcept : std::string_view(s) {}          // NOLINT: implicit
  text(std::string&&) = delete;
};

}  // namespace rtk
