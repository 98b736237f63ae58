#pragma once
// Everything public, except the opt-ins: <rtk/json.hpp> (brings in Boost.JSON) and
// <rtk/operations.hpp> (operations by name; link rtk::operations).

#include <rtk/call_options.hpp>
#include <rtk/client.hpp>
#include <rtk/client_options.hpp>
#include <rtk/diagnostics.hpp>
#include <rtk/error.hpp>
#include <rtk/extra_fields.hpp>
#include <rtk/log.hpp>
#include <rtk/models/common.hpp>
#include <rtk/open_enum.hpp>
#include <rtk/retry.hpp>
#include <rtk/version.hpp>
