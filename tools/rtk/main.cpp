// rtk: every RealtimeKit operation from the shell.
//
//   rtk [options] ops [--markdown]
//   rtk [options] call <op> '<params-json>' | -
//   rtk [options] bench <op> '<params-json>' --concurrency C --duration S
//   rtk webhooks verify (--public-key PEM_FILE | --public-key-url URL) --signature B64 [BODY]
//
// Exit status of `call`: 0 success, 1 usage, 2 refused before anything was sent, 3 the API
// answered with an error, 4 transport failure or timeout. See `rtk --help`.

#include "ops_markdown.hpp"
#include "webhooks_command.hpp"

#include <rtk/operations.hpp>
#include <rtk/rtk.hpp>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace asio = boost::asio;
namespace json = boost::json;

namespace {

constexpr const char* usage = R"(usage: rtk [options] <command> [options] ...

commands:
  ops                          every operation: name, HTTP method, path template (tab-separated)
  ops --markdown               the same as a Markdown reference (docs/operations.md)
  call <op> <params-json|->    run one operation; params: one flat JSON object with the path
                               parameters and the query/body fields by API name ('-': stdin)
  bench <op> <params-json|->   drive one operation with --concurrency calls in flight for
                               --duration seconds; prints throughput, latency and errors
  webhooks verify (--public-key PEM_FILE | --public-key-url URL) --signature BASE64 [BODY|-]
                               verify a webhook delivery's raw body (a file, or stdin); print
                               the event as one JSON line. Exit 0 verified, 2 bad option or
                               unreadable file, 4 key not fetched, 5 signature does not verify,
                               6 verified but not a webhook event

options (before or right after the command):
  --base-url URL       API base URL (default: CLOUDFLARE_BASE_URL, else the real API)
  --max-retries N      retries per call (default 2)
  --timeout SECONDS    per-attempt timeout (default 60)
  --all                page through a paged list; print one JSON array of every item
  --concurrency C      bench: calls in flight (default 8)
  --duration S         bench: seconds to run (default 5)
  --no-rate-limiter    send at once, retrying each 429 alone (default: pace by the API's
                       rate-limit headers and hold every call after a 429)
  --help               this text

environment: CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY),
CLOUDFLARE_BASE_URL, CLOUDFLARE_ACCOUNT_ID.
exit status: 0 ok, 1 usage, 2 refused before sending, 3 API error status, 4 transport/timeout.
)";

enum exit_code { ok = 0, usage_error = 1, refused = 2, api_error = 3, transport = 4 };

struct settings {
  std::optional<std::string> base_url;
  std::optional<int> max_retries;
  std::optional<double> timeout_s;
  bool all = false;
  bool markdown = false;
  bool rate_limiter = true;
  int concurrency = 8;
  double duration_s = 5;
  std::vector<std::string> positional;
};

// Options may come before or after the command; everything else is positional.
bool parse(int argc, char** argv, settings& s, std::string& why) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::optional<std::string> {
      if (i + 1 >= argc) {
        why = a + " needs a value";
        return std::nullopt;
      }
      return std::string(argv[++i]);
    };
    try {
      if (a == "--help" || a == "-h") {
        s.positional.insert(s.positional.begin(), "help");
      } else if (a == "--all") {
        s.all = true;
      } else if (a == "--markdown") {
        s.markdown = true;
      } else if (a == "--no-rate-limiter") {
        s.rate_limiter = false;
      } else if (a == "--base-url") {
        auto v = value();
        if (!v) return false;
        s.base_url = *v;
      } else if (a == "--max-retries") {
        auto v = value();
        if (!v) return false;
        s.max_retries = std::stoi(*v);
        if (*s.max_retries < 0) throw std::invalid_argument("negative");
      } else if (a == "--timeout") {
        auto v = value();
        if (!v) return false;
        s.timeout_s = std::stod(*v);
        if (!(*s.timeout_s > 0)) throw std::invalid_argument("not positive");
      } else if (a == "--concurrency") {
        auto v = value();
        if (!v) return false;
        s.concurrency = std::stoi(*v);
        if (s.concurrency < 1) throw std::invalid_argument("not positive");
      } else if (a == "--duration") {
        auto v = value();
        if (!v) return false;
        s.duration_s = std::stod(*v);
        if (!(s.duration_s > 0)) throw std::invalid_argument("not positive");
      } else if (a.size() > 2 && a.starts_with("--")) {
        why = "unknown option " + a;
        return false;
      } else {
        s.positional.push_back(a);
      }
    } catch (const std::exception&) {
      why = "bad value for " + a;
      return false;
    }
  }
  return true;
}

