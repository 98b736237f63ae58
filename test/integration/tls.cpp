// HTTPS with a CA made at test time: verification succeeds for the right certificate and fails,
// clearly, for a wrong host name or an unknown CA.

#include "fixture.hpp"
#include "support/test_ca.hpp"

#include <boost/test/unit_test.hpp>

using namespace rtk_test;
using rtk::errc;

namespace {

struct tls_setup {
  test_ca ca;
  pem_files good = ca.issue("good", {"IP:127.0.0.1", "DNS:localhost"});
  pem_files wrong_host = ca.issue("wrong", {"DNS:api.example.com"});
};

outcome<rtk::meeting> call_once(rtk::client_options opts) {
  io_runner io;
  rtk::client c(io.executor(), std::move(opts));
  auto f = start(io.executor(), get_meeting(c));
  return get(f);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(tls)

BOOST_AUTO_TEST_CASE(a_verified_https_call_succeeds_and_reuses_its_connection) {
  tls_setup s;
  loopback_server server({.tls = true, .cert_file = s.good.cert_file, .key_file = s.good.key_file});
  server.set_handler(
      [](const received_request&) { return scripted_reply{.body = meeting_body()}; });
  auto opts = options_for(server);
  opts.tls.ca_file = s.ca.ca_file();
  io_runner io;
  rtk::client c(io.executor(), opts);
  for (int i = 0; i < 3; ++i) {
    auto f = start(io.executor(), get_meeting(c));
    auto out = get(f);
    BOOST_TEST(!out.ec, out.ec.message() << " " << out.diag.to_string());
  }
  BOOST_TEST(server.accepted_connections() == 1u);
}

BOOST_AUTO_TEST_CASE(a_certificate_for_another_host_is_refused) {
  tls_setup s;
  loopback_server server(
      {.tls = true, .cert_file = s.wrong_host.cert_file, .key_file = s.wrong_host.key_file});
  auto opts = options_for(server);
  opts.tls.ca_file = s.ca.ca_file();
  auto out = call_once(opts);
  BOOST_TEST((out.ec == errc::tls_failure), out.ec.message());
  BOOST_TEST(out.diag.client_message.find("certificate verify failed") != std::string::npos,
             out.diag.client_message);
  BOOST_TEST(server.request_count() == 0u);
}

BOOST_AUTO_TEST_CASE(a_certificate_from_an_unknown_ca_is_refused) {
  tls_setup s;
  test_ca other;
  loopback_server server({.tls = true, .cert_file = s.good.cert_file, .key_file = s.good.key_file});
  auto opts = options_for(server);
  opts.tls.ca_file = other.ca_file();
  BOOST_TEST((call_once(opts).ec == errc::tls_failure));
  BOOST_TEST(server.request_count() == 0u);
}

BOOST_AUTO_TEST_CASE(turning_verification_off_accepts_any_certificate) {
  tls_setup s;
  loopback_server server(
      {.tls = true, .cert_file = s.wrong_host.cert_file, .key_file = s.wrong_host.key_file});
  server.push_reply({.body = meeting_body()});
  auto opts = options_for(server);
  opts.tls.verify_peer = false;
  BOOST_TEST(!call_once(opts).ec);
}

// A TLS connection the server drops without close_notify after reading the request is a broken
// connection, as over TCP: a GET fails with connection_failure, a POST with outcome_unknown,
// never with tls_failure (the handshake and the certificate were fine).
BOOST_AUTO_TEST_CASE(a_tls_connection_dropped_before_the_response_is_a_connection_failure) {
  tls_setup s;
  loopback_server server({.tls = true, .cert_file = s.good.cert_file, .key_file = s.good.key_file});
  server.push_reply({.fault_kind = fault::close_before_response});
  server.push_reply({.fault_kind = fault::close_before_response});
  auto opts = options_for(server);
  opts.tls.ca_file = s.ca.ca_file();
  io_runner io;
  rtk::client c(io.executor(), opts);
  auto get_call = start(io.executor(), get_meeting(c));
  auto got = get(get_call);
  BOOST_TEST((got.ec == errc::connection_failure), got.ec.message() << " " << got.diag.to_string());
  auto post = start(io.executor(), [&c]() -> asio::awaitable<rtk::error_code> {
    auto [ec, m] = co_await c.meetings().async_create(app, rtk::create_meeting_request{},
                                                      asio::as_tuple(asio::use_awaitable));
    co_return ec;
  });
  auto posted = get(post);
  BOOST_TEST((posted == errc::outcome_unknown), posted.message());
  BOOST_TEST(server.request_count() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()
