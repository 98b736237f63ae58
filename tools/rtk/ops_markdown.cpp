#include "ops_markdown.hpp"

#include <rtk/operations.hpp>

#include <array>
#include <string>
#include <string_view>

namespace {

constexpr std::string_view intro = R"(# Operations

<!-- Made by `rtk ops --markdown` from the operations' descriptors; do not edit. -->

Every endpoint of the RealtimeKit reference (and the two the official SDK has beyond it), its
typed method, its name for `rtk::call_operation` (and the `rtk` command line), and the official
TypeScript SDK method (`client.realtimeKit.<group>.<method>`). Paths start with
`/accounts/{account_id}/realtime/kit`; `account_id` comes from `client_options::account_id` or
`call_options::account_id`. Each method takes the arguments shown, then optionally
`call_options`, `diagnostics&` and a completion token, in that order; a GET's trailing query may
be left out. An app's handle (`client.app(app_id)`) has the same groups and methods, less
`app_id`. Lists marked *paged* take `page_no`/`per_page` and have a pager form too
(`list_pages`, `list_participants_pages`...) with the same arguments.
)";

struct group {
  std::string_view name;  // the client's accessor, and its operations' names' prefix
  std::string_view title;
};

constexpr std::array<group, 9> groups{{
    {"apps", "Apps"},
    {"meetings", "Meetings and participants"},
    {"presets", "Presets"},
    {"sessions", "Sessions"},
    {"recordings", "Recordings"},
    {"webhooks", "Webhooks"},
    {"active_session", "Active session"},
    {"livestreams", "Livestreams"},
    {"analytics", "Analytics"},
}};

constexpr std::string_view path_prefix = "/accounts/{account_id}/realtime/kit";

std::string sdk_column(std::string_view names) {
  if (names.empty()) return "— (not in the SDK)";
  std::string out;
  while (!names.empty()) {
    const auto comma = names.find(',');
    auto name = names.substr(0, comma);
    while (name.starts_with(' ')) name.remove_prefix(1);
    out += (out.empty() ? "`" : ", `") + std::string(name) + "`";
    names = comma == std::string_view::npos ? std::string_view() : names.substr(comma + 1);
  }
  return out;
}

void print_row(std::ostream& out, const rtk::operation_info& op) {
  std::string_view path = op.path;
  if (path.starts_with(path_prefix)) path.remove_prefix(path_prefix.size());
  out << "| `" << op.call << "` | `" << op.method << ' ' << path << '`'
      << (op.paged ? " (paged)" : "") << " | `" << op.name << "` | " << sdk_column(op.sdk_names)
      << " | `" << op.result << "` |\n";
}

}  // namespace

void print_operations_markdown(std::ostream& out) {
  out << intro;
  for (const auto& g : groups) {
    out << "\n## " << g.title << ": `client." << g.name << "()`\n\n"
        << "| method | HTTP | operation | official SDK | result |\n"
        << "|---|---|---|---|---|\n";
    const std::string prefix = std::string(g.name) + '.';
    for (const auto& op : rtk::operations())
      if (op.name.starts_with(prefix)) print_row(out, op);
  }
}
