#!/usr/bin/env bash
# Builds each consumer project from a clean directory and runs it against the emulator, as
# users embed rtk: find_package from an install prefix, add_subdirectory (a shared librtk that
# must export rtk's and Asio's symbols only), FetchContent from this checkout's git repository,
# and the Debian packages unpacked into a temporary root (find_package and pkg-config).
# Usage: test/consumers/run.sh <rtk build directory, built, with rtk-emulator>
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
checkout=$(cd "$here/../.." && pwd)
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
step() { echo; echo "--- consumer: $*"; }

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# No build type: the consumers test how rtk embeds, not how fast it runs.
build_project() {
  local source=$1 binary=$2
  shift 2
  cmake -S "$source" -B "$binary" -G Ninja "${launcher[@]}" "$@" >/dev/null
  cmake --build "$binary"
}
# Runs a program against a fresh rtk-emulator process (the quickstart's runner).
run_against() { "$checkout/tools/dev/run-quickstart.sh" "$1" "$2"; }

step "find_package(rtk) from an install prefix, Asio compiled by the program itself"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
build_project "$here/find_package" "$work/find_package" -DCMAKE_PREFIX_PATH="$work/prefix"
"$work/find_package/consumer"

step "add_subdirectory, shared librtk"
build_project "$here/add_subdirectory" "$work/add_subdirectory" -DRTK_SOURCE_DIR="$checkout"
library=$(find "$work/add_subdirectory/rtk" -name 'librtk.so.*' -type f | head -1)
# Mangled names: rtk's own start with a name in namespace rtk, Asio's with one in boost::asio
# (see cmake/rtk.map).
exported='^_Z(N[KRO]{0,2}|ZN[KRO]{0,2}|GVZ?N[KRO]{0,2}|T[ISVT]N|Th[n0-9]+_N[K]?|Tv[n0-9_]+N[K]?)(3rtk|5boost4asio)'
foreign=$(nm -D --defined-only "$library" | awk '{ print $3 }' | grep -vE "$exported" || true)
if [[ -n $foreign ]]; then
  echo "librtk.so exports symbols that are neither rtk's nor Asio's:" >&2
  echo "$foreign" | c++filt | head -20 >&2
  exit 1
fi
echo "librtk.so exports $(nm -D --defined-only "$library" | wc -l) symbols, all rtk's or Asio's"
run_against "$work/add_subdirectory/consumer" "$build/rtk-emulator"

step "FetchContent from this checkout's repository (HEAD)"
build_project "$here/fetchcontent" "$work/fetchcontent" -DRTK_GIT_REPOSITORY="$checkout" \
  -DRTK_GIT_TAG="$(git -C "$checkout" rev-parse HEAD)"
run_against "$work/fetchcontent/consumer" "$build/rtk-emulator"

step "Debian packages, unpacked into a temporary root"
(cd "$build" && cpack -G DEB -B "$work/packages" >/dev/null)
for deb in "$work"/packages/*.deb; do
  echo "$(basename "$deb"):"
  dpkg-deb --field "$deb" Package Depends | sed 's/^/  /'
  dpkg-deb --contents "$deb" | awk '$NF !~ /\/$/ { print "  " $NF }' | grep -v '/include/rtk/.*/'
  dpkg-deb -x "$deb" "$work/root"
done
build_project "$here/find_package" "$work/deb_find_package" -DCMAKE_PREFIX_PATH="$work/root/usr"
"$work/deb_find_package/consumer"
pc_dir=$(dirname "$(find "$work/root" -name rtk.pc)")
# shellcheck disable=SC2046 # pkg-config's output is a list of flags
g++ -std=c++20 -Wall -Wextra -Werror "$here/consumer.cpp" -o "$work/pkg_config_consumer" \
  $(PKG_CONFIG_PATH=$pc_dir pkg-config --cflags --libs rtk)
run_against "$work/pkg_config_consumer" "$work/root/usr/bin/rtk-emulator"
step "all consumers built and ran"
