// Pagers over a scripted list server: every item once and in order, both kinds of end (paging
// data, or a short page), and a server that does not advance stopped instead of looped.

#include "fixture.hpp"

#include <rtk/pager.hpp>

#include <boost/asio/bind_cancellation_slot.hpp>
#include <boost/asio/cancellation_signal.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include <atomic>

using namespace rtk_test;
using rtk::errc;

namespace {

// A numeric query parameter of a request target, or `dflt` when absent.
std::int64_t query_int(const std::string& target, const std::string& name, std::int64_t dflt) {
  for (char sep : {'?', '&'}) {
    auto at = target.find(sep + name + "=");
    if (at != std::string::npos) return std::stoll(target.substr(at + name.size() + 2));
  }
  return dflt;
}

std::string item_id(std::int64_t i) {
  return "m-" + std::to_string(i);
}

// A list of `total` meetings, served as the API pages them.
scripted_reply meetings_page(const received_request& r, std::int64_t total,
                             std::int64_t reported_total) {
  const auto page_no = query_int(r.target, "page_no", 1);
  const auto per_page = query_int(r.target, "per_page", 20);
  std::string items;
  const auto first = (page_no - 1) * per_page;
  for (auto i = first; i < std::min(first + per_page, total); ++i) {
    if (!items.empty()) items += ',';
    items += R"({"id":")" + item_id(i) + R"(","title":"t"})";
  }
  return {.body = R"({"success":true,"data":[)" + items + R"(],"paging":{"start_offset":)" +
                  std::to_string(first + 1) + R"(,"end_offset":)" +
                  std::to_string(std::min(first + per_page, total)) + R"(,"total_count":)" +
                  std::to_string(reported_total) + "}}"};
}

// The same, with a `paging` that leaves total_count out.
scripted_reply meetings_page_without_total(const received_request& r, std::int64_t total) {
  scripted_reply reply = meetings_page(r, total, total);
  const auto at = reply.body.find(R"(,"total_count":)");
  reply.body = reply.body.substr(0, at) + "}}";
  return reply;
}

// Sessions and their participants have no paging data: pages end short, or empty.
scripted_reply unpaged_page(const received_request& r, std::int64_t total,
                            const std::string& member) {
  const auto page_no = query_int(r.target, "page_no", 1);
  const auto per_page = query_int(r.target, "per_page", 20);
  std::string items;
  const auto first = (page_no - 1) * per_page;
  for (auto i = first; i < std::min(first + per_page, total); ++i) {
    if (!items.empty()) items += ',';
    items += R"({"id":"s-)" + std::to_string(i) + R"("})";
  }
  return {.body = R"({"success":true,"data":{")" + member + R"(":[)" + items + "]}}"};
}

scripted_reply sessions_page(const received_request& r, std::int64_t total) {
  return unpaged_page(r, total, "sessions");
}

std::string id_of(const std::string& id) {
  return id;
}
std::string id_of(const std::optional<std::string>& id) {
  return id.value_or("");
}

struct collected {
  rtk::error_code ec;
  std::vector<std::string> ids;
  std::int64_t next_page_no = 0;
  bool done = false;
};

// Pages through with the as_tuple token, stopping at the first error.
template <class T>
asio::awaitable<collected> drain(rtk::pager<T> pager) {
  collected out;
  while (!pager.done()) {
    auto [ec, page] = co_await pager.async_next_page(asio::as_tuple(asio::use_awaitable));
    if (ec) {
      out.ec = ec;
      break;
    }
    for (const auto& item : page.items) out.ids.push_back(id_of(item.id));
  }
  out.next_page_no = pager.next_page_no();
  out.done = pager.done();
  co_return out;
}

rtk::list_meetings_query meetings_query(std::int64_t per_page) {
  rtk::list_meetings_query q;
  q.per_page = per_page;
  q.search = "stand up";
  return q;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(pagers)

BOOST_AUTO_TEST_CASE(a_thousand_meetings_arrive_once_each_in_order_for_any_page_size) {
  loopback_server server;
  server.set_handler([](const received_request& r) { return meetings_page(r, 1000, 1000); });
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  for (std::int64_t per_page : {7, 50, 100}) {
    const auto before = server.request_count();
    auto f = start(io.executor(), drain(c.meetings().list_pages(app, meetings_query(per_page))));
    auto out = get(f);
    BOOST_TEST_CONTEXT("per_page " << per_page) {
      BOOST_TEST(!out.ec);
      BOOST_TEST_REQUIRE(out.ids.size() == 1000u);
      for (std::size_t i = 0; i < out.ids.size(); ++i)
        BOOST_TEST_REQUIRE(out.ids[i] == item_id(static_cast<std::int64_t>(i)));
      const auto pages = static_cast<std::size_t>((1000 + per_page - 1) / per_page);
      BOOST_TEST(server.request_count() - before == pages);  // no extra request at the end
      // The caller's filters and page size on every page.
      auto requests = server.requests();
      for (auto i = before; i < requests.size(); ++i) {
        BOOST_TEST(requests[i].target.find("search=stand%20up") != std::string::npos);
        BOOST_TEST(requests[i].target.find("per_page=" + std::to_string(per_page)) !=
                   std::string::npos);
        BOOST_TEST(requests[i].target.find("page_no=" + std::to_string(i - before + 1)) !=
                   std::string::npos);
      }
    }
  }
}

// A query borrows, but a pager sends it again for every page: the pager keeps its own copy.
// async_next_page has the call forms of every operation: inline options, diagnostics.
BOOST_AUTO_TEST_CASE(a_pager_keeps_its_query_and_takes_the_call_forms) {
  loopback_server server;
  server.set_handler([](const received_request& r) { return meetings_page(r, 4, 4); });
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  auto f = start(io.executor(), [&]() -> asio::awaitable<int> {
    auto search = std::make_unique<std::string>(40, 's');  // on the heap, then gone
    auto pager = c.meetings().list_pages(app, {.per_page = 2, .search = *search});
    search.reset();
    rtk::diagnostics diag;
    co_await pager.async_next_page({.attempt_timeout = 5s}, diag);
    const std::vector<std::pair<std::string, std::string>> more{{"beta", "1"}};
    co_await pager.async_next_page({.extra_query = more});
    co_return diag.http_status;
  });
  BOOST_TEST(get(f) == 200);
  const auto got = server.requests();
  BOOST_REQUIRE(got.size() == 2u);
  const std::string search = "search=" + std::string(40, 's');
  BOOST_TEST(got[0].target.find(search) != std::string::npos, got[0].target);
  BOOST_TEST(got[1].target.find(search) != std::string::npos, got[1].target);
  BOOST_TEST(got[1].target.find("page_no=2") != std::string::npos, got[1].target);
  BOOST_TEST(got[1].target.ends_with("&beta=1"), got[1].target);
}

BOOST_AUTO_TEST_CASE(lists_without_paging_data_end_on_a_short_or_an_empty_page) {
  for (std::int64_t total : {25, 20, 0}) {
    loopback_server server;
    server.set_handler([total](const received_request& r) { return sessions_page(r, total); });
    io_runner io;
    rtk::client c(io.executor(), options_for(server));
    rtk::list_sessions_query q;
    q.per_page = 10;
    auto f = start(io.executor(), drain(c.sessions().list_pages(app, q)));
    auto out = get(f);
    BOOST_TEST_CONTEXT(total << " sessions") {
      BOOST_TEST(!out.ec);
      BOOST_TEST(out.ids.size() == static_cast<std::size_t>(total));
      BOOST_TEST(out.done);
      // 25: 10, 10, 5 (short). 20: 10, 10, 0 (empty). 0: one empty page.
      BOOST_TEST(server.request_count() == (total == 25 ? 3u : total == 20 ? 3u : 1u));
    }
  }
}

// A total_count left out is not a total of 0 (which would end the list after one page): the
// list ends on a short page, and the page says it had no total.
BOOST_AUTO_TEST_CASE(a_paging_without_total_count_ends_on_a_short_page) {
  loopback_server server;
  server.set_handler([](const received_request& r) { return meetings_page_without_total(r, 25); });
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  auto f = start(io.executor(), drain(c.meetings().list_pages(app, meetings_query(10))));
  auto out = get(f);
  BOOST_TEST(!out.ec);
  BOOST_TEST(out.ids.size() == 25u);
  BOOST_TEST(server.request_count() == 3u);
  auto one = start(io.executor(), [&]() -> asio::awaitable<rtk::page<rtk::meeting>> {
    co_return co_await c.meetings().async_list(app, {.per_page = 10});
  });
  const auto page = get(one);
  BOOST_REQUIRE(page.paging.has_value());
  BOOST_TEST(!page.paging->total_count.has_value());
  BOOST_TEST((page.paging->end_offset == 10));
}

BOOST_AUTO_TEST_CASE(a_sessions_participant_list_ends_on_a_short_page) {
  loopback_server server;
  server.set_handler([](const received_request& r) { return unpaged_page(r, 23, "participants"); });
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  rtk::list_session_participants_query q;
  q.per_page = 5;
  auto f = start(io.executor(), drain(c.sessions().list_participants_pages(app, "sess-1", q)));
  auto out = get(f);
  BOOST_TEST(!out.ec);
  BOOST_TEST(out.ids.size() == 23u);
  BOOST_TEST(out.done);
  BOOST_TEST(server.request_count() == 5u);  // 5, 5, 5, 5, 3
}

BOOST_AUTO_TEST_CASE(the_same_page_twice_is_a_pagination_error_not_a_loop) {
  loopback_server server;
  server.set_handler([](const received_request& r) {
    auto first = r;
    first.target = "/x?page_no=1&per_page=10";
    return meetings_page(first, 100, 100);  // always page 1
  });
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  auto f = start(io.executor(), drain(c.meetings().list_pages(app, meetings_query(10))));
  auto out = get(f);
  BOOST_TEST((out.ec == errc::pagination_error));
  BOOST_TEST(out.ids.size() == 10u);
  BOOST_TEST(out.next_page_no == 2);
  BOOST_TEST(server.request_count() == 2u);
}

BOOST_AUTO_TEST_CASE(a_total_count_that_lies_is_a_pagination_error) {
  loopback_server server;
  server.set_handler([](const received_request& r) { return meetings_page(r, 20, 50); });
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  auto f = start(io.executor(), drain(c.meetings().list_pages(app, meetings_query(10))));
  auto out = get(f);
  BOOST_TEST((out.ec == errc::pagination_error));
  BOOST_TEST(out.ids.size() == 20u);
  BOOST_TEST(server.request_count() == 3u);
}

BOOST_AUTO_TEST_CASE(endless_full_pages_stop_at_the_callers_cap) {
  loopback_server server;
  // Never short, never empty: without a cap this list would not end.
  server.set_handler([](const received_request& r) { return sessions_page(r, 1'000'000'000); });
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  rtk::list_sessions_query q;
  q.per_page = 10;
  auto pager = c.sessions().list_pages(app, q);
  auto f = start(io.executor(), [&pager]() -> asio::awaitable<std::string> {
    try {
      co_await pager.async_collect(35);
    } catch (const rtk::error& e) {
      co_return e.code() == errc::pagination_error ? "capped" : e.what();
    }
    co_return "no error";
  });
  BOOST_TEST(get(f) == "capped");
  BOOST_TEST(server.request_count() == 4u);
}

BOOST_AUTO_TEST_CASE(an_error_on_page_three_leaves_the_pager_resumable) {
  loopback_server server;
  std::atomic<int> failures{0};
  server.set_handler([&failures](const received_request& r) {
    if (query_int(r.target, "page_no", 1) == 3 && failures++ == 0)
      return scripted_reply{.status = 500, .body = "{}"};
    return meetings_page(r, 45, 45);
  });
  io_runner io;
  rtk::client c(io.executor(), options_for(server));  // no retries: the error reaches us
  auto pager = c.meetings().list_pages(app, meetings_query(10));
  auto first = start(io.executor(), drain(pager));
  auto out = get(first);
  BOOST_TEST((out.ec == errc::server_error));
  BOOST_TEST(out.ids.size() == 20u);
  BOOST_TEST(out.next_page_no == 3);
  auto rest = start(io.executor(), drain(pager));  // the same pager, resumed
  auto more = get(rest);
  BOOST_TEST(!more.ec);
  BOOST_TEST_REQUIRE(more.ids.size() == 25u);
  BOOST_TEST(more.ids.front() == item_id(20));
  BOOST_TEST(more.ids.back() == item_id(44));
}

BOOST_AUTO_TEST_CASE(cancelling_mid_iteration_completes_at_once_and_can_resume) {
  loopback_server server;
  std::atomic<bool> stall{true};
  server.set_handler([&stall](const received_request& r) {
    if (query_int(r.target, "page_no", 1) == 2 && stall.exchange(false))
      return scripted_reply{.fault_kind = fault::stall};
    return meetings_page(r, 30, 30);
  });
  io_runner io;
  rtk::client c(io.executor(), options_for(server));
  auto pager = c.meetings().list_pages(app, meetings_query(10));
  auto page1 = start(io.executor(), [&pager]() -> asio::awaitable<std::size_t> {
    auto [ec, p] = co_await pager.async_next_page(asio::as_tuple(asio::use_awaitable));
    co_return ec ? 0 : p.items.size();
  });
  BOOST_TEST(get(page1) == 10u);

  // Page 2 stalls; cancel it.
  asio::cancellation_signal signal;
  std::promise<rtk::error_code> done;
  asio::post(io.executor(), [&] {
    pager.async_next_page(asio::bind_cancellation_slot(
        signal.slot(),
        [&done](rtk::error_code ec, rtk::page<rtk::meeting>) { done.set_value(ec); }));
  });
  BOOST_TEST_REQUIRE(server.wait_for_requests(2, 5s));
  const auto cancelled_at = std::chrono::steady_clock::now();
  asio::post(io.executor(), [&] { signal.emit(asio::cancellation_type::terminal); });
  auto result = done.get_future();
  BOOST_TEST_REQUIRE((result.wait_for(5s) == std::future_status::ready));
  BOOST_TEST((result.get() == asio::error::operation_aborted));
  BOOST_TEST((std::chrono::steady_clock::now() - cancelled_at < 1s));
  BOOST_TEST(pager.next_page_no() == 2);

  // Resumed, the pager fetches page 2 again, then page 3.
  auto rest = start(io.executor(), drain(pager));
  auto out = get(rest);
  BOOST_TEST(!out.ec);
  BOOST_TEST_REQUIRE(out.ids.size() == 20u);
  BOOST_TEST(out.ids.front() == item_id(10));
  BOOST_TEST(out.ids.back() == item_id(29));
}

BOOST_AUTO_TEST_SUITE_END()
