#pragma once
// Everything public, except <rtk/json.hpp> (opt-in: it brings in Boost.JSON).

#include <rtk/call_options.hpp>
#include <rtk/client.hpp>
#include <rtk/client_options.hpp>
#include <rtk/diagnostics.hpp>
#include <rtk/error.hpp>
#include <rtk/extra_fields.hpp>
#include <rtk/log.hpp>
#include <rtk/models/meetings.hpp>
#include <rtk/open_enum.hpp>
#include <rtk/resources/meetings.hpp>
#include <rtk/retry.hpp>
#include <rtk/version.hpp>
