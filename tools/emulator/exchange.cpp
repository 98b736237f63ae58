// Answers, paging and body checks shared by every emulated route.

#include "exchange.hpp"

#include <boost/json/serialize.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace rtk::emu {

std::string_view request::param(std::string_view name) const {
  auto it = params.find(name);
  return it == params.end() ? std::string_view{} : std::string_view(it->second);
}

std::optional<std::string_view> request::query_value(std::string_view name) const {
  for (const auto& [k, v] : query)
    if (k == name) return std::string_view(v);
  return std::nullopt;
}

// ---- Answers -------------------------------------------------------------------------------

reply ok(json::value data, unsigned status) {
  return reply{status, json::object{{"success", true}, {"data", std::move(data)}}, {}};
}

reply api_error(unsigned status, std::string_view message) {
  json::object error{{"code", status}, {"message", message}};
  return reply{status, json::object{{"success", false}, {"error", std::move(error)}}, {}};
}

reply gateway_error(unsigned status, int code, std::string_view message) {
  json::array errors{json::object{{"code", code}, {"message", message}}};
  return reply{status,
               json::object{{"success", false},
                            {"errors", std::move(errors)},
                            {"messages", json::array{}},
                            {"result", nullptr}},
               {}};
}

void fail(unsigned status, std::string_view message) {
  throw failure(api_error(status, message));
}

void not_found(std::string_view what) {
  fail(404, std::string(what) + " not found");
}
void bad_request(std::string_view message) {
  fail(400, message);
}
void unprocessable(std::string_view message) {
  fail(422, message);
}

// ---- Paging --------------------------------------------------------------------------------

namespace {

std::size_t positive_query_int(const request& r, std::string_view name, std::size_t fallback,
                               std::size_t max) {
  auto text = r.query_value(name);
  if (!text) return fallback;
  std::size_t n = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), n);
  if (ec != std::errc{} || end != text->data() + text->size() || n < 1 || n > max)
    bad_request(std::string(name) + " must be an integer from 1 to " + std::to_string(max));
  return n;
}

}  // namespace

page_window paging_of(const request& r) {
  return page_window{positive_query_int(r, "page_no", 1, 1'000'000'000),
                     positive_query_int(r, "per_page", 20, 1000)};
}

reply page_of(const json::array& items, page_window w, bool with_paging) {
  std::size_t total = items.size();
  std::size_t first = std::min(total, (w.page_no - 1) * w.per_page);
  std::size_t last = std::min(total, first + w.per_page);
  json::array slice(items.begin() + static_cast<std::ptrdiff_t>(first),
                    items.begin() + static_cast<std::ptrdiff_t>(last));
  reply out = ok(std::move(slice));
  if (with_paging) {
    bool empty = first == last;
    out.body.as_object()["paging"] = json::object{{"start_offset", empty ? 0 : first + 1},
                                                  {"end_offset", empty ? 0 : last},
                                                  {"total_count", total}};
  }
  return out;
}

// ---- Reading a JSON body -------------------------------------------------------------------

namespace {
const json::object empty_object;
}

body_reader::body_reader(const request& r) : obj_(&empty_object) {
  if (r.body.is_null()) return;
  if (!r.body.is_object()) bad_request("the request body must be a JSON object");
  obj_ = &r.body.get_object();
}

body_reader::body_reader(const json::object& o) : obj_(&o) {}

const json::value* body_reader::field(std::string_view key) const {
  auto it = obj_->find(key);
  if (it == obj_->end() || it->value().is_null()) return nullptr;
  return &it->value();
}

bool body_reader::has(std::string_view key) const {
  return field(key) != nullptr;
}

namespace {
[[noreturn]] void wrong_type(std::string_view key, std::string_view kind) {
  unprocessable(std::string(key) + " must be " + std::string(kind));
}
}  // namespace

std::optional<std::string> body_reader::string(std::string_view key) const {
  const json::value* v = field(key);
  if (v == nullptr) return std::nullopt;
  if (!v->is_string()) wrong_type(key, "a string");
  return std::string(v->get_string());
}

std::string body_reader::required_string(std::string_view key) const {
  auto v = string(key);
  if (!v || v->empty()) unprocessable(std::string(key) + " is required");
  return *v;
}

std::optional<bool> body_reader::boolean(std::string_view key) const {
  const json::value* v = field(key);
  if (v == nullptr) return std::nullopt;
  if (!v->is_bool()) wrong_type(key, "a boolean");
  return v->get_bool();
}

std::optional<std::int64_t> body_reader::integer(std::string_view key) const {
  const json::value* v = field(key);
  if (v == nullptr) return std::nullopt;
  if (v->is_int64()) return v->get_int64();
  if (v->is_uint64() && v->get_uint64() <= static_cast<std::uint64_t>(INT64_MAX))
    return static_cast<std::int64_t>(v->get_uint64());
  // 5.0 is an integer; the range is checked before converting (undefined outside it).
  if (v->is_double()) {
    const double d = v->get_double();
    if (d >= -9.2e18 && d <= 9.2e18 && std::trunc(d) == d) return static_cast<std::int64_t>(d);
  }
  wrong_type(key, "an integer");
}

std::optional<double> body_reader::number(std::string_view key) const {
  const json::value* v = field(key);
  if (v == nullptr) return std::nullopt;
  if (!v->is_number()) wrong_type(key, "a number");
  return v->to_number<double>();
}

const json::object* body_reader::object(std::string_view key) const {
  const json::value* v = field(key);
  if (v == nullptr) return nullptr;
  if (!v->is_object()) wrong_type(key, "an object");
  return &v->get_object();
}

const json::array* body_reader::array(std::string_view key) const {
  const json::value* v = field(key);
  if (v == nullptr) return nullptr;
  if (!v->is_array()) wrong_type(key, "an array");
  return &v->get_array();
}

std::optional<std::int64_t> non_negative(const body_reader& b, std::string_view key) {
  auto n = b.integer(key);
  if (n && *n < 0) unprocessable(std::string(key) + " must not be negative");
  return n;
}

std::optional<std::string> body_reader::one_of(
    std::string_view key, std::initializer_list<std::string_view> allowed) const {
  auto v = string(key);
  if (!v) return v;
  if (std::find(allowed.begin(), allowed.end(), *v) != allowed.end()) return v;
  std::string list;
  for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
  unprocessable(std::string(key) + " must be one of " + list);
}

// ---- Values --------------------------------------------------------------------------------

std::int64_t now_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string iso_of(std::int64_t ms) {
  using namespace std::chrono;
  sys_time<milliseconds> t{milliseconds{ms}};
  auto day = floor<days>(t);
  year_month_day ymd{day};
  hh_mm_ss hms{t - day};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ",
                static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()), static_cast<int>(hms.hours().count()),
                static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()),
                static_cast<int>(hms.subseconds().count()));
  return buf;
}

