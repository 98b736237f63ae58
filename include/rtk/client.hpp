#pragma once
// rtk::client: the entry point. One client per API host and credentials, shared by every
// call; it owns the connection pool.
//
// Thread safety: a client may be used concurrently from any number of threads, including
// threads running the same io_context. Calls never wait on each other except for a pool
// connection when max_connections are all busy.
//
// Destroying the client (or calling shutdown()) with calls in flight is safe: those calls
// complete with boost::asio::error::operation_aborted, through their own executors, so the
// io_context must keep running for them to be delivered.

#include <rtk/client_options.hpp>
#include <rtk/resources/active_session.hpp>
#include <rtk/resources/analytics.hpp>
#include <rtk/resources/apps.hpp>
#include <rtk/resources/livestreams.hpp>
#include <rtk/resources/meetings.hpp>
#include <rtk/resources/presets.hpp>
#include <rtk/resources/recordings.hpp>
#include <rtk/resources/sessions.hpp>
#include <rtk/resources/webhooks.hpp>

#include <boost/asio/any_io_executor.hpp>

#include <memory>
#include <string>

namespace rtk {

// The groups of one app's operations: client::app(app_id). The same members as the client's
// groups, each taking the same arguments less the leading app_id.
class app_client {
 public:
  explicit app_client(detail::scope_ptr s) : scope_(std::move(s)) {}

  const std::string& app_id() const noexcept { return scope_->app_id; }

  app_meetings_resource meetings() const { return resource<app_meetings_resource>(); }
  app_presets_resource presets() const { return resource<app_presets_resource>(); }
  app_sessions_resource sessions() const { return resource<app_sessions_resource>(); }
  app_recordings_resource recordings() const { return resource<app_recordings_resource>(); }
  app_webhooks_resource webhooks() const { return resource<app_webhooks_resource>(); }
  app_active_session_resource active_session() const {
    return resource<app_active_session_resource>();
  }
  app_livestreams_resource livestreams() const { return resource<app_livestreams_resource>(); }
  app_analytics_resource analytics() const { return resource<app_analytics_resource>(); }

  template <class Resource>
  Resource resource() const {
    return detail::bind_resource<Resource>(scope_);
  }

 private:
  detail::scope_ptr scope_;
};

class client {
 public:
  // Throws rtk::error (errc::invalid_argument) for unusable options: no credentials, both
  // kinds of credentials, a base URL that is not http(s), an unreadable CA file...
  client(boost::asio::any_io_executor ex, client_options options);
  ~client();
  client(const client&) = delete;
  client& operator=(const client&) = delete;

  // Aborts every call in flight and closes every connection. Idempotent.
  void shutdown();

  // The resource groups, as the API reference groups its endpoints. Each is a cheap handle
  // sharing this client's session (it stays usable after the client is gone: its calls then
  // fail with operation_aborted); make one per use or keep it.
  apps_resource apps() const { return resource<apps_resource>(); }
  meetings_resource meetings() const { return resource<meetings_resource>(); }
  presets_resource presets() const { return resource<presets_resource>(); }
  sessions_resource sessions() const { return resource<sessions_resource>(); }
  recordings_resource recordings() const { return resource<recordings_resource>(); }
  webhooks_resource webhooks() const { return resource<webhooks_resource>(); }
  active_session_resource active_session() const { return resource<active_session_resource>(); }
  livestreams_resource livestreams() const { return resource<livestreams_resource>(); }
  analytics_resource analytics() const { return resource<analytics_resource>(); }

  // One app's groups, for servers that use one app: `api.app(id).meetings().async_create({})`.
  // An empty app_id is refused (errc::invalid_argument).
  app_client app(std::string app_id) const;

  // Any resource type of this client (what the accessors above return).
  template <class Resource>
  Resource resource() const {
    return detail::bind_resource<Resource>(any_app_);
  }

  const client_options& options() const noexcept;

 private:
  std::shared_ptr<detail::session> session_;
  detail::scope_ptr any_app_;  // the session, for the operations that take app_id
};

}  // namespace rtk
