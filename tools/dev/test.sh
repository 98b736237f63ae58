#!/usr/bin/env bash
# The README's test command: installs what is missing, builds the debug preset (warnings are
# errors) and runs every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/../.."
tools/dev/deps.sh
cmake --preset debug >/dev/null
cmake --build --preset debug
ctest --preset debug
