// Calls through an HTTP proxy: the real tinyproxy in front of the emulator served over HTTPS
// with a test CA (a tunnel per connection, reused; Basic authentication accepted and refused;
// NO_PROXY), and a scripted proxy for the faults (unreachable, 502 to CONNECT, a tunnel cut
// after the request was written) and for what is sent (plain http in absolute form). Also
// SSL_CERT_FILE as the CA store.

#include "fixture.hpp"
#include "support/scripted_proxy.hpp"
#include "support/test_ca.hpp"
#include "support/tinyproxy.hpp"

#include <rtk/emulator.hpp>

#include <boost/asio/ip/tcp.hpp>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

using namespace rtk_test;

namespace {

constexpr const char* proxied_app = "proxied-app";
constexpr const char* proxy_password = "Pr0xy-SECRET-pw";

// The emulator over HTTPS, with a certificate for 127.0.0.1 from a CA of the test's own.
struct https_emulator {
  test_ca ca;
  pem_files pem = ca.issue("emulator", {"IP:127.0.0.1"});
  rtk::emulator emu{
      {.app_ids = {proxied_app}, .cert_file = pem.cert_file, .key_file = pem.key_file}};
};

rtk::client_options through(const https_emulator& e, const std::string& proxy_url) {
  rtk::client_options o;
  o.base_url = e.emu.base_url();
  o.auth = rtk::api_token{test_token};
  o.account_id = account;
  o.tls.ca_file = e.ca.ca_file();
  o.proxy.url = proxy_url;
  o.retry = std::make_shared<rtk::limited_retry_policy>(0);
  return o;
}

// "http://user:password@127.0.0.1:PORT" from "http://127.0.0.1:PORT".
std::string with_user_info(const std::string& url, const std::string& user_info) {
  return "http://" + user_info + "@" + url.substr(std::string("http://").size());
}

outcome<rtk::meeting> create_meeting(rtk::client& c, asio::any_io_executor ex,
                                     rtk::call_options opts = {}) {
  auto f = start(ex, [&c, opts]() -> asio::awaitable<outcome<rtk::meeting>> {
    outcome<rtk::meeting> out;
    rtk::create_meeting_request req{};
    req.title = "through the proxy";
    auto [ec, m] = co_await c.meetings().async_create(proxied_app, req, opts, out.diag,
                                                      asio::as_tuple(asio::use_awaitable));
    out.ec = ec;
    out.value = std::move(m);
    co_return out;
  });
  return get(f);
}

outcome<rtk::meeting> fetch_meeting(rtk::client& c, asio::any_io_executor ex, std::string id) {
  auto f = start(ex, [&c, id]() -> asio::awaitable<outcome<rtk::meeting>> {
    outcome<rtk::meeting> out;
    auto [ec, m] = co_await c.meetings().async_get(proxied_app, id, rtk::call_options{}, out.diag,
                                                   asio::as_tuple(asio::use_awaitable));
    out.ec = ec;
    out.value = std::move(m);
    co_return out;
  });
  return get(f);
}

// A loopback port where nothing listens.
std::uint16_t closed_port() {
  asio::io_context ioc;
  asio::ip::tcp::acceptor a(ioc, {asio::ip::make_address("127.0.0.1"), 0});
  return a.local_endpoint().port();  // closed when `a` goes
}

}  // namespace

BOOST_AUTO_TEST_SUITE(proxy)

BOOST_AUTO_TEST_CASE(calls_go_through_one_tunnel_that_is_reused) {
  https_emulator e;
  tinyproxy_process proxy;
  io_runner io;
  rtk::client c(io.executor(), through(e, proxy.url()));
  auto made = create_meeting(c, io.executor());
  BOOST_TEST_REQUIRE(!made.ec, made.diag.to_string());
  for (int i = 0; i < 4; ++i) {
    auto got = fetch_meeting(c, io.executor(), made.value.id);
    BOOST_TEST(!got.ec);
    BOOST_TEST((got.value.title == "through the proxy"));
  }
  BOOST_TEST(e.emu.requests_served() == 5u);
  // Five calls one after another, one tunnel.
  BOOST_TEST(proxy.connect_requests() == 1u);
}

