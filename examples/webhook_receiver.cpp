// rtk webhook receiver: a small HTTP server that takes RealtimeKit's webhook deliveries.
//
//   webhook_receiver (--public-key PEM_FILE | --public-key-url URL) [--port N] [--register APP]
//
// Each POST is verified over its raw body (rtk-signature), dropped if its rtk-uuid was seen
// before, and answered at once; the event is handled afterwards on a worker thread, as slow
// work should be. Answers: 204 handled (or a duplicate, or an event this version does not
// know, so the sender does not retry it), 400 no signature or not an event, 401 a signature
// that does not verify, 503 the key cannot be fetched (the sender retries later).
//
// With --register APP it registers itself with the Webhooks API for every event (credentials
// from the environment, as the quickstart) and removes that webhook when stopped (SIGINT or
// SIGTERM). The first line on stdout is its URL; then one line per delivery.

#include <rtk/rtk.hpp>
#include <rtk/webhooks.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>

#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace wh = rtk::webhooks;
using tcp = asio::ip::tcp;

namespace {

constexpr auto as_result = asio::as_tuple(asio::use_awaitable);

// One line at a time on stdout, from any thread.
void say(const std::string& line) {
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  std::cout << line << std::endl;
}

// ---- what the receiver does with each event, after it has answered ----------------------

std::string meeting_of(const std::optional<wh::meeting>& m) {
  return m && m->id ? " meeting=" + *m->id : std::string();
}

template <class... F>
struct overloaded : F... {
  using F::operator()...;
};
template <class... F>
overloaded(F...) -> overloaded<F...>;

void handle(const wh::event& event, const std::string& uuid) {
  const std::string head = std::string(wh::event_name(event)) + " uuid=" + uuid;
  std::visit(
      overloaded{
          [&](const wh::meeting_started& e) { say(head + meeting_of(e.meeting)); },
          [&](const wh::meeting_ended& e) {
            say(head + meeting_of(e.meeting) + " reason=" + e.reason.value_or("?"));
          },
          [&](const wh::participant_joined& e) {
            say(head + meeting_of(e.meeting) +
                " peer=" + (e.participant ? e.participant->peerId.value_or("?") : "?"));
          },
          [&](const wh::participant_left& e) {
            say(head + meeting_of(e.meeting) +
                " peer=" + (e.participant ? e.participant->peerId.value_or("?") : "?"));
          },
          [&](const wh::chat_synced& e) {
            say(head + " meeting=" + e.meetingId.value_or("?") + " chat ready");
          },
          [&](const wh::recording_status_update& e) {
            say(head + meeting_of(e.meeting) +
                " recording=" + (e.recording ? e.recording->status.value_or("?") : "?"));
          },
          [&](const wh::livestreaming_status_update& e) {
            // streamKey is a credential: never printed.
            say(head + meeting_of(e.meeting) + " livestream=" + e.status.value_or("?"));
          },
          [&](const wh::transcript_ready& e) {
            say(head + meeting_of(e.meeting) + " transcript ready");
          },
          [&](const wh::summary_ready& e) { say(head + meeting_of(e.meeting) + " summary ready"); },
          [&](const wh::unknown_event&) { say(head + " (not known to this version)"); },
      },
      event);
}

// ---- the HTTP side -----------------------------------------------------------------------

struct receiver {
  std::optional<wh::verifier> key;            // --public-key
  std::optional<wh::remote_verifier> remote;  // --public-key-url
  wh::duplicate_filter seen{};
  asio::thread_pool workers{1};

  asio::awaitable<rtk::error_code> verify(const std::string& body, const std::string& sig) {
    if (key) co_return key->verify(body, sig);
    auto [ec] = co_await remote->async_verify(body, sig, as_result);
    co_return ec;
  }

  // The status to answer with; the event, when there is one, goes to the workers.
  asio::awaitable<http::status> take(const http::request<http::string_body>& req) {
    if (req.method() != http::verb::post) co_return http::status::method_not_allowed;
    const std::string signature(req[wh::signature_header]);
    const std::string uuid(req[wh::uuid_header]);
    const rtk::error_code ec = co_await verify(req.body(), signature);
    if (ec == wh::errc::missing_signature) co_return http::status::bad_request;
    if (ec == wh::errc::key_unavailable) co_return http::status::service_unavailable;
    if (ec) {
      say("rejected uuid=" + uuid + ": " + ec.message());
      co_return http::status::unauthorized;
    }
    rtk::error_code parse_ec;
    wh::event event = wh::parse(req.body(), parse_ec);
    if (parse_ec) co_return http::status::bad_request;
    if (!seen.first_delivery(uuid)) {
      say("duplicate uuid=" + uuid);
      co_return http::status::no_content;
    }
    asio::post(workers, [event = std::move(event), uuid] { handle(event, uuid); });
    co_return http::status::no_content;
  }

