#pragma once
// The TLS client settings every rtk connection uses (API calls, fetching the webhook key).

#include <rtk/client_options.hpp>

#include <boost/asio/ssl/context.hpp>

#include <string>

namespace rtk::detail::http {

// TLS 1.2 or newer; the peer verified against tls.ca_file / tls.ca_dir, else the system store,
// unless verification is turned off. Returns why the settings could not be applied, or "".
std::string configure_tls(boost::asio::ssl::context& ctx, const tls_options& tls);

}  // namespace rtk::detail::http
