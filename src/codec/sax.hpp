#pragma once
// The fast path of decoding a success envelope: Boost.JSON's SAX parser drives the model's
// fields directly, with no document in between (building one cost most of a fetch's decoding).
// It takes the responses its model describes exactly: every member known and of its member's
// type, none twice, `data` a model (or, for a list, an array beside its `paging`). At the
// first thing it does not take (an unknown member, a type drift, a variant, raw_json or map
// member, a list whose `data` is an object, malformed JSON) it gives up, and decode_data
// decodes the same body through the document (json_codec.hpp), whose lenient rules keep
// whatever the fast path could not. Both paths give the same result for what the fast path
// takes; test/unit/codec.cpp checks them against each other.

#include "../models/common.hpp"

#include <rtk/models/common.hpp>
#include <rtk/open_enum.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace rtk::detail::codec::sax {

struct frame;

// How one C++ type takes JSON values. Each returns false when the value does not fit (the
// fast path then gives up). on_object and on_array fill in the frame that takes the members
// or elements.
struct value_ops {
  bool (*on_string)(void* target, std::string_view s);
  bool (*on_int64)(void* target, std::int64_t v);
  bool (*on_uint64)(void* target, std::uint64_t v);
  bool (*on_double)(void* target, double v);
  bool (*on_bool)(void* target, bool v);
  bool (*on_null)(void* target);
  bool (*on_object)(void* target, frame& f);
  bool (*on_array)(void* target, frame& f);
};

// One member of a described model.
struct member_info {
  std::string_view name;  // the JSON name
  const value_ops* ops;
  void* (*address)(void* object);
  bool required;  // neither optional nor nullable: reported when the response leaves it out
};

struct frame {
  enum kind_t { object, array } kind = object;
  void* target = nullptr;
  std::span<const member_info> members{};  // object
  const value_ops* element = nullptr;      // array: the elements' type
  void* (*append)(void* array) = nullptr;  // array: a new element at the end, its address
  std::uint64_t seen = 0;                  // object: the members met so far
  int pending = -1;                        // object: the member whose value comes next
  std::size_t elements = 0;                // array: the elements so far
};

// Decodes `body`'s `data` with `data_ops` into `data` (and, for a list, `paging` beside it
// into `paging`); the dotted paths of required members it left out go to `missing`, in the
// order collect_missing would give them. False when the fast path gave up: `data`, `paging`
// and `missing` are then in no particular state.
bool decode_envelope(std::string_view body, const value_ops& data_ops, void* data,
                     const value_ops* paging_ops, void* paging, std::vector<std::string>& missing);

// ---- the value_ops of each type ----------------------------------------------------------

inline bool refuse_string(void*, std::string_view) {
  return false;
}
inline bool refuse_int64(void*, std::int64_t) {
  return false;
}
inline bool refuse_uint64(void*, std::uint64_t) {
  return false;
}
inline bool refuse_double(void*, double) {
  return false;
}
inline bool refuse_bool(void*, bool) {
  return false;
}
inline bool refuse_null(void*) {
  return false;
}
inline bool refuse_container(void*, frame&) {
  return false;
}
inline constexpr value_ops refuse_all{refuse_string,    refuse_int64,    refuse_uint64,
                                      refuse_double,    refuse_bool,     refuse_null,
                                      refuse_container, refuse_container};

template <class T>
struct ops_for {
  static constexpr const value_ops& value = refuse_all;  // types the fast path leaves alone
};

template <class T>
inline constexpr const value_ops& ops_of = ops_for<T>::value;

template <>
struct ops_for<std::string> {
  static constexpr value_ops value = [] {
    value_ops o = refuse_all;
    o.on_string = [](void* t, std::string_view s) {
      static_cast<std::string*>(t)->assign(s.data(), s.size());
      return true;
    };
    return o;
  }();
};

template <>
struct ops_for<bool> {
  static constexpr value_ops value = [] {
    value_ops o = refuse_all;
    o.on_bool = [](void* t, bool v) {
      *static_cast<bool*>(t) = v;
      return true;
    };
    return o;
  }();
};

// A JSON number written as a double (1e3, 5.0) counts as an integer when its value is one
// that an int64 holds. The range is checked before the conversion, which is undefined outside
// it. The one rule for both decoding paths.
inline bool int64_from_double(double d, std::int64_t& out) {
  if (!(d >= -9.2e18 && d <= 9.2e18) || std::trunc(d) != d) return false;
  out = static_cast<std::int64_t>(d);
  return true;
}

