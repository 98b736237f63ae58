#pragma once
// One HTTP response as the session needs it: status, the few headers rtk acts on, the body.

#include <string>

namespace rtk::detail::http {

struct response {
  unsigned status = 0;
  bool keep_alive = false;
  std::string body;
  std::string content_type;
  std::string request_id;      // cf-ray
  std::string retry_after;     // Retry-After
  std::string retry_after_ms;  // retry-after-ms
  std::string should_retry;    // x-should-retry
  // The rate limit the answer counted against, in either generation of headers.
  std::string ratelimit;         // Ratelimit
  std::string ratelimit_policy;  // Ratelimit-Policy
  std::string x_ratelimit_limit;
  std::string x_ratelimit_remaining;
  std::string x_ratelimit_reset;

  void clear() {
    status = 0;
    keep_alive = false;
    body.clear();  // keeps capacity
    content_type.clear();
    request_id.clear();
    retry_after.clear();
    retry_after_ms.clear();
    should_retry.clear();
    ratelimit.clear();
    ratelimit_policy.clear();
    x_ratelimit_limit.clear();
    x_ratelimit_remaining.clear();
    x_ratelimit_reset.clear();
  }
};

}  // namespace rtk::detail::http
