// Placeholder: replaced by the group's routes.
#include "../router.hpp"
namespace rtk::emu {
void add_recording_routes(router&) {}
}  // namespace rtk::emu
