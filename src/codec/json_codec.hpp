#pragma once
// The JSON mapping of every model, from its RTK_DESCRIBE_MODEL declaration (src/models/); a
// file that decodes or encodes a group's models includes that group's mappings.
//
// Decoding is lenient, as the spec asks: a member whose name is unknown, or whose value does
// not fit the C++ type (a type drift), is kept verbatim in the struct's `extra` instead of
// failing the call. Only a body that is not JSON, or a success envelope without `data`, fails.
//
// Encoding skips absent optionals, writes enums by their wire spelling, adds `extra`'s members
// (typed fields win on a clash) and refuses strings that are not UTF-8, naming the field.

#include "../envelope.hpp"
#include "../models/common.hpp"
#include "../utf8.hpp"
#include "sax.hpp"

#include <rtk/diagnostics.hpp>
#include <rtk/error.hpp>
#include <rtk/extra_fields.hpp>
#include <rtk/models/common.hpp>
#include <rtk/open_enum.hpp>

#include <boost/describe/members.hpp>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/parser.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace rtk::detail::codec {
namespace json = boost::json;

template <class T>
concept described = boost::describe::has_describe_members<T>::value;

// The JSON name of a described member: its C++ name, less one trailing '_' (which lets a
// member stand for a field named like a C++ keyword: `private_` is "private").
constexpr std::string_view json_name(const char* member) noexcept {
  std::string_view n(member);
  if (n.size() > 1 && n.back() == '_') n.remove_suffix(1);
  return n;
}

template <class T>
struct is_open_enum : std::false_type {};
template <class E>
struct is_open_enum<open_enum<E>> : std::true_type {};

template <class T>
struct is_nullable : std::false_type {};
template <class T>
struct is_nullable<nullable<T>> : std::true_type {};
template <class T>
struct is_string_map : std::false_type {};
template <class T>
struct is_string_map<std::map<std::string, T>> : std::true_type {};
template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};
template <class T>
struct is_variant : std::false_type {};
template <class... Ts>
struct is_variant<std::variant<Ts...>> : std::true_type {};
template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

// An API enum as a request holds it (plain E; responses hold open_enum<E>).
template <class E>
concept api_enum = std::is_enum_v<E> && requires {
  enum_names<E>::values;
};

template <class T>
struct is_span : std::false_type {};
template <class T>
struct is_span<std::span<const T>> : std::true_type {};
template <class T>
struct is_borrowed : std::false_type {};
template <class T>
struct is_borrowed<borrowed<T>> : std::true_type {};

// The JSON text of a model's `extra`: a response's extra_fields, or a request's string_view.
inline std::string_view extra_text(const extra_fields& e) noexcept {
  return e.json();
}
inline std::string_view extra_text(text e) noexcept {
  return e;
}

// ---- decode -----------------------------------------------------------------------------
// Each returns false when the JSON value's type does not fit; `out` is then unspecified and
// the caller keeps the raw value instead. Declared first so each can call any other.

template <class E>
bool decode(const json::value& v, open_enum<E>& out);
template <api_enum E>
bool decode(const json::value& v, E& out);
template <class T>
bool decode(const json::value& v, std::optional<T>& out);
template <class T>
bool decode(const json::value& v, std::vector<T>& out);
template <class T>
bool decode(const json::value& v, std::map<std::string, T>& out);
template <class T>
bool decode(const json::value& v, nullable<T>& out);
template <class... Ts>
bool decode(const json::value& v, std::variant<Ts...>& out);
template <described T>
bool decode(const json::value& v, T& out);

inline bool decode(const json::value& v, raw_json& out) {
  out = raw_json(json::serialize(v));
  return true;
}

inline bool decode(const json::value& v, std::string& out) {
  if (!v.is_string()) return false;
  out.assign(v.get_string().data(), v.get_string().size());
  return true;
}

inline bool decode(const json::value& v, bool& out) {
  if (!v.is_bool()) return false;
  out = v.get_bool();
  return true;
}

