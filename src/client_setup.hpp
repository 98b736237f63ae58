#pragma once
// What a client's options become once they are checked: the API's origin, the header lines
// every request carries, and the TLS context. Unusable options are refused here, before
// anything is sent, with rtk::error(errc::invalid_argument) naming what is wrong (never a
// secret's value).

#include "proxy.hpp"
#include "url.hpp"

#include <rtk/client_options.hpp>

#include <boost/asio/ssl/context.hpp>

#include <optional>
#include <string>

namespace rtk::detail {

struct client_setup {
  origin api;
  // Host, Accept, the credentials and User-Agent, each ending in CRLF: the same on every
  // request.
  std::string fixed_headers;
  std::optional<boost::asio::ssl::context> tls;  // for https origins
  std::optional<proxy_route> proxy;              // unless there is none, or NO_PROXY bypasses it
  // The way to the API as messages name it: "host[:port]", then " through proxy host:port".
  std::string route_label;
};

// Also gives `opts` its default user agent ("rtk/<version>") when it has none.
client_setup check_client_options(client_options& opts);

}  // namespace rtk::detail
