#pragma once
// A loopback server, and a client pointed at it that runs operations by name: what each
// conformance test needs. No retries, so each call is exactly one request.

#include "support/loopback_server.hpp"

#include <rtk/operations.hpp>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_future.hpp>

#include <chrono>
#include <string>

namespace rtk_test {

class operation_runner {
 public:
  operation_runner() : api(ioc_.get_executor(), options()) {}

  rtk::operation_outcome run(std::string op, std::string params) {
    using namespace std::chrono_literals;
    auto f = boost::asio::co_spawn(
        ioc_, rtk::call_operation(api, std::move(op), std::move(params), rtk::call_options{}),
        boost::asio::use_future);
    // Not ioc.run(): the client's idle-connection sweeper keeps the context busy.
    ioc_.restart();
    while (f.wait_for(0s) != std::future_status::ready) ioc_.run_one_for(5s);
    return f.get();
  }

  loopback_server server;  // first: the client's options need its URL

 private:
  rtk::client_options options() {
    rtk::client_options o;
    o.base_url = server.base_url();
    o.auth = rtk::api_token{"test-token"};
    o.account_id = "acc";
    o.retry = std::make_shared<rtk::limited_retry_policy>(0);
    return o;
  }

  boost::asio::io_context ioc_;

 public:
  rtk::client api;
};

}  // namespace rtk_test
