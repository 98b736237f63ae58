#define BOOST_TEST_MODULE rtk conformance tests
#include <boost/test/unit_test.hpp>
