// The Analytics group's models: their decoding, encoding and pagers, compiled once, here.
// Its operations are declared in <rtk/resources/analytics.hpp>.

#include "../models/analytics.hpp"
#include "../call.hpp"
#include "../pager.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/analytics.hpp>

RTK_INSTANTIATE_CALL(rtk::analytics_daywise_report)
RTK_INSTANTIATE_QUERY(rtk::analytics_daywise_query)
