#pragma once
// A header field's value as its parsers read it: without the optional whitespace (spaces and
// tabs) that may surround it (RFC 9110, section 5.5).

#include <string_view>

namespace rtk::detail::http {

inline std::string_view trim_ows(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  return v;
}

}  // namespace rtk::detail::http
