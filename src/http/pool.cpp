#include "pool.hpp"

#include <boost/asio/bind_executor.hpp>
#include <boost/asio/post.hpp>

#include <algorithm>

namespace rtk::detail::http {
namespace asio = boost::asio;

// ---- lease ------------------------------------------------------------------------------

lease::lease(std::shared_ptr<pool> p, std::unique_ptr<connection> c, bool fresh)
    : pool_(std::move(p)), conn_(std::move(c)), fresh_(fresh) {}

lease& lease::operator=(lease&& other) noexcept {
  if (this != &other) {
    if (conn_) pool_->give_back(std::move(conn_), fresh_);
    pool_ = std::move(other.pool_);
    conn_ = std::move(other.conn_);
    fresh_ = other.fresh_;
  }
  return *this;
}

lease::~lease() {
  if (conn_) {
    conn_->abort();
    pool_->give_back(std::move(conn_), fresh_);
  }
}

void lease::release() noexcept {
  if (conn_) pool_->give_back(std::move(conn_), fresh_);
}

// ---- pool -------------------------------------------------------------------------------

struct pool::waiter {
  explicit waiter(const asio::any_io_executor& ex) : timer(ex) {}
  interruptible_timer timer;  // interrupted when served, cancelled or shut down
  bool served = false;        // guarded by the pool's mutex: conn (or a slot for one) handed over
  bool fresh = false;
  std::unique_ptr<connection> conn;
};

pool::pool(asio::any_io_executor ex, origin o, asio::ssl::context* tls, const proxy_route* proxy,
           std::string fixed_headers, pool_options opts)
    : ex_(ex),
      origin_(std::move(o)),
      tls_(tls),
      proxy_(proxy),
      fixed_headers_(std::move(fixed_headers)),
      opts_(opts),
      sweep_strand_(asio::make_strand(ex)),
      sweep_timer_(sweep_strand_) {
  if (opts_.max_connections == 0) opts_.max_connections = 1;
}

pool::~pool() = default;

std::unique_ptr<connection> pool::make_connection() {
  return std::make_unique<connection>(ex_, origin_, tls_, proxy_, fixed_headers_);
}

lease pool::take(std::vector<std::unique_ptr<connection>>& to_close) {
  if (closed_) return lease{};
  // Connections that idled past idle_timeout while the pool was quiet (no sweeper ran) are
  // closed here, never reused.
  evict_expired(to_close, clock::now());
  while (!idle_.empty()) {
    auto c = std::move(idle_.back());
    idle_.pop_back();
    if (!c->peer_closed_while_idle()) {
      update_sweeper();
      return lease(shared_from_this(), std::move(c), false);
    }
    --open_;
    to_close.push_back(std::move(c));
  }
  if (open_ < opts_.max_connections) {
    ++open_;
    update_sweeper();
    return lease(shared_from_this(), make_connection(), true);
  }
  return lease{};
}

lease pool::try_acquire() {
  std::vector<std::unique_ptr<connection>> to_close;  // closed after the lock is dropped
  std::lock_guard lock(mutex_);
  return take(to_close);
}

asio::awaitable<std::pair<error_code, lease>> pool::acquire(clock::time_point deadline,
                                                            wait_registry& waits) {
  std::vector<std::unique_ptr<connection>> to_close;  // closed after the lock is dropped
  std::shared_ptr<waiter> w;
  {
    std::unique_lock lock(mutex_);
    if (closed_) co_return std::pair{error_code(asio::error::operation_aborted), lease{}};
    if (lease l = take(to_close)) co_return std::pair{error_code{}, std::move(l)};
    w = std::make_shared<waiter>(ex_);
    waiters_.push_back(w);
  }
  to_close.clear();

  {
    waiting_on scope(waits, w->timer);
    if (scope.entered()) co_await w->timer.wait_until(deadline);
  }

  std::unique_lock lock(mutex_);
  if (w->served) {
    lease l(shared_from_this(), std::move(w->conn), w->fresh);
    lock.unlock();
    // Cancelled at the moment a connection arrived: the lease goes straight back.
    if (waits.interrupted()) {
      l.release();
      co_return std::pair{error_code(asio::error::operation_aborted), lease{}};
    }
    co_return std::pair{error_code{}, std::move(l)};
  }
  // Still queued unless shutdown() took the queue away.
  if (auto it = std::find(waiters_.begin(), waiters_.end(), w); it != waiters_.end())
    waiters_.erase(it);
  if (closed_ || waits.interrupted())
    co_return std::pair{error_code(asio::error::operation_aborted), lease{}};
  co_return std::pair{make_error_code(errc::pool_exhausted), lease{}};
}

bool pool::hand_to_waiter(std::unique_ptr<connection>& c, std::unique_lock<std::mutex>&) {
  if (waiters_.empty()) return false;
  auto w = std::move(waiters_.front());
  waiters_.pop_front();
  w->served = true;
  w->fresh = (c == nullptr);
  w->conn = c ? std::move(c) : make_connection();
  w->timer.interrupt();  // the waiter reads `served` under the mutex
  return true;
}

void pool::give_back(std::unique_ptr<connection> c, bool fresh) noexcept {
  std::unique_lock lock(mutex_);
  if (!fresh && !closed_ && c->reusable()) {
    if (hand_to_waiter(c, lock)) return;
    c->last_used = clock::now();
    idle_.push_back(std::move(c));
    update_sweeper();
    return;
  }
  // Discarded: its place goes to the first waiter, who will open a new connection.
  --open_;
  if (!closed_ && open_ < opts_.max_connections) {
    std::unique_ptr<connection> none;
    if (hand_to_waiter(none, lock)) ++open_;
  }
  update_sweeper();
  lock.unlock();
  c.reset();
}

void pool::record_connect_error(error_code ec) {
  std::lock_guard lock(mutex_);
  last_connect_error_ = ec;
}

error_code pool::last_connect_error() const {
  std::lock_guard lock(mutex_);
  return last_connect_error_;
}

void pool::evict_expired(std::vector<std::unique_ptr<connection>>& out, clock::time_point now) {
  // In place, keeping the order (most recently used last); std::stable_partition would ask for a
  // buffer on every acquire.
  auto kept = idle_.begin();
  for (auto& c : idle_) {
    if (now - c->last_used >= opts_.idle_timeout) {
      out.push_back(std::move(c));
    } else {
      *kept++ = std::move(c);
    }
  }
  open_ -= static_cast<std::size_t>(idle_.end() - kept);
  idle_.erase(kept, idle_.end());
}

bool pool::in_use() const noexcept {
  return open_ > idle_.size() || !waiters_.empty();
}

// The sweeper is a timer, and a pending timer keeps an io_context's run() from returning. So it
// runs only while calls use the pool (they keep run() busy anyway): a program whose last call
// has completed is not held up by rtk. A connection that idles past idle_timeout while the
// pool is quiet is closed by the next acquire() (never reused) or by shutdown().
void pool::update_sweeper() {
  const bool wanted = !closed_ && !idle_.empty() && in_use();
  if (wanted == sweeper_armed_) return;
  sweeper_armed_ = wanted;
  if (wanted) {
    asio::post(sweep_strand_, [weak = weak_from_this()] {
      if (auto self = weak.lock()) self->sweep();
    });
  } else {
    asio::post(sweep_strand_, [weak = weak_from_this()] {
      if (auto self = weak.lock()) self->sweep_timer_.cancel();
    });
  }
}

// Runs on sweep_strand_: closes what has idled too long, then sleeps until the next
// connection would expire.
void pool::sweep() {
  std::vector<std::unique_ptr<connection>> to_close;
  std::unique_lock lock(mutex_);
  auto now = clock::now();
  evict_expired(to_close, now);
  if (!sweeper_armed_) return;  // the pool went quiet: the timer was (or will be) cancelled
  if (idle_.empty() || closed_ || !in_use()) {
    sweeper_armed_ = false;
    return;
  }
  auto oldest = std::min_element(idle_.begin(), idle_.end(), [](const auto& a, const auto& b) {
    return a->last_used < b->last_used;
  });
  auto next = (*oldest)->last_used + opts_.idle_timeout;
  lock.unlock();
  to_close.clear();
  sweep_timer_.expires_at(next);
  sweep_timer_.async_wait(
      asio::bind_executor(sweep_strand_, [weak = weak_from_this()](error_code ec) {
        if (ec) return;
        if (auto self = weak.lock()) self->sweep();
      }));
}

void pool::shutdown() {
  std::vector<std::unique_ptr<connection>> to_close;
  std::deque<std::shared_ptr<waiter>> waiters;
  {
    std::lock_guard lock(mutex_);
    if (closed_) return;
    closed_ = true;
    open_ -= idle_.size();
    to_close = std::move(idle_);
    idle_.clear();
    waiters = std::move(waiters_);
    waiters_.clear();
  }
  for (auto& w : waiters) w->timer.interrupt();
  asio::post(sweep_strand_, [self = shared_from_this()] { self->sweep_timer_.cancel(); });
}

bool pool::closed() const {
  std::lock_guard lock(mutex_);
  return closed_;
}

std::size_t pool::open_connections() const {
  std::lock_guard lock(mutex_);
  return open_;
}

std::size_t pool::idle_connections() const {
  std::lock_guard lock(mutex_);
  return idle_.size();
}

}  // namespace rtk::detail::http
