// One request in, one answer out: the rate limit first (for requests that authenticate), then
// faults (they stand for the network and the gateway), then authentication, then the route.

#include "service.hpp"

#include "webhook_sender.hpp"

#include <boost/json/parse.hpp>
#include <boost/url/parse.hpp>

#include <cstdio>
#include <stdexcept>

namespace rtk::emu {
namespace {

constexpr std::string_view control_prefix = "/__emulator/";
constexpr std::string_view public_key_path = "/.well-known/webhooks.json";

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Every route sits under /client/v4.
bool under_api(const std::vector<std::string>& segments) {
  return segments.size() >= 2 && segments[0] == "client" && segments[1] == "v4";
}

}  // namespace

service::service(const emulator::options& opts) : options_(opts), signer_(opts.webhook_key_file) {
  rate_limiter::setting limit{opts.rate_limit_quota, opts.rate_limit_window};
  if (std::string problem = rate_limiter::problem_of(limit); !problem.empty())
    throw std::runtime_error("rtk-emulator: " + problem);
  limiter_.configure(limit);
  add_all_routes(router_);
  reset();
}

// The configuration stays (the --app apps, the rate limit); what requests made of it goes.
void service::reset() {
  state_.clear();
  faults_.clear();
  limiter_.clear();
  if (sender_ != nullptr) {
    sender_->cancel_pending();
    sender_->clear_attempts();
  }
  for (const auto& id : options_.app_ids) create_app(state_, id, id);
}

void service::flush_outbox(const reply& answered) {
  std::vector<outgoing_webhook> batch = state_.take_outbox();
  if (batch.empty() || sender_ == nullptr || answered.status >= 400) return;
  sender_->send(std::move(batch));
}

// Outside /client/v4 and without credentials, as RealtimeKit publishes its key.
reply service::public_key(std::string_view method) const {
  if (method != "GET") return gateway_error(405, 7001, "Method not allowed for this route");
  reply r = ok(json::object{{"publicKey", signer_.public_pem()}});
  r.body.as_object()["message"] = "";
  return r;
}

http_answer service::handle(const http_request& in) {
  auto parsed = boost::urls::parse_origin_form(in.target);
  if (parsed && parsed->encoded_path() == public_key_path)
    return http_answer{guarded([&] { return public_key(in.method); })};
  if (parsed && starts_with(parsed->encoded_path(), control_prefix)) {
    std::string path = parsed->path();
    return http_answer{
        control(in.method, std::string_view(path).substr(control_prefix.size()), in.body)};
  }
  http_answer out = api(in);
  char ray[32];
  std::snprintf(ray, sizeof ray, "%016llx-EMU", static_cast<unsigned long long>(++next_ray_));
  out.answer.headers.emplace_back("cf-ray", ray);
  served_.fetch_add(1);
  return out;
}

http_answer service::api(const http_request& in) {
  auto parsed = boost::urls::parse_origin_form(in.target);
  if (!parsed) return {gateway_error(400, 10002, "Malformed request target")};
  std::vector<std::string> segments;
  for (auto s : parsed->segments()) segments.emplace_back(s);
  std::string_view key = credential(in);
  if (!limiter_.enabled() || !under_api(segments) || key.empty())
    return faulted_or_routed(in, *parsed, std::move(segments));
  // The limit comes before faults: a refused request takes no fault, and changes nothing.
  rate_limiter::verdict v = limiter_.admit(key, rate_limiter::clock::now());
  http_answer out;
  if (v.admitted) {
    out = faulted_or_routed(in, *parsed, std::move(segments));
  } else {
    out.answer = api_error(429, "Rate limit exceeded");
    out.answer.headers.emplace_back("Retry-After", std::to_string(v.reset.count()));
  }
  for (auto& h : limiter_.headers_of(v)) out.answer.headers.push_back(std::move(h));
  return out;
}

http_answer service::faulted_or_routed(const http_request& in, boost::urls::url_view target,
                                       std::vector<std::string> segments) {
  http_answer out;
  if (const fault_rule* f = take_fault(in.method, target.path())) {
    out.delay = f->latency;
    out.drop = f->drop;
    if (f->status != 0) {
      out.answer = api_error(f->status, "injected fault");
      if (!f->retry_after.empty()) out.answer.headers.emplace_back("Retry-After", f->retry_after);
      if (!f->retry_after_ms.empty())
        out.answer.headers.emplace_back("retry-after-ms", f->retry_after_ms);
      return out;
    }
    if (out.drop) return out;
  }
  if (credential(in).empty()) {
    out.answer = gateway_error(401, 10000, "Authentication error");
    return out;
  }
  if (!under_api(segments)) {
    out.answer = gateway_error(404, 7003, "No route for that URI");
    return out;
  }
  segments.erase(segments.begin(), segments.begin() + 2);

  request r;
  r.method = in.method;
  r.path = target.path().substr(std::string_view("/client/v4").size());
  for (auto p : target.params()) r.query.emplace_back(p.key, p.value);
  router::match m = router_.find(r, segments);
  if (m.h == nullptr) {
    out.answer = m.path_known ? gateway_error(405, 7001, "Method not allowed for this route")
                              : gateway_error(404, 7003, "No route for that URI");
    return out;
  }
  out.answer = guarded([&] {
    r.body = parse_body(in.body);
    return (*m.h)(state_, r);
  });
  flush_outbox(out.answer);
  return out;
}

json::value service::parse_body(std::string_view body) {
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) return nullptr;
  boost::system::error_code ec;
  json::value v = json::parse(body, ec);
  if (ec) bad_request("the request body is not valid JSON");
  return v;
}

reply service::guarded(const std::function<reply()>& f) {
  try {
    return f();
  } catch (const failure& e) {
    return e.answer();
  } catch (const std::exception&) {
    return api_error(500, "internal emulator error");
  }
}

std::string_view service::credential(const http_request& in) const {
  const std::string& want = options_.token;
  std::string_view auth = in.authorization;
  constexpr std::string_view bearer = "Bearer ";
  if (starts_with(auth, bearer)) {
    std::string_view token = auth.substr(bearer.size());
    return !token.empty() && (want.empty() || token == want) ? token : std::string_view{};
  }
  // The legacy pair: an e-mail and a global API key.
  if (!in.auth_email.empty() && !in.auth_key.empty() && (want.empty() || in.auth_key == want))
    return in.auth_key;
  return {};
}

}  // namespace rtk::emu
