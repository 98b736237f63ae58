#pragma once
// Opt-in: Boost.JSON views of the JSON rtk keeps as text, for callers who want raw JSON.
// <rtk/rtk.hpp> does not include this header; Boost.JSON's definitions are compiled into rtk.

#include <rtk/extra_fields.hpp>

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include <utility>

namespace rtk {

// The members a model kept in `extra` (unknown fields, drifted types), as a JSON object;
// empty when there are none.
inline boost::json::object to_json(const extra_fields& extra) {
  if (extra.empty()) return {};
  boost::json::error_code ec;
  boost::json::value v = boost::json::parse(extra.json(), ec);
  if (ec || !v.is_object()) return {};
  return std::move(v.get_object());
}

}  // namespace rtk
