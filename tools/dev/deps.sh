#!/usr/bin/env bash
# Installs what building and testing rtk needs on Debian 12, if anything is missing.
# Debian 12's default Boost is 1.74, which has no Boost.JSON: rtk uses the 1.81 packages.
set -euo pipefail

packages=(
  cmake ninja-build ccache g++ git
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev libboost-test1.81-dev
  libssl-dev libbenchmark-dev clang-format
  # Clang (the asan preset), and what the consumer projects and Debian packages use.
  clang pkg-config dpkg-dev file
  # A real HTTP proxy for the proxy tests (the binary alone: no service is started).
  tinyproxy-bin
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
echo "installing: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