// Where a failed call failed, as the exit status says it.
exit_code classify(const rtk::error_code& ec) {
  if (ec == rtk::errc::invalid_argument) return refused;
  if (ec.category() == rtk::category()) {
    switch (static_cast<rtk::errc>(ec.value())) {
      case rtk::errc::bad_request:
      case rtk::errc::unauthorized:
      case rtk::errc::forbidden:
      case rtk::errc::not_found:
      case rtk::errc::conflict:
      case rtk::errc::unprocessable:
      case rtk::errc::rate_limited:
      case rtk::errc::server_error:
      case rtk::errc::http_error:
      case rtk::errc::pagination_error:
        return api_error;
      default:
        break;
    }
  }
  return transport;
}

std::string read_params(const std::string& arg) {
  if (arg != "-") return arg;
  return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
}

rtk::client_options client_options_for(const settings& s) {
  auto o = rtk::client_options::from_env();
  if (s.base_url) {
    o.base_url = *s.base_url;
    o.proxy = rtk::proxy_options::from_env(o.base_url);  // the variables for its scheme
  }
  if (s.max_retries) o.retry = std::make_shared<rtk::limited_retry_policy>(*s.max_retries);
  o.rate_limits.enabled = s.rate_limiter;
  if (s.timeout_s)
    o.attempt_timeout = std::chrono::milliseconds(static_cast<long long>(*s.timeout_s * 1000));
  return o;
}

// Runs an awaitable to completion on `ioc`.
template <class T>
T run(asio::io_context& ioc, asio::awaitable<T> a) {
  std::optional<T> result;
  std::exception_ptr error;
  ioc.restart();
  asio::co_spawn(ioc, std::move(a), [&](std::exception_ptr e, T v) {
    error = e;
    result = std::move(v);
  });
  ioc.run();
  if (error) std::rethrow_exception(error);
  return std::move(*result);
}

int fail(const std::string& op, const rtk::operation_outcome& out) {
  std::cerr << "rtk: " << op << ": " << out.ec.message();
  auto details = out.diag.to_string();
  if (!details.empty()) std::cerr << " [" << details << "]";
  std::cerr << "\n";
  return classify(out.ec);
}

// --all: every page through the library's pager rules (rtk::call_operation_all).
int call_all(asio::io_context& ioc, rtk::client& api, const rtk::operation_info& op,
             std::string params) {
  if (!op.paged) {
    std::cerr << "rtk: " << op.name << " is not a paged list; --all needs one\n";
    return refused;
  }
  const bool progress = isatty(STDERR_FILENO) != 0;
  auto on_page = [progress](std::int64_t page_no, std::int64_t items) {
    if (progress) std::cerr << "\rpage " << page_no << ", " << items << " items" << std::flush;
  };
  auto out = run(ioc, rtk::call_operation_all(api, std::string(op.name), std::move(params),
                                              rtk::call_options{}, on_page));
  if (progress) std::cerr << "\n";
  if (out.ec) return fail(std::string(op.name), out);
  std::cout << out.json << "\n";
  return ok;
}

int cmd_call(const settings& s) {
  if (s.positional.size() != 3) {
    std::cerr << "rtk: call needs <op> and <params-json|->\n" << usage;
    return usage_error;
  }
  const std::string& name = s.positional[1];
  const auto* op = rtk::find_operation(name);
  if (op == nullptr) {
    std::cerr << "rtk: unknown operation " << name << " (see rtk ops)\n";
    return refused;
  }
  std::string params = read_params(s.positional[2]);
  asio::io_context ioc;
  std::optional<rtk::client> api;
  try {
    api.emplace(ioc.get_executor(), client_options_for(s));
  } catch (const rtk::error& e) {
    std::cerr << e.what() << "\n";
    return refused;
  }
  if (s.all) return call_all(ioc, *api, *op, std::move(params));
  auto out = run(ioc, rtk::call_operation(*api, std::string(op->name), std::move(params),
                                          rtk::call_options{}));
  if (out.ec) return fail(name, out);
  std::cout << out.json << "\n";
  // The output is what the server sent; a member its model requires but it left out is noted.
  for (const auto& field : out.diag.missing_fields)
    std::cerr << "rtk: note: the response has no " << field << "\n";
  return ok;
}

