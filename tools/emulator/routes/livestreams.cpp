// Placeholder: replaced by the group's routes.
#include "../router.hpp"
namespace rtk::emu {
void add_livestream_routes(router&) {}
}  // namespace rtk::emu
