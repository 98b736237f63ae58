#include "support/tinyproxy.hpp"

#include "support/child_process.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string_view>
#include <system_error>
#include <vector>

namespace rtk_test {
namespace {

namespace fs = std::filesystem;

// The line tinyproxy logs (at level Info) once it listens, right after listen(): from then on
// connections are accepted.
constexpr std::string_view kListening = "Starting main loop. Accepting connections.";
// Part of the line it logs (at level Connect) for each CONNECT request.
constexpr std::string_view kConnectRequest = "]: Request (file descriptor ";
constexpr std::string_view kConnectMethod = "): CONNECT ";
// Starting is retried on a new port if tinyproxy exits first: another program may take the
// port between free_loopback_port() and tinyproxy's bind (tinyproxy refuses "Port 0").
constexpr int kStartAttempts = 3;
constexpr int kReadyPolls = 500;
constexpr auto kReadyPoll = std::chrono::milliseconds(10);

std::string find_tinyproxy() {
  std::vector<std::string> dirs;
  if (const char* path = std::getenv("PATH")) {
    std::stringstream in(path);
    for (std::string dir; std::getline(in, dir, ':');) {
      if (!dir.empty()) dirs.push_back(dir);
    }
  }
  dirs.insert(dirs.end(), {"/usr/bin", "/usr/sbin"});  // Debian installs it in /usr/bin
  for (const auto& dir : dirs) {
    const std::string candidate = dir + "/tinyproxy";
    if (access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  throw std::runtime_error("tinyproxy not found: tools/dev/deps.sh installs it");
}

// A port no one listens on now: the kernel picks it for a socket bound to 127.0.0.1:0.
std::uint16_t free_loopback_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) throw std::runtime_error("tinyproxy_process: socket() failed");
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  const bool ok = bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
                  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0;
  close(fd);
  if (!ok) throw std::runtime_error("tinyproxy_process: no free loopback port");
  return ntohs(addr.sin_port);
}

// tinyproxy's configuration grammar takes BasicAuth values as [-a-zA-Z0-9._]+ only.
void check_token(const std::string& value, const char* what) {
  const bool ok = !value.empty() && std::all_of(value.begin(), value.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '.' || c == '_';
  });
  if (!ok) {
    throw std::invalid_argument(std::string("tinyproxy_process: the ") + what +
                                " may only have letters, digits, '-', '.' and '_'");
  }
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

fs::path make_temp_dir() {
  std::string pattern = (fs::temp_directory_path() / "rtk-tinyproxy-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("tinyproxy_process: cannot create a temporary directory");
  }
  return pattern;
}

}  // namespace

tinyproxy_process::tinyproxy_process() {
  start("");
}

tinyproxy_process::tinyproxy_process(const std::string& user, const std::string& password) {
  check_token(user, "user name");
  check_token(password, "password");
  start("BasicAuth " + user + " " + password + "\n");
}

tinyproxy_process::~tinyproxy_process() {
  child_.reset();  // SIGTERM, then SIGKILL if it lingers
  std::error_code ignored;
  fs::remove_all(dir_, ignored);
}

void tinyproxy_process::start(const std::string& auth_line) {
  const std::string program = find_tinyproxy();
  dir_ = make_temp_dir();
  try {
    const fs::path conf = dir_ / "tinyproxy.conf";
    const fs::path log_file = dir_ / "tinyproxy.log";
    int status = -1;
    for (int attempt = 0; attempt < kStartAttempts && !child_; ++attempt) {
      port_ = free_loopback_port();
      {
        // No ConnectPort line: CONNECT is allowed to every port. LogLevel Info includes the
        // Connect-level lines connect_requests() counts. Without a User line tinyproxy keeps
        // running as the test's user (and says it SHOULD have one).
        std::ofstream out(conf, std::ios::trunc);
        out << "Port " << port_ << "\n"
            << "Listen 127.0.0.1\n"
            << "Allow 127.0.0.1\n"
            << "Timeout 30\n"
            << "LogFile \"" << log_file.string() << "\"\n"
            << "LogLevel Info\n"
            << "MaxClients 100\n"
            << auth_line;
        if (!out) throw std::runtime_error("tinyproxy_process: cannot write " + conf.string());
      }
      std::error_code ignored;
      fs::remove(log_file, ignored);  // a failed attempt's log must not look like readiness
      child_ = std::make_unique<child_process>(program,
                                               std::vector<std::string>{"-d", "-c", conf.string()});
      bool listening = false;
      for (int poll = 0; poll < kReadyPolls && !listening && child_->running(); ++poll) {
        listening = log().find(kListening) != std::string::npos;
        // tinyproxy writes nothing on its stdout: this waits one kReadyPoll for it to get
        // further, and ends early if it exits (its stdout closes).
        if (!listening) child_->next_line(kReadyPoll);
      }
      if (!listening) {
        status = child_->stop();
        child_.reset();
      }
    }
    if (!child_) {
      throw std::runtime_error("tinyproxy did not start (exit status " + std::to_string(status) +
                               "; its messages are on stderr); log: " + log());
    }
  } catch (...) {
    child_.reset();
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
    throw;
  }
}

std::string tinyproxy_process::url() const {
  return "http://127.0.0.1:" + std::to_string(port_);
}

std::string tinyproxy_process::log() const {
  return read_file(dir_ / "tinyproxy.log");
}

std::size_t tinyproxy_process::connect_requests() const {
  std::istringstream in(log());
  std::size_t count = 0;
  for (std::string line; std::getline(in, line);) {
    const std::size_t at = line.find(kConnectRequest);
    if (at != std::string::npos && line.find(kConnectMethod, at) != std::string::npos) ++count;
  }
  return count;
}

}  // namespace rtk_test
