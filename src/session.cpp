#include "session.hpp"

#include "envelope.hpp"
#include "http/tls.hpp"
#include "invalid_argument.hpp"

#include <rtk/version.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/error.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/http/error.hpp>

#include <algorithm>

namespace rtk::detail {
namespace asio = boost::asio;
using asio::awaitable;

namespace {

// Credentials go into header lines: anything that could end the line or is not printable
// would let a value inject headers.
bool header_safe(std::string_view v) {
  return std::all_of(v.begin(), v.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u != 0x7f;
  });
}

std::string credential_headers(const credentials& auth) {
  if (const auto* t = std::get_if<api_token>(&auth)) {
    if (t->token.empty()) throw_invalid_argument("the API token is empty");
    if (!header_safe(t->token)) throw_invalid_argument("the API token holds control characters");
    return "Authorization: Bearer " + t->token + "\r\n";
  }
  if (const auto* k = std::get_if<api_key>(&auth)) {
    if (k->email.empty() || k->key.empty())
      throw_invalid_argument("an API key needs both an email and a key");
    if (!header_safe(k->email) || !header_safe(k->key))
      throw_invalid_argument("the API key or email holds control characters");
    return "X-Auth-Email: " + k->email + "\r\nX-Auth-Key: " + k->key + "\r\n";
  }
  throw_invalid_argument(
      "no credentials: set client_options::auth, or CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL "
      "and CLOUDFLARE_API_KEY) for client_options::from_env()");
}

// A phase's time limit: `t`, or the call's deadline when that comes first (then .second).
std::pair<std::chrono::steady_clock::time_point, bool> bounded(
    const std::optional<std::chrono::steady_clock::time_point>& deadline,
    std::chrono::steady_clock::time_point t) {
  if (deadline && *deadline < t) return {*deadline, true};
  return {t, false};
}

bool is_tls_error(const error_code& ec) {
  return ec.category() == asio::error::get_ssl_category() ||
         ec.category() == asio::ssl::error::get_stream_category() || ec == errc::tls_failure;
}

}  // namespace

session::session(asio::any_io_executor ex, client_options opts)
    : ex_(std::move(ex)), opts_(std::move(opts)) {
  std::string why;
  if (parse_base_url(opts_.base_url, origin_, why)) throw_invalid_argument(why);
  if (opts_.user_agent.empty()) opts_.user_agent = "rtk/" RTK_VERSION_STRING;
  if (!header_safe(opts_.user_agent)) throw_invalid_argument("user_agent holds control characters");
  fixed_headers_ = "Accept: application/json\r\n" + credential_headers(opts_.auth) +
                   "User-Agent: " + opts_.user_agent + "\r\n";
  if (origin_.tls) {
    tls_.emplace(asio::ssl::context::tls_client);
    if (auto why = http::configure_tls(*tls_, opts_.tls); !why.empty()) throw_invalid_argument(why);
  }
  pool_ = std::make_shared<http::pool>(ex_, origin_, tls_ ? &*tls_ : nullptr, opts_.pool);
}

session::~session() {
  shutdown();
}

std::shared_ptr<call_state> session::open_call() {
  auto call = std::make_shared<call_state>(asio::make_strand(ex_));
  std::lock_guard lock(calls_mutex_);
  if (closed_) return nullptr;
  call->registration = calls_.insert(calls_.end(), call);
  return call;
}

void session::close_call(call_state& call) {
  std::lock_guard lock(calls_mutex_);
  if (call.registration != std::list<std::weak_ptr<call_state>>::iterator{})
    calls_.erase(call.registration);
  call.registration = {};
}

void session::shutdown() {
  std::list<std::weak_ptr<call_state>> calls;
  {
    std::lock_guard lock(calls_mutex_);
    if (closed_) return;
    closed_ = true;
    calls = calls_;
  }
  pool_->shutdown();
  for (auto& weak : calls) {
    if (auto call = weak.lock()) {
      asio::post(call->strand, [call] { cancel_call(*call); });
    }
  }
}

