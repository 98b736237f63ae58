#pragma once
// The JSON mappings of the models every group shares (<rtk/models/common.hpp>). See
// describe.hpp.

#include "describe.hpp"

#include <rtk/models/common.hpp>

namespace rtk {

RTK_DESCRIBE_MODEL(paging, (start_offset, end_offset, total_count))
RTK_DESCRIBE_MODEL(empty_result, ())

}  // namespace rtk
