// rtk quickstart: a meeting's life in five calls.
//
// Creates a meeting, adds two participants, pages through the app's meetings, fetches the new
// meeting back and ends it. Credentials come from the environment (client_options::from_env):
// CLOUDFLARE_API_TOKEN, CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_BASE_URL, plus RTK_APP_ID for the
// app to use and RTK_PRESET_NAME for the participants' preset (default
// "group_call_participant"). tools/dev/quickstart.sh runs it against the bundled emulator
// when CLOUDFLARE_API_TOKEN is not set.

#include <rtk/rtk.hpp>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_future.hpp>

#include <chrono>
#include <cstdlib>
#include <future>
#include <iostream>
#include <string>

namespace asio = boost::asio;

namespace {

std::string env_or(const char* name, std::string fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

std::string status_of(const rtk::meeting& m) {
  return m.status ? std::string(m.status->wire()) : "status unknown";
}

asio::awaitable<void> add_participant(rtk::client& api, const std::string& app,
                                      const std::string& meeting, std::string name) {
  const std::string email = name + "@example.com";
  const std::string preset = env_or("RTK_PRESET_NAME", "group_call_participant");
  const rtk::add_participant_request request{
      .custom_participant_id = email, .preset_name = preset, .name = name};
  rtk::participant p = co_await api.meetings().async_add_participant(app, meeting, request);
  // The token lets the participant join: a credential, so it is never printed.
  std::cout << "  added " << name << " (participant " << p.id << "), "
            << (p.token && !p.token->empty() ? "join token issued" : "no token returned") << '\n';
}

asio::awaitable<void> quickstart(rtk::client& api, std::string app) {
  rtk::create_meeting_request create{};
  create.title = "rtk quickstart";
  rtk::meeting meeting = co_await api.meetings().async_create(app, create);
  std::cout << "created meeting " << meeting.id << " \"" << meeting.title.value_or("") << "\"\n";

  co_await add_participant(api, app, meeting.id, "Ada");
  co_await add_participant(api, app, meeting.id, "Grace");

  // Every meeting of the app, a page of 10 at a time: the pager stops at the last page.
  rtk::list_meetings_query query{};
  query.per_page = 10;
  auto pages = api.meetings().list_pages(app, query);
  std::size_t pages_read = 0;
  bool found = false;
  while (!pages.done()) {
    rtk::page<rtk::meeting> page = co_await pages.async_next_page();
    ++pages_read;
    for (const auto& m : page.items) found = found || m.id == meeting.id;
  }
  std::cout << "listed " << pages.items_seen() << " meeting(s) in " << pages_read
            << " page(s); the new one is " << (found ? "among them" : "MISSING") << '\n';

  rtk::meeting fetched = co_await api.meetings().async_get(app, meeting.id);
  std::cout << "fetched it back: \"" << fetched.title.value_or("") << "\", " << status_of(fetched)
            << '\n';

  rtk::update_meeting_request end{};
  end.status = rtk::meeting_status::inactive;
  rtk::meeting ended = co_await api.meetings().async_update(app, meeting.id, end);
  std::cout << "ended it: " << status_of(ended) << '\n';
  if (!found) throw std::runtime_error("the new meeting was not listed");
}

}  // namespace

int main() {
  std::string app = env_or("RTK_APP_ID", "");
  if (app.empty()) {
    std::cerr << "quickstart: set RTK_APP_ID to your RealtimeKit app's id (and "
                 "CLOUDFLARE_API_TOKEN, CLOUDFLARE_ACCOUNT_ID)\n";
    return 2;
  }
  try {
    asio::io_context ioc;
    rtk::client api(ioc.get_executor(), rtk::client_options::from_env());
    std::cout << "rtk quickstart against " << api.options().base_url << '\n';
    auto done = asio::co_spawn(ioc, quickstart(api, app), asio::use_future);
    ioc.run();  // returns once the quickstart is done: an idle client keeps nothing pending
    done.get();
    std::cout << "done\n";
    return 0;
  } catch (const std::exception& e) {
    // rtk::error's text carries the diagnostics and never a secret.
    std::cerr << "quickstart failed: " << e.what() << '\n';
    return 1;
  }
}
