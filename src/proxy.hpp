#pragma once
// The HTTP proxy a client goes through, once its options are checked: where it is, the
// Proxy-Authorization it is sent, and whether the API's host bypasses it (NO_PROXY). Pure: the
// connection (http/connection.cpp) opens the tunnel.

#include <rtk/client_options.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace rtk::detail {

struct proxy_route {
  std::string host;  // for DNS (no brackets)
  std::string port;
  std::string display;  // "host:port", for messages: never the user info
  // "Proxy-Authorization: Basic <base64(user:password)>\r\n", or empty without user info.
  std::string authorization;
  std::string password;  // percent-decoded: scrubbed from any text, like the API token
};

// "http://[user[:password]@]host[:port][/]" (no scheme: http://; port 1080 unless given, as
// curl). Fails with the reason (never the user info) for anything else: another scheme, a
// path, a query, no host.
std::optional<proxy_route> parse_proxy_url(std::string_view url, std::string& why);

// NO_PROXY: comma-separated entries, each "*" (every host), a host name that matches itself
// and its subdomains (with or without a leading dot: "example.com" and ".example.com" both
// match "api.example.com" and "example.com"), or an IP address that matches itself (IPv6 with
// or without brackets). Case and surrounding spaces do not matter; a port after a name is
// ignored.
bool bypasses_proxy(std::string_view no_proxy, std::string_view host);

// The proxy for a base URL from the environment, with curl's precedence: https_proxy, then
// HTTPS_PROXY for https; http_proxy, then HTTP_PROXY for http; then all_proxy, ALL_PROXY; and
// no_proxy, then NO_PROXY. `getenv` is passed in for tests.
proxy_options proxy_from_env(bool https, const char* (*getenv)(const char*));

}  // namespace rtk::detail
