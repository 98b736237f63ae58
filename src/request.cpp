#include "request.hpp"

namespace rtk::detail {

void request_spec_deleter::operator()(request_spec* r) const noexcept {
  delete r;
}

std::string_view to_string(http_method m) noexcept {
  switch (m) {
    case http_method::get:
      return "GET";
    case http_method::post:
      return "POST";
    case http_method::put:
      return "PUT";
    case http_method::patch:
      return "PATCH";
    case http_method::del:
      return "DELETE";
  }
  return "GET";
}

}  // namespace rtk::detail
