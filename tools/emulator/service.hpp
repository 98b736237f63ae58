#pragma once
// The emulator without sockets: takes one decoded HTTP request, answers it. The control
// endpoint (/__emulator/...), rate limiting, fault injection, authentication and routing live
// here; the server (server.cpp) only moves bytes. Not thread-safe: the server calls it from
// one thread.

#include "rate_limit.hpp"
#include "router.hpp"
#include "state.hpp"
#include "webhook_signer.hpp"

#include <rtk/emulator.hpp>

#include <boost/url/url_view.hpp>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace rtk::emu {

class webhook_sender;

struct http_request {
  std::string method;
  std::string target;  // as sent: path and query, percent-encoded
  std::string body;
  std::string authorization;  // the headers authentication looks at
  std::string auth_email;
  std::string auth_key;
};

struct http_answer {
  reply answer{};
  std::chrono::milliseconds delay{0};  // wait this long before answering (injected latency)
  bool drop = false;                   // close the connection instead of answering
};

// A fault for the next `remaining` requests that match (0: every one until cleared).
struct fault_rule {
  std::string id{};
  std::string method{};         // empty: any
  std::string path_contains{};  // empty: any path
  std::uint64_t remaining = 1;
  unsigned status = 0;  // 0: answer normally (after the latency)
  std::string retry_after{};
  std::string retry_after_ms{};
  std::chrono::milliseconds latency{0};
  bool drop = false;
  json::object to_json() const;
};

class service {
 public:
  // Throws std::runtime_error if opts.webhook_key_file does not load or the rate limit has no
  // valid window.
  explicit service(const emulator::options& opts);

  // Answers one request. The webhook deliveries its state change queued go to the sender
  // (attach) when it returns, to be posted after the answer; a refused request sends none.
  http_answer handle(const http_request& in);
  // One control request: `path` is what follows /__emulator/.
  reply control(std::string_view method, std::string_view path, std::string_view body);

  std::uint64_t requests_served() const noexcept { return served_.load(); }

  const webhook_signer& signer() const noexcept { return signer_; }
  // Where deliveries go. Without one (or after detach) they are dropped.
  void attach(webhook_sender& sender) noexcept { sender_ = &sender; }

 private:
  // /client/v4 and anything else outside the control endpoint: the rate limit, then
  // faulted_or_routed.
  http_answer api(const http_request& in);
  // Faults, authentication, then the route. `segments`: the target's decoded path segments.
  http_answer faulted_or_routed(const http_request& in, boost::urls::url_view target,
                                std::vector<std::string> segments);
  // The credential the request authenticates with (the bearer token or the X-Auth-Key); empty
  // when it does not authenticate.
  std::string_view credential(const http_request& in) const;
  const fault_rule* take_fault(std::string_view method, std::string_view path);
  reply add_fault(const json::value& body);
  // PUT /__emulator/rate-limit: {"quota", "window_seconds"}.
  reply set_rate_limit(const json::value& body);
  json::object rate_limit_json() const;
  // The body as JSON: null when empty, a 400 failure when it is not JSON.
  static json::value parse_body(std::string_view body);
  // Runs a handler, turning its failure (or any surprise) into an answer.
  static reply guarded(const std::function<reply()>& f);
  void reset();
  // Hands what the last request queued to the sender (or drops it, after a refusal).
  void flush_outbox(const reply& answered);
  // GET /.well-known/webhooks.json: the public key deliveries are signed with.
  reply public_key(std::string_view method) const;

  emulator::options options_;
  webhook_signer signer_;
  webhook_sender* sender_ = nullptr;
  state state_{};
  router router_{};
  rate_limiter limiter_{};
  std::deque<fault_rule> faults_{};
  fault_rule taken_{};  // the last fault taken (a rule may be used up by take_fault)
  std::uint64_t next_fault_ = 0;
  std::uint64_t next_ray_ = 0;
  std::atomic<std::uint64_t> served_{0};
};

}  // namespace rtk::emu
