#include "retry_loop.hpp"

#include <boost/asio/error.hpp>

#include <string>
#include <utility>

namespace rtk::detail {
namespace {

// The error the call reports once retrying stopped, with the reason in its diagnostics.
error_code give_up(error_code ec, const retry_decision& decision, bool idempotent,
                   std::string_view method, bool sent_without_answer, diagnostics& diag) {
  diag.stopped_because = decision.stop;
  if (decision.stop == retry_stop::cancelled) return ec;
  std::string why;
  switch (decision.stop) {
    case retry_stop::exhausted:
      if (diag.attempts > 1) why = "gave up after " + std::to_string(diag.attempts) + " attempts";
      break;
    case retry_stop::deadline:
      if (ec != errc::deadline_exceeded)
        why = "not retried: waiting " + std::to_string(decision.delay.count()) +
              " ms would pass the call's deadline";
      break;
    case retry_stop::retry_budget:
      why =
          "not retried: the client's retry budget is spent (retries are held to a share of "
          "recent calls: client_options::retry_budget)";
      break;
    default:
      break;
  }
  // A request that is not idempotent, reached the wire and got no answer may have done its
  // work: say so, with a code of its own, so the caller checks before repeating it.
  if (!idempotent && sent_without_answer) {
    if (ec == errc::connection_failure || ec == errc::timeout || ec == errc::malformed_response)
      ec = make_error_code(errc::outcome_unknown);
    if (!why.empty()) why += "; ";
    why +=
        "the request was sent but no response came, so the server may have processed it; "
        "it was not sent again because this " +
        std::string(method) + " is not idempotent (call_options::retry_non_idempotent opts in)";
  }
  if (!why.empty()) {
    if (!diag.client_message.empty()) diag.client_message += "; ";
    diag.client_message += why;
  }
  return ec;
}

// Between attempts the diagnostics start again, keeping the log of the attempts so far and
// the time held by the rate limiter.
void start_attempt(diagnostics& diag, int attempt) {
  auto log_so_far = std::move(diag.attempt_log);
  const auto held = diag.rate_limit_wait;
  diag = diagnostics{};
  diag.attempt_log = std::move(log_so_far);
  diag.rate_limit_wait = held;
  diag.attempts = attempt + 1;
}

}  // namespace

boost::asio::awaitable<error_code> run_with_retries(retry_rules& rules, bool idempotent,
                                                    std::string_view method, retry_loop_io& io,
                                                    diagnostics& diag) {
  std::chrono::milliseconds waited{0};
  bool sent_without_answer = false;
  for (int n = 0;; ++n) {
    start_attempt(diag, n);
    const auto began = io.now();
    const attempt_outcome out = co_await io.attempt(n, diag);
    const auto took = std::chrono::duration_cast<std::chrono::microseconds>(io.now() - began);
    const attempt_record record{
        out.status,         out.ec, out.request_written, waited, took - out.rate_limit_wait,
        out.rate_limit_wait};
    diag.attempt_log.push_back(record);
    if (!out.ec) {
      io.observe(n, record, retry_decision{});
      co_return error_code{};
    }
    if (out.request_written && out.status == 0) sent_without_answer = true;

    retry_decision decision = rules.decide(out, io.now());
    if (io.cancelled()) decision = retry_decision{false, {}, retry_stop::cancelled};
    io.observe(n, record, decision);
    if (!decision.retry)
      co_return give_up(out.ec, decision, idempotent, method, sent_without_answer, diag);

    if (decision.delay.count() > 0) co_await io.sleep(decision.delay);
    if (io.cancelled()) {
      diag.stopped_because = retry_stop::cancelled;
      co_return error_code(boost::asio::error::operation_aborted);
    }
    waited = decision.delay;
  }
}

}  // namespace rtk::detail
