#pragma once
// The Apps group: `client.apps()`. Call forms: see <rtk/resources/meetings.hpp>.
// Its operations take no app_id, so it has no app handle form.

#include <rtk/detail/operation.hpp>
#include <rtk/models/apps.hpp>

#include <boost/describe/class.hpp>

#include <string_view>

namespace rtk {

namespace ops {
// clang-format off
inline constexpr descriptor<page<app>(const list_apps_query&)> apps_list{"apps.list", get, "/accounts/{account_id}/realtime/kit/apps", "apps.get"};
inline constexpr descriptor<created_app(const create_app_request&)> apps_create{"apps.create", post, "/accounts/{account_id}/realtime/kit/apps", "apps.post"};
// clang-format on
}  // namespace ops

// The Apps group: client.apps().
struct apps_resource {
  operation<ops::apps_list> async_list;
  operation<ops::apps_create> async_create;

  BOOST_DESCRIBE_CLASS(apps_resource, (), (async_list, async_create), (), ())
};

}  // namespace rtk
