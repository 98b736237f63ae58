#pragma once
// What a client owns: its checked options, the connection pool, the rate limiter and the retry
// budget, and the calls in flight (so that shutdown reaches them). It runs each call: the retry
// loop (retry_loop.hpp) over attempts (attempt.hpp), with the real clock, a timer for the waits,
// and the metrics hook and debug log watching.

#include "attempt.hpp"
#include "client_setup.hpp"
#include "http/pool.hpp"
#include "rate_limiter.hpp"
#include "request.hpp"
#include "retry_budget.hpp"
#include "scrub.hpp"

#include <rtk/client_options.hpp>
#include <rtk/diagnostics.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>

#include <memory>
#include <mutex>
#include <string>

namespace rtk::detail {

// The state of one call. Its coroutine runs on the client's executor, on no strand of its own:
// only `flags` (cancellation, from any thread) is touched from elsewhere while it runs.
struct call_state {
  virtual ~call_state() = default;

  call_flags flags;
  diagnostics diag;
  // The session's list of calls in flight (guarded by the session's mutex): linked through the
  // calls themselves, so registering one allocates nothing.
  call_state* prev = nullptr;
  call_state* next = nullptr;
};

// A call whose result is a T: the attempt that succeeds decodes into `result`.
template <class T>
struct typed_call final : call_state {
  T result{};
};

class session : public std::enable_shared_from_this<session> {
 public:
  // Throws rtk::error(errc::invalid_argument) for unusable options.
  session(boost::asio::any_io_executor ex, client_options opts);
  ~session();

  const client_options& options() const noexcept { return opts_; }
  const origin& api_origin() const noexcept { return setup_.api; }
  const boost::asio::any_io_executor& executor() const noexcept { return ex_; }
  std::string_view account_id(const call_options& opts) const noexcept {
    return opts.account_id.empty() ? std::string_view(opts_.account_id)
                                   : std::string_view(opts.account_id);
  }

  // Registers a call so shutdown() can reach it; false after shutdown.
  bool open_call(const std::shared_ptr<call_state>& call);
  void close_call(call_state& call);

  // Runs the call, retrying as the rules allow; a 2xx body is decoded into `sink`, and
  // call->diag is filled either way.
  boost::asio::awaitable<error_code> run(std::shared_ptr<call_state> call, request_ptr request,
                                         result_sink sink);

  // Terminal cancellation of one call (the caller's, or shutdown's), from any thread: whatever
  // it waits on (a connection from the pool, a resolve, a connect, an exchange, the pause
  // between attempts) ends at once; a connection it was using is closed, never returned to
  // the pool.
  static void cancel_call(call_state& call);

  const scrubber& secrets() const noexcept { return scrubber_; }

  void shutdown();

 private:
  class live_call;

  const retry_policy& retry_prototype(const call_settings& o) const noexcept;
  const backoff_policy& backoff_prototype(const call_settings& o) const noexcept;
  void notify_attempt(const request_spec& req, int attempt, const attempt_record& rec,
                      const retry_decision& decision) const;
  void log(log_level level, const std::string& line) const;

  boost::asio::any_io_executor ex_;
  client_options opts_;
  client_setup setup_;
  scrubber scrubber_;
  std::shared_ptr<http::pool> pool_;
  std::shared_ptr<rate_limiter> limiter_;  // null when rate_limits.enabled is false
  std::unique_ptr<retry_budget> budget_;   // null when retry_budget.enabled is false

  std::mutex calls_mutex_;
  call_state* calls_ = nullptr;  // the first call in flight
  bool closed_ = false;
};

}  // namespace rtk::detail
