#!/usr/bin/env bash
# Runs a program built on rtk (the quickstart, the README's tour, the consumer projects):
# against the real API when CLOUDFLARE_API_TOKEN is set; otherwise starts rtk-emulator, points
# the program at it and stops the emulator afterwards.
# Usage: run-quickstart.sh <program> <rtk-emulator binary>. Also a CTest.
set -euo pipefail
quickstart=$1
emulator=$2
if [[ -n "${CLOUDFLARE_API_TOKEN:-}" ]]; then
  exec "$quickstart"
fi
# The emulator prints its base URL as its first line on stdout.
coproc EMULATOR { exec "$emulator" --app quickstart-app; }
emulator_pid=$EMULATOR_PID
trap 'kill -TERM "$emulator_pid" 2>/dev/null || true' EXIT
read -r base_url <&"${EMULATOR[0]}"
echo "No CLOUDFLARE_API_TOKEN: running against the local emulator at $base_url"
status=0
CLOUDFLARE_BASE_URL=$base_url CLOUDFLARE_API_TOKEN=local-emulator-token \
  CLOUDFLARE_ACCOUNT_ID=local-account RTK_APP_ID=quickstart-app "$quickstart" || status=$?
kill -TERM "$emulator_pid"
wait "$emulator_pid" || { echo "rtk-emulator did not stop cleanly" >&2; exit 1; }
trap - EXIT
exit $status
