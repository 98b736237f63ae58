// The HTTP response path: the connection's parser (src/http/response_reader.hpp) with the
// client's body limit, fed the input in pieces as a socket would deliver it (the first byte
// sets the piece size), then the end of the stream: status lines, headers, chunked and
// Content-Length bodies, truncation, garbage.

#include "http/response_reader.hpp"

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/error.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t piece = 1 + data[0] % 64;
  const char* in = reinterpret_cast<const char*>(data) + 1;
  std::size_t left = size - 1;
  rtk::detail::http::response out;
  rtk::detail::http::response_reader reader(out);
  reader.body_limit(rtk::detail::http::max_body_bytes);
  reader.eager(true);
  boost::beast::error_code ec;
  std::string pending;  // what the parser has not consumed yet, as the connection's buffer
  while (left > 0 && !ec && !reader.is_done()) {
    const std::size_t n = std::min(piece, left);
    pending.append(in, n);
    in += n;
    left -= n;
    const std::size_t used = reader.put(boost::asio::buffer(pending), ec);
    if (ec == boost::beast::http::error::need_more) ec = {};
    pending.erase(0, used);
  }
  if (!ec && !reader.is_done()) reader.put_eof(ec);
  if (reader.is_done() && out.status > 999) std::abort();  // three digits, as Beast reads them
  return 0;
}
