#include "url.hpp"

#include "utf8.hpp"

#include <boost/url/encode.hpp>
#include <boost/url/grammar/charset.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>

namespace rtk::detail {
namespace {

// Appends `s` percent-encoded (upper-case hex) in place: no string of its own. Ids are
// usually unreserved characters already, which one scan finds; then they go in as they are.
void append_encoded(std::string& out, std::string_view s) {
  const char* end = s.data() + s.size();
  if (boost::urls::grammar::find_if_not(s.data(), end, boost::urls::unreserved_chars) == end) {
    out.append(s);
    return;
  }
  boost::urls::encoding_opts opts;
  opts.lower_case = false;
  const std::size_t n = boost::urls::encoded_size(s, boost::urls::unreserved_chars, opts);
  const std::size_t at = out.size();
  out.resize(at + n);
  boost::urls::encode(out.data() + at, n, s, boost::urls::unreserved_chars, opts);
}

}  // namespace

error_code parse_base_url(std::string_view url, origin& out, std::string& why) {
  auto fail = [&why](std::string reason) {
    why = std::move(reason);
    return make_error_code(errc::invalid_argument);
  };
  auto parsed = boost::urls::parse_absolute_uri(url);
  if (!parsed) return fail("base_url is not an absolute URL");
  const auto& u = *parsed;
  if (u.scheme() == "https") {
    out.tls = true;
  } else if (u.scheme() == "http") {
    out.tls = false;
  } else {
    return fail("base_url must start with https:// or http://");
  }
  if (u.has_userinfo()) return fail("base_url must not hold user info");
  if (u.has_query() || u.has_fragment()) return fail("base_url must not hold a query or fragment");
  if (u.encoded_host().empty()) return fail("base_url has no host");

  out.host = u.host_type() == boost::urls::host_type::ipv6 ? std::string(u.encoded_host_address())
                                                           : std::string(u.host());
  out.port = u.has_port() ? std::string(u.port()) : (out.tls ? "443" : "80");
  out.host_header = std::string(u.encoded_host_and_port());
  std::string path(u.encoded_path());
  while (!path.empty() && path.back() == '/') path.pop_back();
  out.path_prefix = std::move(path);
  return {};
}

target_builder::target_builder(std::string_view path_prefix) : target_(path_prefix) {
  target_.reserve(160);
}

target_builder& target_builder::literal(std::string_view path) {
  if (!failed_) target_ += path;
  return *this;
}

target_builder& target_builder::param(std::string_view name, std::string_view value) {
  if (failed_) return *this;
  auto fail = [&](const char* what) {
    failed_ = true;
    why_ = std::string(name) + what;
  };
  if (value.empty()) {
    fail(" must not be empty");
  } else if (value == "." || value == "..") {
    fail(" must not be '.' or '..'");
  } else if (!is_valid_utf8(value)) {
    fail(" is not valid UTF-8");
  } else {
    target_ += '/';
    append_encoded(target_, value);
  }
  return *this;
}

target_builder& target_builder::query(std::string_view name, std::string_view value) {
  if (failed_) return *this;
  if (!is_valid_utf8(name) || !is_valid_utf8(value))
    return fail("query parameter " + std::string(name) + " is not valid UTF-8");
  target_ += has_query_ ? '&' : '?';
  has_query_ = true;
  append_encoded(target_, name);
  target_ += '=';
  append_encoded(target_, value);
  return *this;
}

target_builder& target_builder::fail(std::string reason) {
  if (!failed_) {
    failed_ = true;
    why_ = std::move(reason);
  }
  return *this;
}

target_builder& target_builder::path(std::string_view path_template, std::string_view account_id,
                                     std::span<const std::string_view> args) {
  std::size_t next = 0;
  while (!failed_) {
    // The fixed text up to the next "/{parameter}", as one piece.
    const auto open = path_template.find("/{");
    literal(path_template.substr(0, open));
    if (open == std::string_view::npos) break;
    const auto close = path_template.find('}', open);
    if (close == std::string_view::npos) {
      fail("rtk bug: an unclosed parameter in a path template");
      break;
    }
    const auto name = path_template.substr(open + 2, close - open - 2);
    path_template.remove_prefix(close + 1);
    if (name == "account_id") {
      param(name, account_id);
    } else if (next < args.size()) {
      param(name, args[next++]);
    } else {
      fail("rtk bug: no value for path parameter " + std::string(name));
    }
  }
  if (next != args.size()) fail("rtk bug: more path values than the template has parameters");
  return *this;
}

}  // namespace rtk::detail
