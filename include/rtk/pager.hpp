#pragma once
// rtk::pager<T>: an async iterator over a paged list, page by page.
//
//   auto pages = api.meetings().list_pages(app_id, {.per_page = 100});
//   while (!pages.done()) {
//     rtk::page<rtk::meeting> p = co_await pages.async_next_page();
//     for (const auto& m : p.items) use(m);
//   }
//
// Each page is one call with its own retries, and the list's filters on every page. The end
// of the list is not an error: done() turns true with the last page. A failed page (an error,
// a cancellation) leaves the pager where it was, so async_next_page() fetches that page again.
// next_page_no() tells where it stands, to resume later with a new pager from that page.
//
// A server that does not advance stops the iteration with errc::pagination_error instead of
// looping: the same page twice, fewer items than its total_count promised, or more items
// than the caller's cap.
//
// A pager is not thread-safe: one page in flight at a time, from one coroutine or strand.

#include <rtk/call_options.hpp>
#include <rtk/detail/async.hpp>
#include <rtk/models/common.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rtk {

namespace detail {

// Where a walk through a list stands; the engine's rules (src/pager.cpp) move it page by page.
struct page_progress {
  std::optional<std::int64_t> per_page;
  std::optional<std::int64_t> max_items;
  std::int64_t next_page_no = 1;
  std::int64_t items_seen = 0;
  bool done = false;
  std::string last_page;  // the previous page's items as JSON, to notice a repeat
};

template <class T>
struct pager_state {
  // The request for page `page_no` of the list (a call of the list's own operation), made
  // when async_next_page is called: call_options borrow, and are read before it returns.
  std::function<request_ptr(std::int64_t page_no, const call_options&)> build;
  // Sends it; the page comes back through the list's result type.
  std::function<void(request_ptr, call_handler<page<T>>)> fetch;
  boost::asio::any_io_executor executor;  // the client's: completes calls made after done()
  page_progress progress;
};

// Defined in src/pager.hpp, instantiated with each list's item type: sends `request` (null
// once the pager is done: an empty page) and checks the page before `handler` sees it.
template <class T>
void next_page(std::shared_ptr<pager_state<T>> state, request_ptr request,
               call_handler<page<T>> handler);

template <class T>
struct page_starter {
  std::shared_ptr<pager_state<T>> state;
  request_ptr request;
  void operator()(call_handler<page<T>> h) {
    next_page<T>(std::move(state), std::move(request), std::move(h));
  }
};

// pager::async_next_page: the call forms of every operation, with no arguments of its own.
template <class T>
class next_page_operation : public call_forms<next_page_operation<T>, page<T>> {
 public:
  explicit next_page_operation(std::shared_ptr<pager_state<T>> state) : state_(std::move(state)) {}

  template <class Token>
  auto start(const call_options* opts, diagnostics* diag, Token&& token) const {
    request_ptr request;
    if (!state_->progress.done)
      request = state_->build(state_->progress.next_page_no, options_or_none(opts));
    return initiate_with<page<T>>(page_starter<T>{state_, std::move(request)}, diag,
                                  std::forward<Token>(token));
  }

 private:
  std::shared_ptr<pager_state<T>> state_;
};

}  // namespace detail

template <class T>
class pager {
 public:
  explicit pager(std::shared_ptr<detail::pager_state<T>> state)
      : async_next_page(state), state_(std::move(state)) {}

  // True once the last page was delivered (or the list was empty).
  bool done() const noexcept { return state_->progress.done; }
  // The page_no the next async_next_page() fetches.
  std::int64_t next_page_no() const noexcept { return state_->progress.next_page_no; }
  std::int64_t items_seen() const noexcept { return state_->progress.items_seen; }
  // Fail with errc::pagination_error once more than `cap` items have arrived.
  void set_max_items(std::int64_t cap) noexcept { state_->progress.max_items = cap; }

  // The next page, with the call forms of every operation: async_next_page(), or with
  // [const call_options&] [diagnostics&] [token]. After done(), an empty page.
  detail::next_page_operation<T> async_next_page;

  // Every remaining item, in order; throws rtk::error. With a cap, more items than `cap` is an
  // errc::pagination_error (nothing is returned past it).
  boost::asio::awaitable<std::vector<T>> async_collect() { return collect(); }
  boost::asio::awaitable<std::vector<T>> async_collect(std::int64_t cap) {
    set_max_items(cap);
    return collect();
  }

  // Calls `visit(const T&)` for every remaining item, in order; throws rtk::error.
  template <class Visit>
  boost::asio::awaitable<void> async_for_each(Visit visit) {
    while (!done()) {
      page<T> p = co_await async_next_page();
      for (const auto& item : p.items) visit(item);
    }
  }

 private:
  boost::asio::awaitable<std::vector<T>> collect() {
    std::vector<T> all;
    while (!done()) {
      page<T> p = co_await async_next_page();
      for (auto& item : p.items) all.push_back(std::move(item));
    }
    co_return all;
  }

  std::shared_ptr<detail::pager_state<T>> state_;
};

}  // namespace rtk
