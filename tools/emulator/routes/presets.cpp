// Placeholder: replaced by the group's routes.
#include "../router.hpp"
namespace rtk::emu {
void add_preset_routes(router&) {}
void add_default_presets(state&, app_data&) {}
}  // namespace rtk::emu
