#pragma once
// An API enum that keeps values this version of rtk does not know. The server may add enum
// values at any time; decoding one must not fail the call, nor lose the value.
//
// Every E used here has an `unknown` enumerator and a specialization of rtk::enum_names<E>
// listing the wire spelling of each other enumerator.

#include <string>
#include <string_view>

namespace rtk {

// An enumerator and its wire spelling. A plain struct rather than std::pair: the tables of
// every model header are parsed by each file that includes <rtk/rtk.hpp>, and ~170 pair
// constructions cost it about 0.3 s (benchmarks/README.md).
template <class E>
struct enum_name {
  E value;
  std::string_view name;
};

template <class E>
struct enum_names;  // specialized per enum: static constexpr std::array<enum_name<E>, N> values;

template <class E>
constexpr std::string_view to_string(E value) noexcept requires requires {
  enum_names<E>::values;
}
{
  for (const auto& [e, name] : enum_names<E>::values)
    if (e == value) return name;
  return {};
}

template <class E>
class open_enum {
 public:
  constexpr open_enum() = default;
  constexpr open_enum(E value) : value_(value) {}  // NOLINT: implicit on purpose

  // From the wire: a known spelling gives its enumerator, anything else E::unknown with the
  // text kept.
  static open_enum from_wire(std::string_view text) {
    open_enum result;
    for (const auto& [e, name] : enum_names<E>::values) {
      if (name == text) {
        result.value_ = e;
        return result;
      }
    }
    result.unknown_text_ = std::string(text);
    return result;
  }

  constexpr E value() const noexcept { return value_; }
  bool is_known() const noexcept { return value_ != E::unknown; }
  // The spelling to send, and the text of an unknown value as the server sent it.
  std::string_view wire() const noexcept {
    return value_ == E::unknown ? std::string_view(unknown_text_) : to_string(value_);
  }

  friend bool operator==(const open_enum& a, const open_enum& b) {
    return a.value_ == b.value_ && a.unknown_text_ == b.unknown_text_;
  }
  friend bool operator==(const open_enum& a, E b) { return a.value_ == b; }

 private:
  E value_ = E::unknown;
  std::string unknown_text_;
};

}  // namespace rtk