// Integers: also accepts a double with an integral value (150.0), which some servers emit.
inline bool decode(const json::value& v, std::int64_t& out) {
  if (v.is_int64()) {
    out = v.get_int64();
    return true;
  }
  if (v.is_uint64()) {
    if (v.get_uint64() > static_cast<std::uint64_t>(INT64_MAX)) return false;
    out = static_cast<std::int64_t>(v.get_uint64());
    return true;
  }
  if (v.is_double()) return sax::int64_from_double(v.get_double(), out);
  return false;
}

inline bool decode(const json::value& v, double& out) {
  if (!v.is_number()) return false;
  out = v.to_number<double>();
  return true;
}

template <class E>
bool decode(const json::value& v, open_enum<E>& out) {
  if (!v.is_string()) return false;
  out = open_enum<E>::from_wire(std::string_view(v.get_string()));
  return true;
}

// A request's enum (the by-name table decodes requests): a spelling rtk does not know does not
// fit.
template <api_enum E>
bool decode(const json::value& v, E& out) {
  if (!v.is_string()) return false;
  const auto known = open_enum<E>::from_wire(std::string_view(v.get_string()));
  out = known.value();
  return known.is_known();
}

template <class T>
bool decode(const json::value& v, std::optional<T>& out) {
  if (v.is_null()) {
    out.reset();
    return true;
  }
  if (!out) out.emplace();
  if (decode(v, *out)) return true;
  out.reset();
  return false;
}

template <class T>
bool decode(const json::value& v, std::vector<T>& out) {
  const auto* arr = v.if_array();
  if (arr == nullptr) return false;
  out.clear();
  out.resize(arr->size());
  for (std::size_t i = 0; i < arr->size(); ++i)
    if (!decode((*arr)[i], out[i])) return false;
  return true;
}

template <class T>
bool decode(const json::value& v, std::map<std::string, T>& out) {
  const auto* obj = v.if_object();
  if (obj == nullptr) return false;
  out.clear();
  for (const auto& kv : *obj)
    if (!decode(kv.value(), out[std::string(kv.key())])) return false;
  return true;
}

template <class T>
bool decode(const json::value& v, nullable<T>& out) {
  if (v.is_null()) {
    out = rtk::null;
    return true;
  }
  T value{};
  if (!decode(v, value)) return false;
  out = std::move(value);
  return true;
}

// A field the API documents as one of several shapes: the first alternative that fits wins.
template <class... Ts>
bool decode(const json::value& v, std::variant<Ts...>& out) {
  bool done = false;
  auto try_one = [&](auto tag) {
    using T = typename decltype(tag)::type;
    if (done) return;
    T candidate{};
    if (decode(v, candidate)) {
      out = std::move(candidate);
      done = true;
    }
  };
  (try_one(std::type_identity<Ts>{}), ...);
  return done;
}

inline void append_extra(std::string& extra, json::string_view key, const json::value& v) {
  extra += extra.empty() ? '{' : ',';
  extra += json::serialize(json::string_view(key));
  extra += ':';
  extra += json::serialize(v);
}

// A described model's members, and their JSON names worked out once.
template <described T>
struct members_of {
  using list = boost::describe::describe_members<T, boost::describe::mod_public>;
  static constexpr std::size_t count = boost::mp11::mp_size<list>::value;
  static constexpr std::array<std::string_view, count> names = [] {
    std::array<std::string_view, count> n{};
    std::size_t i = 0;
    boost::mp11::mp_for_each<list>([&](auto m) { n[i++] = json_name(m.name); });
    return n;
  }();
  // The member named `key`, or `count`.
  static std::size_t find(std::string_view key) noexcept {
    for (std::size_t i = 0; i < count; ++i)
      if (names[i] == key) return i;
    return count;
  }
};

