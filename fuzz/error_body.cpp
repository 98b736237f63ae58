// Error answers: either error envelope (RealtimeKit's {"error":{...}}, the gateway's
// {"errors":[...]}) or a body that is neither (HTML, nothing, garbage), and the status that
// came with it. The excerpt must stay within its documented 256 bytes and "...".

#include "envelope.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const unsigned status = 100u + (static_cast<unsigned>(data[0]) << 8 | data[1]) % 500u;
  const std::string_view body(reinterpret_cast<const char*>(data) + 2, size - 2);
  rtk::diagnostics diag;
  rtk::detail::read_error_body(body, diag);
  (void)rtk::detail::status_to_errc(status);
  if (diag.body_excerpt.size() > 256 + 3) std::abort();  // then "..."
  (void)diag.to_string();
  return 0;
}
