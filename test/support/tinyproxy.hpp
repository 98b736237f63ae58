// The real tinyproxy (Debian's package, 1.11) as a child process, for tests against a proxy the
// client does not script: listening on 127.0.0.1 only, with a configuration and a log file in a
// temporary directory of its own.
//
// Behaviour of tinyproxy 1.11.1, checked by hand:
// - With no ConnectPort line, CONNECT is allowed to every port (a loopback server on an
//   ephemeral port works). Its answer is "HTTP/1.0 200 Connection established", with a
//   Proxy-agent header; the tunnel then relays bytes as they are, so keep-alive works in it.
//   A CONNECT to a port where nothing listens gets "HTTP/1.1 500 Unable to connect".
// - With BasicAuth: a request (CONNECT or absolute-form) without Proxy-Authorization gets
//   "HTTP/1.0 407 Proxy Authentication Required" with Proxy-Authenticate: Basic
//   realm="Tinyproxy" and Connection: close; "Proxy-Authorization: Basic <base64(user:pass)>" is
//   accepted; wrong credentials get "HTTP/1.0 401 Unauthorized" with WWW-Authenticate (not 407).
// - Absolute-form requests reach the origin in origin form, without Proxy-Authorization.
// - SIGTERM ends it at once, open tunnels included.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace rtk_test {

class child_process;

class tinyproxy_process {
 public:
  // Start tinyproxy and wait until it accepts connections. Throw std::runtime_error if it is not
  // installed ("tinyproxy not found: tools/dev/deps.sh installs it") or does not start.
  tinyproxy_process();
  // The same, requiring Basic proxy authentication with these credentials. tinyproxy's
  // configuration syntax allows only letters, digits, '-', '.' and '_' in them: others throw
  // std::invalid_argument.
  tinyproxy_process(const std::string& user, const std::string& password);
  ~tinyproxy_process();  // stops tinyproxy by PID and removes its directory

  tinyproxy_process(const tinyproxy_process&) = delete;
  tinyproxy_process& operator=(const tinyproxy_process&) = delete;

  std::uint16_t port() const { return port_; }
  std::string url() const;  // "http://127.0.0.1:PORT"
  std::string log() const;  // the log file's contents so far

  // CONNECT requests received so far, as the log shows them: one line
  //   "CONNECT   <date> [<pid>]: Request (file descriptor <n>): CONNECT <host:port> HTTP/1.1"
  // each, written before the request is handled (so also for one then refused with 407 or 401).
  std::size_t connect_requests() const;

 private:
  void start(const std::string& auth_line);

  std::filesystem::path dir_;
  std::uint16_t port_ = 0;
  std::unique_ptr<child_process> child_;
};

}  // namespace rtk_test