std::string now_iso() {
  return iso_of(now_ms());
}

namespace {

// Reads exactly `n` digits at `pos`.
bool digits(std::string_view s, std::size_t& pos, std::size_t n, int& out) {
  if (pos + n > s.size()) return false;
  out = 0;
  for (std::size_t i = 0; i < n; ++i) {
    char c = s[pos + i];
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  pos += n;
  return true;
}

bool expect(std::string_view s, std::size_t& pos, char c) {
  if (pos >= s.size() || s[pos] != c) return false;
  ++pos;
  return true;
}

}  // namespace

std::optional<std::int64_t> parse_iso(std::string_view s) {
  std::size_t pos = 0;
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0;
  if (!digits(s, pos, 4, y) || !expect(s, pos, '-') || !digits(s, pos, 2, mo) ||
      !expect(s, pos, '-') || !digits(s, pos, 2, d))
    return std::nullopt;
  if (pos < s.size()) {
    if (s[pos] != 'T' && s[pos] != ' ') return std::nullopt;
    ++pos;
    if (!digits(s, pos, 2, h) || !expect(s, pos, ':') || !digits(s, pos, 2, mi))
      return std::nullopt;
    if (pos < s.size() && s[pos] == ':' && !(++pos, digits(s, pos, 2, sec))) return std::nullopt;
    if (pos < s.size() && s[pos] == '.') {
      ++pos;
      int scale = 100;
      std::size_t start = pos;
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
        ms += (s[pos] - '0') * scale;
        scale /= 10;
        ++pos;
      }
      if (pos == start) return std::nullopt;
    }
    if (pos < s.size() && s[pos] == 'Z') ++pos;
    if (pos != s.size()) return std::nullopt;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) return std::nullopt;
  using namespace std::chrono;
  auto ymd = year{y} / month{static_cast<unsigned>(mo)} / day{static_cast<unsigned>(d)};
  if (!ymd.ok()) return std::nullopt;
  auto t = sys_days(ymd) + hours{h} + minutes{mi} + seconds{sec} + milliseconds{ms};
  return duration_cast<milliseconds>(t.time_since_epoch()).count();
}

void merge_into(json::object& into, const json::object& from) {
  for (const auto& kv : from) into[kv.key()] = kv.value();
}

std::string text_of(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  return v != nullptr && v->is_string() ? std::string(v->get_string()) : std::string();
}

json::object pick(const json::object& o, std::initializer_list<std::string_view> keys) {
  json::object out;
  for (auto k : keys) {
    const json::value* v = o.if_contains(k);
    out[k] = v != nullptr ? *v : json::value(nullptr);
  }
  return out;
}

json::object without(const json::object& o, std::string_view key) {
  json::object out;
  for (const auto& kv : o)
    if (kv.key() != key) out[kv.key()] = kv.value();
  return out;
}

bool contains_ignoring_case(std::string_view text, std::string_view needle) {
  auto lower = [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  };
  auto it = std::search(text.begin(), text.end(), needle.begin(), needle.end(),
                        [&](char a, char b) { return lower(a) == lower(b); });
  return it != text.end();
}

}  // namespace rtk::emu
