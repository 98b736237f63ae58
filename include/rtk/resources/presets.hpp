#pragma once
// The Presets group: `client.presets()`. Call forms: see <rtk/resources/meetings.hpp>.

#include <rtk/call_options.hpp>
#include <rtk/detail/async.hpp>
#include <rtk/models/presets.hpp>
#include <rtk/pager.hpp>

#include <memory>
#include <string_view>

namespace rtk {

class presets_resource {
 public:
  explicit presets_resource(std::shared_ptr<detail::session> s) : session_(std::move(s)) {}

  // presets.list (SDK: presets.get)
  template <class... Tail>
  auto async_list(std::string_view app_id, const list_presets_query& query, Tail&&... tail) {
    return detail::start<page<preset_summary>>(
        session_, prepare_list(app_id, query, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // presets.create (SDK: presets.create)
  template <class... Tail>
  auto async_create(std::string_view app_id, const create_preset_request& request, Tail&&... tail) {
    return detail::start<preset>(session_,
                                 prepare_create(app_id, request, detail::options_in(tail...)),
                                 std::forward<Tail>(tail)...);
  }

  // presets.get
  // (SDK: presets.getPresetByID)
  template <class... Tail>
  auto async_get(std::string_view app_id, std::string_view preset_id, Tail&&... tail) {
    return detail::start<preset>(session_,
                                 prepare_get(app_id, preset_id, detail::options_in(tail...)),
                                 std::forward<Tail>(tail)...);
  }

  // presets.update
  // (SDK: presets.update)
  template <class... Tail>
  auto async_update(std::string_view app_id, std::string_view preset_id,
                    const update_preset_request& request, Tail&&... tail) {
    return detail::start<preset>(
        session_, prepare_update(app_id, preset_id, request, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // presets.replace
  // (SDK: presets.replacePresetByID; not in the API reference)
  template <class... Tail>
  auto async_replace(std::string_view app_id, std::string_view preset_id,
                     const replace_preset_request& request, Tail&&... tail) {
    return detail::start<preset>(
        session_, prepare_replace(app_id, preset_id, request, detail::options_in(tail...)),
        std::forward<Tail>(tail)...);
  }

  // presets.delete
  // (SDK: presets.delete). The result is the deleted preset.
  template <class... Tail>
  auto async_delete(std::string_view app_id, std::string_view preset_id, Tail&&... tail) {
    return detail::start<preset>(session_,
                                 prepare_delete(app_id, preset_id, detail::options_in(tail...)),
                                 std::forward<Tail>(tail)...);
  }

  // Every preset of the app: the pager form of async_list, every page in turn.
  pager<preset_summary> list_pages(std::string_view app_id, const list_presets_query& query) const;

 private:
  detail::request_ptr prepare_list(std::string_view app_id, const list_presets_query& query,
                                   const call_options& opts) const;
  detail::request_ptr prepare_create(std::string_view app_id, const create_preset_request& request,
                                     const call_options& opts) const;
  detail::request_ptr prepare_get(std::string_view app_id, std::string_view preset_id,
                                  const call_options& opts) const;
  detail::request_ptr prepare_update(std::string_view app_id, std::string_view preset_id,
                                     const update_preset_request& request,
                                     const call_options& opts) const;
  detail::request_ptr prepare_replace(std::string_view app_id, std::string_view preset_id,
                                      const replace_preset_request& request,
                                      const call_options& opts) const;
  detail::request_ptr prepare_delete(std::string_view app_id, std::string_view preset_id,
                                     const call_options& opts) const;

  std::shared_ptr<detail::session> session_;
};

}  // namespace rtk
