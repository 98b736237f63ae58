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

namespace rtk {

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
  // sharing this client's session; make one per use or keep it.
  apps_resource apps() const { return apps_resource(session_); }
  meetings_resource meetings() const { return meetings_resource(session_); }
  presets_resource presets() const { return presets_resource(session_); }
  sessions_resource sessions() const { return sessions_resource(session_); }
  recordings_resource recordings() const { return recordings_resource(session_); }
  webhooks_resource webhooks() const { return webhooks_resource(session_); }
  active_session_resource active_session() const { return active_session_resource(session_); }
  livestreams_resource livestreams() const { return livestreams_resource(session_); }
  analytics_resource analytics() const { return analytics_resource(session_); }

  const client_options& options() const noexcept;

 private:
  std::shared_ptr<detail::session> session_;
};

}  // namespace rtk
