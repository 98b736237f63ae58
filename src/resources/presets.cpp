// The Presets group: each method builds its request (method, path, query, body) and names its
// result type. Sockets, retries and time are the session's business.

#include "../call.hpp"
#include "../pager.hpp"
#include "../request_builder.hpp"

#include <rtk/resources/presets.hpp>

namespace rtk {

namespace ops = detail::ops;
using detail::request_builder;

detail::request_ptr presets_resource::prepare_list(std::string_view app_id,
                                                   const list_presets_query& query,
                                                   const call_options& opts) const {
  return request_builder(*session_, opts, ops::presets_list, {app_id}).query(query).done();
}

detail::request_ptr presets_resource::prepare_create(std::string_view app_id,
                                                     const create_preset_request& request,
                                                     const call_options& opts) const {
  return request_builder(*session_, opts, ops::presets_create, {app_id})
      .require(!request.name.empty(), "name")
      .body(request)
      .done();
}

detail::request_ptr presets_resource::prepare_get(std::string_view app_id,
                                                  std::string_view preset_id,
                                                  const call_options& opts) const {
  return request_builder(*session_, opts, ops::presets_get, {app_id, preset_id}).done();
}

detail::request_ptr presets_resource::prepare_update(std::string_view app_id,
                                                     std::string_view preset_id,
                                                     const update_preset_request& request,
                                                     const call_options& opts) const {
  return request_builder(*session_, opts, ops::presets_update, {app_id, preset_id})
      .body(request)
      .done();
}

detail::request_ptr presets_resource::prepare_replace(std::string_view app_id,
                                                      std::string_view preset_id,
                                                      const replace_preset_request& request,
                                                      const call_options& opts) const {
  return request_builder(*session_, opts, ops::presets_replace, {app_id, preset_id})
      .require(!request.name.empty(), "name")
      .body(request)
      .done();
}

detail::request_ptr presets_resource::prepare_delete(std::string_view app_id,
                                                     std::string_view preset_id,
                                                     const call_options& opts) const {
  return request_builder(*session_, opts, ops::presets_delete, {app_id, preset_id}).done();
}

pager<preset_summary> presets_resource::list_pages(std::string_view app_id,
                                                   const list_presets_query& query) const {
  return detail::make_pager<preset_summary, page<preset_summary>>(
      session_, query.page_no, query.per_page,
      [self = *this, app = std::string(app_id), query](std::int64_t page_no,
                                                       const call_options& opts) {
        auto q = query;
        q.page_no = page_no;
        return self.prepare_list(app, q, opts);
      },
      [](page<preset_summary> p) { return p; });
}

}  // namespace rtk

RTK_INSTANTIATE_CALL(rtk::preset)
RTK_INSTANTIATE_CALL(rtk::page<rtk::preset_summary>)
RTK_INSTANTIATE_PAGER(rtk::preset_summary)