// As codec::decode takes integers: an unsigned value that fits, or a double with an integral
// value.
template <>
struct ops_for<std::int64_t> {
  static constexpr value_ops value = [] {
    value_ops o = refuse_all;
    o.on_int64 = [](void* t, std::int64_t v) {
      *static_cast<std::int64_t*>(t) = v;
      return true;
    };
    o.on_uint64 = [](void* t, std::uint64_t v) {
      if (v > static_cast<std::uint64_t>(INT64_MAX)) return false;
      *static_cast<std::int64_t*>(t) = static_cast<std::int64_t>(v);
      return true;
    };
    o.on_double = [](void* t, double d) {
      return int64_from_double(d, *static_cast<std::int64_t*>(t));
    };
    return o;
  }();
};

template <>
struct ops_for<double> {
  static constexpr value_ops value = [] {
    value_ops o = refuse_all;
    o.on_int64 = [](void* t, std::int64_t v) {
      *static_cast<double*>(t) = static_cast<double>(v);
      return true;
    };
    o.on_uint64 = [](void* t, std::uint64_t v) {
      *static_cast<double*>(t) = static_cast<double>(v);
      return true;
    };
    o.on_double = [](void* t, double v) {
      *static_cast<double*>(t) = v;
      return true;
    };
    return o;
  }();
};

template <class E>
struct ops_for<open_enum<E>> {
  static constexpr value_ops value = [] {
    value_ops o = refuse_all;
    o.on_string = [](void* t, std::string_view s) {
      *static_cast<open_enum<E>*>(t) = open_enum<E>::from_wire(s);
      return true;
    };
    return o;
  }();
};

// Null resets it; any other value makes it hold a T, which takes the value.
template <class T>
struct ops_for<std::optional<T>> {
  static T& engaged(void* t) {
    auto& o = *static_cast<std::optional<T>*>(t);
    if (!o) o.emplace();
    return *o;
  }
  static constexpr value_ops value{
      [](void* t, std::string_view s) { return ops_of<T>.on_string(&engaged(t), s); },
      [](void* t, std::int64_t v) { return ops_of<T>.on_int64(&engaged(t), v); },
      [](void* t, std::uint64_t v) { return ops_of<T>.on_uint64(&engaged(t), v); },
      [](void* t, double v) { return ops_of<T>.on_double(&engaged(t), v); },
      [](void* t, bool v) { return ops_of<T>.on_bool(&engaged(t), v); },
      [](void* t) {
        static_cast<std::optional<T>*>(t)->reset();
        return true;
      },
      [](void* t, frame& f) { return ops_of<T>.on_object(&engaged(t), f); },
      [](void* t, frame& f) { return ops_of<T>.on_array(&engaged(t), f); },
  };
};

template <class T>
struct ops_for<std::vector<T>> {
  static constexpr value_ops value = [] {
    value_ops o = refuse_all;
    o.on_array = [](void* t, frame& f) {
      static_cast<std::vector<T>*>(t)->clear();
      f.kind = frame::array;
      f.target = t;
      f.element = &ops_of<T>;
      f.append = [](void* v) -> void* { return &static_cast<std::vector<T>*>(v)->emplace_back(); };
      return true;
    };
    return o;
  }();
};

template <class T, auto Member>
void* member_address(void* object) {
  return &(static_cast<T*>(object)->*Member);
}

template <class T>
concept described_model = boost::describe::has_describe_members<T>::value;

// The JSON name of a described member (json_codec.hpp's json_name: less a trailing '_').
constexpr std::string_view member_json_name(const char* member) noexcept {
  std::string_view n(member);
  if (n.size() > 1 && n.back() == '_') n.remove_suffix(1);
  return n;
}

template <class T>
struct is_optional_member : std::false_type {};
template <class T>
struct is_optional_member<std::optional<T>> : std::true_type {};
template <class T>
struct is_nullable_member : std::false_type {};
template <class T>
struct is_nullable_member<nullable<T>> : std::true_type {};

template <described_model T>
struct model_members {
  using list = boost::describe::describe_members<T, boost::describe::mod_public>;
  static constexpr std::size_t count = boost::mp11::mp_size<list>::value;
  static_assert(count <= 64, "a model's members are tracked in 64 bits");
  static constexpr std::array<member_info, count> value = [] {
    std::array<member_info, count> members{};
    std::size_t i = 0;
    boost::mp11::mp_for_each<list>([&](auto m) {
      using descriptor = decltype(m);
      using type = std::remove_cvref_t<decltype(std::declval<T&>().*descriptor::pointer)>;
      members[i++] =
          member_info{member_json_name(descriptor::name), &ops_of<type>,
                      &member_address<T, descriptor::pointer>,
                      !is_optional_member<type>::value && !is_nullable_member<type>::value};
    });
    return members;
  }();
};

template <described_model T>
struct ops_for<T> {
  static constexpr value_ops value = [] {
    value_ops o = refuse_all;
    o.on_object = [](void* t, frame& f) {
      f.kind = frame::object;
      f.target = t;
      f.members = model_members<T>::value;
      return true;
    };
    return o;
  }();
};

}  // namespace rtk::detail::codec::sax
