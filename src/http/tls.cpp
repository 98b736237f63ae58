#include "tls.hpp"

#include <openssl/ssl.h>

namespace rtk::detail::http {
namespace asio = boost::asio;

std::string configure_tls(asio::ssl::context& ctx, const tls_options& tls) {
  SSL_CTX_set_min_proto_version(ctx.native_handle(), TLS1_2_VERSION);
  if (!tls.verify_peer) {
    ctx.set_verify_mode(asio::ssl::verify_none);
    return {};
  }
  ctx.set_verify_mode(asio::ssl::verify_peer);
  error_code ec;
  if (!tls.ca_file.empty()) {
    ctx.load_verify_file(tls.ca_file, ec);
    if (ec) return "tls.ca_file could not be loaded: " + ec.message();
  }
  if (!tls.ca_dir.empty()) {
    ctx.add_verify_path(tls.ca_dir, ec);
    if (ec) return "tls.ca_dir could not be used: " + ec.message();
  }
  if (tls.ca_file.empty() && tls.ca_dir.empty()) {
    ctx.set_default_verify_paths(ec);
    if (ec) return "the system certificate store could not be loaded: " + ec.message();
  }
  return {};
}

}  // namespace rtk::detail::http
