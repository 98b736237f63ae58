#pragma once
// Where a decoded model kept fields in `extra`: the dotted paths of fields the server sent that
// rtk's types do not map (unknown names, or values whose type drifted). For tools and tests
// that want to notice API drift; decoding itself never fails on them.

#include "json_codec.hpp"

#include <string>
#include <vector>

namespace rtk::detail::codec {

// One function with compile-time dispatch (overloads differing only by constraints mangle
// alike in GCC 12).
template <class T>
void collect_unmapped(const T& v, const std::string& path, std::vector<std::string>& out) {
  if constexpr (is_optional<T>::value) {
    if (v) collect_unmapped(*v, path, out);
  } else if constexpr (is_nullable<T>::value) {
    if (v.has_value()) collect_unmapped(v.value(), path, out);
  } else if constexpr (is_vector<T>::value) {
    for (std::size_t i = 0; i < v.size(); ++i)
      collect_unmapped(v[i], path + "[" + std::to_string(i) + "]", out);
  } else if constexpr (is_string_map<T>::value) {
    for (const auto& [key, item] : v) collect_unmapped(item, path + "." + key, out);
  } else if constexpr (is_variant<T>::value) {
    std::visit([&](const auto& alt) { collect_unmapped(alt, path, out); }, v);
  } else if constexpr (described<T>) {
    if (!v.extra.empty()) {
      json::error_code ec;
      auto extra = json::parse(v.extra.json(), ec);
      if (!ec && extra.is_object())
        for (const auto& kv : extra.get_object())
          out.push_back(path.empty() ? std::string(kv.key()) : path + "." + std::string(kv.key()));
    }
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
        [&](auto m) {
          std::string name(json_name(m.name));
          collect_unmapped(v.*m.pointer, path.empty() ? name : path + "." + name, out);
        });
  }
}

}  // namespace rtk::detail::codec
