// The Apps group's models: their decoding, encoding and pagers, compiled once, here.
// Its operations are declared in <rtk/resources/apps.hpp>.

#include "../models/apps.hpp"
#include "../call.hpp"
#include "../pager.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/apps.hpp>

RTK_INSTANTIATE_CALL(rtk::page<rtk::app>)
RTK_INSTANTIATE_CALL(rtk::created_app)
RTK_INSTANTIATE_QUERY(rtk::list_apps_query)
RTK_INSTANTIATE_BODY(rtk::create_app_request)
