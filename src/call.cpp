#include "call.hpp"

#include <boost/system/system_error.hpp>

namespace rtk::detail {

error_code exception_to_error(std::exception_ptr ep, diagnostics& diag) {
  try {
    std::rethrow_exception(ep);
  } catch (const boost::system::system_error& e) {
    return e.code();
  } catch (const std::bad_alloc&) {
    diag.client_message = "out of memory";
    return make_error_code(boost::system::errc::not_enough_memory);
  } catch (const std::exception& e) {
    diag.client_message = std::string("internal error: ") + e.what();
    return make_error_code(boost::system::errc::state_not_recoverable);
  }
}

}  // namespace rtk::detail
RTK_INSTANTIATE_CALL(rtk::empty_result)
