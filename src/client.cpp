#include "session.hpp"

#include <rtk/client.hpp>

namespace rtk {

client::client(boost::asio::any_io_executor ex, client_options options)
    : session_(std::make_shared<detail::session>(std::move(ex), std::move(options))) {}

client::~client() {
  session_->shutdown();
}

void client::shutdown() {
  session_->shutdown();
}

const client_options& client::options() const noexcept {
  return session_->options();
}

}  // namespace rtk
