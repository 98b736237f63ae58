#pragma once
// A levelled log hook. rtk is silent unless a sink is set. Lines never hold credentials,
// participant tokens or storage secrets: only methods, paths, statuses, timings and errors.

#include <functional>
#include <string_view>

namespace rtk {

enum class log_level { trace = 0, debug, info, warning, error, off };

struct log_options {
  // Lines below this level are not even formatted.
  log_level level = log_level::warning;
  // Called from whichever thread runs the call; must be thread-safe if the client is shared.
  std::function<void(log_level, std::string_view)> sink;
};

std::string_view to_string(log_level level) noexcept;

}  // namespace rtk
