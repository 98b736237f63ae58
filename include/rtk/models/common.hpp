#pragma once
// What every group's models share: the field wrappers (nullable, raw_json), list pages and
// their paging data, and the result of operations that return nothing of interest.
//
// Models are plain structs whose member names are the API's field names; each keeps the fields
// it does not map in `extra`. Their JSON mappings are rtk's own (src/models/), declared once.
//
// Request bodies and queries (the *_request and *_query structs) borrow what they hold: strings
// are rtk::text (a string_view), lists std::span, nested objects rtk::borrowed, and `extra` is
// the text of a JSON object of members to add (e.g. R"({"beta":true})"). A call reads them before
// it returns (the request is encoded at once, whatever the completion token), so they only need to
// live that long. Being trivially destructible is what makes
//   co_await api.meetings().async_create(app_id, {.title = "x"});
// safe with GCC 12, which destroys a braced temporary in a co_await statement twice when its
// type has a non-trivial destructor (GCC bugs 101367, 99576, 100611 and 101976).

#include <rtk/extra_fields.hpp>
#include <rtk/open_enum.hpp>
#include <rtk/text.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace rtk {

// The explicit JSON null, for nullable<T>.
struct null_t {
  explicit constexpr null_t(int) {}
};
inline constexpr null_t null{0};

// A request field that can be left out, sent as null, or sent with a value: PATCH and PUT
// bodies use it where the API lets a caller clear a field. Defaults to absent.
//   update_meeting_request r{.recording_config = rtk::null, .title = "new"};
template <class T>
class nullable {
 public:
  constexpr nullable() = default;
  constexpr nullable(null_t) : state_(state::null) {}  // NOLINT: implicit on purpose
  template <class U = T>
  requires std::constructible_from<T, U&&> &&(!std::same_as<std::remove_cvref_t<U>, nullable>)&&(
      !std::same_as<std::remove_cvref_t<U>, null_t>)constexpr nullable(U&& v)  // NOLINT
      : value_(std::forward<U>(v)), state_(state::value) {}

  constexpr bool is_absent() const noexcept { return state_ == state::absent; }
  constexpr bool is_null() const noexcept { return state_ == state::null; }
  constexpr bool has_value() const noexcept { return state_ == state::value; }
  // Only when has_value().
  constexpr const T& value() const noexcept { return value_; }
  constexpr T& value() noexcept { return value_; }
  void reset() noexcept { *this = nullable(); }

  friend bool operator==(const nullable&, const nullable&) = default;

 private:
  enum class state { absent, null, value };
  T value_{};
  state state_ = state::absent;
};

// A request's nested object, borrowed from the caller (see above): implicit from an object that
// has a name. A temporary is refused at compile time: in a named request it would be gone
// before the call, and inside co_await it is what GCC 12 mishandles.
//   rtk::ai_config ai{.summarization = ...};
//   co_await api.meetings().async_create(app_id, {.ai_config = ai});
template <class T>
class borrowed {
 public:
  constexpr borrowed() = default;
  constexpr borrowed(const T& object) noexcept : object_(&object) {}  // NOLINT: implicit on purpose
  borrowed(const T&&) = delete;
  // Null when left empty: a required member left so is refused before anything is sent.
  constexpr const T* get() const noexcept { return object_; }
  constexpr const T& operator*() const noexcept { return *object_; }
  constexpr const T* operator->() const noexcept { return object_; }

 private:
  const T* object_ = nullptr;
};

// Any JSON value, kept as its text: for fields whose shape the API leaves open. Empty means
// absent. On a request, the text must be valid JSON (checked before sending).
class raw_json {
 public:
  raw_json() = default;
  explicit raw_json(std::string json_text) : json_(std::move(json_text)) {}
  bool empty() const noexcept { return json_.empty(); }
  const std::string& json() const noexcept { return json_; }
  friend bool operator==(const raw_json&, const raw_json&) = default;

 private:
  std::string json_;
};

// A list response's position in the whole list. Optional: the reference marks them optional on
// the livestream lists, and a total_count left out is not a total of 0.
struct paging {
  std::optional<std::int64_t> start_offset{};
  std::optional<std::int64_t> end_offset{};
  std::optional<std::int64_t> total_count{};
  extra_fields extra{};
};

// One page of a list: the envelope's `data` array and, where the API sends one, its `paging`.
template <class T>
struct page {
  std::vector<T> items{};
  std::optional<rtk::paging> paging{};
};

// The result of operations whose `data` carries nothing rtk maps (deletes, stops...): whatever
// the server sent stays in `extra`.
struct empty_result {
  extra_fields extra{};
};

}  // namespace rtk
