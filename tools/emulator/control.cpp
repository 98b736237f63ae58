// The control endpoint, /__emulator/...: what a test or demo sets up that the API itself cannot
// (sessions from live calls, faults, the rate limit), documented in docs/emulator.md. It needs no
// credentials: the emulator listens on the loopback interface only.

#include "service.hpp"

#include "webhook_sender.hpp"

#include <limits>

namespace rtk::emu {

json::object fault_rule::to_json() const {
  return json::object{{"id", id},
                      {"method", method},
                      {"path_contains", path_contains},
                      {"count", remaining},
                      {"status", status},
                      {"retry_after", retry_after},
                      {"retry_after_ms", retry_after_ms},
                      {"latency_ms", latency.count()},
                      {"drop", drop}};
}

reply service::control(std::string_view method, std::string_view path, std::string_view body) {
  reply answered = guarded([&]() -> reply {
    json::value parsed = parse_body(body);
    if (parsed.is_null()) parsed = json::object{};
    if (path == "sessions" && method == "POST") return seed_session(state_, parsed);
    if (path == "faults" && method == "POST") return add_fault(parsed);
    if (path == "faults" && method == "GET") {
      json::array list;
      for (const auto& f : faults_) list.push_back(f.to_json());
      return ok(std::move(list));
    }
    if (path == "faults" && method == "DELETE") {
      faults_.clear();
      return ok(json::object{});
    }
    if (path == "reset" && method == "POST") {
      reset();
      return ok(json::object{});
    }
    if (path == "stats" && method == "GET")
      return ok(json::object{{"requests_served", served_.load()},
                             {"apps", state_.apps().size()},
                             {"rate_limited", limiter_.refused()}});
    if (path == "rate-limit" && method == "GET") return ok(rate_limit_json());
    if (path == "rate-limit" && method == "PUT") return set_rate_limit(parsed);
    if (path == "deliveries" && method == "GET")
      return ok(sender_ != nullptr ? sender_->attempts() : json::array{});
    if (path == "deliveries" && method == "DELETE") {
      if (sender_ != nullptr) sender_->clear_attempts();
      return ok(json::object{});
    }
    if (path == "deliveries/redeliver" && method == "POST") {
      if (!parsed.is_object()) bad_request("a redelivery is a JSON object");
      std::string id = body_reader(parsed.get_object()).required_string("id");
      if (sender_ == nullptr || !sender_->redeliver(id)) not_found("Delivery");
      return ok(json::object{{"id", id}});
    }
    fail(404, "no control endpoint " + std::string(method) + " /__emulator/" + std::string(path));
  });
  flush_outbox(answered);  // a seeded session's events
  return answered;
}

// {"method", "path_contains", "count", "status", "retry_after", "retry_after_ms",
//  "latency_ms", "drop"}: all optional, but a rule must do something.
reply service::add_fault(const json::value& body) {
  if (!body.is_object()) bad_request("a fault is a JSON object");
  body_reader in(body.get_object());
  fault_rule f;
  f.id = "fault-" + std::to_string(++next_fault_);
  f.method = in.string("method").value_or("");
  f.path_contains = in.string("path_contains").value_or("");
  auto count = in.integer("count").value_or(1);
  if (count < 0) unprocessable("count must be 0 (every request) or more");
  f.remaining = static_cast<std::uint64_t>(count);
  auto status = in.integer("status").value_or(0);
  if (status != 0 && (status < 400 || status > 599))
    unprocessable("status must be an error status (400 to 599)");
  f.status = static_cast<unsigned>(status);
  f.retry_after = in.string("retry_after").value_or("");
  f.retry_after_ms = in.string("retry_after_ms").value_or("");
  auto latency = in.integer("latency_ms").value_or(0);
  if (latency < 0 || latency > 600'000) unprocessable("latency_ms must be from 0 to 600000");
  f.latency = std::chrono::milliseconds(latency);
  f.drop = in.boolean("drop").value_or(false);
  if (f.status == 0 && f.latency.count() == 0 && !f.drop)
    unprocessable("a fault needs a status, a latency_ms or drop");
  faults_.push_back(f);
  return ok(f.to_json(), 201);
}

json::object service::rate_limit_json() const {
  const rate_limiter::setting& s = limiter_.current();
  return json::object{{"quota", s.quota}, {"window_seconds", s.window.count()}};
}

// {"quota", "window_seconds"}: quota 0 turns the limit off (window_seconds may then be left
// out); otherwise both are needed. Every token's window starts afresh.
reply service::set_rate_limit(const json::value& body) {
  if (!body.is_object()) bad_request("a rate limit is a JSON object");
  body_reader in(body.get_object());
  auto quota = in.integer("quota");
  if (!quota) unprocessable("quota is required");
  constexpr std::int64_t max_quota = std::numeric_limits<unsigned>::max();
  if (*quota < 0 || *quota > max_quota)
    unprocessable("quota must be from 0 (no limit) to " + std::to_string(max_quota));
  auto window = in.integer("window_seconds");
  if (*quota > 0 && !window) unprocessable("window_seconds is required with a quota");
  if (window && (*window < 1 || *window > rate_limiter::max_window_seconds))
    unprocessable("window_seconds must be from 1 to " +
                  std::to_string(rate_limiter::max_window_seconds));
  limiter_.configure(rate_limiter::setting{static_cast<unsigned>(*quota),
                                           std::chrono::seconds(window.value_or(0))});
  return ok(rate_limit_json());
}

// The first rule matching this request, used once; rules are tried in the order added.
const fault_rule* service::take_fault(std::string_view method, std::string_view path) {
  for (auto it = faults_.begin(); it != faults_.end(); ++it) {
    if (!it->method.empty() && it->method != method) continue;
    if (!it->path_contains.empty() && path.find(it->path_contains) == std::string_view::npos)
      continue;
    taken_ = *it;
    if (it->remaining == 1)
      faults_.erase(it);
    else if (it->remaining > 1)
      --it->remaining;
    return &taken_;
  }
  return nullptr;
}

}  // namespace rtk::emu
