#include "client_setup.hpp"

#include "http/tls.hpp"
#include "invalid_argument.hpp"

#include <rtk/version.hpp>

#include <algorithm>

namespace rtk::detail {
namespace {

// Credentials go into header lines: anything that could end the line or is not printable
// would let a value inject headers.
bool header_safe(std::string_view v) {
  return std::all_of(v.begin(), v.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u != 0x7f;
  });
}

std::string credential_headers(const credentials& auth) {
  if (const auto* t = std::get_if<api_token>(&auth)) {
    if (t->token.empty()) throw_invalid_argument("the API token is empty");
    if (!header_safe(t->token)) throw_invalid_argument("the API token holds control characters");
    return "Authorization: Bearer " + t->token + "\r\n";
  }
  if (const auto* k = std::get_if<api_key>(&auth)) {
    if (k->email.empty() || k->key.empty())
      throw_invalid_argument("an API key needs both an email and a key");
    if (!header_safe(k->email) || !header_safe(k->key))
      throw_invalid_argument("the API key or email holds control characters");
    return "X-Auth-Email: " + k->email + "\r\nX-Auth-Key: " + k->key + "\r\n";
  }
  throw_invalid_argument(
      "no credentials: set client_options::auth, or CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL "
      "and CLOUDFLARE_API_KEY) for client_options::from_env()");
}

void check_rate_limits(const client_options& opts) {
  for (const auto& l : opts.rate_limits.limits) {
    if (l.quota == 0) throw_invalid_argument("a rate limit in rate_limits.limits has a quota of 0");
    if (l.window.count() <= 0)
      throw_invalid_argument("a rate limit in rate_limits.limits has no window");
  }
  const auto& b = opts.retry_budget;
  if (b.enabled && !(b.ratio >= 0 && b.max_tokens >= 0 && b.ratio <= b.max_tokens))
    throw_invalid_argument(
        "retry_budget needs 0 <= ratio <= max_tokens (ratio: the share of calls that may be "
        "retried)");
}

}  // namespace

client_setup check_client_options(client_options& opts) {
  client_setup setup;
  std::string why;
  if (parse_base_url(opts.base_url, setup.api, why)) throw_invalid_argument(why);
  if (opts.user_agent.empty()) opts.user_agent = "rtk/" RTK_VERSION_STRING;
  if (!header_safe(opts.user_agent)) throw_invalid_argument("user_agent holds control characters");
  setup.fixed_headers = "Host: " + setup.api.host_header + "\r\nAccept: application/json\r\n" +
                        credential_headers(opts.auth) + "User-Agent: " + opts.user_agent + "\r\n";
  check_rate_limits(opts);
  if (!opts.proxy.url.empty()) {
    auto route = parse_proxy_url(opts.proxy.url, why);
    if (!route) throw_invalid_argument(why);
    if (!bypasses_proxy(opts.proxy.no_proxy, setup.api.host)) setup.proxy = std::move(route);
  }
  setup.route_label = setup.api.host_header;
  if (setup.proxy) setup.route_label += " through proxy " + setup.proxy->display;
  if (setup.api.tls) {
    setup.tls.emplace(boost::asio::ssl::context::tls_client);
    if (auto problem = http::configure_tls(*setup.tls, opts.tls); !problem.empty())
      throw_invalid_argument(problem);
  }
  return setup;
}

}  // namespace rtk::detail
