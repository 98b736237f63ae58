#pragma once
// The parser of a response as the connection reads it (and the fuzz target feeds it): Beast's
// basic_parser, with the head and body going straight into an http::response.

#include "response.hpp"

#include <boost/beast/core/string.hpp>
#include <boost/beast/http/basic_parser.hpp>

#include <algorithm>
#include <cstdint>

namespace rtk::detail::http {
namespace beast = boost::beast;

// The largest body a response may have: the API's largest answers are lists of a few MB.
inline constexpr std::uint64_t max_body_bytes = std::uint64_t{256} << 20;

// Parses a response head and body straight into `response`: only the headers rtk acts on
// are kept, and every string's capacity is reused across responses.
class response_reader final : public beast::http::basic_parser<false> {
 public:
  explicit response_reader(response& out) : out_(out) {}

 private:
  void on_request_impl(beast::http::verb, beast::string_view, beast::string_view, int,
                       beast::error_code&) override {}
  void on_response_impl(int code, beast::string_view, int, beast::error_code&) override {
    out_.status = static_cast<unsigned>(code);
  }
  void on_field_impl(beast::http::field f, beast::string_view name, beast::string_view value,
                     beast::error_code&) override {
    using beast::http::field;
    if (f == field::content_type) {
      out_.content_type.assign(value.data(), value.size());
    } else if (f == field::retry_after) {
      out_.retry_after.assign(value.data(), value.size());
    } else if (beast::iequals(name, "cf-ray")) {
      out_.request_id.assign(value.data(), value.size());
    } else if (beast::iequals(name, "retry-after-ms")) {
      out_.retry_after_ms.assign(value.data(), value.size());
    } else if (beast::iequals(name, "x-should-retry")) {
      out_.should_retry.assign(value.data(), value.size());
    } else if (beast::iequals(name, "ratelimit")) {
      out_.ratelimit.assign(value.data(), value.size());
    } else if (beast::iequals(name, "ratelimit-policy")) {
      out_.ratelimit_policy.assign(value.data(), value.size());
    } else if (beast::iequals(name, "x-ratelimit-limit")) {
      out_.x_ratelimit_limit.assign(value.data(), value.size());
    } else if (beast::iequals(name, "x-ratelimit-remaining")) {
      out_.x_ratelimit_remaining.assign(value.data(), value.size());
    } else if (beast::iequals(name, "x-ratelimit-reset")) {
      out_.x_ratelimit_reset.assign(value.data(), value.size());
    }
  }
  void on_header_impl(beast::error_code&) override {}
  void on_body_init_impl(const boost::optional<std::uint64_t>& length,
                         beast::error_code&) override {
    constexpr std::uint64_t max_reserve = 1 << 20;
    if (length) out_.body.reserve(static_cast<std::size_t>(std::min(*length, max_reserve)));
  }
  std::size_t on_body_impl(beast::string_view data, beast::error_code&) override {
    out_.body.append(data.data(), data.size());
    return data.size();
  }
  void on_chunk_header_impl(std::uint64_t, beast::string_view, beast::error_code&) override {}
  std::size_t on_chunk_body_impl(std::uint64_t, beast::string_view data,
                                 beast::error_code&) override {
    out_.body.append(data.data(), data.size());
    return data.size();
  }
  void on_finish_impl(beast::error_code&) override {}

  response& out_;
};

}  // namespace rtk::detail::http
