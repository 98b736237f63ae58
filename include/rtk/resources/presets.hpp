#pragma once
// The Presets group: `client.presets()`. Call forms: see <rtk/resources/meetings.hpp>.

#include <rtk/detail/operation.hpp>
#include <rtk/models/presets.hpp>

#include <boost/describe/class.hpp>

#include <string_view>

namespace rtk {

namespace ops {
// clang-format off
inline constexpr descriptor<page<preset_summary>(std::string_view app_id, const list_presets_query&)> presets_list{"presets.list", get, "/accounts/{account_id}/realtime/kit/{app_id}/presets", "presets.get", pages};
inline constexpr descriptor<preset(std::string_view app_id, const create_preset_request&)> presets_create{"presets.create", post, "/accounts/{account_id}/realtime/kit/{app_id}/presets", "presets.create"};
inline constexpr descriptor<preset(std::string_view app_id, std::string_view preset_id)> presets_get{"presets.get", get, "/accounts/{account_id}/realtime/kit/{app_id}/presets/{preset_id}", "presets.getPresetByID"};
inline constexpr descriptor<preset(std::string_view app_id, std::string_view preset_id, const update_preset_request&)> presets_update{"presets.update", patch, "/accounts/{account_id}/realtime/kit/{app_id}/presets/{preset_id}", "presets.update"};
// In the official SDK, not in the API reference.
inline constexpr descriptor<preset(std::string_view app_id, std::string_view preset_id, const replace_preset_request&)> presets_replace{"presets.replace", put, "/accounts/{account_id}/realtime/kit/{app_id}/presets/{preset_id}", "presets.replacePresetByID"};
// The result is the deleted preset.
inline constexpr descriptor<preset(std::string_view app_id, std::string_view preset_id)> presets_delete{"presets.delete", del, "/accounts/{account_id}/realtime/kit/{app_id}/presets/{preset_id}", "presets.delete"};
// clang-format on
}  // namespace ops

// The Presets group: client.presets(), or client.app(app_id).presets().
template <class Scope>
struct basic_presets_resource {
  operation<ops::presets_list, Scope> async_list;
  operation<ops::presets_create, Scope> async_create;
  operation<ops::presets_get, Scope> async_get;
  operation<ops::presets_update, Scope> async_update;
  operation<ops::presets_replace, Scope> async_replace;
  operation<ops::presets_delete, Scope> async_delete;

  // Every preset of the app, page after page.
  pages<ops::presets_list, Scope> list_pages;

  BOOST_DESCRIBE_CLASS(basic_presets_resource, (),
                       (async_list, async_create, async_get, async_update, async_replace,
                        async_delete, list_pages),
                       (), ())
};

}  // namespace rtk
