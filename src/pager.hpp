#pragma once
// The pager's engine: fetching a page through the list's own operation, then checking it
// advances before the pager moves on. Included by the resource files that offer pagers.

#include "call.hpp"

#include <rtk/detail/operation.hpp>
#include <rtk/pager.hpp>

namespace rtk::detail {

// What the engine's rules look at in a page, whatever its item type.
struct page_facts {
  std::int64_t count = 0;
  std::string text;                         // the items as JSON: the same text, the same page
  std::optional<std::int64_t> total_count;  // from `paging`, when the list has paging data
};

// The one set of end and guard rules, for rtk::pager and for operations by name: checks a page
// against the progress so far and, if it is sound, moves past it (done() with the last page).
// A page that repeats the one before, an empty page before total_count, or more items than
// max_items is errc::pagination_error, with the reason in diag.
error_code accept_page(page_progress& progress, page_facts page, diagnostics& diag);

template <class T>
error_code accept_page(pager_state<T>& st, const page<T>& p, diagnostics& diag) {
  codec::encoder enc(true);
  codec::json::value items;
  enc.encode(p.items, items, "");
  page_facts facts{static_cast<std::int64_t>(p.items.size()), codec::json::serialize(items),
                   std::nullopt};
  if (p.paging) facts.total_count = p.paging->total_count;
  return accept_page(st.progress, std::move(facts), diag);
}

// The page's handler, run before the caller's: checks and records the page. Transparent to
// Asio, like every adapter on the way: the caller's executor, allocator and cancellation slot.
template <class T>
struct page_check {
  std::shared_ptr<pager_state<T>> state;
  call_handler<page<T>> handler;
  void operator()(error_code ec, std::shared_ptr<void> keep, diagnostics* diag, page<T>* p) {
    if (!ec) ec = accept_page(*state, *p, *diag);
    if (ec) {
      *p = page<T>{};
      diag->response_body.clear();  // kept for successes only
    }
    std::move(handler)(ec, std::move(keep), diag, p);
  }
};

// A list result turned into a page of its items, for lists whose `data` is an object.
template <class R, class T, class Convert>
struct page_convert {
  call_handler<page<T>> handler;
  Convert convert;
  void operator()(error_code ec, std::shared_ptr<void> keep, diagnostics* diag, R* result) {
    // The page outlives this call, until the caller's handler has it: it keeps the call too.
    struct converted {
      std::shared_ptr<void> call;
      page<T> items;
    };
    auto p = std::make_shared<converted>(
        converted{std::move(keep), ec ? page<T>{} : convert(std::move(*result))});
    auto* items = &p->items;
    std::move(handler)(ec, std::move(p), diag, items);
  }
};

template <class T>
void next_page(std::shared_ptr<pager_state<T>> st, request_ptr request,
               call_handler<page<T>> handler) {
  if (!request) {
    // Nothing left: an empty page, delivered like any completion (never inline).
    complete_without_call<page<T>>(std::move(handler), error_code{}, page<T>{}, st->executor);
    return;
  }
  auto fetch = st->fetch;
  fetch(std::move(request),
        call_handler<page<T>>(page_check<T>{std::move(st), std::move(handler)}));
}

// Declared in <rtk/detail/operation.hpp>: the pager form of a list whose result is R.
template <class R>
pager<page_item_t<R>> make_pager(
    std::shared_ptr<session> s, std::optional<std::int64_t> first_page,
    std::optional<std::int64_t> per_page,
    std::function<request_ptr(std::int64_t page_no, const call_options&)> build) {
  using T = page_item_t<R>;
  auto st = std::make_shared<pager_state<T>>();
  st->executor = s->executor();
  st->progress.per_page = per_page;
  st->progress.next_page_no = first_page.value_or(1);
  st->build = std::move(build);
  st->fetch = [s = std::move(s)](request_ptr request, call_handler<page<T>> h) {
    if constexpr (std::is_same_v<R, page<T>>) {
      start_call<R>(s, std::move(request), std::move(h));
    } else {
      auto convert = [](R r) { return page_item<R>::convert(std::move(r)); };
      start_call<R>(s, std::move(request),
                    call_handler<R>(page_convert<R, T, decltype(convert)>{std::move(h), convert}));
    }
  };
  return pager<T>(std::move(st));
}

}  // namespace rtk::detail

template <template <class, class> class Associator, class T, class Default>
struct boost::asio::associator<Associator, rtk::detail::page_check<T>, Default>
    : Associator<rtk::detail::call_handler<rtk::page<T>>, Default> {
  using inner = Associator<rtk::detail::call_handler<rtk::page<T>>, Default>;
  static typename inner::type get(const rtk::detail::page_check<T>& h) noexcept {
    return inner::get(h.handler);
  }
  static auto get(const rtk::detail::page_check<T>& h, const Default& d) noexcept
      -> decltype(inner::get(h.handler, d)) {
    return inner::get(h.handler, d);
  }
};

template <template <class, class> class Associator, class R, class T, class Convert, class Default>
struct boost::asio::associator<Associator, rtk::detail::page_convert<R, T, Convert>, Default>
    : Associator<rtk::detail::call_handler<rtk::page<T>>, Default> {
  using inner = Associator<rtk::detail::call_handler<rtk::page<T>>, Default>;
  static typename inner::type get(const rtk::detail::page_convert<R, T, Convert>& h) noexcept {
    return inner::get(h.handler);
  }
  static auto get(const rtk::detail::page_convert<R, T, Convert>& h, const Default& d) noexcept
      -> decltype(inner::get(h.handler, d)) {
    return inner::get(h.handler, d);
  }
};

// Compiles the pager form of a list whose result is R (and the engine for its items); once
// per list result type, in the file of the group owning it.
#define RTK_INSTANTIATE_PAGER(...)                                                                 \
  template rtk::pager<rtk::detail::page_item_t<__VA_ARGS__>> rtk::detail::make_pager<__VA_ARGS__>( \
      std::shared_ptr<rtk::detail::session>, std::optional<std::int64_t>,                          \
      std::optional<std::int64_t>,                                                                 \
      std::function<rtk::detail::request_ptr(std::int64_t, const rtk::call_options&)>);            \
  template void rtk::detail::next_page<rtk::detail::page_item_t<__VA_ARGS__>>(                     \
      std::shared_ptr<rtk::detail::pager_state<rtk::detail::page_item_t<__VA_ARGS__>>>,            \
      rtk::detail::request_ptr,                                                                    \
      rtk::detail::call_handler<rtk::page<rtk::detail::page_item_t<__VA_ARGS__>>>);
