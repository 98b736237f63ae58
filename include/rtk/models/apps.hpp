#pragma once
// Value types of the Apps group: an app of the account, the result of creating one, and the
// request body and query parameters of the group's two operations. Member names are the API's
// field names.

#include <rtk/models/common.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace rtk {

// Sort order of "Fetch all apps". Not in the reference (the official SDK sends it); the
// spelling follows the other list endpoints.
enum class app_sort_order { unknown, asc, desc };

template <>
struct enum_names<app_sort_order> {
  using E = app_sort_order;
  static constexpr std::array<enum_name<E>, 2> values{{
      {E::asc, "ASC"},
      {E::desc, "DESC"},
  }};
};

// An app of the account. The reference marks every field optional.
struct app {
  std::optional<std::string> id{};
  std::optional<std::string> created_at{};  // ISO 8601, as the server sent it
  std::optional<std::string> name{};
  extra_fields extra{};
};

// The `data` of "Create App": the new app, wrapped in `app`.
struct created_app {
  std::optional<::rtk::app> app{};
  extra_fields extra{};
};

// Body of "Create App".
struct create_app_request {
  text name{};  // required
  text extra{};
};

// Query of "Fetch all apps". The reference lists no query parameters; these are the ones the
// official SDK sends.
struct list_apps_query {
  std::optional<std::int64_t> page_no{};
  std::optional<std::int64_t> per_page{};
  std::optional<text> search{};
  std::optional<app_sort_order> sort_order{};
  text extra{};
};

}  // namespace rtk