BOOST_AUTO_TEST_CASE(basic_authentication_accepted_and_refused) {
  https_emulator e;
  tinyproxy_process proxy("rtk-user", proxy_password);
  io_runner io;
  {
    rtk::client c(io.executor(), through(e, with_user_info(proxy.url(), std::string("rtk-user:") +
                                                                            proxy_password)));
    auto made = create_meeting(c, io.executor());
    BOOST_TEST(!made.ec, made.diag.to_string());
  }
  {
    // No credentials: 407.
    rtk::client c(io.executor(), through(e, proxy.url()));
    auto refused = create_meeting(c, io.executor());
    BOOST_TEST((refused.ec == rtk::errc::proxy_auth_required));
    BOOST_TEST(refused.diag.proxy_status == 407);
    BOOST_TEST(refused.diag.attempts == 1);
  }
  {
    // The wrong password (percent-encoded in the URL): refused, and never quoted.
    const std::string wrong = "wr%40ng-" + std::string(proxy_password);
    rtk::client c(io.executor(), through(e, with_user_info(proxy.url(), "rtk-user:" + wrong)));
    auto refused = create_meeting(c, io.executor());
    BOOST_TEST((refused.ec == rtk::errc::proxy_auth_required));
    BOOST_TEST(refused.diag.proxy_status != 0);
    const std::string text = refused.diag.to_string() + " " + refused.ec.message();
    BOOST_TEST(text.find(proxy_password) == std::string::npos);
    BOOST_TEST(text.find("rtk-user") == std::string::npos);
    BOOST_TEST(text.find("through proxy 127.0.0.1:" + std::to_string(proxy.port())) !=
               std::string::npos);
  }
  BOOST_TEST(e.emu.requests_served() == 1u);
}

BOOST_AUTO_TEST_CASE(no_proxy_bypasses_the_proxy) {
  https_emulator e;
  scripted_proxy proxy;
  proxy.set_mode(proxy_mode::answer_502);
  io_runner io;
  auto opts = through(e, proxy.url());
  opts.proxy.no_proxy = "example.com, 127.0.0.1";
  rtk::client c(io.executor(), opts);
  auto made = create_meeting(c, io.executor());
  BOOST_TEST(!made.ec, made.diag.to_string());
  BOOST_TEST(proxy.connections() == 0u);
}

BOOST_AUTO_TEST_CASE(an_unreachable_proxy_is_a_connect_failure_and_retried) {
  https_emulator e;
  io_runner io;
  const std::string url = "http://127.0.0.1:" + std::to_string(closed_port());
  auto opts = through(e, url);
  opts.retry = std::make_shared<rtk::limited_retry_policy>(2);
  opts.backoff = std::make_shared<rtk::exponential_backoff>(
      rtk::exponential_backoff::settings{.initial = 1ms, .maximum = 1ms});
  rtk::client c(io.executor(), opts);
  auto out = create_meeting(c, io.executor());
  BOOST_TEST((out.ec == rtk::errc::connection_failure));
  BOOST_TEST(out.diag.attempts == 3);  // nothing was sent: a POST too is retried
  BOOST_TEST(out.diag.client_message.find("through proxy 127.0.0.1:") != std::string::npos);
  BOOST_TEST(e.emu.requests_served() == 0u);
}

