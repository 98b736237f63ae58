// rtk-emulator: serves the local RealtimeKit emulator until SIGINT or SIGTERM.
//
// The first line on stdout is the base URL to give a client (CLOUDFLARE_BASE_URL), so scripts
// can read it; everything else goes to stderr.

#include <rtk/emulator.hpp>

#include <charconv>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>

namespace {

constexpr std::string_view usage = R"(usage: rtk-emulator [options]

Serves an in-memory RealtimeKit API on the loopback interface until SIGINT or SIGTERM.
Prints its base URL (http://127.0.0.1:PORT/client/v4) as the first line on stdout.

options:
  --port N       listen on port N (default 0: any free port)
  --host ADDR    listen on ADDR (default 127.0.0.1)
  --token T      accept only the API token T (default: any non-empty token)
  --app ID       an app with this id exists from the start (repeatable)
  --cert FILE    serve HTTPS with this PEM certificate chain (needs --key)
  --key FILE     the certificate's PEM private key
  --webhook-key PEM_FILE
                 sign webhook deliveries with this PEM RSA private key (default: a fresh
                 RSA 2048 key); the public key is served at /.well-known/webhooks.json
  --webhook-any-host
                 post webhooks to any host (default: loopback hosts only)
  --rate-limit N/SECONDS
                 allow each API token N requests per window of SECONDS, which opens at
                 its first request; answer 429 (with Retry-After) until it closes. N and
                 SECONDS are whole numbers from 1 (default: no limit)
  --help         this text

Control endpoint (sessions, faults, rate limit, deliveries, reset): see docs/emulator.md.
)";

// "N/SECONDS", each a whole number from 1 that fits `unsigned`.
bool parse_rate_limit(std::string_view text, rtk::emulator::options& into) {
  auto whole = [](std::string_view digits, unsigned& out) {
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
    return !digits.empty() && ec == std::errc{} && end == digits.data() + digits.size() && out >= 1;
  };
  auto slash = text.find('/');
  if (slash == std::string_view::npos) return false;
  unsigned quota = 0, seconds = 0;
  if (!whole(text.substr(0, slash), quota) || !whole(text.substr(slash + 1), seconds)) return false;
  into.rate_limit_quota = quota;
  into.rate_limit_window = std::chrono::seconds(seconds);
  return true;
}

struct parsed {
  rtk::emulator::options options{};
  bool help = false;
  std::string error{};
};

parsed parse(int argc, char** argv) {
  parsed out;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      out.help = true;
      continue;
    }
    if (arg == "--webhook-any-host") {
      out.options.webhook_any_host = true;
      continue;
    }
    if (i + 1 >= argc) {
      out.error = "missing value for " + std::string(arg);
      return out;
    }
    std::string value = argv[++i];
    if (arg == "--port") {
      char* end = nullptr;
      long port = std::strtol(value.c_str(), &end, 10);
      if (value.empty() || *end != '\0' || port < 0 || port > 65535) {
        out.error = "--port needs a number from 0 to 65535";
        return out;
      }
      out.options.port = static_cast<std::uint16_t>(port);
    } else if (arg == "--host") {
      out.options.host = value;
    } else if (arg == "--token") {
      out.options.token = value;
    } else if (arg == "--app") {
      out.options.app_ids.push_back(value);
    } else if (arg == "--cert") {
      out.options.cert_file = value;
    } else if (arg == "--key") {
      out.options.key_file = value;
    } else if (arg == "--webhook-key") {
      out.options.webhook_key_file = value;
    } else if (arg == "--rate-limit") {
      if (!parse_rate_limit(value, out.options)) {
        out.error = "--rate-limit needs N/SECONDS, two whole numbers from 1 (e.g. 100/60)";
        return out;
      }
    } else {
      out.error = "unknown option " + std::string(arg);
      return out;
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  parsed args = parse(argc, argv);
  if (args.help) {
    std::cout << usage;
    return 0;
  }
  if (!args.error.empty()) {
    std::cerr << "rtk-emulator: " << args.error << "\n\n" << usage;
    return 1;
  }
  // Block the stop signals before the server thread starts, so that it inherits the mask and
  // only sigwait below sees them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  try {
    rtk::emulator emu(args.options);
    std::cout << emu.base_url() << std::endl;
    std::cerr << "rtk-emulator: serving " << emu.base_url() << " (Ctrl-C to stop)\n"
              << "rtk-emulator: webhooks are signed with the key at "
              << emu.webhook_public_key_url() << "\n";
    int signal = 0;
    sigwait(&stop_signals, &signal);
    emu.stop();
    std::cerr << "rtk-emulator: stopped after " << emu.requests_served() << " API requests\n";
  } catch (const std::exception& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
  return 0;
}
