// A program run by a test: started with fork/exec, its stdout read line by line with a
// deadline, stopped by PID (SIGTERM, then SIGKILL if it does not exit).
#pragma once

#include <sys/types.h>

#include <chrono>
#include <csignal>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rtk_test {

class child_process {
 public:
  // `env` entries are added to (or replace in) the test's own environment.
  child_process(std::string program, std::vector<std::string> args,
                std::vector<std::pair<std::string, std::string>> env = {});
  ~child_process();  // stop()
  child_process(const child_process&) = delete;
  child_process& operator=(const child_process&) = delete;

  // The next line on its stdout (without the newline), or nothing if none came in `timeout`
  // (or the program closed its stdout).
  std::optional<std::string> next_line(std::chrono::milliseconds timeout);

  // False once the program has exited (it is then reaped: stop() returns its exit status).
  bool running();

  // Sends `sig` (0: none, for a program that ends by itself) and returns the exit status once it
  // exits (128 + signal if a signal ended it); SIGKILL after `grace`. Idempotent: later calls
  // return the same status.
  int stop(int sig = SIGTERM, std::chrono::milliseconds grace = std::chrono::milliseconds(5000));

 private:
  pid_t pid_ = -1;
  int out_ = -1;
  int status_ = -1;
  std::string pending_;
};

}  // namespace rtk_test