template <described T>
bool decode(const json::value& v, T& out) {
  const auto* obj = v.if_object();
  if (obj == nullptr) return false;
  using members = members_of<T>;
  std::string extra;
  for (const auto& kv : *obj) {
    bool fits = false;
    if constexpr (members::count > 0) {
      if (const std::size_t i = members::find(kv.key()); i < members::count) {
        boost::mp11::mp_with_index<members::count>(i, [&](auto index) {
          using member = boost::mp11::mp_at_c<typename members::list, decltype(index)::value>;
          fits = decode(kv.value(), out.*member::pointer);
        });
      }
    }
    if (!fits) append_extra(extra, kv.key(), kv.value());
  }
  if (!extra.empty()) {
    extra += '}';
    out.extra = extra_fields(std::move(extra));
  }
  return true;
}

template <class T>
struct is_page : std::false_type {};
template <class T>
struct is_page<page<T>> : std::true_type {};

// Where a list's items and paging are. `data` is normally the array itself, with `paging`
// beside it; some responses (and some of the reference's examples) put `paging` inside an
// object `data` that holds the array, or that is a single item: all are accepted.
struct page_location {
  const json::value* items = nullptr;   // the items' array, when there is one
  const json::value* single = nullptr;  // else `data` is one item (less its `paging`)
  const json::value* paging = nullptr;
  std::string items_path = "data";  // where the items are, for reports
};

inline page_location locate_page(const json::value& data, const json::value* paging) {
  page_location at;
  if (paging != nullptr && !paging->is_null()) at.paging = paging;
  if (data.is_array()) {
    at.items = &data;
    return at;
  }
  const auto* obj = data.if_object();
  if (obj == nullptr) return at;
  if (const auto* inner = obj->if_contains("paging"); inner && !inner->is_null()) at.paging = inner;
  const json::value* array = nullptr;
  std::size_t others = 0;
  for (const auto& kv : *obj) {
    if (kv.key() == "paging") continue;
    ++others;
    if (kv.value().is_array()) {
      array = &kv.value();
      at.items_path = "data." + std::string(kv.key());
    }
  }
  if (others == 1 && array != nullptr) {
    at.items = array;
  } else {
    at.single = &data;
    at.items_path = "data";
  }
  return at;
}

template <class T>
bool decode_page(const page_location& at, page<T>& out) {
  if (at.paging != nullptr) {
    out.paging.emplace();
    if (!decode(*at.paging, *out.paging)) out.paging.reset();  // a drifted paging is not fatal
  }
  if (at.items != nullptr) return decode(*at.items, out.items);
  if (at.single == nullptr) return false;
  json::object rest = at.single->get_object();
  rest.erase("paging");
  out.items.resize(1);
  return decode(json::value(std::move(rest)), out.items[0]);
}

// Whether a T can hold members of its own, so that one of them may be missing.
template <class T>
constexpr bool has_members() {
  if constexpr (is_optional<T>::value || is_vector<T>::value) {
    return has_members<typename T::value_type>();
  } else if constexpr (is_nullable<T>::value) {
    return has_members<std::remove_cvref_t<decltype(std::declval<const T&>().value())>>();
  } else {
    return described<T>;
  }
}

// Where collect_missing is in the document: a chain of names (or array indexes) on the stack,
// spelled out as a dotted path only for a member that is missing.
struct json_path {
  const json_path* parent = nullptr;
  std::string_view name;  // empty for an array element
  std::size_t index = 0;

  std::string str() const {
    std::string out = parent != nullptr ? parent->str() : std::string();
    if (name.empty()) return out + "[" + std::to_string(index) + "]";
    if (!out.empty()) out += '.';
    return out.append(name);
  }
};

