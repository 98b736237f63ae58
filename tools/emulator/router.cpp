// Route matching: split the path into segments and compare them with each template's.

#include "router.hpp"

#include <algorithm>

namespace rtk::emu {
namespace {

// "/a/b/c" -> {"a", "b", "c"}; empty segments are kept, so "/a//b" does not match "/a/b".
std::vector<std::string_view> split(std::string_view path) {
  std::vector<std::string_view> out;
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  while (true) {
    auto slash = path.find('/');
    out.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

bool is_param(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// Every route is relative to this prefix.
constexpr std::string_view prefix = "/accounts/{account_id}/realtime/kit";

}  // namespace

void router::add(std::string_view method, std::string_view path_template, handler h) {
  std::string full = std::string(prefix) + std::string(path_template);
  route r{std::string(method), {}, std::move(h)};
  for (auto s : split(full)) r.segments.emplace_back(s);
  routes_.push_back(std::move(r));
}

router::match router::find(request& r, const std::vector<std::string>& segments) const {
  const route* best = nullptr;
  bool path_known = false;
  for (const auto& candidate : routes_) {
    if (candidate.segments.size() != segments.size()) continue;
    bool fits = true;
    for (std::size_t i = 0; i < segments.size() && fits; ++i) {
      const auto& want = candidate.segments[i];
      fits = is_param(want) ? !segments[i].empty() : want == segments[i];
    }
    if (!fits) continue;
    if (candidate.method != r.method) {
      path_known = true;
      continue;
    }
    // Prefer the route with a literal where the other has a parameter, leftmost first.
    if (best != nullptr) {
      bool better = false;
      for (std::size_t i = 0; i < segments.size(); ++i) {
        bool a = is_param(candidate.segments[i]), b = is_param(best->segments[i]);
        if (a != b) {
          better = !a;
          break;
        }
      }
      if (!better) continue;
    }
    best = &candidate;
  }
  if (best == nullptr) return match{nullptr, path_known};
  r.params.clear();
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const auto& want = best->segments[i];
    if (is_param(want)) r.params.emplace(want.substr(1, want.size() - 2), segments[i]);
  }
  return match{&best->h, true};
}

}  // namespace rtk::emu
