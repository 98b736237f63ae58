#define BOOST_TEST_MODULE rtk command line tests
#include <boost/test/unit_test.hpp>
