#pragma once
// What went wrong in a call, beyond its error code. Filled for every call that is given one
// (success too: status, request id and attempts are useful in logs). Text that came from the
// server is kept apart from text rtk wrote. No field ever holds a credential.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace rtk {

struct diagnostics {
  // HTTP status of the last response, 0 when none arrived.
  int http_status = 0;
  // From either error envelope: RealtimeKit's {"error":{code,message}} or the Cloudflare
  // gateway's {"errors":[{code,message}]} (the first entry).
  std::optional<std::int64_t> api_code;
  std::string api_message;
  // The start of a body that was not the expected JSON (an HTML 502 page, an empty body),
  // with control characters replaced; at most 256 bytes.
  std::string body_excerpt;
  // The `cf-ray` response header, to quote to Cloudflare support.
  std::string request_id;
  // How many attempts were made (1 without retries).
  int attempts = 0;
  // rtk's own explanation: which argument was invalid, which phase failed, and so on.
  std::string client_message;

  void clear() { *this = diagnostics{}; }
  // One line for logs and exception texts, e.g.
  // "HTTP 404; API error 2004: Meeting not found; cf-ray 8d1e...; 1 attempt".
  std::string to_string() const;
};

}  // namespace rtk
