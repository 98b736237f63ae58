#include "interrupt.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>

namespace rtk::detail {
namespace asio = boost::asio;

bool wait_registry::enter(interruptible& what) {
  std::lock_guard lock(mutex_);
  if (interrupted_) return false;
  current_ = &what;
  return true;
}

void wait_registry::leave() noexcept {
  std::lock_guard lock(mutex_);
  current_ = nullptr;
}

void wait_registry::interrupt() noexcept {
  std::lock_guard lock(mutex_);
  interrupted_ = true;
  if (current_ != nullptr) current_->interrupt();
}

asio::awaitable<bool> interruptible_timer::wait_until(clock::time_point deadline) {
  auto start = [this, deadline](auto handler) {
    std::lock_guard lock(mutex_);
    if (interrupted_) {
      asio::post(timer_.get_executor(),
                 [h = std::move(handler)]() mutable { std::move(h)(error_code{}); });
      return;
    }
    timer_.expires_at(deadline);
    timer_.async_wait(std::move(handler));
  };
  constexpr auto token = asio::as_tuple(asio::use_awaitable);
  co_await asio::async_initiate<decltype(token), void(error_code)>(start, token);
  std::lock_guard lock(mutex_);
  co_return interrupted_;
}

void interruptible_timer::interrupt() noexcept {
  std::lock_guard lock(mutex_);
  interrupted_ = true;
  timer_.cancel();
}

}  // namespace rtk::detail
