// A program that embeds rtk as a user's server would: its own Asio code beside rtk's calls, on
// one io_context. Built by the consumer projects in this folder (find_package, add_subdirectory,
// FetchContent, and the Debian packages), each from a clean directory, and run by run.sh.
//
// It talks to the emulator in its own process (RTK_CONSUMER_IN_PROCESS_EMULATOR, with the
// rtk::emulator component) or to the one CLOUDFLARE_BASE_URL names (RTK_APP_ID is its app).
// Prints "consumer: ok" and exits 0 when every step did what it should.

#if defined(BOOST_ASIO_NO_DEPRECATED) || defined(BOOST_BEAST_SEPARATE_COMPILATION) || \
    defined(BOOST_JSON_HEADER_ONLY)
#error "a Boost configuration macro reached the program without its asking: rtk must not impose one"
#endif
#if defined(BOOST_ASIO_SEPARATE_COMPILATION) != defined(RTK_CONSUMER_OWN_ASIO_SOURCE)
#error "BOOST_ASIO_SEPARATE_COMPILATION must be the program's own choice, never rtk's"
#endif

#include <rtk/rtk.hpp>
#ifdef RTK_CONSUMER_IN_PROCESS_EMULATOR
#include <rtk/emulator.hpp>
#endif
#ifdef RTK_CONSUMER_USES_BOOST_JSON
#include <rtk/json.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#endif

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <chrono>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <memory>
#include <string>

namespace asio = boost::asio;

namespace {

std::string env_or(const char* name, std::string fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

// The program's own Asio use: a timer between two rtk calls.
asio::awaitable<void> pause_briefly() {
  asio::steady_timer timer(co_await asio::this_coro::executor, std::chrono::milliseconds(1));
  co_await timer.async_wait(asio::use_awaitable);
}

// Fetches the meeting several times, alongside other fetchers: rtk's calls interleave with one
// another and with the program's own Asio work on one io_context, as in a server. (A shared
// librtk that kept its own copy of Asio's per-thread state crashed here every time.)
asio::awaitable<void> fetch_repeatedly(rtk::client& api, std::string app, std::string id) {
  for (int i = 0; i < 25; ++i) {
    rtk::meeting fetched = co_await api.app(app).meetings().async_get(id);
    if (fetched.id != id || fetched.title != "consumer")
      throw std::runtime_error("the meeting fetched back is not the one created");
    co_await pause_briefly();
  }
}

asio::awaitable<void> run(rtk::client& api, std::string app) {
  rtk::meeting created = co_await api.meetings().async_create(app, {.title = "consumer"});
  co_await pause_briefly();
  auto executor = co_await asio::this_coro::executor;
  constexpr int fetchers = 8;
  int done = 0;
  std::exception_ptr failure;
  asio::steady_timer all_done(executor, asio::steady_timer::time_point::max());
  for (int i = 0; i < fetchers; ++i)
    asio::co_spawn(executor, fetch_repeatedly(api, app, created.id), [&](std::exception_ptr e) {
      if (e && !failure) failure = e;
      if (++done == fetchers) all_done.cancel();
    });
  boost::system::error_code ignored;
  co_await all_done.async_wait(asio::redirect_error(asio::use_awaitable, ignored));
  if (failure) std::rethrow_exception(failure);
  rtk::meeting fetched = co_await api.app(app).meetings().async_get(created.id);
#ifdef RTK_CONSUMER_USES_BOOST_JSON
  // Boost.JSON from the program's own Boost::json, the same library rtk uses.
  boost::json::value unknown = rtk::to_json(fetched.extra);
  std::cout << "consumer: unmapped fields " << boost::json::serialize(unknown) << '\n';
#endif
  std::cout << "consumer: created and fetched meeting " << fetched.id << '\n';
}

}  // namespace

int main() try {
  std::string app = env_or("RTK_APP_ID", "consumer-app");
#ifdef RTK_CONSUMER_IN_PROCESS_EMULATOR
  rtk::emulator::options emulator_options;
  emulator_options.app_ids = {app};
  rtk::emulator emulator(emulator_options);
  rtk::client_options options;
  options.base_url = emulator.base_url();
  options.auth = rtk::api_token{"consumer-token"};
  options.account_id = "consumer-account";
#else
  rtk::client_options options = rtk::client_options::from_env();
#endif
  asio::io_context io;
  rtk::client api(io.get_executor(), options);
  std::exception_ptr failure;
  asio::co_spawn(io, run(api, app), [&](std::exception_ptr e) { failure = e; });
  io.run();
  if (failure) std::rethrow_exception(failure);
  std::cout << "consumer: ok\n";
  return 0;
} catch (const std::exception& e) {
  std::cerr << "consumer: " << e.what() << '\n';
  return 1;
}
