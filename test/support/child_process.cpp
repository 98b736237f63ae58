#include "support/child_process.hpp"

#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <stdexcept>

namespace rtk_test {

child_process::child_process(std::string program, std::vector<std::string> args,
                             std::vector<std::pair<std::string, std::string>> env) {
  int out[2];
  if (pipe(out) != 0) throw std::runtime_error("child_process: pipe failed");
  const pid_t test_pid = getpid();
  pid_ = fork();
  if (pid_ < 0) throw std::runtime_error("child_process: fork failed");
  if (pid_ == 0) {
    // A test that crashes must not leave the program running: it would hold CTest's output
    // pipe open and turn the crash into a timeout with the crash report lost.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != test_pid) _exit(127);
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    close(out[1]);
    for (const auto& [name, value] : env) setenv(name.c_str(), value.c_str(), 1);
    std::vector<char*> argv{program.data()};
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(program.c_str(), argv.data());
    _exit(127);
  }
  close(out[1]);
  out_ = out[0];
}

child_process::~child_process() {
  stop();
  if (out_ >= 0) close(out_);
}

std::optional<std::string> child_process::next_line(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    if (const auto nl = pending_.find('\n'); nl != std::string::npos) {
      std::string line = pending_.substr(0, nl);
      pending_.erase(0, nl + 1);
      return line;
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0 || out_ < 0) return std::nullopt;
    pollfd p{out_, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(left.count())) <= 0) continue;
    char buf[4096];
    const ssize_t n = read(out_, buf, sizeof buf);
    if (n <= 0) return std::nullopt;  // closed
    pending_.append(buf, static_cast<std::size_t>(n));
  }
}

bool child_process::running() {
  if (pid_ <= 0) return false;
  int raw = 0;
  if (waitpid(pid_, &raw, WNOHANG) != pid_) return true;
  pid_ = -1;
  status_ = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  return false;
}

int child_process::stop(int sig, std::chrono::milliseconds grace) {
  if (pid_ <= 0) return status_;
  if (sig != 0) kill(pid_, sig);
  const auto deadline = std::chrono::steady_clock::now() + grace;
  int raw = 0;
  pid_t done = 0;
  while ((done = waitpid(pid_, &raw, WNOHANG)) == 0 &&
         std::chrono::steady_clock::now() < deadline) {
    // Wait for the child's exit on its pipe: it closes when the process ends.
    pollfd p{out_, POLLIN, 0};
    poll(&p, 1, 50);
    char buf[4096];
    if ((p.revents & (POLLIN | POLLHUP)) != 0 && out_ >= 0) {
      const ssize_t n = read(out_, buf, sizeof buf);
      if (n > 0) pending_.append(buf, static_cast<std::size_t>(n));
    }
  }
  if (done == 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, &raw, 0);
  }
  pid_ = -1;
  status_ = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  return status_;
}

}  // namespace rtk_test