int cmd_bench(const settings& s) {
  if (s.positional.size() != 3) {
    std::cerr << "rtk: bench needs <op> and <params-json|->\n" << usage;
    return usage_error;
  }
  const auto* op = rtk::find_operation(s.positional[1]);
  if (op == nullptr) {
    std::cerr << "rtk: unknown operation " << s.positional[1] << "\n";
    return refused;
  }
  const std::string params = read_params(s.positional[2]);
  asio::io_context ioc;
  std::optional<rtk::client> api;
  // Every 429 the server sent, retried ones included (one thread: the hook needs no lock).
  std::size_t answered_429 = 0;
  try {
    auto options = client_options_for(s);
    options.on_attempt = [&answered_429](const rtk::attempt_event& e) {
      if (e.record.http_status == 429) ++answered_429;
    };
    api.emplace(ioc.get_executor(), std::move(options));
  } catch (const rtk::error& e) {
    std::cerr << e.what() << "\n";
    return refused;
  }
  using clock = std::chrono::steady_clock;
  const auto end = clock::now() + std::chrono::duration_cast<clock::duration>(
                                      std::chrono::duration<double>(s.duration_s));
  std::vector<double> latencies_ms;
  std::map<std::string, std::size_t> errors;
  std::chrono::microseconds held{0};  // by the rate limiter, all calls together
  const std::string name(op->name);
  auto worker = [&]() -> asio::awaitable<void> {
    while (clock::now() < end) {
      const auto t0 = clock::now();
      // Built outside the co_await expression (see the README's GCC 12 note).
      auto call = rtk::call_operation(*api, name, params, rtk::call_options{});
      auto out = co_await std::move(call);
      const auto ms = std::chrono::duration<double, std::milli>(clock::now() - t0).count();
      held += out.diag.rate_limit_wait;
      if (out.ec)
        ++errors[out.ec.message()];
      else
        latencies_ms.push_back(ms);
    }
  };
  const auto started = clock::now();
  for (int i = 0; i < s.concurrency; ++i) asio::co_spawn(ioc, worker, asio::detached);
  ioc.run();
  const double seconds = std::chrono::duration<double>(clock::now() - started).count();
  std::sort(latencies_ms.begin(), latencies_ms.end());
  auto pct = [&](double p) {
    if (latencies_ms.empty()) return 0.0;
    auto i = static_cast<std::size_t>(p * static_cast<double>(latencies_ms.size() - 1));
    return latencies_ms[i];
  };
  std::size_t error_count = 0;
  for (const auto& [what, n] : errors) error_count += n;
  std::printf("operation   %s\nconcurrency %d\nduration    %.2f s\ncompleted   %zu\n", name.c_str(),
              s.concurrency, seconds, latencies_ms.size());
  std::printf("req/s       %.1f\np50         %.3f ms\np90         %.3f ms\np99         %.3f ms\n",
              static_cast<double>(latencies_ms.size()) / seconds, pct(0.50), pct(0.90), pct(0.99));
  std::printf("http 429    %zu\nheld        %.3f s by the rate limiter (all calls)\n", answered_429,
              std::chrono::duration<double>(held).count());
  std::printf("errors      %zu\n", error_count);
  for (const auto& [what, n] : errors) std::printf("  %zu  %s\n", n, what.c_str());
  return error_count == 0 ? ok : transport;
}

}  // namespace

int main(int argc, char** argv) {
  // `webhooks` has options of its own and its own exit statuses.
  if (argc > 1 && std::string_view(argv[1]) == "webhooks")
    return rtk_cli::webhooks_command(argc, argv, 2);
  settings s;
  std::string why;
  if (!parse(argc, argv, s, why)) {
    std::cerr << "rtk: " << why << "\n" << usage;
    return usage_error;
  }
  if (s.positional.empty() || s.positional[0] == "help") {
    std::cout << usage;
    return s.positional.empty() ? usage_error : ok;
  }
  const std::string& command = s.positional[0];
  if (command == "ops") {
    if (s.markdown) {
      print_operations_markdown(std::cout);
      return ok;
    }
    for (const auto& op : rtk::operations())
      std::cout << op.name << '\t' << op.method << '\t' << op.path << '\n';
    return ok;
  }
  if (command == "call") return cmd_call(s);
  if (command == "bench") return cmd_bench(s);
  std::cerr << "rtk: unknown command " << command << "\n" << usage;
  return usage_error;
}
