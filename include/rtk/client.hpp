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
#include <rtk/detail/operation.hpp>

#include <boost/asio/any_io_executor.hpp>

#include <memory>
#include <string>

namespace rtk {

// The resource groups, each defined by its own header: <rtk/meetings.hpp> for meetings() and
// the Meetings group's types, and so on (<rtk/apps.hpp>, <rtk/presets.hpp>, <rtk/sessions.hpp>,
// <rtk/recordings.hpp>, <rtk/webhooks_api.hpp>, <rtk/active_session.hpp>, <rtk/livestreams.hpp>,
// <rtk/analytics.hpp>), or <rtk/rtk.hpp> for all of them. A group's accessor below is usable
// where its header is included.
struct apps_resource;
template <class Scope>
struct basic_meetings_resource;
template <class Scope>
struct basic_presets_resource;
template <class Scope>
struct basic_sessions_resource;
template <class Scope>
struct basic_recordings_resource;
template <class Scope>
struct basic_webhooks_resource;
template <class Scope>
struct basic_active_session_resource;
template <class Scope>
struct basic_livestreams_resource;
template <class Scope>
struct basic_analytics_resource;
using meetings_resource = basic_meetings_resource<any_app>;
using app_meetings_resource = basic_meetings_resource<one_app>;
using presets_resource = basic_presets_resource<any_app>;
using app_presets_resource = basic_presets_resource<one_app>;
using sessions_resource = basic_sessions_resource<any_app>;
using app_sessions_resource = basic_sessions_resource<one_app>;
using recordings_resource = basic_recordings_resource<any_app>;
using app_recordings_resource = basic_recordings_resource<one_app>;
using webhooks_resource = basic_webhooks_resource<any_app>;
using app_webhooks_resource = basic_webhooks_resource<one_app>;
using active_session_resource = basic_active_session_resource<any_app>;
using app_active_session_resource = basic_active_session_resource<one_app>;
using livestreams_resource = basic_livestreams_resource<any_app>;
using app_livestreams_resource = basic_livestreams_resource<one_app>;
using analytics_resource = basic_analytics_resource<any_app>;
using app_analytics_resource = basic_analytics_resource<one_app>;

// The groups of one app's operations: client::app(app_id). The same members as the client's
// groups, each taking the same arguments less the leading app_id.
class app_client {
 public:
  explicit app_client(detail::scope_ptr s) : scope_(std::move(s)) {}

  const std::string& app_id() const noexcept { return scope_->app_id; }

  app_meetings_resource meetings() const;
  app_presets_resource presets() const;
  app_sessions_resource sessions() const;
  app_recordings_resource recordings() const;
  app_webhooks_resource webhooks() const;
  app_active_session_resource active_session() const;
  app_livestreams_resource livestreams() const;
  app_analytics_resource analytics() const;

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
  apps_resource apps() const;
  meetings_resource meetings() const;
  presets_resource presets() const;
  sessions_resource sessions() const;
  recordings_resource recordings() const;
  webhooks_resource webhooks() const;
  active_session_resource active_session() const;
  livestreams_resource livestreams() const;
  analytics_resource analytics() const;

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
