#pragma once
// Talking to the emulator over plain HTTP, for what rtk's typed client cannot send: values rtk
// has no enumerator for in a required member, the emulator's own control routes.

#include "fixture.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/json/parse.hpp>

#include <cstdint>
#include <string>

namespace rtk_emu_test {

struct http_reply {
  unsigned status = 0;
  std::string body;

  // The error envelope's message, or "" when there is none.
  std::string api_message() const {
    boost::json::error_code ec;
    const auto parsed = boost::json::parse(body, ec);
    const auto* object = ec ? nullptr : parsed.if_object();
    const auto* error = object ? object->if_contains("error") : nullptr;
    const auto* message =
        error && error->is_object() ? error->as_object().if_contains("message") : nullptr;
    return message && message->is_string() ? std::string(message->get_string()) : std::string();
  }
};

inline http_reply http_call(std::uint16_t port, boost::beast::http::verb verb,
                            const std::string& target, const std::string& body = {},
                            bool with_token = true) {
  namespace http = boost::beast::http;
  asio::io_context ioc;
  asio::ip::tcp::socket socket(ioc);
  socket.connect({asio::ip::make_address("127.0.0.1"), port});
  http::request<http::string_body> req{verb, target, 11};
  req.set(http::field::host, "127.0.0.1");
  if (with_token) req.set(http::field::authorization, std::string("Bearer ") + token);
  if (!body.empty()) {
    req.set(http::field::content_type, "application/json");
    req.body() = body;
  }
  req.keep_alive(false);
  req.prepare_payload();
  http::write(socket, req);
  boost::beast::flat_buffer buffer;
  http::response<http::string_body> res;
  http::read(socket, buffer, res);
  return http_reply{res.result_int(), res.body()};
}

// The path of an app's operation on the emulator, e.g. api_path("/webhooks").
inline std::string api_path(const std::string& rest) {
  return std::string("/client/v4/accounts/") + account + "/realtime/kit/" + app + rest;
}

}  // namespace rtk_emu_test
