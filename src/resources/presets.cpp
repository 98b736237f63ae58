// The Presets group's models: their decoding, encoding and pagers, compiled once, here.
// Its operations are declared in <rtk/resources/presets.hpp>.

#include "../models/presets.hpp"
#include "../call.hpp"
#include "../pager.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/presets.hpp>

RTK_INSTANTIATE_CALL(rtk::page<rtk::preset_summary>)
RTK_INSTANTIATE_CALL(rtk::preset)
RTK_INSTANTIATE_QUERY(rtk::list_presets_query)
RTK_INSTANTIATE_BODY(rtk::create_preset_request)
RTK_INSTANTIATE_BODY(rtk::update_preset_request)
RTK_INSTANTIATE_BODY(rtk::replace_preset_request)
RTK_INSTANTIATE_PAGER(rtk::page<rtk::preset_summary>)
