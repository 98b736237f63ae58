#pragma once
// The JSON mappings of the Apps group's models (<rtk/models/apps.hpp>): the members
// each maps, in the order the codec writes them. See describe.hpp.

#include "common.hpp"

#include <rtk/models/apps.hpp>

namespace rtk {

RTK_DESCRIBE_MODEL(app, (id, created_at, name))
RTK_DESCRIBE_MODEL(created_app, (app))
RTK_DESCRIBE_MODEL(create_app_request, (name))
RTK_DESCRIBE_MODEL(list_apps_query, (page_no, per_page, search, sort_order))

}  // namespace rtk