void session::cancel_call(call_state& call) {
  call.cancelled = true;
  if (call.guarded != nullptr) call.guarded->abort();
  call.backoff_timer.cancel();
  call.signal.emit(asio::cancellation_type::terminal);
}

void session::scrub(std::string& text, const request_spec* req) const {
  static const std::vector<std::string> none;
  scrub(text, req != nullptr ? req->secrets : none);
}

void session::scrub(std::string& text, const std::vector<std::string>& request_secrets) const {
  auto redact = [&text](const std::string& secret) {
    if (secret.size() < 4) return;  // too short to search for without mangling text
    constexpr std::string_view mark = "[redacted]";
    for (auto pos = text.find(secret); pos != std::string::npos;
         pos = text.find(secret, pos + mark.size()))
      text.replace(pos, secret.size(), mark);
  };
  if (const auto* t = std::get_if<api_token>(&opts_.auth)) redact(t->token);
  if (const auto* k = std::get_if<api_key>(&opts_.auth)) redact(k->key);
  for (const auto& secret : request_secrets) redact(secret);
}

void session::log(log_level level, const std::string& line) const {
  if (opts_.log.sink && level >= opts_.log.level && opts_.log.level != log_level::off)
    opts_.log.sink(level, line);
}

std::string session::request_head(const request_spec& r, int retry) const {
  std::string head;
  head.reserve(160 + r.target.size() + fixed_headers_.size());
  head += to_string(r.method);
  head += ' ';
  head += r.target;
  head += " HTTP/1.1\r\nHost: ";
  head += origin_.host_header;
  head += "\r\n";
  head += fixed_headers_;
  head += "X-RTK-Retry-Count: ";
  head += std::to_string(retry);
  head += "\r\n";
  if (r.has_body) {
    head += "Content-Type: application/json\r\nContent-Length: ";
    head += std::to_string(r.body.size());
    head += "\r\n";
  } else if (r.method != http_method::get && r.method != http_method::del) {
    head += "Content-Length: 0\r\n";
  }
  head += "\r\n";
  return head;
}

// The call's timer aborts `guarded` at `at`. The generation check makes a firing that was
// already queued when the phase ended a no-op.
void session::arm_timer(call_state& call, clock::time_point at, http::connection* guarded) {
  call.guarded = guarded;
  call.timed_out = false;
  unsigned generation = ++call.timer_generation;
  call.timer.expires_at(at);
  call.timer.async_wait([weak = call.weak_from_this(), generation](error_code ec) {
    auto c = weak.lock();
    if (ec || !c || generation != c->timer_generation || c->guarded == nullptr) return;
    c->timed_out = true;
    c->guarded->abort();
  });
}

void session::disarm_timer(call_state& call) {
  ++call.timer_generation;
  call.guarded = nullptr;
  call.timer.cancel();
}

error_code session::transport_error(call_state& call, error_code ec, bool limit_is_deadline,
                                    const char* phase) {
  std::string what = std::string(phase) + " " + origin_.host_header + ": ";
  if (call.timed_out) {
    call.diag.client_message = what + "timed out";
    return make_error_code(limit_is_deadline ? errc::deadline_exceeded : errc::timeout);
  }
  if (call.cancelled || ec == asio::error::operation_aborted) return asio::error::operation_aborted;
  call.diag.client_message = what + ec.message();
  scrub(call.diag.client_message);
  if (is_tls_error(ec)) return make_error_code(errc::tls_failure);
  using http_error = boost::beast::http::error;
  if (ec.category() == make_error_code(http_error::bad_version).category() &&
      ec != http_error::end_of_stream && ec != http_error::partial_message)
    return make_error_code(errc::malformed_response);  // bytes arrived, but not HTTP
  return make_error_code(errc::connection_failure);
}

awaitable<error_code> session::connect(call_state& call, http::lease& conn, clock::time_point limit,
                                       bool limit_is_deadline) {
  arm_timer(call, limit, &*conn);
  error_code ec = co_await conn->connect();
  bool timed_out = call.timed_out;
  disarm_timer(call);
  call.timed_out = timed_out;
  if (ec) {
    if (ec != asio::error::operation_aborted || timed_out)
      pool_->record_connect_error(timed_out ? make_error_code(errc::timeout) : ec);
    co_return transport_error(call, ec, limit_is_deadline, "connect to");
  }
  conn.mark_connected();
  co_return error_code{};
}

