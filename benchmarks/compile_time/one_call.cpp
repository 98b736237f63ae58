// The same program with one rtk call in its coroutine. RTK_HEADER picks <rtk/rtk.hpp> (every
// group) or a group's own header (<rtk/meetings.hpp>).
#include RTK_HEADER

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>

#include <iostream>

namespace asio = boost::asio;

asio::awaitable<void> run(rtk::client& api) {
  rtk::meeting m = co_await api.meetings().async_get("app", "meeting");
  std::cout << m.id << '\n';
}

int main() {
  asio::io_context io;
  rtk::client api(io.get_executor(), rtk::client_options::from_env());
  asio::co_spawn(io, run(api), asio::detached);
  io.run();
}
