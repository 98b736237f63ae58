#include "envelope.hpp"

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <algorithm>

namespace rtk::detail {
namespace json = boost::json;

errc status_to_errc(unsigned status) noexcept {
  switch (status) {
    case 400:
      return errc::bad_request;
    case 401:
      return errc::unauthorized;
    case 403:
      return errc::forbidden;
    case 404:
      return errc::not_found;
    case 409:
      return errc::conflict;
    case 422:
      return errc::unprocessable;
    case 429:
      return errc::rate_limited;
    default:
      return status >= 500 && status <= 599 ? errc::server_error : errc::http_error;
  }
}

std::string excerpt(std::string_view body) {
  constexpr std::size_t max_bytes = 256;
  std::size_t cut = std::min(body.size(), max_bytes);
  // Never half a UTF-8 sequence: the excerpt ends before the character the limit falls in.
  while (cut < body.size() && cut > 0 && (static_cast<unsigned char>(body[cut]) & 0xC0) == 0x80)
    --cut;
  std::string out(body.substr(0, cut));
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  if (body.size() > cut) out += "...";
  return out;
}

namespace {

// Takes code and message from one {"code":..,"message":..} object; false if it has neither.
bool read_error_object(const json::value& v, diagnostics& diag) {
  const auto* obj = v.if_object();
  if (obj == nullptr) return false;
  bool found = false;
  if (const auto* code = obj->if_contains("code")) {
    if (code->is_int64()) {
      diag.api_code = code->get_int64();
      found = true;
    } else if (code->is_uint64()) {
      diag.api_code = static_cast<std::int64_t>(code->get_uint64());
      found = true;
    }
  }
  if (const auto* msg = obj->if_contains("message"); msg != nullptr && msg->is_string()) {
    diag.api_message = std::string(msg->get_string());
    found = true;
  }
  return found;
}

}  // namespace

void read_error_body(std::string_view body, diagnostics& diag) {
  json::monotonic_resource mr;
  json::error_code ec;
  json::value v = json::parse(body, ec, &mr);
  const json::object* obj = ec ? nullptr : v.if_object();
  if (obj != nullptr) {
    if (const auto* error = obj->if_contains("error"); error && read_error_object(*error, diag))
      return;
    if (const auto* errors = obj->if_contains("errors"); errors && errors->is_array()) {
      const auto& arr = errors->get_array();
      if (!arr.empty() && read_error_object(arr.front(), diag)) return;
    }
  }
  diag.body_excerpt = body.empty() ? std::string("(empty body)") : excerpt(body);
}

}  // namespace rtk::detail
