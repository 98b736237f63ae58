// The baseline: a program's coroutine with one asynchronous operation, Asio's headers only.
#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <chrono>
#include <iostream>

namespace asio = boost::asio;

asio::awaitable<void> run(asio::steady_timer& timer) {
  timer.expires_after(std::chrono::milliseconds(1));
  co_await timer.async_wait(asio::use_awaitable);
  std::cout << "waited\n";
}

int main() {
  asio::io_context io;
  asio::steady_timer timer(io);
  asio::co_spawn(io, run(timer), asio::detached);
  io.run();
}
