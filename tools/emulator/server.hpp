#pragma once
// The emulator's HTTP(S) side: accepts connections on one io_context and hands each decoded
// request to the service. HTTP/1.1 with keep-alive; one coroutine per connection.

#include "service.hpp"

#include <rtk/emulator.hpp>

#include <boost/asio/io_context.hpp>

#include <cstdint>
#include <memory>

namespace rtk::emu {

class server {
 public:
  // Binds and listens at once; throws std::runtime_error if it cannot (or a certificate does
  // not load).
  server(boost::asio::io_context& ioc, service& svc, const emulator::options& opts);
  ~server();

  std::uint16_t port() const noexcept;
  bool tls() const noexcept;
  // Starts accepting. Call once, from any thread; connections are served on the io_context.
  void start();
  // Closes the listener and every open connection. Call on the io_context's thread.
  void close();

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace rtk::emu
