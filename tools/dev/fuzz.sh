#!/usr/bin/env bash
# Builds the fuzz targets (cmake --preset fuzz) and runs each for SECONDS (default 30) on its
# committed corpus, fuzz/corpus/<what>/, which it only reads: what a run finds goes to a
# temporary directory. Exits non-zero at the first crash, leak or sanitizer report; the input
# is left as crash-* in build/fuzz/artifacts/. Usage: tools/dev/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(decode error_body headers http_response url proxy_settings webhook emulator)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
artifacts=build/fuzz/artifacts
mkdir -p "$artifacts"
for t in "${targets[@]}"; do
  work=$(mktemp -d)
  echo "--- fuzz_$t: ${seconds} s"
  if ! build/fuzz/fuzz/fuzz_"$t" -max_total_time="$seconds" -print_final_stats=1 \
      -artifact_prefix="$artifacts/$t-" "$work" "fuzz/corpus/$t" >"$work/log" 2>&1; then
    tail -40 "$work/log"
    echo "fuzz_$t failed: the input is in $artifacts/" >&2
    exit 1
  fi
  grep -E 'stat::number_of_executed_units' "$work/log" | sed "s/^/fuzz_$t: /"
  rm -rf "$work"
done
