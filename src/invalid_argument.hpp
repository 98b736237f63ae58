#pragma once
// How rtk refuses unusable options at construction: rtk::error with errc::invalid_argument,
// `why` as the diagnostics' client message. `why` names what is wrong, never a secret value.

#include <string>

namespace rtk::detail {

[[noreturn]] void throw_invalid_argument(std::string why);

}  // namespace rtk::detail
