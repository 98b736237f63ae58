#pragma once
// The machinery behind rtk::call_operation: splitting one flat params object into an
// operation's path parameters and typed query/body structs, running the typed method, and
// writing its result back as JSON. Each group's table (src/operations/<group>.cpp) uses it.

#include "../codec/json_codec.hpp"
#include "../codec/keep.hpp"
#include "../codec/unmapped.hpp"
#include "../request.hpp"

#include <rtk/operations.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json/object.hpp>

#include <deque>
#include <string>
#include <vector>

namespace rtk::detail::ops {

namespace json = boost::json;

class context {
 public:
  context(client& api, json::object params, call_options opts);

  client& api;
  call_options opts;
  diagnostics diag;

  // A path parameter by its placeholder name; a missing one is sent empty, which the request
  // builder refuses naming the parameter.
  std::string_view path(std::string_view name);

  // The members of T found in the params (by API name), decoded; they are consumed. A value
  // that does not fit its field is sent as given when it is a null or an enum spelling rtk does
  // not know, and refused otherwise.
  template <codec::described T>
  T take() {
    T out{};
    json::object mine;
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
        [&](auto m) {
          if (auto it = params_.find(codec::json_name(m.name)); it != params_.end()) {
            mine.emplace(it->key(), it->value());
            params_.erase(it);
          }
        });
    std::string extra;
    std::vector<std::string> wrong;
    codec::decode_request(mine, out, kept_, extra, wrong);
    if (!wrong.empty()) wrong_types(wrong);
    return out;
  }

  // Starts the call `make` builds (given call_options, diagnostics& and the token), unless a
  // parameter was wrong or left over: then nothing is sent.
  template <class T, class Make>
  boost::asio::awaitable<operation_outcome> run(Make make) {
    auto call = make(opts, diag, boost::asio::as_tuple(boost::asio::use_awaitable));
    if (problem_.empty() && !params_.empty())
      fail("unknown parameter " + std::string(params_.begin()->key()));
    if (!problem_.empty()) co_return rejected();
    auto [ec, value] = co_await std::move(call);
    co_return finish(ec, value);
  }

 private:
  void fail(std::string why);
  void wrong_types(const std::vector<std::string>& names);
  // The envelope's `success`, `data` and `paging` members exactly as the server sent them.
  static std::string as_received(const std::string& body);
  operation_outcome rejected();
  template <class T>
  operation_outcome finish(error_code ec, const T& value) {
    operation_outcome out{ec, std::move(diag), {}, {}};
    if (ec) return out;
    out.json = as_received(out.diag.response_body);
    out.diag.response_body.clear();
    if constexpr (codec::is_page<T>::value) {
      codec::collect_unmapped(value.items, "data", out.unmapped);
    } else {
      codec::collect_unmapped(value, "data", out.unmapped);
    }
    return out;
  }

  json::object params_;
  std::deque<std::string> strings_;  // stable storage for path parameters and account_id
  codec::keeper kept_;               // what the decoded requests point to
  std::string problem_;
};

// One operation of the table: its descriptor (in its resource's header) as rtk::operations()
// lists it, and how to run it.
struct entry {
  using runner = boost::asio::awaitable<operation_outcome> (*)(context&);
  entry(const rtk::ops::info* op, std::string_view call, std::string_view result, runner r)
      : info{op->name, to_string(op->method), op->path, op->sdk_names, op->paged, call,
             result,   op->idempotent},
        run(r) {}

  operation_info info;
  runner run;
};

// Every operation, grouped as the reference groups them (src/operations/table.cpp).
const std::vector<entry>& all_entries();

}  // namespace rtk::detail::ops
