#pragma once
// Builds one operation's request, top to bottom as the endpoint reads: the path (from its
// descriptor), query, body. Validation failures (an empty or "." id, a required field left
// empty, a string that is not UTF-8, an `extra` that is not a JSON object) make done() return a
// rejected request: the call then fails with errc::invalid_argument, naming the parameter, and
// nothing is sent.

#include "codec/json_codec.hpp"
#include "codec/keep.hpp"
#include "codec/query_codec.hpp"
#include "request.hpp"
#include "session.hpp"
#include "url.hpp"

#include <rtk/detail/operation.hpp>

#include <span>
#include <string_view>

namespace rtk::detail {

class request_builder {
 public:
  // The operation's path, its {parameters} after account_id filled with `path_args` in order:
  // each a single percent-encoded segment; empty, "." and ".." are refused.
  request_builder(const session& s, const call_options& opts, const ops::info& op,
                  std::span<const std::string_view> path_args)
      : target_(s.api_origin().path_prefix), opts_(opts), op_(op) {
    target_.path(op.path, s.account_id(opts), path_args);
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
    require_members(b);
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
  // A body member that is neither optional nor nullable is one the API requires: a string, a
  // list, an enum or an object left empty is refused, naming it.
  template <codec::described B>
  void require_members(const B& b) {
    boost::mp11::mp_for_each<boost::describe::describe_members<B, boost::describe::mod_public>>(
        [&](auto m) {
          const auto& field = b.*m.pointer;
          using F = std::remove_cvref_t<decltype(field)>;
          bool left_empty = false;
          if constexpr (std::is_same_v<F, text> || codec::is_span<F>::value) {
            left_empty = field.empty();
          } else if constexpr (codec::api_enum<F>) {
            left_empty = to_string(field).empty();
          } else if constexpr (codec::is_borrowed<F>::value) {
            left_empty = field.get() == nullptr;
          }
          if (left_empty) fail_required(codec::json_name(m.name));
        });
  }
  void fail_required(std::string_view field) { target_.fail(std::string(field) + " is required"); }

  target_builder target_;
  const call_options& opts_;
  const ops::info& op_;
  std::string body_;
  std::vector<std::string> secrets_;
  bool has_body_ = false;
};

template <class T>
void encode_query(const void* object, request_builder& b) {
  b.query(*static_cast<const T*>(object));
}
template <class T>
std::shared_ptr<const T> keep_query(const T& query) {
  return codec::keep(query);
}
template <class T>
void encode_body(const void* object, request_builder& b) {
  b.body(*static_cast<const T*>(object));
}

}  // namespace rtk::detail

// Compiles a model's encoding as a query, or as a body; once per type, in its group's file.
#define RTK_INSTANTIATE_QUERY(...)                                                     \
  template void rtk::detail::encode_query<__VA_ARGS__>(const void*,                    \
                                                       rtk::detail::request_builder&); \
  template std::shared_ptr<const __VA_ARGS__> rtk::detail::keep_query<__VA_ARGS__>(    \
      const __VA_ARGS__&);
#define RTK_INSTANTIATE_BODY(...) \
  template void rtk::detail::encode_body<__VA_ARGS__>(const void*, rtk::detail::request_builder&);