// Where a response left out a member its model requires (every member that is not an optional
// or a nullable): the dotted paths, e.g. "data.created_at". The model keeps its default for
// them; the report lets a caller tell "absent" from a default value. Every successful call
// runs it, so it builds no string unless a member is missing.
template <class T>
void collect_missing(const json::value& v, const T& model, const json_path& path,
                     std::vector<std::string>& out) {
  if constexpr (is_optional<T>::value) {
    if (model) collect_missing(v, *model, path, out);
  } else if constexpr (is_nullable<T>::value) {
    if (model.has_value()) collect_missing(v, model.value(), path, out);
  } else if constexpr (is_vector<T>::value) {
    const auto* arr = v.if_array();
    if (arr == nullptr || arr->size() != model.size()) return;
    for (std::size_t i = 0; i < model.size(); ++i)
      collect_missing((*arr)[i], model[i], json_path{&path, {}, i}, out);
  } else if constexpr (described<T>) {
    const auto* obj = v.if_object();
    if (obj == nullptr) return;
    using members = members_of<T>;
    std::size_t i = 0;
    boost::mp11::mp_for_each<typename members::list>([&](auto m) {
      const std::string_view name = members::names[i++];
      using member = std::remove_cvref_t<decltype(model.*m.pointer)>;
      constexpr bool required = !is_optional<member>::value && !is_nullable<member>::value;
      if constexpr (required || has_members<member>()) {
        if (const auto* field = obj->if_contains(name)) {
          if constexpr (has_members<member>())
            collect_missing(*field, model.*m.pointer, json_path{&path, name}, out);
        } else if constexpr (required) {
          out.push_back(json_path{&path, name}.str());
        }
      }
    });
  }
}

// A dotted path as the root of a report ("data", "data.meetings").
inline json_path root_path(std::string_view path) {
  return json_path{nullptr, path};
}

// collect_missing for a page's items, wherever decode_page found them.
template <class T>
void collect_missing_items(const page_location& at, const std::vector<T>& items,
                           std::vector<std::string>& out) {
  if (at.items != nullptr) {
    collect_missing(*at.items, items, root_path(at.items_path), out);
  } else if (at.single != nullptr && items.size() == 1) {
    collect_missing(*at.single, items[0], root_path("data"), out);
  }
}

// Reads a success envelope's `data` into `out` through a document: parses into stack memory
// (no allocation for the document itself, only for the strings the result keeps), then maps
// it with the lenient rules above. decode_data's slow path.
template <class T>
error_code decode_document(std::string_view body, T& out, diagnostics& diag) {
  unsigned char doc_buffer[16 * 1024];
  unsigned char parser_buffer[2 * 1024];
  json::monotonic_resource mr(doc_buffer, sizeof doc_buffer);
  json::parser parser(json::storage_ptr(), json::parse_options(), parser_buffer,
                      sizeof parser_buffer);
  parser.reset(&mr);
  json::error_code ec;
  parser.write(body.data(), body.size(), ec);
  if (ec) {
    diag.client_message = "the response body is not JSON";
    diag.body_excerpt = body.empty() ? std::string("(empty body)") : excerpt(body);
    return make_error_code(errc::malformed_response);
  }
  json::value doc = parser.release();
  const json::object* obj = doc.if_object();
  const json::value* data = obj ? obj->if_contains("data") : nullptr;
  if constexpr (std::is_same_v<T, empty_result>) {
    // Deletes and stops may answer {"success":true} alone.
    if (obj != nullptr && (data == nullptr || data->is_null())) return {};
  }
  if (data == nullptr || data->is_null()) {
    diag.client_message = "the response has no \"data\" member";
    return make_error_code(errc::malformed_response);
  }
  auto malformed = [&diag] {
    diag.client_message = "the response's \"data\" has an unexpected type";
    return make_error_code(errc::malformed_response);
  };
  if constexpr (is_page<T>::value) {
    const page_location at = locate_page(*data, obj->if_contains("paging"));
    if (!decode_page(at, out)) return malformed();
    collect_missing_items(at, out.items, diag.missing_fields);
  } else {
    if (!decode(*data, out)) return malformed();
    collect_missing(*data, out, root_path("data"), diag.missing_fields);
  }
  return {};
}

