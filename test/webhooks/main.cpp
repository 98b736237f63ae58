#define BOOST_TEST_MODULE rtk webhook tests
#include <boost/test/unit_test.hpp>
