#!/usr/bin/env bash
# What including rtk costs a program: the compile time (g++ -O2, one TU, the best of N runs) of
# a coroutine making one rtk call, with <rtk/rtk.hpp> and with the group's own header, against
# the same coroutine with Asio's headers only. Ratios are what to compare across machines.
# Usage: benchmarks/compile_time/run.sh [runs=5] [extra compiler flags...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
include=$(cd "$here/../../include" && pwd)
runs=${1:-5}
shift || true
cxx=${CXX:-g++}
# One compile's wall time, in seconds.
seconds() {
  { /usr/bin/time -f %e "$cxx" -std=c++20 -O2 -I"$include" "$@" -c -o /dev/null; } 2>&1 | tail -1
}
min() { awk "BEGIN { printf \"%.2f\", ($1 < $2) ? $1 : $2 }"; }
# Interleaved rounds (each compiles the three files once), so that a machine busier for a while
# slows every file alike; the best of the rounds for each.
baseline=1e9 all=1e9 group=1e9
for _ in $(seq "$runs"); do
  baseline=$(min "$baseline" "$(seconds "$here/asio_only.cpp" "$@")")
  all=$(min "$all" "$(seconds "$here/one_call.cpp" '-DRTK_HEADER=<rtk/rtk.hpp>' "$@")")
  group=$(min "$group" "$(seconds "$here/one_call.cpp" '-DRTK_HEADER=<rtk/meetings.hpp>' "$@")")
done
ratio() { awk "BEGIN { printf \"%.2f\", $1 / $baseline }"; }
echo "$cxx $("$cxx" -dumpfullversion), -O2 $*, best of $runs"
echo "asio_only.cpp                 ${baseline} s  1.00x"
echo "one_call.cpp, <rtk/rtk.hpp>     ${all} s  $(ratio "$all")x"
echo "one_call.cpp, <rtk/meetings.hpp> ${group} s  $(ratio "$group")x"