const retry_policy& session::retry_prototype(const call_settings& o) const noexcept {
  static const limited_retry_policy fallback;
  if (o.retry) return *o.retry;
  return opts_.retry ? *opts_.retry : fallback;
}

const backoff_policy& session::backoff_prototype(const call_settings& o) const noexcept {
  static const exponential_backoff fallback;
  if (o.backoff) return *o.backoff;
  return opts_.backoff ? *opts_.backoff : fallback;
}

awaitable<error_code> session::acquire(call_state& call, const request_spec& req,
                                       http::lease& conn) {
  auto [limit, by_deadline] =
      bounded(req.options.deadline, clock::now() + opts_.pool.acquire_timeout);
  auto [ec, lease] = co_await pool_->acquire(limit);
  if (ec == errc::pool_exhausted) {
    if (by_deadline) {
      call.diag.client_message = "the deadline passed while waiting for a connection";
      co_return make_error_code(errc::deadline_exceeded);
    }
    call.diag.client_message = "no connection became free within the acquire timeout";
    if (auto last = pool_->last_connect_error()) {
      call.diag.client_message += "; last connect error: " + last.message();
      scrub(call.diag.client_message);
    }
  }
  if (ec == asio::error::operation_aborted && pool_->closed())
    call.diag.client_message = "the client was shut down";
  conn = std::move(lease);
  co_return ec;
}

awaitable<session::attempt_outcome> session::attempt(call_state& call, const request_spec& req,
                                                     int retry) {
  attempt_outcome out;
  const auto& deadline = req.options.deadline;
  http::lease conn;
  if ((out.ec = co_await acquire(call, req, conn))) co_return out;
  if (conn.fresh()) {
    auto [limit, by_deadline] = bounded(deadline, clock::now() + opts_.pool.connect_timeout);
    if ((out.ec = co_await connect(call, conn, limit, by_deadline))) co_return out;
  }

  const std::string head = request_head(req, retry);
  const auto attempt_timeout = req.options.attempt_timeout.value_or(opts_.attempt_timeout);
  auto [limit, by_deadline] = bounded(deadline, clock::now() + attempt_timeout);
  http::response resp;
  arm_timer(call, limit, &*conn);
  call.on_the_wire = true;
  auto exchanged =
      co_await conn->exchange(head, req.has_body ? req.body : std::string_view(), resp);
  call.on_the_wire = false;
  disarm_timer(call);
  out.request_written = exchanged.request_written;
  if (exchanged.ec) {
    out.ec = transport_error(call, exchanged.ec, by_deadline, "exchange with");
    co_return out;
  }
  conn.release();

  call.diag.http_status = static_cast<int>(resp.status);
  call.diag.request_id = std::move(resp.request_id);
  if (resp.status >= 200 && resp.status <= 299) {
    out.body = std::move(resp.body);
    co_return out;
  }
  read_error_body(resp.body, call.diag);
  scrub(call.diag.api_message, &req);
  scrub(call.diag.body_excerpt, &req);
  out.ec = make_error_code(status_to_errc(resp.status));
  out.hints = parse_retry_hints(resp.retry_after_ms, resp.retry_after, resp.should_retry,
                                std::chrono::system_clock::now());
  call.diag.server_retry_after = out.hints.retry_after;
  co_return out;
}

void session::notify_attempt(const request_spec& req, int attempt, const attempt_record& rec,
                             const retry_decision& decision) const {
  if (opts_.log.sink && opts_.log.level <= log_level::debug) {
    auto ms = std::chrono::duration<double, std::milli>(rec.duration).count();
    std::string line = std::string(to_string(req.method)) + " " + req.target + " attempt " +
                       std::to_string(attempt + 1) + " -> ";
    line += rec.http_status != 0 ? std::to_string(rec.http_status) : rec.error.message();
    line += " in " + std::to_string(ms) + " ms";
    if (decision.retry) line += "; retrying in " + std::to_string(decision.delay.count()) + " ms";
    log(log_level::debug, line);
  }
  if (!opts_.on_attempt) return;
  attempt_event event{to_string(req.method), req.target,     attempt,      rec,
                      decision.retry,        decision.delay, decision.stop};
  try {
    opts_.on_attempt(event);
  } catch (...) {
    log(log_level::error, "the on_attempt hook threw; the exception was ignored");
  }
}

