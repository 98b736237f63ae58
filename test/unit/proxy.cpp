// The proxy settings alone: the proxy URL (user info, default port, what is refused, and no
// secret in a reason), NO_PROXY matching, and the environment's precedence, with a fake
// getenv.

#include "proxy.hpp"

#include <boost/test/unit_test.hpp>

#include <map>
#include <string>

using rtk::detail::bypasses_proxy;
using rtk::detail::parse_proxy_url;
using rtk::detail::proxy_from_env;

namespace {

std::map<std::string, std::string> fake_env;

const char* fake_getenv(const char* name) {
  auto it = fake_env.find(name);
  return it == fake_env.end() ? nullptr : it->second.c_str();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(proxy_settings)

BOOST_AUTO_TEST_CASE(a_proxy_url_with_user_info) {
  std::string why;
  auto r = parse_proxy_url("http://al%40ice:p%3Ass%20w@proxy.internal:3128", why);
  BOOST_TEST_REQUIRE(r.has_value());
  BOOST_TEST(r->host == "proxy.internal");
  BOOST_TEST(r->port == "3128");
  BOOST_TEST(r->display == "proxy.internal:3128");
  BOOST_TEST(r->password == "p:ss w");
  // base64("al@ice:p:ss w")
  BOOST_TEST(r->authorization == "Proxy-Authorization: Basic YWxAaWNlOnA6c3Mgdw==\r\n");
}

BOOST_AUTO_TEST_CASE(defaults_as_curl) {
  std::string why;
  auto r = parse_proxy_url("10.0.0.1", why);  // no scheme: http; no port: 1080
  BOOST_TEST_REQUIRE(r.has_value());
  BOOST_TEST(r->host == "10.0.0.1");
  BOOST_TEST(r->port == "1080");
  BOOST_TEST(r->authorization.empty());
  auto v6 = parse_proxy_url("http://[::1]:8080/", why);
  BOOST_TEST_REQUIRE(v6.has_value());
  BOOST_TEST(v6->host == "::1");
  BOOST_TEST(v6->display == "[::1]:8080");
}

BOOST_AUTO_TEST_CASE(unusable_proxy_urls_are_refused_without_their_secrets) {
  for (const char* url : {"https://u:hunter22@proxy:443", "socks5://u:hunter22@proxy:1080",
                          "http://u:hunter22@proxy:3128/path", "http://u:hunter22@proxy:3128?q",
                          "http://u:hunter22@:3128", "http://u:hunter22@proxy:notaport"}) {
    std::string why;
    BOOST_TEST(!parse_proxy_url(url, why).has_value(), url);
    BOOST_TEST(!why.empty(), url);
    BOOST_TEST(why.find("hunter22") == std::string::npos, url);
  }
}

BOOST_AUTO_TEST_CASE(no_proxy_matching) {
  BOOST_TEST(bypasses_proxy("*", "api.cloudflare.com"));
  BOOST_TEST(bypasses_proxy("cloudflare.com", "api.cloudflare.com"));
  BOOST_TEST(bypasses_proxy(".cloudflare.com", "api.cloudflare.com"));
  BOOST_TEST(bypasses_proxy(".cloudflare.com", "cloudflare.com"));
  BOOST_TEST(bypasses_proxy(" example.org , API.Cloudflare.COM ", "api.cloudflare.com"));
  BOOST_TEST(bypasses_proxy("cloudflare.com:443", "api.cloudflare.com"));
  BOOST_TEST(!bypasses_proxy("flare.com", "api.cloudflare.com"));  // not at a dot
  BOOST_TEST(!bypasses_proxy("api.cloudflare.com.evil", "api.cloudflare.com"));
  BOOST_TEST(!bypasses_proxy("", "api.cloudflare.com"));
  BOOST_TEST(!bypasses_proxy(",,", "api.cloudflare.com"));
  BOOST_TEST(bypasses_proxy("127.0.0.1", "127.0.0.1"));
  BOOST_TEST(!bypasses_proxy("127.0.0.1", "127.0.0.2"));
  BOOST_TEST(bypasses_proxy("::1", "::1"));
  BOOST_TEST(bypasses_proxy("[0:0::1]", "::1"));
  BOOST_TEST(!bypasses_proxy("*.example.com", "api.cloudflare.com"));
}

BOOST_AUTO_TEST_CASE(the_environment_with_curls_precedence) {
  fake_env = {{"HTTPS_PROXY", "http://upper:1"}, {"https_proxy", "http://lower:1"},
              {"ALL_PROXY", "http://all:1"},     {"http_proxy", "http://plain:1"},
              {"NO_PROXY", "upper.example"},     {"no_proxy", "lower.example"}};
  auto https = proxy_from_env(true, fake_getenv);
  BOOST_TEST(https.url == "http://lower:1");
  BOOST_TEST(https.no_proxy == "lower.example");
  BOOST_TEST(proxy_from_env(false, fake_getenv).url == "http://plain:1");

  fake_env = {{"HTTPS_PROXY", "http://upper:1"},
              {"all_proxy", "http://all:1"},
              {"NO_PROXY", "upper.example"}};
  BOOST_TEST(proxy_from_env(true, fake_getenv).url == "http://upper:1");
  BOOST_TEST(proxy_from_env(true, fake_getenv).no_proxy == "upper.example");
  BOOST_TEST(proxy_from_env(false, fake_getenv).url == "http://all:1");  // no http_proxy

  fake_env = {{"https_proxy", ""}, {"ALL_PROXY", "http://all:1"}};  // empty is unset
  BOOST_TEST(proxy_from_env(true, fake_getenv).url == "http://all:1");
  fake_env = {};
  BOOST_TEST(proxy_from_env(true, fake_getenv).url.empty());
}

BOOST_AUTO_TEST_SUITE_END()
