// Placeholder: replaced by the group's routes.
#include "../router.hpp"
namespace rtk::emu {
void add_active_session_routes(router&) {}
}  // namespace rtk::emu
