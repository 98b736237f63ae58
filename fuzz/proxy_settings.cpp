// Proxy settings: a proxy URL (with user info) and a NO_PROXY list against a host. Invariant:
// a refusal's reason never quotes the URL's password.

#include "proxy.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  const auto nl = in.find('\n');
  const std::string_view url = in.substr(0, nl);
  const std::string_view rest = nl == std::string_view::npos ? "" : in.substr(nl + 1);
  std::string why;
  const std::string with_secret = "http://u:Zq9-secret-pw@" + std::string(url);
  if (!rtk::detail::parse_proxy_url(with_secret, why) &&
      why.find("Zq9-secret-pw") != std::string::npos)
    std::abort();
  (void)rtk::detail::parse_proxy_url(url, why);
  const auto nl2 = rest.find('\n');
  (void)rtk::detail::bypasses_proxy(rest.substr(0, nl2),
                                    nl2 == std::string_view::npos ? "" : rest.substr(nl2 + 1));
  return 0;
}
