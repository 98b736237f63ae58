#pragma once
// The Apps group: `client.apps()`. Call forms: see <rtk/resources/meetings.hpp>.

#include <rtk/call_options.hpp>
#include <rtk/detail/async.hpp>
#include <rtk/models/apps.hpp>

#include <memory>
#include <string_view>

namespace rtk {

class apps_resource {
 public:
  explicit apps_resource(std::shared_ptr<detail::session> s) : session_(std::move(s)) {}

  // apps.list (SDK: apps.get)
  template <class... Tail>
  auto async_list(const list_apps_query& query, Tail&&... tail) {
    return detail::start<page<app>>(session_, prepare_list(query, detail::options_in(tail...)),
                                    std::forward<Tail>(tail)...);
  }

  // apps.create (SDK: apps.post)
  template <class... Tail>
  auto async_create(const create_app_request& request, Tail&&... tail) {
    return detail::start<created_app>(session_,
                                      prepare_create(request, detail::options_in(tail...)),
                                      std::forward<Tail>(tail)...);
  }

 private:
  detail::request_ptr prepare_list(const list_apps_query& query, const call_options& opts) const;
  detail::request_ptr prepare_create(const create_app_request& request,
                                     const call_options& opts) const;

  std::shared_ptr<detail::session> session_;
};

}  // namespace rtk