// The fast path (sax.hpp) for a model or a list of models; false, with `out` and `missing`
// as they were, when it gave up.
template <class T>
bool decode_fast(std::string_view body, T& out, std::vector<std::string>& missing) {
  bool decoded = false;
  if constexpr (is_page<T>::value) {
    using item = std::remove_cvref_t<decltype(out.items[0])>;
    decoded = sax::decode_envelope(body, sax::ops_of<std::vector<item>>, &out.items,
                                   &sax::ops_of<std::optional<paging>>, &out.paging, missing);
  } else if constexpr (described<T> && !std::is_same_v<T, empty_result>) {
    decoded = sax::decode_envelope(body, sax::ops_of<T>, &out, nullptr, nullptr, missing);
  } else {
    return false;
  }
  if (!decoded) {
    out = T{};
    missing.clear();
  }
  return decoded;
}

// Reads a success envelope's `data` into `out`: the fast path when it takes the body, else
// the document path, which gives the same result for what the fast path takes and keeps what
// it does not.
template <class T>
error_code decode_data(std::string_view body, T& out, diagnostics& diag) {
  if (decode_fast(body, out, diag.missing_fields)) return {};
  return decode_document(body, out, diag);
}

// ---- encode -----------------------------------------------------------------------------

// Where encoding failed: the dotted path of the field, for the error message.
struct encode_error {
  std::string field;
  std::string problem;
  explicit operator bool() const noexcept { return !problem.empty(); }
};

class encoder {
 public:
  // Lenient: for re-encoding what was decoded, where an enum the server left out is skipped
  // instead of refused.
  explicit encoder(bool lenient = false) : lenient_(lenient) {}

