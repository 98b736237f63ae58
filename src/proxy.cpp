#include "proxy.hpp"

#include <boost/asio/ip/address.hpp>
#include <boost/url/parse.hpp>

#include <algorithm>
#include <array>
#include <cctype>

namespace rtk::detail {
namespace {

std::string base64(std::string_view in) {
  static constexpr char table[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    const unsigned n = static_cast<unsigned char>(in[i]) << 16 |
                       static_cast<unsigned char>(in[i + 1]) << 8 |
                       static_cast<unsigned char>(in[i + 2]);
    out += {table[n >> 18], table[(n >> 12) & 63], table[(n >> 6) & 63], table[n & 63]};
  }
  if (i + 1 == in.size()) {
    const unsigned n = static_cast<unsigned char>(in[i]) << 16;
    out += {table[n >> 18], table[(n >> 12) & 63], '=', '='};
  } else if (i + 2 == in.size()) {
    const unsigned n =
        static_cast<unsigned char>(in[i]) << 16 | static_cast<unsigned char>(in[i + 1]) << 8;
    out += {table[n >> 18], table[(n >> 12) & 63], table[(n >> 6) & 63], '='};
  }
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// The same address, whatever its spelling ("::1" and "0:0::1").
bool same_address(std::string_view a, std::string_view b) {
  boost::system::error_code ea, eb;
  auto x = boost::asio::ip::make_address(std::string(a), ea);
  auto y = boost::asio::ip::make_address(std::string(b), eb);
  return !ea && !eb && x == y;
}

// One NO_PROXY entry against a host (both lower case, without brackets).
bool entry_matches(std::string entry, const std::string& host) {
  if (entry.starts_with('[')) {
    auto close = entry.find(']');
    entry = entry.substr(1, close == std::string::npos ? std::string::npos : close - 1);
  } else if (std::count(entry.begin(), entry.end(), ':') == 1) {
    entry.erase(entry.find(':'));  // "name:port"
  }
  if (same_address(entry, host)) return true;
  while (entry.starts_with('.')) entry.erase(0, 1);
  if (entry.empty()) return false;
  if (host == entry) return true;
  return host.size() > entry.size() && host.ends_with(entry) &&
         host[host.size() - entry.size() - 1] == '.';
}

const char* first_set(const char* (*getenv)(const char*),
                      std::initializer_list<const char*> names) {
  for (const char* name : names) {
    const char* v = getenv(name);
    if (v != nullptr && *v != '\0') return v;
  }
  return nullptr;
}

}  // namespace

std::optional<proxy_route> parse_proxy_url(std::string_view url, std::string& why) {
  std::string with_scheme(url);
  if (with_scheme.find("://") == std::string::npos) with_scheme = "http://" + with_scheme;
  auto parsed = boost::urls::parse_absolute_uri(with_scheme);
  if (!parsed) {
    why = "the proxy URL is not a URL";
    return std::nullopt;
  }
  const auto& u = *parsed;
  if (u.scheme() != "http") {
    why = "the proxy URL must be an http:// proxy (HTTPS origins go through it in a tunnel)";
    return std::nullopt;
  }
  if (u.encoded_host().empty()) {
    why = "the proxy URL has no host";
    return std::nullopt;
  }
  if (!(u.encoded_path().empty() || u.encoded_path() == "/") || u.has_query() || u.has_fragment()) {
    why = "the proxy URL must be only scheme, user info, host and port";
    return std::nullopt;
  }
  proxy_route route;
  route.host = u.host_type() == boost::urls::host_type::ipv6 ? std::string(u.encoded_host_address())
                                                             : std::string(u.host());
  route.port = u.has_port() ? std::string(u.port()) : "1080";
  route.display = std::string(u.encoded_host()) + ":" + route.port;
  if (u.has_userinfo()) {
    const std::string user = u.user();
    route.password = u.password();
    route.authorization =
        "Proxy-Authorization: Basic " + base64(user + ":" + route.password) + "\r\n";
  }
  return route;
}

bool bypasses_proxy(std::string_view no_proxy, std::string_view host) {
  const std::string h = lower(host);
  while (!no_proxy.empty()) {
    const auto comma = no_proxy.find(',');
    const std::string entry = lower(trim(no_proxy.substr(0, comma)));
    if (entry == "*") return true;
    if (!entry.empty() && entry_matches(entry, h)) return true;
    if (comma == std::string_view::npos) break;
    no_proxy.remove_prefix(comma + 1);
  }
  return false;
}

proxy_options proxy_from_env(bool https, const char* (*getenv)(const char*)) {
  proxy_options o;
  const char* url = https ? first_set(getenv, {"https_proxy", "HTTPS_PROXY"})
                          : first_set(getenv, {"http_proxy", "HTTP_PROXY"});
  if (url == nullptr) url = first_set(getenv, {"all_proxy", "ALL_PROXY"});
  if (url != nullptr) o.url = url;
  if (const char* no = first_set(getenv, {"no_proxy", "NO_PROXY"})) o.no_proxy = no;
  return o;
}

}  // namespace rtk::detail
