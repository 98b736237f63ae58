#include "invalid_argument.hpp"
#include "proxy.hpp"

#include <rtk/client_options.hpp>

#include <cstdlib>

namespace rtk {
namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr ? std::string(v) : std::string();
}

const char* getenv_or_null(const char* name) {
  return std::getenv(name);
}

}  // namespace

proxy_options proxy_options::from_env(std::string_view base_url) {
  return detail::proxy_from_env(!base_url.starts_with("http://"), getenv_or_null);
}

client_options client_options::from_env() {
  client_options o;
  std::string token = env("CLOUDFLARE_API_TOKEN");
  std::string key = env("CLOUDFLARE_API_KEY");
  std::string email = env("CLOUDFLARE_EMAIL");
  if (!token.empty() && !key.empty())
    detail::throw_invalid_argument(
        "both CLOUDFLARE_API_TOKEN and CLOUDFLARE_API_KEY are set; keep one");
  if (!key.empty() && email.empty())
    detail::throw_invalid_argument("CLOUDFLARE_API_KEY is set without CLOUDFLARE_EMAIL");
  if (!token.empty()) {
    o.auth = api_token{std::move(token)};
  } else if (!key.empty()) {
    o.auth = api_key{std::move(email), std::move(key)};
  }
  if (auto base = env("CLOUDFLARE_BASE_URL"); !base.empty()) o.base_url = std::move(base);
  o.account_id = env("CLOUDFLARE_ACCOUNT_ID");
  o.proxy = proxy_options::from_env(o.base_url);
  return o;
}

}  // namespace rtk
