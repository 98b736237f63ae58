#pragma once
// Every operation by name, driven by one flat JSON object of parameters: what the `rtk`
// command line and the conformance test use. Programs should call the typed methods
// (client.meetings().async_get(...)); this is for tools that take operations as data.
//
// The params object holds every path parameter under its placeholder name (`app_id`,
// `meeting_id`, `livestream-session-id`...; `account_id` overrides the client's account) and
// every query and body field under its API name: the flat params the official SDKs take. It
// is parsed into the operation's typed request, so an unknown name, a missing required field
// or a value of the wrong type is refused with errc::invalid_argument before anything is sent.

#include <rtk/call_options.hpp>
#include <rtk/client.hpp>
#include <rtk/diagnostics.hpp>
#include <rtk/error.hpp>

#include <boost/asio/awaitable.hpp>

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rtk {

struct operation_info {
  std::string_view name;    // rtk's name, e.g. "meetings.add_participant"
  std::string_view method;  // "GET", "POST"...
  std::string_view path;    // as the reference writes it: /accounts/{account_id}/realtime/kit/...
  std::string_view
      sdk_names;       // the official TypeScript SDK's method(s), comma-separated; "" if none
  bool paged = false;  // a list that takes page_no/per_page
  // The typed method, as a call of its client group, e.g.
  // "async_create(app_id, const create_meeting_request&)", and its result, e.g. "page<meeting>".
  std::string_view call;
  std::string_view result;
  // May be sent again after an attempt whose outcome is unknown (GET, PUT, DELETE, and the
  // few POSTs whose repetition changes nothing); otherwise such a failure is outcome_unknown.
  bool idempotent = false;
};

// All of them, grouped as the reference groups them.
std::span<const operation_info> operations() noexcept;
// By rtk name, else by SDK name; null when there is none. Where an SDK name is another
// operation's rtk name ("meetings.get" is the SDK's list), the rtk name wins.
const operation_info* find_operation(std::string_view name) noexcept;
// By the official SDK's name only.
const operation_info* find_sdk_operation(std::string_view sdk_name) noexcept;

struct operation_outcome {
  error_code ec;
  diagnostics diag;
  // On success, the response's `success`, `data` and `paging` members exactly as the server
  // sent them (parsed and re-serialized: nothing added, nothing dropped). It was decoded with
  // the typed model all the same: a malformed answer is errc::malformed_response, and members
  // the model requires that the server left out are listed in diag.missing_fields.
  std::string json;
  // Fields the server sent that rtk's types do not map (unknown, or of a drifted type), as
  // dotted paths like "data.sessions[0].new_field". They are still in `json`; an API change
  // shows up here first.
  std::vector<std::string> unmapped;
};

// Runs one operation, found as find_operation() finds it. `params_json` must be a JSON object.
// Taken by value: the coroutine starts when awaited, after the caller's temporaries are gone.
boost::asio::awaitable<operation_outcome> call_operation(client& api, std::string name,
                                                         std::string params_json,
                                                         call_options opts);

// Every page of a paged list, from `page_no` in the params (or 1), each one call, under the
// rules rtk::pager follows: the list ends with total_count, or on a short or empty page for the
// lists without paging data; a page that repeats the one before or an empty page before
// total_count is errc::pagination_error. On success `json` is one JSON array of every item as
// received. `on_page(page_no, items so far)` is called after each page, e.g. for progress.
boost::asio::awaitable<operation_outcome> call_operation_all(
    client& api, std::string name, std::string params_json, call_options opts,
    std::function<void(std::int64_t page_no, std::int64_t items)> on_page = {});

}  // namespace rtk
