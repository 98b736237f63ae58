// remote_verifier against a loopback server that serves the well-known key document.

// GCC 12 at -O1 with ASan flags a member of Asio's own use_future promise handler as maybe
// uninitialized (boost/asio/impl/use_future.hpp): a false positive in Boost's code.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include "support/loopback_server.hpp"
#include "support/signing_key.hpp"

#include <rtk/webhooks.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/use_future.hpp>
#include <boost/test/unit_test.hpp>

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace asio = boost::asio;
namespace wh = rtk::webhooks;
using namespace std::chrono_literals;
using rtk_test::loopback_server;
using rtk_test::scripted_reply;
using rtk_test::signing_key;

namespace {

const std::string body = R"({"event":"meeting.ended","reason":"ALL_PARTICIPANTS_LEFT"})";

std::string well_known(const signing_key& k) {
  std::string escaped;
  for (char c : k.public_pem()) escaped += c == '\n' ? std::string("\\n") : std::string(1, c);
  return R"({"success":true,"data":{"publicKey":")" + escaped + R"("},"message":""})";
}

// A key server whose key can be swapped (a rotation) while it runs.
struct key_server {
  loopback_server http;
  std::mutex mutex;
  std::string document;

  explicit key_server(const signing_key& k) : document(well_known(k)) {
    http.set_handler([this](const rtk_test::received_request&) {
      std::lock_guard lock(mutex);
      return scripted_reply{.status = 200, .body = document};
    });
  }
  void rotate_to(const signing_key& k) {
    std::lock_guard lock(mutex);
    document = well_known(k);
  }
  std::string url() const {
    return "http://127.0.0.1:" + std::to_string(http.port()) + "/.well-known/webhooks.json";
  }
};

wh::remote_verifier::options options_for(const std::string& url) {
  wh::remote_verifier::options o;
  o.url = url;
  o.timeout = 5s;
  return o;
}

// Runs one verification to completion on `ioc` and returns its error_code.
rtk::error_code verify_now(asio::io_context& ioc, wh::remote_verifier& v, const std::string& b,
                           const std::string& sig) {
  rtk::error_code result = make_error_code(wh::errc::key_unavailable);
  bool done = false;
  v.async_verify(b, sig, [&](rtk::error_code ec) {
    result = ec;
    done = true;
  });
  ioc.restart();
  ioc.run();
  BOOST_TEST(done);
  return result;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(remote_key)

BOOST_AUTO_TEST_CASE(the_key_is_fetched_once_and_cached) {
  signing_key k;
  key_server server(k);
  asio::io_context ioc;
  wh::remote_verifier v(ioc.get_executor(), options_for(server.url()));
  BOOST_TEST(!verify_now(ioc, v, body, k.sign(body)));
  BOOST_TEST(!verify_now(ioc, v, body, k.sign(body)));
  BOOST_TEST(server.http.request_count() == 1u);
  const auto requests = server.http.requests();
  BOOST_TEST(requests[0].method == "GET");
  BOOST_TEST(requests[0].target == "/.well-known/webhooks.json");
  BOOST_TEST(!requests[0].has_header("Authorization"));  // the key is public
}

BOOST_AUTO_TEST_CASE(concurrent_first_uses_share_one_fetch) {
  signing_key k;
  key_server server(k);
  asio::io_context ioc;
  wh::remote_verifier v(ioc.get_executor(), options_for(server.url()));
  const std::string sig = k.sign(body);
  int verified = 0;
  for (int i = 0; i < 8; ++i)
    v.async_verify(body, sig, [&](rtk::error_code ec) { verified += ec ? 0 : 1; });
  ioc.run();
  BOOST_TEST(verified == 8);
  BOOST_TEST(server.http.request_count() == 1u);
}

BOOST_AUTO_TEST_CASE(a_rotated_key_is_fetched_again_once) {
  signing_key old_key, new_key;
  key_server server(old_key);
  asio::io_context ioc;
  auto o = options_for(server.url());
  o.refetch_interval = 0ms;  // the rotation comes right after the first fetch
  wh::remote_verifier v(ioc.get_executor(), o);
  BOOST_TEST(!verify_now(ioc, v, body, old_key.sign(body)));
  server.rotate_to(new_key);
  BOOST_TEST(!verify_now(ioc, v, body, new_key.sign(body)));  // mismatch, refetch, verified
  BOOST_TEST(server.http.request_count() == 2u);
}

BOOST_AUTO_TEST_CASE(bad_signatures_refetch_at_most_once_per_interval) {
  signing_key k, forger;
  key_server server(k);
  asio::io_context ioc;
  auto o = options_for(server.url());
  o.refetch_interval = 1h;
  wh::remote_verifier v(ioc.get_executor(), o);
  BOOST_TEST(!verify_now(ioc, v, body, k.sign(body)));
  for (int i = 0; i < 5; ++i)
    BOOST_TEST(verify_now(ioc, v, body, forger.sign(body)) == wh::errc::signature_mismatch);
  BOOST_TEST(server.http.request_count() == 1u);  // the first fetch is within the hour

  o.refetch_interval = 0ms;
  wh::remote_verifier eager(ioc.get_executor(), o);
  BOOST_TEST(verify_now(ioc, eager, body, forger.sign(body)) == wh::errc::signature_mismatch);
  BOOST_TEST(verify_now(ioc, eager, body, forger.sign(body)) == wh::errc::signature_mismatch);
  // Its first fetch (the fresh key decides at once), then one more for the second mismatch.
  BOOST_TEST(server.http.request_count() == 3u);
}

BOOST_AUTO_TEST_CASE(no_key_fails_closed) {
  signing_key k;
  asio::io_context ioc;
  std::string url;
  {
    loopback_server gone;  // a port that was just free, now closed
    url = "http://127.0.0.1:" + std::to_string(gone.port()) + "/.well-known/webhooks.json";
  }
  wh::remote_verifier v(ioc.get_executor(), options_for(url));
  BOOST_TEST(verify_now(ioc, v, body, k.sign(body)) == wh::errc::key_unavailable);

  loopback_server broken;
  broken.set_handler([](const rtk_test::received_request&) {
    return scripted_reply{.status = 200, .body = R"({"success":true,"data":{}})"};
  });
  wh::remote_verifier no_key(ioc.get_executor(),
                             options_for("http://127.0.0.1:" + std::to_string(broken.port()) +
                                         "/.well-known/webhooks.json"));
  BOOST_TEST(verify_now(ioc, no_key, body, k.sign(body)) == wh::errc::key_unavailable);

  loopback_server failing;
  failing.set_handler([](const rtk_test::received_request&) {
    return scripted_reply{.status = 503, .body = "{}"};
  });
  wh::remote_verifier unavailable(
      ioc.get_executor(), options_for("http://127.0.0.1:" + std::to_string(failing.port()) + "/k"));
  BOOST_TEST(verify_now(ioc, unavailable, body, k.sign(body)) == wh::errc::key_unavailable);
}

BOOST_AUTO_TEST_CASE(a_stalled_key_server_times_out) {
  signing_key k;
  loopback_server stalled;
  stalled.set_handler([](const rtk_test::received_request&) {
    return scripted_reply{.fault_kind = rtk_test::fault::stall};
  });
  asio::io_context ioc;
  auto o = options_for("http://127.0.0.1:" + std::to_string(stalled.port()) + "/k");
  o.timeout = 200ms;
  wh::remote_verifier v(ioc.get_executor(), o);
  const auto start = std::chrono::steady_clock::now();
  BOOST_TEST(verify_now(ioc, v, body, k.sign(body)) == wh::errc::key_unavailable);
  BOOST_TEST((std::chrono::steady_clock::now() - start < 5s));
}

BOOST_AUTO_TEST_CASE(a_missing_signature_needs_no_fetch) {
  signing_key k;
  key_server server(k);
  asio::io_context ioc;
  wh::remote_verifier v(ioc.get_executor(), options_for(server.url()));
  BOOST_TEST(verify_now(ioc, v, body, "") == wh::errc::missing_signature);
  BOOST_TEST(server.http.request_count() == 0u);
}

BOOST_AUTO_TEST_CASE(throwing_tokens_throw_rtk_error) {
  signing_key k, forger;
  key_server server(k);
  asio::io_context ioc;
  wh::remote_verifier v(ioc.get_executor(), options_for(server.url()));
  bool threw = false;
  std::string what;
  rtk::error_code tuple_ec;
  asio::co_spawn(
      ioc,
      [&]() -> asio::awaitable<void> {
        // Signatures named first: no std::string temporary inside co_await (GCC 12).
        const std::string good = k.sign(body);
        const std::string forged = forger.sign(body);
        constexpr auto as_tuple = asio::as_tuple(asio::use_awaitable);
        co_await v.async_refresh();
        co_await v.async_verify(body, good);  // default token: no throw when verified
        try {
          co_await v.async_verify(body, forged, asio::use_awaitable);
        } catch (const rtk::error& e) {
          threw = e.code() == wh::errc::signature_mismatch;
          what = e.what();
        }
        auto [ec] = co_await v.async_verify(body, forged, as_tuple);
        tuple_ec = ec;
      },
      asio::detached);
  ioc.run();
  BOOST_TEST(threw);
  BOOST_TEST(what.find("signature") != std::string::npos);
  BOOST_TEST(what.find("ALL_PARTICIPANTS_LEFT") == std::string::npos);  // nothing of the body
  BOOST_TEST(what.find(forger.sign(body).substr(0, 12)) == std::string::npos);
  BOOST_TEST(tuple_ec == wh::errc::signature_mismatch);

  ioc.restart();
  std::thread runner;
  auto future = v.async_verify(body, forger.sign(body), asio::use_future);
  runner = std::thread([&] { ioc.run(); });
  BOOST_CHECK_EXCEPTION(future.get(), rtk::error, [](const rtk::error& e) {
    return e.code() == wh::errc::signature_mismatch;
  });
  runner.join();
}

BOOST_AUTO_TEST_CASE(a_bad_url_is_refused_at_construction) {
  asio::io_context ioc;
  BOOST_CHECK_EXCEPTION(
      wh::remote_verifier(ioc.get_executor(), options_for("ftp://x/y")), rtk::error,
      [](const rtk::error& e) { return e.code() == rtk::errc::invalid_argument; });
}

BOOST_AUTO_TEST_CASE(a_rotation_to_a_key_of_another_size_is_picked_up) {
  signing_key old_key, bigger(4096);
  key_server server(old_key);
  asio::io_context ioc;
  auto o = options_for(server.url());
  o.refetch_interval = 0ms;
  wh::remote_verifier v(ioc.get_executor(), o);
  BOOST_TEST(!verify_now(ioc, v, body, old_key.sign(body)));
  server.rotate_to(bigger);
  BOOST_TEST(!verify_now(ioc, v, body, bigger.sign(body)));
  BOOST_TEST(server.http.request_count() == 2u);
}

BOOST_AUTO_TEST_CASE(a_failed_refetch_keeps_the_key_it_had) {
  signing_key k, forger;
  key_server server(k);
  asio::io_context ioc;
  auto o = options_for(server.url());
  o.refetch_interval = 0ms;
  wh::remote_verifier v(ioc.get_executor(), o);
  BOOST_TEST(!verify_now(ioc, v, body, k.sign(body)));
  server.http.push_reply(scripted_reply{.status = 503, .body = "{}"});
  BOOST_TEST(verify_now(ioc, v, body, forger.sign(body)) == wh::errc::signature_mismatch);
  BOOST_TEST(server.http.request_count() == 2u);
  BOOST_TEST(!verify_now(ioc, v, body, k.sign(body)));  // the old key still verifies
}

BOOST_AUTO_TEST_CASE(without_a_key_failed_fetches_back_off) {
  signing_key k;
  loopback_server failing;
  failing.set_handler([](const rtk_test::received_request&) {
    return scripted_reply{.status = 503, .body = "{}"};
  });
  asio::io_context ioc;
  auto o = options_for("http://127.0.0.1:" + std::to_string(failing.port()) + "/k");
  o.failed_fetch_backoff = 1h;
  wh::remote_verifier v(ioc.get_executor(), o);
  const std::string sig = k.sign(body);
  for (int i = 0; i < 10; ++i)
    BOOST_TEST(verify_now(ioc, v, body, sig) == wh::errc::key_unavailable);
  BOOST_TEST(failing.request_count() == 1u);
  for (const char* garbage : {"  ", "%%%"})
    BOOST_TEST(verify_now(ioc, v, body, garbage) != rtk::error_code());
  BOOST_TEST(failing.request_count() == 1u);
}

BOOST_AUTO_TEST_CASE(http_is_only_for_loopback) {
  asio::io_context ioc;
  BOOST_CHECK_THROW(
      wh::remote_verifier(ioc.get_executor(), options_for("http://keys.example.com/webhooks.json")),
      rtk::error);
  BOOST_CHECK_NO_THROW(wh::remote_verifier(ioc.get_executor(), options_for("http://[::1]:1/k")));
  BOOST_CHECK_NO_THROW(
      wh::remote_verifier(ioc.get_executor(), options_for("https://keys.example.com/k")));
}

BOOST_AUTO_TEST_CASE(many_threads_verify_at_once) {
  signing_key k, forger;
  key_server server(k);
  asio::io_context ioc;
  wh::remote_verifier v(ioc.get_executor(), options_for(server.url()));
  const std::string good = k.sign(body), bad = forger.sign(body);
  std::atomic<int> verified{0}, refused{0};
  for (int i = 0; i < 200; ++i)
    v.async_verify(body, i % 2 ? good : bad,
                   [&](rtk::error_code ec) { ++(ec ? refused : verified); });
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) threads.emplace_back([&] { ioc.run(); });
  for (auto& t : threads) t.join();
  BOOST_TEST(verified.load() == 100);
  BOOST_TEST(refused.load() == 100);
  BOOST_TEST(server.http.request_count() == 1u);  // within the refetch interval
}

BOOST_AUTO_TEST_SUITE_END()
