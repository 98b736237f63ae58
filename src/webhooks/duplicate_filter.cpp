// The bounded memory of delivery ids: a set for lookups and a queue that forgets the oldest.

#include <rtk/webhooks.hpp>

#include <deque>
#include <mutex>
#include <unordered_set>

namespace rtk::webhooks {

struct duplicate_filter::impl {
  std::size_t capacity = 1;
  mutable std::mutex mutex;
  std::unordered_set<std::string> seen;
  std::deque<std::string> order;  // oldest first
};

duplicate_filter::duplicate_filter(std::size_t capacity) : impl_(std::make_unique<impl>()) {
  impl_->capacity = capacity == 0 ? 1 : capacity;
}

duplicate_filter::~duplicate_filter() = default;

bool duplicate_filter::first_delivery(std::string_view uuid) {
  if (uuid.empty()) return true;
  std::string id(uuid);
  std::lock_guard lock(impl_->mutex);
  if (!impl_->seen.insert(id).second) return false;
  impl_->order.push_back(std::move(id));
  if (impl_->order.size() > impl_->capacity) {
    impl_->seen.erase(impl_->order.front());
    impl_->order.pop_front();
  }
  return true;
}

std::size_t duplicate_filter::size() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->order.size();
}

}  // namespace rtk::webhooks
