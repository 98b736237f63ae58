// Placeholder: replaced by the group's routes.
#include "../router.hpp"
namespace rtk::emu {
void add_meeting_routes(router&) {}
}  // namespace rtk::emu
