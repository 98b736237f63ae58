#pragma once
// Ending a call's wait from another thread. A call waits on one thing at a time: a connection
// from the pool, a connect or an exchange, the pause between attempts. Cancellation and
// shutdown may come from any thread, and a call runs on no strand of its own (a strand per call
// cost a tenth of a fetch's instructions and half its allocations: benchmarks/README.md), so
// they end that wait through its interrupt(), which is safe from any thread.

#include <rtk/error.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/steady_timer.hpp>

#include <atomic>
#include <chrono>
#include <mutex>

namespace rtk::detail {

// Something a call waits on that can be ended early from any thread.
class interruptible {
 public:
  virtual void interrupt() noexcept = 0;

 protected:
  ~interruptible() = default;
};

// What one call is waiting on. Thread-safe.
class wait_registry {
 public:
  // Registers what the call is about to wait on; false, and nothing registered, when the call
  // was interrupted already (then it must not wait).
  bool enter(interruptible& what);
  void leave() noexcept;
  // Ends the wait under way, and makes every later enter() fail.
  void interrupt() noexcept;
  bool interrupted() const noexcept { return interrupted_.load(); }

 private:
  std::mutex mutex_;
  interruptible* current_ = nullptr;  // guarded by mutex_
  std::atomic<bool> interrupted_{false};
};

// enter() for the scope's lifetime.
class waiting_on {
 public:
  waiting_on(wait_registry& waits, interruptible& what) : waits_(waits) {
    entered_ = waits_.enter(what);
  }
  ~waiting_on() {
    if (entered_) waits_.leave();
  }
  waiting_on(const waiting_on&) = delete;
  waiting_on& operator=(const waiting_on&) = delete;
  // False when the call was interrupted before it could wait.
  bool entered() const noexcept { return entered_; }

 private:
  wait_registry& waits_;
  bool entered_ = false;
};

// A timer wait that interrupt() ends early, from any thread: the wait is started and cancelled
// under one mutex, which Asio's timer alone does not allow across threads. The interruption is
// sticky: a wait that starts after it ends at once.
class interruptible_timer final : public interruptible {
 public:
  using clock = std::chrono::steady_clock;
  explicit interruptible_timer(const boost::asio::any_io_executor& ex) : timer_(ex) {}

  // Waits until `deadline`; true when it was interrupted instead.
  boost::asio::awaitable<bool> wait_until(clock::time_point deadline);
  void interrupt() noexcept override;

 private:
  std::mutex mutex_;
  boost::asio::steady_timer timer_;  // started and cancelled with mutex_ held
  bool interrupted_ = false;         // guarded by mutex_
};

}  // namespace rtk::detail
