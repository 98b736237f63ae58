#pragma once
// What an emulator handler sees and returns: a decoded request and a JSON reply, plus the
// helpers every handler uses to read input and shape answers the way RealtimeKit does.
//
// Handlers report client errors by throwing `failure` (through the helpers below); the server
// turns it into RealtimeKit's error envelope. Nothing here knows about sockets.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rtk::emu {

namespace json = boost::json;

struct request {
  std::string method;  // "GET", "POST"...
  std::string path;    // decoded, after /client/v4
  // Path parameters by their template name: "account_id", "app_id", "meeting_id"...
  std::map<std::string, std::string, std::less<>> params{};
  std::vector<std::pair<std::string, std::string>> query{};  // decoded, in wire order
  json::value body{};  // the parsed JSON body; null when the request had none

  // A path parameter ("" if the route has none of that name).
  std::string_view param(std::string_view name) const;
  // The first query value with this name, if any.
  std::optional<std::string_view> query_value(std::string_view name) const;
};

struct reply {
  unsigned status = 200;
  json::value body{};  // null: no body
  std::vector<std::pair<std::string, std::string>> headers{};
};

// A client error: thrown by handlers and helpers, answered with its reply.
class failure : public std::exception {
 public:
  explicit failure(reply r) : reply_(std::move(r)) {}
  const reply& answer() const noexcept { return reply_; }
  const char* what() const noexcept override { return "emulated API error"; }

 private:
  reply reply_;
};

// ---- Answers -------------------------------------------------------------------------------

// {"success": true, "data": data}
reply ok(json::value data, unsigned status = 200);
// RealtimeKit's own error envelope: {"success": false, "error": {"code", "message"}}.
reply api_error(unsigned status, std::string_view message);
// The Cloudflare gateway's envelope: {"success": false, "errors": [{"code", "message"}],
// "messages": [], "result": null}.
reply gateway_error(unsigned status, int code, std::string_view message);

// Throw the matching failure.
[[noreturn]] void fail(unsigned status, std::string_view message);
[[noreturn]] void not_found(std::string_view what);         // 404 "<what> not found"
[[noreturn]] void bad_request(std::string_view message);    // 400
[[noreturn]] void unprocessable(std::string_view message);  // 422

// ---- Paging --------------------------------------------------------------------------------

struct page_window {
  std::size_t page_no = 1;
  std::size_t per_page = 20;
};
// page_no (from 1) and per_page (1 to 1000) from the query; defaults 1 and 20. Anything else
// (not a positive integer) fails with 400.
page_window paging_of(const request& r);
// The window's slice of `items` as a list answer. with_paging adds the reference's
// {"start_offset", "end_offset", "total_count"} (1-based offsets, both 0 on an empty page).
reply page_of(const json::array& items, page_window w, bool with_paging = true);

// ---- Reading a JSON body -------------------------------------------------------------------

// The request body as an object, checked field by field. A body that is not an object fails
// with 400; a field of the wrong type, an unknown enum value or a missing required field fails
// with 422, naming the field. Absent and null optional fields read as nullopt / nullptr.
class body_reader {
 public:
  explicit body_reader(const request& r);
  explicit body_reader(const json::object& o);

  const json::object& object() const noexcept { return *obj_; }
  bool has(std::string_view key) const;  // present and not null

  std::optional<std::string> string(std::string_view key) const;
  std::string required_string(std::string_view key) const;  // also refuses ""
  std::optional<bool> boolean(std::string_view key) const;
  std::optional<std::int64_t> integer(std::string_view key) const;
  std::optional<double> number(std::string_view key) const;
  const json::object* object(std::string_view key) const;
  const json::array* array(std::string_view key) const;
  // A string that must be one of `allowed`.
  std::optional<std::string> one_of(std::string_view key,
                                    std::initializer_list<std::string_view> allowed) const;

 private:
  const json::value* field(std::string_view key) const;
  const json::object* obj_;
};

// Runs `f`; a failure it raises names the field by its full path: "video_config.codec must be
// one of H264, VP8" becomes "recording_config.video_config.codec must be ...".
template <class F>
auto with_path(std::string_view path, F f) {
  try {
    return f();
  } catch (const failure& e) {
    const reply& r = e.answer();
    fail(r.status,
         std::string(path) + "." + std::string(r.body.at("error").at("message").as_string()));
  }
}

// Runs `check(body_reader)` on a nested object, naming its fields by their full path.
template <class Check>
void check_nested(std::string_view path, const json::object& o, Check check) {
  with_path(path, [&] { check(body_reader(o)); });
}

// A count (sizes, limits, ports): an integer that is not negative (422 otherwise).
std::optional<std::int64_t> non_negative(const body_reader& b, std::string_view key);

// ---- Values --------------------------------------------------------------------------------

// Milliseconds since the epoch, now.
std::int64_t now_ms();
// A time as the API writes it: "2026-11-23T10:00:00.123Z".
std::string iso_of(std::int64_t ms);
// Now as the API writes times.
std::string now_iso();
// Reads an ISO 8601 / RFC 3339 UTC time ("2026-11-23", "2026-11-23T10:00:00Z", with optional
// fraction): milliseconds since the epoch, or nullopt if it is not one.
std::optional<std::int64_t> parse_iso(std::string_view text);

// Copies every field of `from` into `into` (a shallow merge, as PATCH bodies apply).
void merge_into(json::object& into, const json::object& from);

// A string field of a stored object; "" when absent or not a string.
std::string text_of(const json::object& o, std::string_view key);
// The fields of `o` named in `keys`, in that order (absent ones as null).
json::object pick(const json::object& o, std::initializer_list<std::string_view> keys);
// `o` without `key`, the other fields in their order (json::object::erase would move the last
// field into the gap).
json::object without(const json::object& o, std::string_view key);
// Whether `needle` occurs in `text`, ignoring ASCII case: the API's `search` filters.
bool contains_ignoring_case(std::string_view text, std::string_view needle);

}  // namespace rtk::emu
