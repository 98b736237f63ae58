#pragma once
// What went wrong in a call, beyond its error code. Filled for every call that is given one
// (success too: status, request id and attempts are useful in logs). Text that came from the
// server is kept apart from text rtk wrote. No field ever holds a credential.

#include <boost/system/error_code.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rtk {

using error_code = boost::system::error_code;

// One attempt of a call, as diagnostics and the metrics hook see it.
struct attempt_record {
  int http_status = 0;                   // 0 when no response arrived
  error_code error{};                    // empty when the attempt succeeded
  bool request_sent = false;             // at least one byte of the request was written
  std::chrono::milliseconds waited{};    // the backoff (or server-hinted) wait before it
  std::chrono::microseconds duration{};  // from asking the pool for a connection to the end
  // Held by the client's rate limiter before it started (not part of `duration`).
  std::chrono::microseconds rate_limit_wait{};
};

// Why a failed call made no further attempt.
enum class retry_stop {
  none,            // the call succeeded, or has not failed yet
  not_retryable,   // the failure is not one that is retried (400, 404, a refused argument...)
  not_idempotent,  // retryable, but a POST or PATCH the server may already have processed
  exhausted,       // the retry policy allows no more attempts
  deadline,        // the next attempt, or the server's requested wait, would pass the deadline
  cancelled,       // the caller cancelled the call, or the client shut down
  retry_budget,    // retries are held to a share of recent calls, and that share is spent
};

const char* to_string(retry_stop s) noexcept;

struct diagnostics {
  // HTTP status of the last response, 0 when none arrived.
  int http_status = 0;
  // The proxy's answer to CONNECT when it refused the tunnel (407, 502...); 0 otherwise.
  int proxy_status = 0;
  // From either error envelope: RealtimeKit's {"error":{code,message}} or the Cloudflare
  // gateway's {"errors":[{code,message}]} (the first entry).
  std::optional<std::int64_t> api_code{};
  std::string api_message{};
  // The start of a body that was not the expected JSON (an HTML 502 page, an empty body),
  // with control characters replaced: at most its first 256 bytes, cut before a UTF-8
  // character the limit would split, then "..." when there was more.
  std::string body_excerpt{};
  // The `cf-ray` response header, to quote to Cloudflare support.
  std::string request_id{};
  // How many attempts were made (1 without retries), each of them, and why the last failure
  // was not retried.
  int attempts = 0;
  std::vector<attempt_record> attempt_log{};
  retry_stop stopped_because = retry_stop::none;
  // The wait the server asked for on the last response (retry-after-ms or Retry-After), also
  // when rtk did not wait it: e.g. it would have crossed the call's deadline.
  std::optional<std::chrono::milliseconds> server_retry_after{};
  // The time the call's attempts were held by the client's rate limiter, in all.
  std::chrono::microseconds rate_limit_wait{};
  // rtk's own explanation: which argument was invalid, which phase failed, and so on.
  std::string client_message{};
  // On success: members the result's model requires that the response left out, as dotted
  // paths ("data.created_at", "data[2].id"). Their fields hold a default the server did not
  // send; empty when the response was complete.
  std::vector<std::string> missing_fields{};
  // On success, with call_options::keep_response_body: the response body exactly as received
  // (it may hold participant tokens: it is never part of to_string() or an error text).
  std::string response_body{};

  void clear() { *this = diagnostics{}; }
  // One line for logs and exception texts, e.g.
  // "HTTP 404; API error 2004: Meeting not found; cf-ray 8d1e...; 1 attempt".
  std::string to_string() const;
};

}  // namespace rtk
