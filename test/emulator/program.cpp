// The rtk-emulator program: prints its base URL, serves, and exits 0 on SIGTERM or SIGINT.

#include "fixture.hpp"

#include <sys/wait.h>
#include <unistd.h>
#include <csignal>
#include <cstdio>

using namespace rtk_emu_test;

namespace {

// A running rtk-emulator with its stdout on a pipe. Killed if a test leaves it running.
class program {
 public:
  explicit program(std::vector<std::string> args) {
    int out[2];
    BOOST_TEST_REQUIRE(pipe(out) == 0);
    pid_ = fork();
    BOOST_TEST_REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      std::vector<char*> argv{const_cast<char*>(RTK_EMULATOR)};
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(RTK_EMULATOR, argv.data());
      _exit(127);
    }
    close(out[1]);
    stdout_ = fdopen(out[0], "r");
  }
  ~program() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    if (stdout_ != nullptr) fclose(stdout_);
  }

  // The first line it printed, without the newline; "" if it printed none.
  std::string first_line() {
    char buf[512];
    if (fgets(buf, sizeof buf, stdout_) == nullptr) return {};
    std::string line(buf);
    if (!line.empty() && line.back() == '\n') line.pop_back();
    return line;
  }

  // Sends `sig` (0: none) and waits for the exit status.
  int stop(int sig) {
    if (sig != 0) kill(pid_, sig);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }

 private:
  pid_t pid_ = -1;
  FILE* stdout_ = nullptr;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(emulator_program)

BOOST_AUTO_TEST_CASE(it_prints_its_url_serves_and_stops_cleanly_on_each_signal) {
  for (int sig : {SIGTERM, SIGINT}) {
    program p({"--app", "my-app"});
    std::string url = p.first_line();
    BOOST_TEST_REQUIRE(url.rfind("http://127.0.0.1:", 0) == 0u, url);
    BOOST_TEST(url.substr(url.size() - 10) == "/client/v4");
    rtk::client_options opts;
    opts.base_url = url;
    opts.auth = rtk::api_token{token};
    opts.account_id = account;
    asio::io_context ioc;
    rtk::client c(ioc.get_executor(), opts);
    rtk::diagnostics diag;
    auto call = start_list_apps(ioc, c, diag);
    run_until_ready(ioc, call);
    auto apps = call.get();
    BOOST_TEST_REQUIRE(apps.items.size() == 1u);
    BOOST_TEST((apps.items[0].id == "my-app"));
    BOOST_TEST(p.stop(sig) == 0);
  }
}

BOOST_AUTO_TEST_CASE(help_exits_0_and_bad_arguments_exit_1) {
  BOOST_TEST(program({"--help"}).stop(0) == 0);
  BOOST_TEST(program({"--port", "seventy"}).stop(0) == 1);
  BOOST_TEST(program({"--no-such-option", "x"}).stop(0) == 1);
  BOOST_TEST(program({"--cert", "/nonexistent.pem", "--key", "/nonexistent.key"}).stop(0) == 1);
  BOOST_TEST(program({"--webhook-key", "/nonexistent.pem"}).stop(0) == 1);
}

BOOST_AUTO_TEST_SUITE_END()
