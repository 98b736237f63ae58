#pragma once
// The API's envelopes. Success: {"success":true,"data":...}. Errors come in two shapes and a
// body may be neither (an HTML page from a proxy, nothing at all):
//   RealtimeKit:        {"success":false,"error":{"code":N,"message":"..."}}
//   Cloudflare gateway: {"success":false,"errors":[{"code":N,"message":"..."}],...}

#include <rtk/diagnostics.hpp>
#include <rtk/error.hpp>

#include <string_view>

namespace rtk::detail {

// The errc for a non-2xx status.
errc status_to_errc(unsigned status) noexcept;

// Fills diag.api_code / api_message from either error envelope, or diag.body_excerpt when the
// body is not one.
void read_error_body(std::string_view body, diagnostics& diag);

// Up to 256 bytes of `body` (never half a UTF-8 character), control characters replaced with
// spaces, then "..." when there was more.
std::string excerpt(std::string_view body);

}  // namespace rtk::detail
