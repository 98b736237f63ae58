#define BOOST_TEST_MODULE rtk multi - threaded tests
#include <boost/test/unit_test.hpp>
