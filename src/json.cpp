// Boost.JSON, compiled once into rtk instead of linking a separate library.
#include <boost/json/src.hpp>
