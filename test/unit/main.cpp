#define BOOST_TEST_MODULE rtk unit tests
#include <boost/test/unit_test.hpp>
