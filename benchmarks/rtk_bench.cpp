// Loops "fetch a meeting" with C calls in flight on one thread, for the side-by-side harness:
//   rtk_bench URL CONCURRENCY DURATION_S CA_FILE
// URL is <base>/accounts/<account>/realtime/kit/<app>/meetings/<meeting>. Prints one line:
//   RESULT client=rtk_cpp requests=N errors=E wall_s=W rps=R p50_ms=X p99_ms=Y cpu_s=C
//          allocs_per_rq=A
// (the harness counts connections itself, from nginx). allocs_per_rq is the process's heap
// allocations per completed request in the steady state: counted by allocation_counter.cpp
// between a quarter and three quarters of the run, so start-up and the drain are left out.

#include "allocation_counter.hpp"

#include <rtk/rtk.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace asio = boost::asio;
using clock_type = std::chrono::steady_clock;

namespace {

struct target {
  std::string base, account, app, meeting;
};

bool split_url(const std::string& url, target& t) {
  auto at = url.find("/accounts/");
  if (at == std::string::npos) return false;
  t.base = url.substr(0, at);
  // accounts/<account>/realtime/kit/<app>/meetings/<meeting>
  std::vector<std::string> parts;
  std::string rest = url.substr(at + 1);
  for (std::size_t pos = 0; pos <= rest.size();) {
    auto next = rest.find('/', pos);
    if (next == std::string::npos) next = rest.size();
    parts.push_back(rest.substr(pos, next - pos));
    pos = next + 1;
  }
  if (parts.size() != 7 || parts[2] != "realtime" || parts[3] != "kit" || parts[5] != "meetings")
    return false;
  t.account = parts[1];
  t.app = parts[4];
  t.meeting = parts[6];
  return true;
}

double cpu_seconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  auto sec = [](const timeval& tv) { return tv.tv_sec + tv.tv_usec / 1e6; };
  return sec(ru.ru_utime) + sec(ru.ru_stime);
}

struct stats {
  long requests = 0;
  long errors = 0;
  std::vector<double> latency_ms;
  clock_type::time_point last_done;
};

asio::awaitable<void> worker(rtk::client& c, const target& t, clock_type::time_point stop,
                             stats& s) {
  auto meetings = c.meetings();
  while (clock_type::now() < stop) {
    auto t0 = clock_type::now();
    auto [ec, m] =
        co_await meetings.async_get(t.app, t.meeting, asio::as_tuple(asio::use_awaitable));
    auto t1 = clock_type::now();
    if (!ec && m.id == t.meeting) {
      ++s.requests;
    } else {
      if (s.errors++ < 3) std::fprintf(stderr, "error: %s\n", ec.message().c_str());
    }
    s.latency_ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    s.last_done = t1;
  }
}

// The allocations and requests counted at two moments of the run.
struct window {
  std::uint64_t allocations[2] = {};
  long requests[2] = {};
  double per_request() const {
    const long n = requests[1] - requests[0];
    return n > 0 ? static_cast<double>(allocations[1] - allocations[0]) / n : 0.0;
  }
};

asio::awaitable<void> count_window(clock_type::time_point start, clock_type::duration run,
                                   const stats& s, window& w) {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  for (int i = 0; i < 2; ++i) {
    timer.expires_at(start + run * (1 + 2 * i) / 4);
    co_await timer.async_wait(asio::use_awaitable);
    w.requests[i] = s.requests;
    w.allocations[i] = rtk_bench::allocations();
  }
}

double percentile(std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  auto k = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1));
  std::nth_element(v.begin(), v.begin() + static_cast<long>(k), v.end());
  return v[k];
}

}  // namespace

int main(int argc, char** argv) {
  target t;
  if (argc != 5 || !split_url(argv[1], t)) {
    std::fprintf(stderr, "usage: rtk_bench URL CONCURRENCY DURATION_S CA_FILE\n");
    return 2;
  }
  const int concurrency = std::max(1, std::atoi(argv[2]));
  const double duration = std::atof(argv[3]);

  asio::io_context ioc(1);
  rtk::client_options o;
  o.base_url = t.base;
  o.auth = rtk::api_token{"bench-token"};
  o.account_id = t.account;
  o.tls.ca_file = argv[4];
  o.pool.max_connections = static_cast<std::size_t>(concurrency);
  rtk::client c(ioc.get_executor(), o);

  stats s;
  s.latency_ms.reserve(1 << 20);
  const auto start = clock_type::now();
  const auto stop = start + std::chrono::duration_cast<clock_type::duration>(
                                std::chrono::duration<double>(duration));
  const double cpu0 = cpu_seconds();
  window w;
  asio::co_spawn(ioc, count_window(start, stop - start, s, w), asio::detached);
  for (int i = 0; i < concurrency; ++i) asio::co_spawn(ioc, worker(c, t, stop, s), asio::detached);
  ioc.run();
  const double cpu = cpu_seconds() - cpu0;
  const double wall = std::chrono::duration<double>(s.last_done - start).count();

  std::printf(
      "RESULT client=rtk_cpp requests=%ld errors=%ld wall_s=%.3f rps=%.1f p50_ms=%.3f "
      "p99_ms=%.3f cpu_s=%.3f allocs_per_rq=%.1f\n",
      s.requests, s.errors, wall, wall > 0 ? s.requests / wall : 0.0,
      percentile(s.latency_ms, 0.50), percentile(s.latency_ms, 0.99), cpu, w.per_request());
  return 0;
}
