#include "request_builder.hpp"

#include "rate_limiter.hpp"

namespace rtk::detail {

request_ptr prepare(const session& s, const call_options& opts, const ops::info& op,
                    std::span<const std::string_view> path, payload p) {
  request_builder b(s, opts, op, path);
  if (p.encode != nullptr) p.encode(p.object, b);
  return b.done();
}

request_ptr request_builder::done() {
  for (const auto& [name, value] : opts_.extra_query) {
    if (name.empty()) target_.fail("call_options::extra_query holds an empty name");
    target_.query(name, value);
  }
  if (target_.failed()) return reject(target_.why());
  auto r = make_request();
  r->method = op_.method;
  r->idempotent = op_.idempotent;
  r->scope = scope_of_path(op_.path);
  r->target = target_.take();
  r->body = std::move(body_);
  r->has_body = has_body_;
  r->secrets = std::move(secrets_);
  r->options = {opts_.attempt_timeout,
                opts_.deadline,
                opts_.retry ? opts_.retry->clone() : nullptr,
                opts_.backoff ? opts_.backoff->clone() : nullptr,
                opts_.retry_non_idempotent,
                opts_.keep_response_body};
  return r;
}

}  // namespace rtk::detail
