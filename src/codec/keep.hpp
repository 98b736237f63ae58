#pragma once
// Requests and queries borrow what they hold (see <rtk/models/common.hpp>). Two places need one
// that owns its data instead: a pager, which sends its query again for every page, and the
// by-name table, which decodes a request from JSON params. A keeper holds the copies that such a
// request's views point to.

#include "json_codec.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rtk::detail::codec {

class keeper {
 public:
  // A copy of `value` that lives as long as the keeper.
  template <class U>
  const U& hold(U value) {
    auto owned = std::make_shared<const U>(std::move(value));
    const U& ref = *owned;
    parts_.push_back(std::move(owned));
    return ref;
  }

  // Points every view in `v`, at any depth, at a copy held here.
  template <class T>
  void rebind(T& v) {
    if constexpr (std::is_same_v<T, text>) {
      if (!v.empty()) v = hold(std::string(v));
    } else if constexpr (is_span<T>::value) {
      using U = std::remove_const_t<typename T::element_type>;
      if (!v.empty()) v = hold(std::vector<U>(v.begin(), v.end()));
    } else if constexpr (is_borrowed<T>::value) {
      if (v.get() != nullptr) v = hold(*v);
    } else if constexpr (is_optional<T>::value) {
      if (v) rebind(*v);
    } else if constexpr (is_nullable<T>::value) {
      if (v.has_value()) rebind(v.value());
    } else if constexpr (described<T>) {
      boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
          [&](auto m) { rebind(v.*m.pointer); });
      rebind(v.extra);
    }
  }

 private:
  std::vector<std::shared_ptr<const void>> parts_;
};

// A request of type T that owns everything it points to.
template <class T>
std::shared_ptr<const T> keep(const T& request) {
  struct kept {
    T value;
    keeper storage;
  };
  auto k = std::make_shared<kept>(kept{request, {}});
  k->storage.rebind(k->value);
  return std::shared_ptr<const T>(k, &k->value);
}

// A null given for an optional member of a nested object is kept in that object's `extra`, so
// it is sent as null, not dropped (an std::optional holds null and absent alike).
template <class T>
void keep_nulls(const json::value& given, T& out) {
  const auto* obj = given.if_object();
  if (obj == nullptr) return;
  boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
      [&](auto m) {
        const auto* v = obj->if_contains(json_name(m.name));
        if (v == nullptr) return;
        auto& field = out.*m.pointer;
        using F = std::remove_cvref_t<decltype(field)>;
        if constexpr (is_optional<F>::value) {
          if (v->is_null()) {
            std::string text = out.extra.json();
            if (!text.empty()) text.pop_back();  // reopen the object
            append_extra(text, json_name(m.name), *v);
            out.extra = extra_fields(text + '}');
          } else if constexpr (described<typename F::value_type>) {
            if (field) keep_nulls(*v, *field);
          }
        } else if constexpr (described<F>) {
          keep_nulls(*v, field);
        }
      });
}

template <class T>
bool decode_view(const json::value& v, T& out, keeper& k) {
  if constexpr (std::is_same_v<T, text>) {
    if (!v.is_string()) return false;
    out = k.hold(std::string(v.get_string()));
    return true;
  } else if constexpr (is_span<T>::value) {
    std::vector<std::remove_const_t<typename T::element_type>> items;
    if (!decode(v, items)) return false;
    out = k.hold(std::move(items));
    return true;
  } else if constexpr (is_borrowed<T>::value) {
    using U = std::remove_cvref_t<decltype(*out)>;
    U object{};
    if (!decode(v, object)) return false;
    if constexpr (described<U>) keep_nulls(v, object);
    out = k.hold(std::move(object));
    return true;
  } else if constexpr (is_optional<T>::value) {
    if (v.is_null()) return false;  // no way to hold it: sent from `extra`
    typename T::value_type value{};
    if (!decode_view(v, value, k)) return false;
    out = value;
    return true;
  } else if constexpr (is_nullable<T>::value) {
    if (v.is_null()) {
      out = rtk::null;
      return true;
    }
    std::remove_cvref_t<decltype(out.value())> value{};
    if (!decode_view(v, value, k)) return false;
    out = value;
    return true;
  } else {
    return decode(v, out);
  }
}

template <class T>
constexpr bool is_enum_field() {
  if constexpr (is_optional<T>::value || is_span<T>::value) {
    return is_enum_field<std::remove_const_t<typename T::value_type>>();
  } else if constexpr (is_nullable<T>::value) {
    return is_enum_field<std::remove_cvref_t<decltype(std::declval<T&>().value())>>();
  } else {
    return api_enum<T>;
  }
}

// Decodes a request from JSON into views of copies held by `k`. A member whose value does not
// fit its field goes into `extra` (the text of a JSON object, as a request's extra is), to be
// sent as given; `wrong` gets the names of those that are neither a null nor an enum spelling
// rtk does not know, which the by-name table refuses.
template <described T>
void decode_request(const json::object& given, T& out, keeper& k, std::string& extra,
                    std::vector<std::string>& wrong) {
  for (const auto& kv : given) {
    bool fits = false;
    bool passes = kv.value().is_null();
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
        [&](auto m) {
          if (kv.key() != json_name(m.name)) return;
          fits = decode_view(kv.value(), out.*m.pointer, k);
          using F = std::remove_cvref_t<decltype(out.*m.pointer)>;
          if constexpr (is_enum_field<F>())
            passes = passes || kv.value().is_string() || kv.value().is_array();
        });
    if (fits) continue;
    append_extra(extra, kv.key(), kv.value());
    if (!passes) wrong.emplace_back(kv.key());
  }
  if (extra.empty()) return;
  extra += '}';
  out.extra = k.hold(std::move(extra));
}

}  // namespace rtk::detail::codec
