#!/usr/bin/env bash
# The README's first command: installs what is missing, builds the quickstart example and the
# emulator (debug preset), and runs the quickstart: against the real API when
# CLOUDFLARE_API_TOKEN is set, otherwise against the bundled emulator.
set -euo pipefail
cd "$(dirname "$0")/../.."
tools/dev/deps.sh
cmake --preset debug >/dev/null
cmake --build --preset debug --target quickstart rtk_emulator_program
tools/dev/run-quickstart.sh build/debug/examples/quickstart build/debug/rtk-emulator
