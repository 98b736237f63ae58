// rtk::emulator: the service and its server on a thread of their own.

#include <rtk/emulator.hpp>

#include "server.hpp"
#include "service.hpp"

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
  std::string base_url;
  std::thread thread{};
  std::mutex stop_mutex{};
  bool stopped = false;

  explicit impl(const options& opts) : service(opts), server(ioc, service, opts) {
    std::string host = opts.host.find(':') != std::string::npos ? "[" + opts.host + "]" : opts.host;
    base_url = (server.tls() ? "https://" : "http://") + host + ":" +
               std::to_string(server.port()) + "/client/v4";
    server.start();
    thread = std::thread([this] { ioc.run(); });
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
    return 0;
  });
  // With the listener, the connections and the waits closed, every coroutine ends and run()
  // returns: nothing is left for the io_context's destructor to tear down.
  impl_->guard.reset();
  impl_->thread.join();
}

}  // namespace rtk