  asio::awaitable<void> serve(tcp::socket socket) {
    beast::tcp_stream stream(std::move(socket));
    beast::flat_buffer buffer;
    for (;;) {
      http::request_parser<http::string_body> parser;
      parser.body_limit(1 << 20);
      stream.expires_after(std::chrono::seconds(30));
      auto [rec, n] = co_await http::async_read(stream, buffer, parser, as_result);
      if (rec) co_return;
      const auto& req = parser.get();
      const http::status status = co_await take(req);
      http::response<http::empty_body> res{status, req.version()};
      res.keep_alive(req.keep_alive());
      res.prepare_payload();
      auto [wec, m] = co_await http::async_write(stream, res, as_result);
      if (wec || !res.keep_alive()) co_return;
    }
  }
};

asio::awaitable<void> accept_all(tcp::acceptor& acceptor, receiver& r) {
  for (;;) {
    auto [ec, socket] = co_await acceptor.async_accept(as_result);
    if (ec) co_return;  // closed: stopping
    asio::co_spawn(acceptor.get_executor(), r.serve(std::move(socket)), asio::detached);
  }
}

// ---- registration with the Webhooks API --------------------------------------------------

asio::awaitable<std::string> register_webhook(rtk::client& api, const std::string& app,
                                              const std::string& url) {
  std::vector<rtk::webhook_event> events;
  for (const auto& [event, name] : rtk::enum_names<rtk::webhook_event>::values)
    events.push_back(event);
  const rtk::create_webhook_request request{
      .events = events, .name = "rtk example receiver", .url = url};
  auto webhooks = api.webhooks();
  rtk::webhook created = co_await webhooks.async_create(app, request);
  say("registered webhook " + created.id + " for app " + app);
  co_return created.id;
}

asio::awaitable<void> unregister_webhook(rtk::client& api, const std::string& app,
                                         const std::string& id) {
  auto webhooks = api.webhooks();
  co_await webhooks.async_delete(app, id);
  say("removed webhook " + id);
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct settings {
  std::string key_file, key_url, app;
  unsigned short port = 0;
};

bool parse(int argc, char** argv, settings& s) {
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i], v = argv[i + 1];
    if (a == "--public-key")
      s.key_file = v;
    else if (a == "--public-key-url")
      s.key_url = v;
    else if (a == "--register")
      s.app = v;
    else if (a == "--port")
      s.port = static_cast<unsigned short>(std::stoul(v));
    else
      return false;
  }
  return argc % 2 == 1 && s.key_file.empty() != s.key_url.empty();
}

}  // namespace

int main(int argc, char** argv) {
  settings s;
  try {
    if (!parse(argc, argv, s)) {
      std::cerr << "usage: webhook_receiver (--public-key PEM_FILE | --public-key-url URL) "
                   "[--port N] [--register APP_ID]\n";
      return 2;
    }
    asio::io_context ioc;
    receiver r;
    if (!s.key_file.empty()) {
      const auto pem = read_file(s.key_file);
      if (!pem) throw std::runtime_error("cannot read " + s.key_file);
      r.key.emplace(*pem);
    } else {
      r.remote.emplace(ioc.get_executor(), wh::remote_verifier::options{.url = s.key_url});
    }
    tcp::acceptor acceptor(ioc, {asio::ip::make_address("127.0.0.1"), s.port});
    const std::string url =
        "http://127.0.0.1:" + std::to_string(acceptor.local_endpoint().port()) + "/webhooks";
    say(url);
    asio::co_spawn(ioc, accept_all(acceptor, r), asio::detached);

    std::optional<rtk::client> api;
    std::string webhook_id;
    if (!s.app.empty()) {
      api.emplace(ioc.get_executor(), rtk::client_options::from_env());
      asio::co_spawn(
          ioc,
          [&]() -> asio::awaitable<void> {
            webhook_id = co_await register_webhook(*api, s.app, url);
          },
          [](std::exception_ptr e) {
            if (e) std::rethrow_exception(e);
          });
    }
    asio::signal_set stop(ioc, SIGINT, SIGTERM);
    // Stopping: no new connections, the webhook removed, then the open keep-alive connections
    // are dropped with the io_context.
    stop.async_wait([&](rtk::error_code, int) {
      acceptor.close();
      if (webhook_id.empty()) return ioc.stop();
      asio::co_spawn(ioc, unregister_webhook(*api, s.app, webhook_id),
                     [&](std::exception_ptr) { ioc.stop(); });
    });
    ioc.run();
    r.workers.join();
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "webhook_receiver: " << e.what() << '\n';
    return 1;
  }
}
