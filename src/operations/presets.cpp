// The presets operations by name, for rtk::call_operation.

#include "context.hpp"

#include <rtk/resources/presets.hpp>

namespace rtk::detail::ops {
namespace {

const entry table[] = {
    {&ops::presets_list,
     [](context& c) {
       return c.run<page<preset_summary>>([&c](auto&&... tail) {
         return c.api.presets().async_list(c.path("app_id"), c.take<list_presets_query>(),
                                           std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::presets_create,
     [](context& c) {
       return c.run<preset>([&c](auto&&... tail) {
         return c.api.presets().async_create(c.path("app_id"), c.take<create_preset_request>(),
                                             std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::presets_get,
     [](context& c) {
       return c.run<preset>([&c](auto&&... tail) {
         return c.api.presets().async_get(c.path("app_id"), c.path("preset_id"),
                                          std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::presets_update,
     [](context& c) {
       return c.run<preset>([&c](auto&&... tail) {
         return c.api.presets().async_update(c.path("app_id"), c.path("preset_id"),
                                             c.take<update_preset_request>(),
                                             std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::presets_replace,
     [](context& c) {
       return c.run<preset>([&c](auto&&... tail) {
         return c.api.presets().async_replace(c.path("app_id"), c.path("preset_id"),
                                              c.take<replace_preset_request>(),
                                              std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::presets_delete,
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
