#pragma once
// Everything public, except the opt-ins: <rtk/json.hpp> (brings in Boost.JSON),
// <rtk/operations.hpp> (operations by name; link rtk::operations), <rtk/emulator.hpp> (link
// rtk::emulator) and <rtk/webhooks.hpp> (receiving webhooks). A group's own header
// (<rtk/meetings.hpp>, <rtk/webhooks_api.hpp>...) gives the client and that group alone, and
// compiles faster.

#include <rtk/active_session.hpp>
#include <rtk/analytics.hpp>
#include <rtk/apps.hpp>
#include <rtk/call_options.hpp>
#include <rtk/client.hpp>
#include <rtk/client_options.hpp>
#include <rtk/diagnostics.hpp>
#include <rtk/error.hpp>
#include <rtk/extra_fields.hpp>
#include <rtk/livestreams.hpp>
#include <rtk/log.hpp>
#include <rtk/meetings.hpp>
#include <rtk/models/common.hpp>
#include <rtk/open_enum.hpp>
#include <rtk/presets.hpp>
#include <rtk/recordings.hpp>
#include <rtk/retry.hpp>
#include <rtk/sessions.hpp>
#include <rtk/version.hpp>
#include <rtk/webhooks_api.hpp>
