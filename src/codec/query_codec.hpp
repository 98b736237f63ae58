#pragma once
// Query parameters from a described struct, encoded the way the official SDKs do: absent
// fields are left out, booleans are `true`/`false` (false is sent), numbers in decimal (0 is
// sent), enums by their wire spelling, arrays repeat the key, an explicit null sends an empty
// value. Names are the struct's member names, which are the API's.

#include "../url.hpp"
#include "json_codec.hpp"

#include <charconv>
#include <string>

namespace rtk::detail::codec {

class query_writer {
 public:
  explicit query_writer(target_builder& t) : target_(t) {}

  void write(std::string_view name, const std::string& v) { target_.query(name, v); }
  void write(std::string_view name, bool v) { target_.query(name, v ? "true" : "false"); }
  void write(std::string_view name, std::int64_t v) { target_.query(name, std::to_string(v)); }
  void write(std::string_view name, double v) {
    if (!std::isfinite(v)) {
      target_.fail("query parameter " + std::string(name) + " is not a finite number");
      return;
    }
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    target_.query(name, std::string_view(buf, static_cast<std::size_t>(end - buf)));
  }
  template <class E>
  void write(std::string_view name, const open_enum<E>& v) {
    if (v.wire().empty()) {
      target_.fail("query parameter " + std::string(name) + " has no value");
      return;
    }
    target_.query(name, v.wire());
  }
  template <class T>
  void write(std::string_view name, const std::vector<T>& items) {
    for (const auto& item : items) write(name, item);
  }
  template <class T>
  void write(std::string_view name, const std::optional<T>& v) {
    if (v) write(name, *v);
  }
  template <class T>
  void write(std::string_view name, const nullable<T>& v) {
    if (v.is_null()) target_.query(name, "");
    if (v.has_value()) write(name, v.value());
  }

  template <described Q>
  void write_all(const Q& q) {
    boost::mp11::mp_for_each<boost::describe::describe_members<Q, boost::describe::mod_public>>(
        [&](auto m) { write(json_name(m.name), q.*m.pointer); });
  }

 private:
  target_builder& target_;
};

template <described Q>
void encode_query(const Q& q, target_builder& t) {
  query_writer(t).write_all(q);
}

}  // namespace rtk::detail::codec
