#pragma once
// JSON members a model does not map: on decode, the fields the server sent that this version
// of rtk does not know (or whose type drifted from the reference), so nothing the server said
// is lost; on encode, fields to add to a request body for API additions rtk does not know yet.
// Stored as the text of one JSON object; <rtk/json.hpp> turns it into a boost::json::object.

#include <string>
#include <string_view>
#include <utility>

namespace rtk {

class extra_fields {
 public:
  extra_fields() = default;
  // `object_json` must be a JSON object, e.g. R"({"beta_flag":true})"; it is checked when the
  // request is built and a malformed one fails the call with errc::invalid_argument.
  explicit extra_fields(std::string object_json) : json_(std::move(object_json)) {}

  bool empty() const noexcept { return json_.empty(); }
  // "" when there are none.
  const std::string& json() const noexcept { return json_; }

  friend bool operator==(const extra_fields&, const extra_fields&) = default;

 private:
  std::string json_;
};

}  // namespace rtk
