#pragma once
// One call from start to finish: its attempts (pool acquire, connect, exchange, each with its
// timeout), the retry decisions and waits between them, the deadline over all of it, mapping
// failures to rtk::errc and filling diagnostics. It knows attempts and time, never JSON field
// names.

#include "http/pool.hpp"
#include "request.hpp"
#include "retry_rules.hpp"
#include "url.hpp"

#include <rtk/client_options.hpp>
#include <rtk/diagnostics.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/cancellation_signal.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace rtk::detail {

// The state of one call. Everything in it is touched only on `strand`.
struct call_state : std::enable_shared_from_this<call_state> {
  using strand_type = boost::asio::strand<boost::asio::any_io_executor>;
  explicit call_state(strand_type s) : strand(s), timer(s), backoff_timer(s) {}

  strand_type strand;
  boost::asio::steady_timer timer;          // the running phase's timeout
  boost::asio::steady_timer backoff_timer;  // the wait between attempts
  boost::asio::cancellation_signal signal;  // user cancellation and shutdown, into the coroutine
  http::connection* guarded = nullptr;      // what the timer aborts when it fires
  unsigned timer_generation = 0;
  bool timed_out = false;
  bool cancelled = false;    // terminal cancellation or shutdown: whatever failed, report aborted
  bool on_the_wire = false;  // a request is being exchanged: only terminal cancellation stops it
  diagnostics diag;
  std::list<std::weak_ptr<call_state>>::iterator registration;
};

class session : public std::enable_shared_from_this<session> {
 public:
  using clock = std::chrono::steady_clock;

  // Throws rtk::error(errc::invalid_argument) for unusable options.
  session(boost::asio::any_io_executor ex, client_options opts);
  ~session();

  const client_options& options() const noexcept { return opts_; }
  const origin& api_origin() const noexcept { return origin_; }
  const boost::asio::any_io_executor& executor() const noexcept { return ex_; }
  std::string_view account_id(const call_options& opts) const noexcept {
    return opts.account_id.empty() ? std::string_view(opts_.account_id)
                                   : std::string_view(opts.account_id);
  }

  // Creates a call's state, registered so shutdown() can reach it; null after shutdown.
  std::shared_ptr<call_state> open_call();
  void close_call(call_state& call);

  // Runs the call, retrying as the rules allow; on success returns the 2xx body, with
  // call.diag filled either way.
  boost::asio::awaitable<std::pair<error_code, std::string>> run(std::shared_ptr<call_state> call,
                                                                 request_ptr request);

  // Terminal cancellation of one call (the caller's, or shutdown's), on the call's strand:
  // closes the connection it is using, which completes any pending I/O at once, and cancels
  // whatever else it awaits (a pool wait, a resolve).
  static void cancel_call(call_state& call);

  // Removes credentials, and the request's own secrets when given, from text that came from
  // the server or from errors.
  void scrub(std::string& text, const request_spec* req = nullptr) const;
  void scrub(std::string& text, const std::vector<std::string>& request_secrets) const;

  void shutdown();

 private:
  struct attempt_outcome {
    error_code ec;
    std::string body;  // of a 2xx
    bool request_written = false;
    retry_hints hints{};
  };

  // One attempt: a connection from the pool, connected if new, one request and response.
  boost::asio::awaitable<attempt_outcome> attempt(call_state& call, const request_spec& req,
                                                  int retry);
  boost::asio::awaitable<error_code> acquire(call_state& call, const request_spec& req,
                                             http::lease& conn);
  // The error the call reports once retrying stopped, with the reason in its diagnostics.
  error_code give_up(call_state& call, const request_spec& req, error_code ec,
                     const retry_decision& decision, bool sent_without_answer);
  void notify_attempt(const request_spec& req, int attempt, const attempt_record& rec,
                      const retry_decision& decision) const;
  const retry_policy& retry_prototype(const call_settings& o) const noexcept;
  const backoff_policy& backoff_prototype(const call_settings& o) const noexcept;
  boost::asio::awaitable<error_code> connect(call_state& call, http::lease& conn,
                                             clock::time_point limit, bool limit_is_deadline);
  std::string request_head(const request_spec& r, int retry) const;
  void arm_timer(call_state& call, clock::time_point at, http::connection* guarded);
  void disarm_timer(call_state& call);
  error_code transport_error(call_state& call, error_code ec, bool limit_is_deadline,
                             const char* phase);
  void log(log_level level, const std::string& line) const;

  boost::asio::any_io_executor ex_;
  client_options opts_;
  origin origin_;
  std::string fixed_headers_;  // Accept, credentials, User-Agent: the same on every request
  std::optional<boost::asio::ssl::context> tls_;
  std::shared_ptr<http::pool> pool_;

  std::mutex calls_mutex_;
  std::list<std::weak_ptr<call_state>> calls_;
  bool closed_ = false;
};

}  // namespace rtk::detail
