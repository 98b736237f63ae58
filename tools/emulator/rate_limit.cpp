// Fixed windows per token, and the headers that describe them.

#include "rate_limit.hpp"

#include <algorithm>

namespace rtk::emu {

std::string rate_limiter::problem_of(const setting& s) {
  if (s.quota == 0) return "";  // no limit: the window does not matter
  if (s.window.count() < 1 || s.window.count() > max_window_seconds)
    return "a rate limit's window must be from 1 to " + std::to_string(max_window_seconds) +
           " seconds";
  return "";
}

void rate_limiter::configure(setting s) {
  // Without a limit the window means nothing: it reads back as 0.
  setting_ = s.quota == 0 ? setting{} : s;
  windows_.clear();
}

void rate_limiter::clear() {
  windows_.clear();
  refused_ = 0;
}

rate_limiter::verdict rate_limiter::admit(std::string_view token, clock::time_point now) {
  auto it = windows_.find(token);
  if (it == windows_.end())
    it = windows_.emplace(std::string(token), window{now, 0}).first;
  else if (now >= it->second.start + setting_.window)
    it->second = window{now, 0};  // the previous window has closed: this request opens one
  window& w = it->second;
  // Rounded up so that a client waiting `reset` finds the window closed; never 0, which would
  // tell it to retry at once.
  auto left = std::chrono::ceil<std::chrono::seconds>(w.start + setting_.window - now);
  verdict v;
  v.reset = std::max(left, std::chrono::seconds{1});
  if (w.used >= setting_.quota) {
    ++refused_;
    v.admitted = false;
    v.remaining = 0;
    return v;
  }
  ++w.used;
  v.remaining = setting_.quota - w.used;
  return v;
}

std::vector<std::pair<std::string, std::string>> rate_limiter::headers_of(const verdict& v) const {
  return {{"Ratelimit", "\"default\";r=" + std::to_string(v.remaining) +
                            ";t=" + std::to_string(v.reset.count())},
          {"Ratelimit-Policy", "\"default\";q=" + std::to_string(setting_.quota) +
                                   ";w=" + std::to_string(setting_.window.count())}};
}

}  // namespace rtk::emu