BOOST_AUTO_TEST_CASE(a_refused_connect_is_typed_with_the_proxys_status) {
  https_emulator e;
  scripted_proxy proxy;
  proxy.set_mode(proxy_mode::answer_502);
  io_runner io;
  rtk::client c(io.executor(), through(e, proxy.url()));
  auto out = create_meeting(c, io.executor());
  BOOST_TEST((out.ec == rtk::errc::proxy_refused));
  BOOST_TEST(out.diag.proxy_status == 502);
  BOOST_TEST(out.diag.http_status == 0);  // the API never answered
  BOOST_TEST(out.diag.to_string().find("proxy answered CONNECT with HTTP 502") !=
             std::string::npos);
  // The CONNECT named the API's host and port.
  const std::string port = std::to_string(e.emu.port());
  BOOST_TEST(proxy.last_head().starts_with("CONNECT 127.0.0.1:" + port + " HTTP/1.1\r\n"));
  BOOST_TEST(proxy.last_head().find("Host: 127.0.0.1:" + port + "\r\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_tunnel_cut_after_the_request_fails_a_post_and_retries_a_get) {
  https_emulator e;
  scripted_proxy proxy;
  io_runner io;
  auto opts = through(e, proxy.url());
  opts.retry = std::make_shared<rtk::limited_retry_policy>(2);
  opts.backoff = std::make_shared<rtk::exponential_backoff>(
      rtk::exponential_backoff::settings{.initial = 1ms, .maximum = 1ms});
  rtk::client c(io.executor(), opts);
  auto made = create_meeting(c, io.executor());
  BOOST_TEST_REQUIRE(!made.ec, made.diag.to_string());

  // A client of its own: its first call opens a new tunnel, which is cut.
  proxy.set_mode(proxy_mode::close_after_request, 1);
  rtk::client fresh(io.executor(), opts);
  auto post = create_meeting(fresh, io.executor());
  BOOST_TEST((post.ec == rtk::errc::outcome_unknown), post.ec.message()
                                                          << ": " << post.diag.to_string());
  BOOST_TEST(post.diag.attempts == 1);
  BOOST_TEST(proxy.cuts() == 1u);

  proxy.set_mode(proxy_mode::close_after_request, 1);
  auto get_call = fetch_meeting(fresh, io.executor(), made.value.id);
  BOOST_TEST(!get_call.ec, get_call.diag.to_string());
  BOOST_TEST(get_call.diag.attempts == 2);
  BOOST_TEST(proxy.cuts() == 2u);
}

BOOST_AUTO_TEST_CASE(plain_http_goes_in_absolute_form_with_the_proxys_credentials) {
  rtk::emulator emu({.app_ids = {proxied_app}});
  scripted_proxy proxy;
  io_runner io;
  rtk::client_options o;
  o.base_url = emu.base_url();
  o.auth = rtk::api_token{test_token};
  o.account_id = account;
  o.proxy.url = with_user_info(proxy.url(), "u:p%40ss");
  rtk::client c(io.executor(), o);
  auto made = create_meeting(c, io.executor());
  BOOST_TEST_REQUIRE(!made.ec, made.diag.to_string());
  auto got = fetch_meeting(c, io.executor(), made.value.id);
  BOOST_TEST(!got.ec);
  const auto heads = proxy.heads();
  BOOST_TEST_REQUIRE(heads.size() == 2u);
  const std::string origin = "http://127.0.0.1:" + std::to_string(emu.port());
  BOOST_TEST(heads[0].starts_with("POST " + origin + "/client/v4/accounts/"));
  BOOST_TEST(heads[1].starts_with("GET " + origin + "/client/v4/accounts/"));
  // base64("u:p@ss")
  BOOST_TEST(heads[1].find("Proxy-Authorization: Basic dTpwQHNz\r\n") != std::string::npos);
  BOOST_TEST(proxy.connects() == 0u);
  BOOST_TEST(proxy.connections() == 1u);  // kept alive
}

BOOST_AUTO_TEST_CASE(ssl_cert_file_names_the_trusted_cas) {
  https_emulator e;
  auto opts = through(e, "");
  opts.tls.ca_file.clear();
  {
    // Without it, the test CA is not trusted.
    ::unsetenv("SSL_CERT_FILE");
    io_runner io;
    rtk::client c(io.executor(), opts);
    BOOST_TEST((create_meeting(c, io.executor()).ec == rtk::errc::tls_failure));
  }
  ::setenv("SSL_CERT_FILE", e.ca.ca_file().c_str(), 1);
  io_runner io;
  rtk::client c(io.executor(), opts);
  auto made = create_meeting(c, io.executor());
  ::unsetenv("SSL_CERT_FILE");
  BOOST_TEST(!made.ec, made.diag.to_string());
}

BOOST_AUTO_TEST_CASE(ssl_cert_dir_names_a_hashed_directory_of_cas) {
  https_emulator e;
  // The directory as `openssl rehash` makes it: <subject hash>.0 for the CA.
  const std::string dir = e.ca.dir() + "/hashed";
  BOOST_TEST_REQUIRE(::mkdir(dir.c_str(), 0700) == 0);
  std::FILE* f = std::fopen(e.ca.ca_file().c_str(), "r");
  BOOST_TEST_REQUIRE(f != nullptr);
  X509* cert = PEM_read_X509(f, nullptr, nullptr, nullptr);
  std::fclose(f);
  BOOST_TEST_REQUIRE(cert != nullptr);
  char name[16];
  std::snprintf(name, sizeof name, "%08lx.0", X509_subject_name_hash(cert));
  X509_free(cert);
  BOOST_TEST_REQUIRE(::symlink(e.ca.ca_file().c_str(), (dir + "/" + name).c_str()) == 0);

  auto opts = through(e, "");
  opts.tls.ca_file.clear();
  ::setenv("SSL_CERT_FILE", "/nonexistent", 1);  // only the directory can vouch
  ::setenv("SSL_CERT_DIR", dir.c_str(), 1);
  io_runner io;
  rtk::client c(io.executor(), opts);
  auto made = create_meeting(c, io.executor());
  ::unsetenv("SSL_CERT_DIR");
  ::unsetenv("SSL_CERT_FILE");
  BOOST_TEST(!made.ec, made.diag.to_string());
}

BOOST_AUTO_TEST_SUITE_END()
