#!/usr/bin/env bash
# Instructions per request of rtk_bench, counted by callgrind: the same for the same binary and
# inputs whatever else the machine does, where CPU time moves by 20 % between runs. Two runs of
# different lengths against the same server; the difference in instructions over the
# difference in requests leaves start-up (the TLS handshakes, loading the CA) out.
# Usage: benchmarks/instructions_per_request.sh RTK_BENCH URL CA_FILE [CONCURRENCY=8]
# (URL and CA_FILE as ../shared/bench's run.sh gives them, with its nginx running).
set -euo pipefail
bench=$1 url=$2 ca=$3 concurrency=${4:-8}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
count() {  # seconds -> "requests instructions"
  valgrind --tool=callgrind --callgrind-out-file="$out/$1.out" "$bench" "$url" "$concurrency" "$1" \
    "$ca" 2>/dev/null | grep -o 'requests=[0-9]*' | cut -d= -f2
  awk '/^(summary|totals):/ { print $2; exit }' "$out/$1.out"
}
read -r -d '' short < <(count 3) || true
read -r -d '' long < <(count 9) || true
read -r r1 i1 <<<"$(echo $short)"
read -r r2 i2 <<<"$(echo $long)"
echo "requests $r1 / $r2, instructions $i1 / $i2"
echo "instructions per request: $(( (i2 - i1) / (r2 - r1) ))"
