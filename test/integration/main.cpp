#define BOOST_TEST_MODULE rtk integration tests
#include <boost/test/unit_test.hpp>
