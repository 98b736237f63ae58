// rtk::operations() and rtk::call_operation(): the table of every operation (table.cpp) and
// the params handling they share.

#include "../pager.hpp"
#include "context.hpp"

#include <boost/json/parse.hpp>

#include <algorithm>
#include <array>

namespace rtk {
namespace detail::ops {

context::context(client& c, json::object params, call_options o)
    : api(c), opts(std::move(o)), params_(std::move(params)) {
  opts.keep_response_body = true;  // the outcome is the response as received
  if (auto it = params_.find("account_id"); it != params_.end()) {
    if (it->value().is_string())
      opts.account_id = strings_.emplace_back(it->value().get_string());
    else
      fail("account_id must be a string");
    params_.erase(it);
  }
}

std::string_view context::path(std::string_view name) {
  auto it = params_.find(name);
  if (it == params_.end()) return {};
  if (!it->value().is_string()) {
    fail(std::string(name) + " must be a string");
  } else {
    strings_.emplace_back(it->value().get_string());
  }
  params_.erase(it);
  return strings_.empty() ? std::string_view() : std::string_view(strings_.back());
}

void context::fail(std::string why) {
  if (problem_.empty()) problem_ = std::move(why);
}

// Names the parameters whose values did not fit their fields; never the values.
void context::wrong_types(const std::vector<std::string>& names) {
  std::string list;
  for (const auto& name : names) list += (list.empty() ? "" : ", ") + name;
  fail("wrong type for parameter " + list);
}

std::string context::as_received(const std::string& body) {
  json::error_code ec;
  auto v = json::parse(body, ec);
  json::object out;
  if (!ec && v.is_object()) {
    for (std::string_view member : {"success", "data", "paging"})
      if (const auto* m = v.get_object().if_contains(member)) out[member] = *m;
  }
  return json::serialize(out);
}

operation_outcome context::rejected() {
  operation_outcome out;
  out.ec = make_error_code(errc::invalid_argument);
  out.diag = std::move(diag);
  out.diag.client_message = problem_;
  return out;
}

namespace {

const std::vector<operation_info>& all_infos() {
  static const std::vector<operation_info> infos = [] {
    std::vector<operation_info> v;
    for (const auto& e : all_entries()) v.push_back(e.info);
    return v;
  }();
  return infos;
}

bool has_sdk_name(std::string_view list, std::string_view name) {
  while (!list.empty()) {
    auto comma = list.find(',');
    auto item = list.substr(0, comma);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    if (item == name) return true;
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return false;
}

// rtk's names first: an SDK name can be another operation's rtk name ("meetings.get" is the
// SDK's list, rtk's fetch by id).
const entry* find_entry(std::string_view name) {
  for (const auto& e : all_entries())
    if (e.info.name == name) return &e;
  for (const auto& e : all_entries())
    if (has_sdk_name(e.info.sdk_names, name)) return &e;
  return nullptr;
}

const entry* find_sdk_entry(std::string_view sdk_name) {
  for (const auto& e : all_entries())
    if (has_sdk_name(e.info.sdk_names, sdk_name)) return &e;
  return nullptr;
}

// A paged list's items, whatever the operation's model: `data` when it is an array, else the
// array inside it (a livestream's `sessions`); none when there is neither.
const json::array* items_of(const json::value* data) {
  if (data == nullptr) return nullptr;
  if (data->is_array()) return &data->get_array();
  if (data->is_object())
    for (const auto& kv : data->get_object())
      if (kv.value().is_array()) return &kv.value().get_array();
  return nullptr;
}

// `paging` beside `data`, or inside it.
const json::value* paging_of(const json::object& body, const json::value* data) {
  if (const auto* p = body.if_contains("paging")) return p;
  if (data != nullptr && data->is_object()) return data->get_object().if_contains("paging");
  return nullptr;
}

}  // namespace
}  // namespace detail::ops

std::span<const operation_info> operations() noexcept {
  return detail::ops::all_infos();
}

const operation_info* find_operation(std::string_view name) noexcept {
  const auto* e = detail::ops::find_entry(name);
  return e != nullptr ? &e->info : nullptr;
}

const operation_info* find_sdk_operation(std::string_view sdk_name) noexcept {
  const auto* e = detail::ops::find_sdk_entry(sdk_name);
  return e != nullptr ? &e->info : nullptr;
}

boost::asio::awaitable<operation_outcome> call_operation(client& api, std::string name,
                                                         std::string params_json,
                                                         call_options opts) {
  namespace json = boost::json;
  auto refuse = [](std::string why) {
    operation_outcome out;
    out.ec = make_error_code(errc::invalid_argument);
    out.diag.client_message = std::move(why);
    return out;
  };
  const auto* e = detail::ops::find_entry(name);
  if (e == nullptr) co_return refuse("unknown operation " + std::string(name));
  json::error_code ec;
  json::value params = json::parse(params_json, ec);
  if (ec) co_return refuse("the params are not valid JSON");
  if (!params.is_object()) co_return refuse("the params must be a JSON object");
  detail::ops::context c(api, std::move(params.get_object()), std::move(opts));
  co_return co_await e->run(c);
}

boost::asio::awaitable<operation_outcome> call_operation_all(
    client& api, std::string name, std::string params_json, call_options opts,
    std::function<void(std::int64_t, std::int64_t)> on_page) {
  namespace json = boost::json;
  operation_outcome out;
  const auto* info = find_operation(name);
  if (info != nullptr && !info->paged) {
    out.ec = make_error_code(errc::invalid_argument);
    out.diag.client_message = std::string(info->name) + " is not a paged list";
    co_return out;
  }
  json::error_code ec;
  json::value params = json::parse(params_json, ec);
  if (info == nullptr || ec || !params.is_object()) {
    // call_operation explains an unknown operation or unusable params, without sending.
    // Made outside the co_await expression: GCC 12 destroys class temporaries there twice.
    auto refusal = call_operation(api, std::move(name), std::move(params_json), opts);
    co_return co_await std::move(refusal);
  }
  json::object& p = params.get_object();
  detail::page_progress progress;
  if (const auto* v = p.if_contains("per_page"); v && v->is_int64())
    progress.per_page = v->as_int64();
  if (const auto* v = p.if_contains("page_no"); v && v->is_int64())
    progress.next_page_no = v->as_int64();
  json::array all;
  while (!progress.done) {
    p["page_no"] = progress.next_page_no;
    auto page_call = call_operation(api, name, json::serialize(p), opts);
    out = co_await std::move(page_call);
    if (out.ec) co_return out;
    const json::object body = json::parse(out.json).as_object();
    const json::value* data = body.if_contains("data");
    json::array items;
    if (const json::array* found = detail::ops::items_of(data)) items = *found;
    detail::page_facts page;
    page.count = static_cast<std::int64_t>(items.size());
    page.text = json::serialize(items);
    if (const json::value* paging = detail::ops::paging_of(body, data);
        paging != nullptr && paging->is_object()) {
      std::int64_t total = 0;
      if (const auto* t = paging->get_object().if_contains("total_count");
          t && detail::codec::decode(*t, total))
        page.total_count = total;
    }
    const auto page_no = progress.next_page_no;
    if ((out.ec = detail::accept_page(progress, std::move(page), out.diag))) co_return out;
    for (auto& item : items) all.push_back(std::move(item));
    if (on_page) on_page(page_no, static_cast<std::int64_t>(all.size()));
  }
  out.json = json::serialize(all);
  co_return out;
}

}  // namespace rtk
