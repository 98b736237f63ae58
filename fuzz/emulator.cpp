// The emulator's request handling without sockets (service::handle): routes, query strings and
// bodies, and the control endpoint (/__emulator/...). The input is "METHOD\nTARGET\nBODY"; the
// state is reset every 256 inputs so a long run does not grow without bound.

#include "emulator/service.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static rtk::emu::service service(rtk::emulator::options{.app_ids = {"app"}});
  static unsigned runs = 0;
  if (++runs % 256 == 0) service.control("POST", "reset", "");

  std::string_view in(reinterpret_cast<const char*>(data), size);
  auto next = [&in]() {
    const auto nl = in.find('\n');
    auto part = in.substr(0, nl);
    in = nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1);
    return std::string(part);
  };
  rtk::emu::http_request req;
  req.method = next();
  req.target = next();
  req.body = std::string(in);
  req.authorization = "Bearer fuzz-token";
  (void)service.handle(req);  // /__emulator/... included
  return 0;
}
