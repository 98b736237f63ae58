// The pager engine's rules: when a list has ended, and when its server does not advance.

#include "pager.hpp"

namespace rtk::detail {

error_code accept_page(page_progress& st, page_facts page, diagnostics& diag) {
  auto fail = [&diag](std::string why) {
    diag.client_message = std::move(why);
    return make_error_code(errc::pagination_error);
  };
  if (page.count > 0 && page.text == st.last_page)
    return fail("page " + std::to_string(st.next_page_no) + " repeats the page before it");
  const std::int64_t seen = st.items_seen + page.count;
  if (st.max_items && seen > *st.max_items)
    return fail("the list holds more than the cap of " + std::to_string(*st.max_items) + " items");
  bool last = false;
  if (page.total_count) {
    const auto total = *page.total_count;
    if (page.count == 0 && seen < total)
      return fail("page " + std::to_string(st.next_page_no) + " is empty after " +
                  std::to_string(seen) + " of the " + std::to_string(total) +
                  " items total_count promised");
    last = seen >= total;
  } else {
    // Lists without paging data end on an empty or short page.
    last = page.count == 0 || (st.per_page && page.count < *st.per_page);
  }
  st.items_seen = seen;
  st.last_page = std::move(page.text);
  st.done = last;
  ++st.next_page_no;
  return {};
}

}  // namespace rtk::detail
