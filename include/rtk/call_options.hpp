#pragma once
// Per-call settings; every field left empty falls back to the client's options.

#include <chrono>
#include <optional>
#include <string>

namespace rtk {

struct call_options {
  // Overrides client_options::attempt_timeout for this call.
  std::optional<std::chrono::milliseconds> attempt_timeout{};
  // No attempt, and no wait for a connection, goes past this point; the call then fails
  // with errc::deadline_exceeded.
  std::optional<std::chrono::steady_clock::time_point> deadline{};
  // Overrides client_options::account_id for this call.
  std::string account_id{};
};

}  // namespace rtk
