#!/usr/bin/env bash
# Every public header compiles on its own, and none but <rtk/json.hpp> pulls in Beast,
# OpenSSL or Boost.JSON: consumers of <rtk/rtk.hpp> must not pay for them.
set -euo pipefail
cd "$(dirname "$0")/../.."
status=0
for h in $(cd include && find rtk -name '*.hpp' | sort); do
  # One compile per header: -H lists every included file on stderr, the exit status says
  # whether the header compiles alone.
  if ! out=$(echo "#include <$h>" | g++ -std=c++20 -Iinclude \
               -x c++ -fsyntax-only -H - 2>&1); then
    echo "does not compile alone: $h" >&2; status=1; continue
  fi
  deps=$(echo "$out" | grep -E '^\.+ ' || true)
  [[ $h == rtk/json.hpp ]] && continue
  if echo "$deps" | grep -qE 'boost/beast|openssl/|boost/json'; then
    echo "pulls in Beast, OpenSSL or Boost.JSON: $h" >&2
    echo "$deps" | grep -E 'boost/beast|openssl/|boost/json' | head -3 >&2
    status=1
  fi
done
[[ $status -eq 0 ]] && echo "public headers: self-contained, no Beast/OpenSSL/Boost.JSON"
exit $status
