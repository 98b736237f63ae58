// The presets operations by name, for rtk::call_operation.

#include "context.hpp"

#include <rtk/resources/presets.hpp>

namespace rtk::detail::ops {
namespace {

const entry table[] = {
    {{"presets.list", "GET", "/accounts/{account_id}/realtime/kit/{app_id}/presets", "presets.get",
      true},
     [](context& c) {
       return c.run<page<preset_summary>>([&c](auto&&... tail) {
         return c.api.presets().async_list(c.path("app_id"), c.take<list_presets_query>(),
                                           std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"presets.create", "POST", "/accounts/{account_id}/realtime/kit/{app_id}/presets",
      "presets.create", false},
     [](context& c) {
       return c.run<preset>([&c](auto&&... tail) {
         return c.api.presets().async_create(c.path("app_id"), c.take<create_preset_request>(),
                                             std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"presets.get", "GET", "/accounts/{account_id}/realtime/kit/{app_id}/presets/{preset_id}",
      "presets.getPresetByID", false},
     [](context& c) {
       return c.run<preset>([&c](auto&&... tail) {
         return c.api.presets().async_get(c.path("app_id"), c.path("preset_id"),
                                          std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"presets.update", "PATCH", "/accounts/{account_id}/realtime/kit/{app_id}/presets/{preset_id}",
      "presets.update", false},
     [](context& c) {
       return c.run<preset>([&c](auto&&... tail) {
         return c.api.presets().async_update(c.path("app_id"), c.path("preset_id"),
                                             c.take<update_preset_request>(),
                                             std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"presets.replace", "PUT", "/accounts/{account_id}/realtime/kit/{app_id}/presets/{preset_id}",
      "presets.replacePresetByID", false},
     [](context& c) {
       return c.run<preset>([&c](auto&&... tail) {
         return c.api.presets().async_replace(c.path("app_id"), c.path("preset_id"),
                                              c.take<replace_preset_request>(),
                                              std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"presets.delete", "DELETE",
      "/accounts/{account_id}/realtime/kit/{app_id}/presets/{preset_id}", "presets.delete", false},
     [](context& c) {
       return c.run<preset>([&c](auto&&... tail) {
         return c.api.presets().async_delete(c.path("app_id"), c.path("preset_id"),
                                             std::forward<decltype(tail)>(tail)...);
       });
     }},
};

}  // namespace

std::span<const entry> presets_table() {
  return table;
}

}  // namespace rtk::detail::ops