  bool encode(std::string_view s, json::value& out, std::string_view field) {
    if (!is_valid_utf8(s)) return fail(field, "is not valid UTF-8");
    out = json::string(s);
    return true;
  }
  bool encode(bool b, json::value& out, std::string_view) {
    out = b;
    return true;
  }
  bool encode(std::int64_t i, json::value& out, std::string_view) {
    out = i;
    return true;
  }
  bool encode(double d, json::value& out, std::string_view field) {
    if (!std::isfinite(d)) return fail(field, "is not a finite number");
    out = d;
    return true;
  }
  template <class E>
  bool encode(const open_enum<E>& e, json::value& out, std::string_view field) {
    if (e.wire().empty()) return fail(field, "has no value (unknown enumerator without text)");
    return encode(e.wire(), out, field);
  }
  // A request's enum: E::unknown has no spelling to send (`extra` can carry a value rtk does
  // not know yet).
  template <api_enum E>
  bool encode(E e, json::value& out, std::string_view field) {
    if (to_string(e).empty()) return fail(field, "has no value (unknown enumerator)");
    return encode(to_string(e), out, field);
  }
  template <class T>
  bool encode(std::span<const T> items, json::value& out, std::string_view field) {
    json::array arr;
    arr.reserve(items.size());
    for (const auto& item : items) {
      json::value v;
      if (!encode(item, v, field)) return false;
      arr.push_back(std::move(v));
    }
    out = std::move(arr);
    return true;
  }
  template <class T>
  bool encode(const std::vector<T>& items, json::value& out, std::string_view field) {
    return encode(std::span<const T>(items), out, field);
  }
  template <class T>
  bool encode(const std::map<std::string, T>& items, json::value& out, std::string_view field) {
    json::object obj;
    for (const auto& [key, item] : items) {
      if (!is_valid_utf8(key)) return fail(field, "has a key that is not valid UTF-8");
      json::value v;
      if (!encode(item, v, std::string(field) + "." + key)) return false;
      obj[key] = std::move(v);
    }
    out = std::move(obj);
    return true;
  }
  template <class... Ts>
  bool encode(const std::variant<Ts...>& v, json::value& out, std::string_view field) {
    return std::visit([&](const auto& alt) { return encode(alt, out, field); }, v);
  }
  bool encode(const raw_json& raw, json::value& out, std::string_view field) {
    json::error_code ec;
    out = json::parse(raw.json(), ec);
    if (ec) return fail(field, "is not valid JSON");
    return true;
  }
  template <described T>
  bool encode(const T& s, json::value& out, std::string_view field) {
    json::object obj;
    bool ok = true;
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
        [&](auto m) {
          if (ok) ok = encode_member(s.*m.pointer, obj, field, json_name(m.name));
        });
    if (ok && !s.extra.empty()) ok = merge_extra(extra_text(s.extra), obj, field);
    if (ok) out = std::move(obj);
    return ok;
  }

  const encode_error& error() const noexcept { return error_; }
  // The values of secret fields (passwords, keys, tokens) met while encoding, so text the
  // server echoes back can be scrubbed of them.
  std::vector<std::string>& secrets() noexcept { return secrets_; }

 private:
  template <class T>
  bool encode_member(const std::optional<T>& v, json::object& obj, std::string_view parent,
                     std::string_view name) {
    if (!v) return true;
    return encode_member(*v, obj, parent, name);
  }
  template <class T>
  bool encode_member(const borrowed<T>& v, json::object& obj, std::string_view parent,
                     std::string_view name) {
    if (v.get() == nullptr) return true;  // a required one was refused before encoding
    return encode_member(*v, obj, parent, name);
  }
  template <class T>
  bool encode_member(const nullable<T>& v, json::object& obj, std::string_view parent,
                     std::string_view name) {
    if (v.is_absent()) return true;
    if (v.is_null()) {
      obj[name] = nullptr;
      return true;
    }
    return encode_member(v.value(), obj, parent, name);
  }
  bool encode_member(const raw_json& v, json::object& obj, std::string_view parent,
                     std::string_view name) {
    if (v.empty()) return true;
    std::string path =
        parent.empty() ? std::string(name) : std::string(parent) + "." + std::string(name);
    json::value jv;
    if (!encode(v, jv, path)) return false;
    obj[name] = std::move(jv);
    return true;
  }
  template <class T>
  bool encode_member(const T& v, json::object& obj, std::string_view parent,
                     std::string_view name) {
    if constexpr (is_open_enum<T>::value) {
      if (lenient_ && v.wire().empty()) return true;
    }
    std::string path =
        parent.empty() ? std::string(name) : std::string(parent) + "." + std::string(name);
    json::value jv;
    if (!encode(v, jv, path)) return false;
    if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, text>) {
      if (is_secret_field(name) && !v.empty()) secrets_.emplace_back(v);
    }
    obj[name] = std::move(jv);
    return true;
  }
  static bool is_secret_field(std::string_view name) noexcept {
    return name == "password" || name == "secret" || name == "access_key" ||
           name == "private_key" || name == "token";
  }
  bool merge_extra(std::string_view extra, json::object& obj, std::string_view field) {
    json::error_code ec;
    json::value v = json::parse(extra, ec);
    if (ec || !v.is_object()) {
      std::string where = field.empty() ? std::string("extra") : std::string(field) + ".extra";
      return fail(where, "is not a JSON object");
    }
    // On a request, a typed field wins over an `extra` of the same name. Re-encoding what was
    // decoded (lenient), `extra` holds exactly what did not fit its field: it wins.
    for (auto& kv : v.get_object())
      if (lenient_ || !obj.contains(kv.key())) obj[kv.key()] = std::move(kv.value());
    return true;
  }
  bool fail(std::string_view field, std::string problem) {
    error_.field = std::string(field);
    error_.problem = std::move(problem);
    return false;
  }

  encode_error error_;
  std::vector<std::string> secrets_;
  bool lenient_ = false;
};

// The JSON body for a request struct, or the reason it cannot be sent.
template <described T>
std::optional<std::string> encode_body(const T& request, encode_error& err,
                                       std::vector<std::string>* secrets = nullptr) {
  encoder enc;
  json::value v;
  if (!enc.encode(request, v, "")) {
    err = enc.error();
    return std::nullopt;
  }
  if (secrets != nullptr) *secrets = std::move(enc.secrets());
  return json::serialize(v);
}

}  // namespace rtk::detail::codec
