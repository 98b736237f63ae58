#pragma once
// Counts heap allocations made by the whole process (rtk, Asio, OpenSSL, libstdc++), for the
// benchmarks' "allocations per request": allocation_counter.cpp interposes glibc's malloc,
// calloc, realloc and the aligned forms, counts each call and forwards it to glibc. Linked
// only into benchmark programs, never into librtk.

#include <cstdint>

namespace rtk_bench {

// Allocations since the program started.
std::uint64_t allocations() noexcept;

}  // namespace rtk_bench
