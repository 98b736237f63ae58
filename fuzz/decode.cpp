// Response decoding for every result type, through the session's entry (codec::decode_data,
// the fast path then the document path): the first byte picks the operation whose result
// type decodes the rest. Invariants: no crash, no sanitizer report, and a success leaves no
// missing-field path that is empty.

#include "codec/json_codec.hpp"
#include "models/active_session.hpp"
#include "models/analytics.hpp"
#include "models/apps.hpp"
#include "models/livestreams.hpp"
#include "models/meetings.hpp"
#include "models/presets.hpp"
#include "models/recordings.hpp"
#include "models/sessions.hpp"
#include "models/webhooks.hpp"

#include <rtk/rtk.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {

using decoder = void (*)(std::string_view body);

template <class T>
void decode_as(std::string_view body) {
  T out{};
  rtk::diagnostics diag;
  const rtk::error_code ec = rtk::detail::codec::decode_data(body, out, diag);
  if (!ec)
    for (const auto& path : diag.missing_fields)
      if (path.empty()) std::abort();
}

template <class T>
concept operation_member = requires {
  typename T::result_type;
  T::descriptor_info;
};

// One decoder per operation, as the operations table lists them.
template <class Resource>
void add_group(std::vector<decoder>& out) {
  boost::mp11::mp_for_each<
      boost::describe::describe_members<Resource, boost::describe::mod_public>>([&](auto m) {
    using member = std::remove_cvref_t<decltype(std::declval<Resource&>().*m.pointer)>;
    if constexpr (operation_member<member>) out.push_back(&decode_as<typename member::result_type>);
  });
}

const std::vector<decoder>& decoders() {
  static const std::vector<decoder> all = [] {
    std::vector<decoder> v;
    add_group<rtk::apps_resource>(v);
    add_group<rtk::meetings_resource>(v);
    add_group<rtk::presets_resource>(v);
    add_group<rtk::sessions_resource>(v);
    add_group<rtk::recordings_resource>(v);
    add_group<rtk::webhooks_resource>(v);
    add_group<rtk::active_session_resource>(v);
    add_group<rtk::livestreams_resource>(v);
    add_group<rtk::analytics_resource>(v);
    return v;
  }();
  return all;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto& all = decoders();
  all[data[0] % all.size()](std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  return 0;
}
