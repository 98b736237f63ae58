// Placeholder: replaced by the group's routes.
#include "../router.hpp"
namespace rtk::emu {
void add_session_routes(router&) {}
}  // namespace rtk::emu
namespace rtk::emu {
reply seed_session(state&, const json::value&) { return ok(nullptr); }
}  // namespace rtk::emu
