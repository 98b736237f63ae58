#include "allocation_counter.hpp"

#include <atomic>
#include <cstddef>

// glibc's own entry points: the interposed functions below forward to them, so every block
// still comes from, and goes back to, the same allocator.
extern "C" {
void* __libc_malloc(std::size_t size);
void* __libc_calloc(std::size_t count, std::size_t size);
void* __libc_realloc(void* p, std::size_t size);
void* __libc_memalign(std::size_t alignment, std::size_t size);
}

namespace {
std::atomic<std::uint64_t> count{0};
void counted() noexcept {
  count.fetch_add(1, std::memory_order_relaxed);
}
}  // namespace

std::uint64_t rtk_bench::allocations() noexcept {
  return count.load(std::memory_order_relaxed);
}

// operator new, std::string and OpenSSL's CRYPTO_malloc all end in one of these.
extern "C" {
void* malloc(std::size_t size) {
  counted();
  return __libc_malloc(size);
}
void* calloc(std::size_t n, std::size_t size) {
  counted();
  return __libc_calloc(n, size);
}
void* realloc(void* p, std::size_t size) {
  counted();
  return __libc_realloc(p, size);
}
void* memalign(std::size_t alignment, std::size_t size) {
  counted();
  return __libc_memalign(alignment, size);
}
void* aligned_alloc(std::size_t alignment, std::size_t size) {
  counted();
  return __libc_memalign(alignment, size);
}
int posix_memalign(void** out, std::size_t alignment, std::size_t size) {
  counted();
  void* p = __libc_memalign(alignment, size);
  if (p == nullptr) return 12;  // ENOMEM
  *out = p;
  return 0;
}
}
