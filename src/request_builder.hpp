#pragma once
// Builds one request for a resource method, top to bottom as the endpoint reads: the
// operation's path (from its descriptor, src/operation_table.hpp), query, body. Validation failures
// (an empty or "." id, a required field left empty, a string that is not UTF-8, an `extra` that is
// not a JSON object) make done() return a rejected request: the call then fails with
// errc::invalid_argument, naming the parameter, and nothing is sent.

#include "codec/json_codec.hpp"
#include "codec/query_codec.hpp"
#include "operation_table.hpp"
#include "request.hpp"
#include "session.hpp"
#include "url.hpp"

#include <initializer_list>
#include <span>
#include <string_view>

namespace rtk::detail {

class request_builder {
 public:
  // The operation's path, its {parameters} after account_id filled with `path_args` in order:
  // each a single percent-encoded segment; empty, "." and ".." are refused.
  request_builder(const session& s, const call_options& opts, const ops::descriptor& op,
                  std::initializer_list<std::string_view> path_args)
      : target_(s.api_origin().path_prefix), opts_(opts), op_(op) {
    target_.path(op.path, s.account_id(opts), std::span(path_args.begin(), path_args.size()));
  }
  // A field the API requires: refused when `present` is false.
  request_builder& require(bool present, std::string_view field) {
    if (!present) target_.fail(std::string(field) + " is required");
    return *this;
  }
  template <codec::described Q>
  request_builder& query(const Q& q) {
    codec::encode_query(q, target_);
    return *this;
  }
  // The JSON body. Operations whose body is optional still send one ("{}" when empty), as
  // the official SDKs do.
  template <codec::described B>
  request_builder& body(const B& b) {
    if (target_.failed()) return *this;
    codec::encode_error err;
    auto text = codec::encode_body(b, err, &secrets_);
    if (!text) {
      target_.fail(err.field + " " + err.problem);
      return *this;
    }
    body_ = std::move(*text);
    has_body_ = true;
    return *this;
  }

  request_ptr done();

 private:
  target_builder target_;
  const call_options& opts_;
  const ops::descriptor& op_;
  std::string body_;
  std::vector<std::string> secrets_;
  bool has_body_ = false;
};

}  // namespace rtk::detail
