#include "invalid_argument.hpp"
#include "session.hpp"

#include <rtk/rtk.hpp>

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

// The groups' accessors, defined here so that <rtk/client.hpp> needs no group's definition.
apps_resource client::apps() const {
  return resource<apps_resource>();
}
meetings_resource client::meetings() const {
  return resource<meetings_resource>();
}
presets_resource client::presets() const {
  return resource<presets_resource>();
}
sessions_resource client::sessions() const {
  return resource<sessions_resource>();
}
recordings_resource client::recordings() const {
  return resource<recordings_resource>();
}
webhooks_resource client::webhooks() const {
  return resource<webhooks_resource>();
}
active_session_resource client::active_session() const {
  return resource<active_session_resource>();
}
livestreams_resource client::livestreams() const {
  return resource<livestreams_resource>();
}
analytics_resource client::analytics() const {
  return resource<analytics_resource>();
}
app_meetings_resource app_client::meetings() const {
  return resource<app_meetings_resource>();
}
app_presets_resource app_client::presets() const {
  return resource<app_presets_resource>();
}
app_sessions_resource app_client::sessions() const {
  return resource<app_sessions_resource>();
}
app_recordings_resource app_client::recordings() const {
  return resource<app_recordings_resource>();
}
app_webhooks_resource app_client::webhooks() const {
  return resource<app_webhooks_resource>();
}
app_active_session_resource app_client::active_session() const {
  return resource<app_active_session_resource>();
}
app_livestreams_resource app_client::livestreams() const {
  return resource<app_livestreams_resource>();
}
app_analytics_resource app_client::analytics() const {
  return resource<app_analytics_resource>();
}

}  // namespace rtk
