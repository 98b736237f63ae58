#include "invalid_argument.hpp"
#include "session.hpp"

#include <rtk/client.hpp>

namespace rtk {

client::client(boost::asio::any_io_executor ex, client_options options)
    : session_(std::make_shared<detail::session>(std::move(ex), std::move(options))),
      any_app_(std::make_shared<const detail::scope>(detail::scope{session_, {}})) {}

app_client client::app(std::string app_id) const {
  if (app_id.empty()) detail::throw_invalid_argument("client::app: app_id is empty");
  return app_client(
      std::make_shared<const detail::scope>(detail::scope{session_, std::move(app_id)}));
}

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
