// Base URLs, request targets and query strings: what reaches the wire, and what is refused
// before it.

#include "url.hpp"
#include "codec/query_codec.hpp"
#include "models/meetings.hpp"

#include <rtk/models/meetings.hpp>

#include <boost/test/unit_test.hpp>

using namespace rtk;
using namespace rtk::detail;

BOOST_AUTO_TEST_SUITE(base_url)

BOOST_AUTO_TEST_CASE(the_default_api_url_is_https_on_443_with_its_path) {
  origin o;
  std::string why;
  BOOST_TEST(!parse_base_url("https://api.cloudflare.com/client/v4", o, why));
  BOOST_TEST(o.tls);
  BOOST_TEST(o.host == "api.cloudflare.com");
  BOOST_TEST(o.port == "443");
  BOOST_TEST(o.host_header == "api.cloudflare.com");
  BOOST_TEST(o.path_prefix == "/client/v4");
}

BOOST_AUTO_TEST_CASE(plain_http_with_a_port_and_a_trailing_slash) {
  origin o;
  std::string why;
  BOOST_TEST(!parse_base_url("http://127.0.0.1:8080/client/v4/", o, why));
  BOOST_TEST(!o.tls);
  BOOST_TEST(o.host == "127.0.0.1");
  BOOST_TEST(o.port == "8080");
  BOOST_TEST(o.host_header == "127.0.0.1:8080");
  BOOST_TEST(o.path_prefix == "/client/v4");
}

BOOST_AUTO_TEST_CASE(ipv6_hosts_lose_their_brackets_for_dns_but_keep_them_in_host) {
  origin o;
  std::string why;
  BOOST_TEST(!parse_base_url("http://[::1]:9/x", o, why));
  BOOST_TEST(o.host == "::1");
  BOOST_TEST(o.host_header == "[::1]:9");
}

BOOST_AUTO_TEST_CASE(unusable_urls_are_refused_with_a_reason) {
  for (const char* bad : {"ftp://example.com", "example.com/client/v4", "https://u:p@h/x",
                          "https://h/x?q=1", "https://h/x#f", ""}) {
    origin o;
    std::string why;
    BOOST_TEST((parse_base_url(bad, o, why) == errc::invalid_argument), bad);
    BOOST_TEST(!why.empty());
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(target)

BOOST_AUTO_TEST_CASE(ids_are_percent_encoded_per_segment_in_upper_case_hex) {
  target_builder t("/client/v4");
  const std::string_view args[] = {"a b/c?d", "é"};
  t.path("/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}", "acc", args);
  BOOST_TEST(!t.failed());
  BOOST_TEST(t.take() == "/client/v4/accounts/acc/realtime/kit/a%20b%2Fc%3Fd/meetings/%C3%A9");
}

BOOST_AUTO_TEST_CASE(a_template_needs_exactly_its_parameters_values) {
  const std::string_view one[] = {"app"};
  const std::string_view three[] = {"app", "m", "extra"};
  for (auto args :
       {std::span<const std::string_view>(one), std::span<const std::string_view>(three)}) {
    target_builder t("/p");
    t.path("/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}", "acc", args);
    BOOST_TEST(t.failed());
    BOOST_TEST(t.why().find("rtk bug") == 0u);
  }
}

BOOST_AUTO_TEST_CASE(uuids_of_36_characters_pass_unchanged) {
  target_builder t("");
  t.param("app_id", "14a396e7-ca44-4937-bf1f-050a69118543");
  BOOST_TEST(t.take() == "/14a396e7-ca44-4937-bf1f-050a69118543");
}

BOOST_AUTO_TEST_CASE(empty_dot_and_dotdot_ids_are_refused_naming_the_parameter) {
  for (std::string_view bad : {"", ".", ".."}) {
    target_builder t("/p");
    t.param("meeting_id", bad);
    BOOST_TEST(t.failed());
    BOOST_TEST(t.why().find("meeting_id") == 0u);
  }
}

BOOST_AUTO_TEST_CASE(ids_that_are_not_utf8_are_refused) {
  target_builder t("/p");
  t.param("app_id", "ok").param("meeting_id", std::string_view("\xC0\xAF", 2));
  BOOST_TEST(t.failed());
  BOOST_TEST(t.why() == "meeting_id is not valid UTF-8");
}

BOOST_AUTO_TEST_CASE(the_first_failure_wins) {
  target_builder t("/p");
  t.param("account_id", "").param("app_id", "..");
  BOOST_TEST(t.why() == "account_id must not be empty");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(query)

BOOST_AUTO_TEST_CASE(a_querys_extra_is_sent_after_the_typed_fields) {
  list_meetings_query q{
      .per_page = 5, .search = "x", .extra = R"({"beta":true,"tags":["a","b"],"n":1.5,"e":null})"};
  target_builder t("/p");
  codec::encode_query(q, t);
  BOOST_TEST(!t.failed());
  BOOST_TEST(t.take() == "/p?per_page=5&search=x&beta=true&tags=a&tags=b&n=1.5&e=");
}

BOOST_AUTO_TEST_CASE(a_typed_field_that_is_set_wins_over_extra) {
  list_meetings_query q{.search = "typed", .extra = R"({"search":"x","page_no":2})"};
  target_builder t("/p");
  codec::encode_query(q, t);
  BOOST_TEST(t.take() == "/p?search=typed&page_no=2");
}

BOOST_AUTO_TEST_CASE(an_extra_that_is_not_flat_is_refused) {
  for (const char* bad : {R"({"o":{"a":1}})", R"({"a":[[1]]})", "[1]", "{"}) {
    list_meetings_query q{.extra = bad};
    target_builder t("/p");
    codec::encode_query(q, t);
    BOOST_TEST(t.failed(), bad);
  }
}

BOOST_AUTO_TEST_SUITE_END()
