#pragma once
// The connections of one client to its API host. Thread-safe: state sits behind a mutex held
// only for bookkeeping, never across I/O. Waiters are served in arrival order. Idle
// connections are never reused after idle_timeout: a sweeper closes them while calls use the
// pool, the next acquire() when it is quiet (so no rtk timer keeps an io_context running). They
// are checked for a peer close before they are handed out again.

#include "../interrupt.hpp"
#include "connection.hpp"

#include <rtk/client_options.hpp>

#include <boost/asio/awaitable.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace rtk::detail::http {

class pool;

// A connection on loan from the pool. Give it back with release(); dropping it without
// release() discards the connection (the safe choice after an error or a cancellation).
class lease {
 public:
  lease() = default;
  lease(std::shared_ptr<pool> p, std::unique_ptr<connection> c, bool fresh);
  lease(lease&&) noexcept = default;
  lease& operator=(lease&&) noexcept;
  ~lease();

  connection& operator*() const noexcept { return *conn_; }
  connection* operator->() const noexcept { return conn_.get(); }
  explicit operator bool() const noexcept { return conn_ != nullptr; }
  // Not yet connected: the borrower must connect() it first.
  bool fresh() const noexcept { return fresh_; }
  void mark_connected() noexcept { fresh_ = false; }
  // Back to the pool: kept for reuse if conn->reusable(), closed otherwise.
  void release() noexcept;

 private:
  std::shared_ptr<pool> pool_;
  std::unique_ptr<connection> conn_;
  bool fresh_ = false;
};

class pool : public std::enable_shared_from_this<pool> {
 public:
  // `fixed_headers`: the header lines every request carries (connection::request).
  // `proxy`: null without one; it must outlive the pool. Every connection of a pool goes the
  // same way (the client's origin, through its proxy or not), so a pooled tunnel is reused
  // like any keep-alive connection.
  pool(boost::asio::any_io_executor ex, origin o, boost::asio::ssl::context* tls,
       const proxy_route* proxy, std::string fixed_headers, pool_options opts);
  ~pool();

  // A connection at once, when there is one: an idle connection, or a new one (fresh) while
  // fewer than max_connections are open. Empty otherwise, and once the pool is shut down.
  lease try_acquire();
  // A connection to use, waiting in order until one is free or `deadline` passes. The wait is
  // registered in `waits`, so the call's cancellation ends it. Errors: errc::pool_exhausted,
  // operation_aborted (cancelled while waiting, or the pool was shut down: closed()).
  boost::asio::awaitable<std::pair<error_code, lease>> acquire(
      std::chrono::steady_clock::time_point deadline, wait_registry& waits);

  void give_back(std::unique_ptr<connection> c, bool fresh) noexcept;
  void record_connect_error(error_code ec);
  error_code last_connect_error() const;

  // Closes idle connections and fails every waiter with operation_aborted. Connections on
  // loan are closed by their borrowers (the session aborts those calls).
  void shutdown();

  bool closed() const;
  std::size_t open_connections() const;
  std::size_t idle_connections() const;

 private:
  struct waiter;
  using clock = std::chrono::steady_clock;

  std::unique_ptr<connection> make_connection();
  // With the lock held: an idle connection, or a slot for a new one; `to_close` gets the
  // connections found expired or closed by the peer, to close once the lock is dropped.
  lease take(std::vector<std::unique_ptr<connection>>& to_close);
  // With the lock held: hand `c` (or a slot for a new connection when c is null) to the
  // first waiter, if there is one.
  bool hand_to_waiter(std::unique_ptr<connection>& c, std::unique_lock<std::mutex>& lock);
  void evict_expired(std::vector<std::unique_ptr<connection>>& out, clock::time_point now);
  // With the lock held: whether calls hold or wait for connections, and the sweeper to match.
  bool in_use() const noexcept;
  void update_sweeper();
  void sweep();

  boost::asio::any_io_executor ex_;
  origin origin_;
  boost::asio::ssl::context* tls_;
  const proxy_route* proxy_;
  std::string fixed_headers_;
  pool_options opts_;

  mutable std::mutex mutex_;
  std::vector<std::unique_ptr<connection>> idle_;  // most recently used last
  std::deque<std::shared_ptr<waiter>> waiters_;
  std::size_t open_ = 0;  // connections that exist: idle, on loan, or being connected
  bool closed_ = false;
  bool sweeper_armed_ = false;
  error_code last_connect_error_;

  boost::asio::strand<boost::asio::any_io_executor> sweep_strand_;
  boost::asio::steady_timer sweep_timer_;
};

}  // namespace rtk::detail::http
