// Asio's definitions, compiled once by the program itself (BOOST_ASIO_SEPARATE_COMPILATION), as
// large Asio servers do. rtk's objects use Asio inline, so nothing is defined twice.
#include <boost/asio/impl/src.hpp>
