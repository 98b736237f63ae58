#pragma once
// Where a failed connect or exchange becomes an rtk::errc: the one place that knows Asio's,
// OpenSSL's and Beast's error categories.

#include <rtk/error.hpp>

#include <string>
#include <string_view>

namespace rtk::detail {

struct transport_failure {
  error_code ec;        // an rtk::errc, or operation_aborted for a cancelled call
  std::string message;  // "<phase> <host>: <what happened>", not yet scrubbed; "" when cancelled
};

// `ec` is what the connection reported: asio::error::timed_out when the phase's time limit
// passed, and then `limit_is_deadline` tells the call's deadline (deadline_exceeded) from the
// attempt's or the connect timeout (timeout). `cancelled`: the call was cancelled or the
// client shut down, so whatever the connection saw is reported as operation_aborted.
transport_failure classify_transport_error(error_code ec, std::string_view phase,
                                           std::string_view host, bool limit_is_deadline,
                                           bool cancelled);

}  // namespace rtk::detail