error_code session::give_up(call_state& call, const request_spec& req, error_code ec,
                            const retry_decision& decision, bool sent_without_answer) {
  call.diag.stopped_because = decision.stop;
  if (decision.stop == retry_stop::cancelled) return ec;
  std::string why;
  switch (decision.stop) {
    case retry_stop::exhausted:
      if (call.diag.attempts > 1)
        why = "gave up after " + std::to_string(call.diag.attempts) + " attempts";
      break;
    case retry_stop::deadline:
      if (ec != errc::deadline_exceeded)
        why = "not retried: waiting " + std::to_string(decision.delay.count()) +
              " ms would pass the call's deadline";
      break;
    default:
      break;
  }
  // A request that is not idempotent, reached the wire and got no answer may have done its
  // work: say so, with a code of its own, so the caller checks before repeating it.
  if (!req.idempotent && sent_without_answer) {
    if (ec == errc::connection_failure || ec == errc::timeout || ec == errc::malformed_response)
      ec = make_error_code(errc::outcome_unknown);
    if (!why.empty()) why += "; ";
    why +=
        "the request was sent but no response came, so the server may have processed it; "
        "it was not sent again because this " +
        std::string(to_string(req.method)) +
        " is not idempotent (call_options::retry_non_idempotent opts in)";
  }
  if (!why.empty()) {
    if (!call.diag.client_message.empty()) call.diag.client_message += "; ";
    call.diag.client_message += why;
  }
  return ec;
}

awaitable<std::pair<error_code, std::string>> session::run(std::shared_ptr<call_state> call_ptr,
                                                           request_ptr request) {
  call_state& call = *call_ptr;
  const request_spec& req = *request;
  retry_rules rules(retry_prototype(req.options), backoff_prototype(req.options), req.idempotent,
                    req.options.retry_non_idempotent, clock::now(), req.options.deadline);
  std::chrono::milliseconds waited{0};
  bool sent_without_answer = false;
  for (int n = 0;; ++n) {
    // The diagnostics describe the last attempt, plus the log of all of them.
    auto log_so_far = std::move(call.diag.attempt_log);
    call.diag = diagnostics{};
    call.diag.attempt_log = std::move(log_so_far);
    call.diag.attempts = n + 1;

    const auto began = clock::now();
    attempt_outcome out = co_await attempt(call, req, n);
    attempt_record rec{call.diag.http_status, out.ec, out.request_written, waited,
                       std::chrono::duration_cast<std::chrono::microseconds>(clock::now() - began)};
    call.diag.attempt_log.push_back(rec);
    if (!out.ec) {
      notify_attempt(req, n, rec, retry_decision{});
      co_return std::pair{error_code{}, std::move(out.body)};
    }
    if (out.request_written && rec.http_status == 0) sent_without_answer = true;

    failed_attempt failed{out.ec, rec.http_status, out.request_written, out.hints};
    retry_decision decision = rules.decide(failed, clock::now());
    if (call.cancelled) decision = retry_decision{false, {}, retry_stop::cancelled};
    notify_attempt(req, n, rec, decision);
    if (!decision.retry)
      co_return std::pair{give_up(call, req, out.ec, decision, sent_without_answer), std::string()};

    if (decision.delay.count() > 0) {
      call.backoff_timer.expires_after(decision.delay);
      co_await call.backoff_timer.async_wait(asio::as_tuple(asio::use_awaitable));
    }
    if (call.cancelled) {
      call.diag.stopped_because = retry_stop::cancelled;
      co_return std::pair{error_code(asio::error::operation_aborted), std::string()};
    }
    waited = decision.delay;
  }
}

}  // namespace rtk::detail
