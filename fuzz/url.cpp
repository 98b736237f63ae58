// Base URLs and request targets: a base URL, then path parameters and query pairs from the
// input. Invariants: a target that was not refused has no byte outside the URL's safe set
// (nothing a value holds can break out of its segment or pair).

#include "url.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

bool safe_target_byte(unsigned char c) {
  return c > 0x20 && c < 0x7f && c != '#' && c != '"' && c != '<' && c != '>' && c != '\\';
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  auto next = [&in]() {
    const auto nl = in.find('\n');
    auto part = in.substr(0, nl);
    in = nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1);
    return part;
  };
  rtk::detail::origin o;
  std::string why;
  const bool base_ok = !rtk::detail::parse_base_url(next(), o, why);
  rtk::detail::target_builder b(base_ok ? std::string_view(o.path_prefix) : "/client/v4");
  b.literal("/accounts");
  b.param("account_id", next());
  b.param("app_id", next());
  b.query("page_no", next());
  b.query(next(), next());
  if (!b.failed()) {
    const std::string target = b.take();
    for (unsigned char c : target)
      if (!safe_target_byte(c)) std::abort();
  }
  return 0;
}
