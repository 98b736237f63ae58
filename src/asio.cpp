// Asio and its SSL support, compiled once for the whole library
// (BOOST_ASIO_SEPARATE_COMPILATION is defined for rtk and everything that links it).
#include <boost/asio/impl/src.hpp>
#include <boost/asio/ssl/impl/src.hpp>
