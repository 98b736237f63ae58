#pragma once
// Query parameters from a described struct, encoded the way the official SDKs do: absent
// fields are left out, booleans are `true`/`false` (false is sent), numbers in decimal (0 is
// sent), enums by their wire spelling, arrays repeat the key, an explicit null sends an empty
// value. Names are the struct's member names, which are the API's. A query's `extra` (parameters
// rtk does not know yet) is sent the same way, after the typed ones; a typed field that is set
// wins over an `extra` member of the same name, and an object value is refused.

#include "../url.hpp"
#include "json_codec.hpp"

#include <algorithm>
#include <charconv>
#include <string>

namespace rtk::detail::codec {

class query_writer {
 public:
  explicit query_writer(target_builder& t) : target_(t) {}

  void write(std::string_view name, std::string_view v) { target_.query(name, v); }
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
  template <api_enum E>
  void write(std::string_view name, E v) {
    if (to_string(v).empty()) {
      target_.fail("query parameter " + std::string(name) + " has no value");
      return;
    }
    target_.query(name, to_string(v));
  }
  template <class T>
  void write(std::string_view name, std::span<const T> items) {
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
    std::vector<std::string_view> written;
    boost::mp11::mp_for_each<boost::describe::describe_members<Q, boost::describe::mod_public>>(
        [&](auto m) {
          if (is_set(q.*m.pointer)) written.push_back(json_name(m.name));
          write(json_name(m.name), q.*m.pointer);
        });
    if (!q.extra.empty()) write_extra(extra_text(q.extra), written);
  }

 private:
  template <class T>
  static bool is_set(const std::optional<T>& v) {
    return v.has_value();
  }
  template <class T>
  static bool is_set(const nullable<T>& v) {
    return !v.is_absent();
  }
  template <class T>
  static bool is_set(const T&) {
    return true;
  }

  void write_extra(std::string_view extra, const std::vector<std::string_view>& written) {
    json::error_code ec;
    json::value v = json::parse(extra, ec);
    if (ec || !v.is_object()) {
      target_.fail("the query's extra is not a JSON object");
      return;
    }
    for (const auto& kv : v.get_object()) {
      const std::string_view name(kv.key().data(), kv.key().size());
      if (std::find(written.begin(), written.end(), name) != written.end()) continue;
      write_json(name, kv.value());
    }
  }
  void write_json(std::string_view name, const json::value& v) {
    switch (v.kind()) {
      case json::kind::null:
        target_.query(name, "");
        break;
      case json::kind::bool_:
        write(name, v.get_bool());
        break;
      case json::kind::string:
        target_.query(name, std::string_view(v.get_string().data(), v.get_string().size()));
        break;
      case json::kind::array:
        for (const auto& item : v.get_array()) {
          if (item.is_array() || item.is_object()) {
            target_.fail("query parameter " + std::string(name) + " nests an array or object");
            return;
          }
          write_json(name, item);
        }
        break;
      case json::kind::object:
        target_.fail("query parameter " + std::string(name) + " is an object");
        break;
      case json::kind::int64:
        write(name, v.get_int64());
        break;
      case json::kind::uint64:
        target_.query(name, std::to_string(v.get_uint64()));
        break;
      case json::kind::double_:
        write(name, v.get_double());
        break;
    }
  }

  target_builder& target_;
};

template <described Q>
void encode_query(const Q& q, target_builder& t) {
  query_writer(t).write_all(q);
}

}  // namespace rtk::detail::codec
