#pragma once
// The base URL of a client, and request targets built from it: path segments percent-encoded
// one by one (UTF-8, upper-case hex), ids validated before anything is sent.

#include <rtk/error.hpp>

#include <span>
#include <string>
#include <string_view>

namespace rtk::detail {

struct origin {
  bool tls = true;
  std::string host;         // as used for DNS, SNI and certificate checks (no brackets)
  std::string port;         // "443" unless given
  std::string host_header;  // Host: value (brackets for IPv6, port when not the default)
  std::string path_prefix;  // e.g. "/client/v4", never ending in '/'
};

// Fails with errc::invalid_argument and a reason for anything but an absolute http(s) URL
// without user info, query or fragment.
error_code parse_base_url(std::string_view url, origin& out, std::string& why);

// Builds "<prefix>/accounts/<account>/realtime/kit/..." one segment at a time. The first
// invalid id wins: later calls do nothing, and error()/why() say which parameter was wrong.
class target_builder {
 public:
  explicit target_builder(std::string_view path_prefix);

  // A fixed part of the template, e.g. "/meetings"; written as is.
  target_builder& literal(std::string_view path);
  // One path parameter: must be non-empty UTF-8 and not "." or ".."; percent-encoded.
  target_builder& param(std::string_view name, std::string_view value);
  // An operation's path template, "/accounts/{account_id}/realtime/kit/{app_id}/...": fixed
  // segments as they are, each {parameter} filled in order: account_id with `account_id`, the
  // others with `args`.
  target_builder& path(std::string_view path_template, std::string_view account_id,
                       std::span<const std::string_view> args);
  // One query pair, after every path part: name and value percent-encoded (unreserved
  // characters stay), so '&', '=', '+' and spaces in a value cannot change the query.
  // A value that is not UTF-8 fails the build, naming the parameter.
  target_builder& query(std::string_view name, std::string_view value);
  // Fails the build with this reason (the first failure wins).
  target_builder& fail(std::string reason);

  bool failed() const noexcept { return failed_; }
  const std::string& why() const noexcept { return why_; }
  std::string take() { return std::move(target_); }

 private:
  std::string target_;
  std::string why_;
  bool failed_ = false;
  bool has_query_ = false;
};

}  // namespace rtk::detail
