#define BOOST_TEST_MODULE rtk emulator tests
#include <boost/test/unit_test.hpp>
