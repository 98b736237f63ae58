// rtk::emulator: the service and its server on a thread of their own.

#include <rtk/emulator.hpp>

#include "server.hpp"
#include "service.hpp"
#include "webhook_sender.hpp"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/json/serialize.hpp>

#include <future>
#include <mutex>
#include <thread>

namespace rtk {

namespace asio = boost::asio;

struct emulator::impl {
  asio::io_context ioc{1};
  asio::executor_work_guard<asio::io_context::executor_type> guard{ioc.get_executor()};
  emu::service service;
  emu::server server;
  emu::webhook_sender webhooks;
  std::string origin;  // scheme://host:port
  std::string base_url;
  std::thread thread{};
  std::mutex stop_mutex{};
  bool stopped = false;

  explicit impl(const options& opts)
      : service(opts),
        server(ioc, service, opts),
        webhooks(ioc, service.signer(), delivery_settings_of(opts)) {
    service.attach(webhooks);
    std::string host = opts.host.find(':') != std::string::npos ? "[" + opts.host + "]" : opts.host;
    origin = (server.tls() ? "https://" : "http://") + host + ":" + std::to_string(server.port());
    base_url = origin + "/client/v4";
    server.start();
    thread = std::thread([this] { ioc.run(); });
  }

  static emu::delivery_settings delivery_settings_of(const options& opts) {
    return emu::delivery_settings{.attempts = opts.webhook_attempts,
                                  .backoff = opts.webhook_backoff,
                                  .timeout = opts.webhook_timeout,
                                  .any_host = opts.webhook_any_host};
  }

  // Runs f on the server's thread and waits for its result.
  template <class F>
  auto on_server_thread(F f) {
    std::packaged_task<decltype(f())()> task(std::move(f));
    auto result = task.get_future();
    asio::post(ioc, [&task] { task(); });
    return result.get();
  }
};

emulator::emulator() : emulator(options{}) {}

emulator::emulator(options opts) : impl_(std::make_unique<impl>(opts)) {}

emulator::~emulator() {
  stop();
}

const std::string& emulator::base_url() const noexcept {
  return impl_->base_url;
}

std::uint16_t emulator::port() const noexcept {
  return impl_->server.port();
}

std::string emulator::webhook_public_key_url() const {
  return impl_->origin + "/.well-known/webhooks.json";
}

std::string emulator::webhook_public_key_pem() const {
  return impl_->service.signer().public_pem();  // the signer is thread-safe
}

emulator::control_reply emulator::control(std::string_view method, std::string_view path,
                                          std::string_view body) {
  std::lock_guard lock(impl_->stop_mutex);
  if (impl_->stopped)
    return control_reply{
        503, R"({"success":false,"error":{"code":503,"message":"the emulator is stopped"}})"};
  emu::reply r =
      impl_->on_server_thread([&] { return impl_->service.control(method, path, body); });
  return control_reply{r.status, boost::json::serialize(r.body)};
}

std::uint64_t emulator::requests_served() const {
  return impl_->service.requests_served();
}

void emulator::stop() {
  std::lock_guard lock(impl_->stop_mutex);
  if (impl_->stopped) return;
  impl_->stopped = true;
  impl_->on_server_thread([this] {
    impl_->server.close();
    impl_->webhooks.close();
    return 0;
  });
  // With the listener, the connections, the deliveries and the waits closed, every coroutine
  // ends and run() returns: nothing is left for the io_context's destructor to tear down.
  impl_->guard.reset();
  impl_->thread.join();
}

}  // namespace rtk
