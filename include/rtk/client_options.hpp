#pragma once
// How a client connects and authenticates. A plain struct: set what you need, keep the rest.

#include <rtk/log.hpp>
#include <rtk/rate_limit.hpp>
#include <rtk/retry.hpp>

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace rtk {

// `Authorization: Bearer <token>`: the preferred scheme.
struct api_token {
  std::string token;
};

// The legacy pair `X-Auth-Email` + `X-Auth-Key`.
struct api_key {
  std::string email;
  std::string key;
};

using credentials = std::variant<std::monostate, api_token, api_key>;

struct tls_options {
  // Verify the server's chain and host name. Only for local experiments: never turn it off
  // against the real API.
  bool verify_peer = true;
  // Trust these instead of the system store when set (PEM file, or an OpenSSL hashed dir).
  std::string ca_file{};
  std::string ca_dir{};
};

struct pool_options {
  // Connections open at once to the API host; more concurrent calls wait in order.
  std::size_t max_connections = 64;
  // How long a call waits for a connection before failing with errc::pool_exhausted.
  std::chrono::milliseconds acquire_timeout{30'000};
  // Resolve + TCP connect + TLS handshake.
  std::chrono::milliseconds connect_timeout{10'000};
  // Idle connections are closed after this long. Servers drop idle keep-alive connections
  // after a while; closing ours first avoids writing a request on a connection the server is
  // about to close.
  std::chrono::milliseconds idle_timeout{30'000};
};

// An HTTP proxy. HTTPS origins are reached through an HTTP CONNECT tunnel: TLS runs to the
// origin inside it, with SNI and the origin's certificate verified (never the proxy's). Plain
// http origins get their requests in absolute form. A tunnel is pooled and reused like any
// keep-alive connection.
struct proxy_options {
  // "http://[user[:password]@]host[:port]" (no scheme means http://; port 1080 unless given,
  // as curl). The user info, percent-decoded, is sent as Basic proxy authentication; it is
  // never logged and never in an error text. Empty: no proxy.
  std::string url{};
  // Hosts reached without the proxy, as NO_PROXY lists them: comma-separated host names, each
  // matching itself and its subdomains (with or without a leading dot), IP addresses, or "*"
  // for every host.
  std::string no_proxy{};

  // The proxy the environment gives a client of `base_url`, with curl's precedence:
  // https_proxy, HTTPS_PROXY for https (http_proxy, HTTP_PROXY for http), then all_proxy,
  // ALL_PROXY; no_proxy, then NO_PROXY.
  static proxy_options from_env(std::string_view base_url);
};

struct client_options {
  // Scheme, host, optional port and path prefix; http:// only for local emulators and tests.
  std::string base_url = "https://api.cloudflare.com/client/v4";
  credentials auth{};
  // The account every call addresses unless its call_options name another.
  std::string account_id{};
  std::string user_agent{};  // empty: "rtk/<version>"
  // Per attempt: from writing the request to the last byte of the response (not counting
  // the wait for a pooled connection, which pool_options bounds).
  std::chrono::milliseconds attempt_timeout{60'000};
  pool_options pool{};
  tls_options tls{};
  proxy_options proxy{};
  log_options log{};
  // How failed calls are retried; null means limited_retry_policy(2) and exponential_backoff().
  // See <rtk/retry.hpp> and the README for which failures are retried.
  std::shared_ptr<const retry_policy> retry{};
  std::shared_ptr<const backoff_policy> backoff{};
  // Pacing by the API's rate limits, on by default (<rtk/rate_limit.hpp>).
  rate_limit_options rate_limits{};
  // Retries held to a share of recent calls, on by default.
  retry_budget_options retry_budget{};
  // Sees every attempt of every call (for metrics). Must be thread-safe.
  attempt_hook on_attempt{};

  // Reads CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY, CLOUDFLARE_BASE_URL
  // and CLOUDFLARE_ACCOUNT_ID, like the official SDKs, and the proxy variables for that base
  // URL (proxy_options::from_env). Unset variables keep the defaults.
  // Throws rtk::error (errc::invalid_argument) for contradictions: a token and a key both
  // set, or a key without an email. Missing credentials are reported by the client.
  static client_options from_env();
};

}  // namespace rtk
