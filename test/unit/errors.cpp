// Error codes, diagnostics text, options validation: clear, typed, and free of secrets.

#include <rtk/client.hpp>
#include <rtk/error.hpp>

#include <boost/asio/io_context.hpp>
#include <boost/test/unit_test.hpp>

#include <cstdlib>

using namespace rtk;

namespace {

// Sets environment variables for one test and restores them after.
class scoped_env {
 public:
  scoped_env(std::initializer_list<std::pair<const char*, const char*>> vars) {
    for (auto [name, value] : vars) {
      const char* old = std::getenv(name);
      saved_.emplace_back(name, old ? std::optional<std::string>(old) : std::nullopt);
      if (value) {
        ::setenv(name, value, 1);
      } else {
        ::unsetenv(name);
      }
    }
  }
  ~scoped_env() {
    for (auto& [name, old] : saved_) {
      if (old) {
        ::setenv(name, old->c_str(), 1);
      } else {
        ::unsetenv(name);
      }
    }
  }

 private:
  std::vector<std::pair<const char*, std::optional<std::string>>> saved_;
};

error_code construction_error(client_options o, std::string* what = nullptr) {
  boost::asio::io_context ioc;
  try {
    client c(ioc.get_executor(), std::move(o));
  } catch (const rtk::error& e) {
    if (what) *what = e.what();
    return e.code();
  }
  return {};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(errors)

BOOST_AUTO_TEST_CASE(every_errc_has_a_message_in_the_rtk_category) {
  for (int i = 1; i <= static_cast<int>(errc::pagination_error); ++i) {
    error_code ec = make_error_code(static_cast<errc>(i));
    BOOST_TEST(std::string(ec.category().name()) == "rtk");
    BOOST_TEST(ec.message() != "unknown rtk error");
  }
}

BOOST_AUTO_TEST_CASE(rtk_error_is_a_system_error_whose_text_has_the_diagnostics) {
  diagnostics d;
  d.http_status = 404;
  d.api_code = 2004;
  d.api_message = "Meeting not found";
  d.request_id = "8d1e2f";
  d.attempts = 1;
  rtk::error e(make_error_code(errc::not_found), d);
  const boost::system::system_error& base = e;
  BOOST_TEST(std::string(base.what()) ==
             "rtk: not found (HTTP 404) [HTTP 404; API error 2004: Meeting not found; "
             "cf-ray 8d1e2f; 1 attempt]");
  BOOST_TEST(*e.diagnostics().api_code == 2004);
  BOOST_TEST((e.code() == errc::not_found));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(options)

BOOST_AUTO_TEST_CASE(from_env_reads_the_sdk_variables) {
  scoped_env env{{"CLOUDFLARE_API_TOKEN", "tok-123456"},
                 {"CLOUDFLARE_API_KEY", nullptr},
                 {"CLOUDFLARE_EMAIL", nullptr},
                 {"CLOUDFLARE_BASE_URL", "http://127.0.0.1:9/client/v4"},
                 {"CLOUDFLARE_ACCOUNT_ID", "acc"}};
  auto o = client_options::from_env();
  BOOST_TEST(std::get<api_token>(o.auth).token == "tok-123456");
  BOOST_TEST(o.base_url == "http://127.0.0.1:9/client/v4");
  BOOST_TEST(o.account_id == "acc");
}

BOOST_AUTO_TEST_CASE(from_env_reads_the_legacy_key_pair) {
  scoped_env env{{"CLOUDFLARE_API_TOKEN", nullptr},
                 {"CLOUDFLARE_API_KEY", "key-abcdef"},
                 {"CLOUDFLARE_EMAIL", "ops@example.com"},
                 {"CLOUDFLARE_BASE_URL", nullptr}};
  auto o = client_options::from_env();
  BOOST_TEST(std::get<api_key>(o.auth).email == "ops@example.com");
  BOOST_TEST(o.base_url == "https://api.cloudflare.com/client/v4");
}

BOOST_AUTO_TEST_CASE(contradictory_environments_are_refused_without_echoing_secrets) {
  {
    scoped_env env{{"CLOUDFLARE_API_TOKEN", "tok-SECRET-1"},
                   {"CLOUDFLARE_API_KEY", "key-SECRET-2"}};
    try {
      client_options::from_env();
      BOOST_FAIL("no exception");
    } catch (const rtk::error& e) {
      BOOST_TEST((e.code() == errc::invalid_argument));
      BOOST_TEST(std::string(e.what()).find("SECRET") == std::string::npos);
    }
  }
  {
    scoped_env env{{"CLOUDFLARE_API_TOKEN", nullptr},
                   {"CLOUDFLARE_API_KEY", "key-SECRET-2"},
                   {"CLOUDFLARE_EMAIL", nullptr}};
    BOOST_CHECK_THROW(client_options::from_env(), rtk::error);
  }
}

BOOST_AUTO_TEST_CASE(missing_or_unusable_credentials_fail_at_construction) {
  client_options none;
  std::string what;
  BOOST_TEST((construction_error(none, &what) == errc::invalid_argument));
  BOOST_TEST(what.find("no credentials") != std::string::npos);

  client_options empty_token;
  empty_token.auth = api_token{""};
  BOOST_TEST((construction_error(empty_token) == errc::invalid_argument));

  client_options half_key;
  half_key.auth = api_key{"", "key-SECRET"};
  BOOST_TEST((construction_error(half_key) == errc::invalid_argument));

  client_options injected;
  injected.auth = api_token{"tok-SECRET\r\nX-Evil: 1"};
  BOOST_TEST((construction_error(injected, &what) == errc::invalid_argument));
  BOOST_TEST(what.find("SECRET") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_base_urls_and_ca_files_fail_at_construction) {
  client_options o;
  o.auth = api_token{"tok-123456"};
  o.base_url = "ftp://example.com";
  BOOST_TEST((construction_error(o) == errc::invalid_argument));
  o.base_url = "https://example.com";
  o.tls.ca_file = "/nonexistent/ca.pem";
  std::string what;
  BOOST_TEST((construction_error(o, &what) == errc::invalid_argument));
  BOOST_TEST(what.find("ca_file") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_valid_configuration_constructs) {
  client_options o;
  o.auth = api_token{"tok-123456"};
  BOOST_TEST(!construction_error(o));
}

BOOST_AUTO_TEST_SUITE_END()
