// Asio, its SSL support and Beast, compiled once for a librtk built with RTK_COMPILE_ASIO_ONCE
// (rtk's own test builds; see CMakeLists.txt). A librtk for users compiles none of it.
#include <boost/asio/impl/src.hpp>
#include <boost/asio/ssl/impl/src.hpp>
#include <boost/beast/src.hpp>
