#pragma once
// Per-call settings; every field left empty falls back to the client's options.
//
// Like a request, call_options borrows: the call reads it before it returns (and clones the
// policies it points to), so `async_get(app_id, id, {.attempt_timeout = 5s})` is safe inline,
// with GCC 12 too (see <rtk/models/common.hpp>).

#include <rtk/retry.hpp>
#include <rtk/text.hpp>

#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace rtk {

struct call_options {
  // Overrides client_options::attempt_timeout for this call.
  std::optional<std::chrono::milliseconds> attempt_timeout{};
  // No attempt, and no wait for a connection, goes past this point; the call then fails
  // with errc::deadline_exceeded.
  std::optional<std::chrono::steady_clock::time_point> deadline{};
  // Overrides client_options::account_id for this call.
  text account_id{};
  // Query parameters to add, for API additions rtk does not know yet (name, value; sent
  // percent-encoded after the operation's own parameters). Body additions go in the request
  // struct's `extra`.
  std::span<const std::pair<std::string, std::string>> extra_query{};
  // Override the client's policies for this call (cloned when the call starts).
  const retry_policy* retry = nullptr;
  const backoff_policy* backoff = nullptr;
  // Retry this POST or PATCH like a GET, even when the server may have processed the failed
  // attempt. Only for requests that are safe to repeat, e.g. when a duplicate is harmless.
  bool retry_non_idempotent = false;
  // Keep the 2xx body as received in diagnostics::response_body, e.g. to forward or log the
  // API's own JSON next to the typed result.
  bool keep_response_body = false;
};

// What makes `{.attempt_timeout = 5s}` safe inside co_await with GCC 12.
static_assert(std::is_trivially_destructible_v<call_options>);

}  // namespace rtk
