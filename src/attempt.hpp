#pragma once
// One attempt of a call, top to bottom: the rate limiter's leave to start, a connection from
// the pool (connected first when it is new), the request written and its response read within
// the attempt's time limits, and the response decoded in one place: a 2xx body into the call's
// typed result, an error response into the diagnostics (either error envelope, or an excerpt
// of a body that is neither) and the server's retry hints; the rate-limit headers of any
// answer go back to the limiter. It knows the pool, the limiter and the codec's entry point,
// never the retry rules.

#include "http/pool.hpp"
#include "interrupt.hpp"
#include "rate_limiter.hpp"
#include "request.hpp"
#include "retry_loop.hpp"
#include "scrub.hpp"

#include <rtk/diagnostics.hpp>

#include <boost/asio/awaitable.hpp>

#include <atomic>
#include <chrono>
#include <string_view>

namespace rtk::detail {

// Where a 2xx body goes: the call's result, decoded by the codec for the result's type
// (codec::decode_data<T>).
struct result_sink {
  void* out = nullptr;
  error_code (*decode)(std::string_view body, void* out, diagnostics& diag) = nullptr;
};

// What every attempt of one call shares.
struct attempt_plan {
  http::pool& pool;
  const request_spec& request;
  const scrubber& scrub;
  std::string_view host;  // for messages: "connect to <host>: ...", with the proxy if any
  std::chrono::milliseconds acquire_timeout;
  std::chrono::milliseconds connect_timeout;
  std::chrono::milliseconds attempt_timeout;
  result_sink result;
  rate_limiter* limiter = nullptr;  // null: client_options::rate_limits.enabled is false
};

// The call's state that an attempt reads and sets. Cancellation reads and sets it from any
// thread.
struct call_flags {
  // Terminal cancellation or shutdown: what the call waits on is interrupted through `waits`,
  // and whatever failed, the call reports operation_aborted.
  wait_registry waits;
  std::atomic<bool> on_the_wire{false};  // a request is being exchanged: only terminal
                                         // cancellation stops it
  bool cancelled() const noexcept { return waits.interrupted(); }
};

boost::asio::awaitable<attempt_outcome> run_attempt(const attempt_plan& plan, int retry,
                                                    call_flags& flags, diagnostics& diag);

}  // namespace rtk::detail
