#!/bin/sh
# The build's own speed: a clean build of everything (release preset, ccache off), a
# no-op build, and the rebuild after touching one runtime source.
#
#   bench/build-times.sh [RESULTS_DIR]      (default build/bench-results; takes ~5 minutes)
# Writes build-times.json into RESULTS_DIR.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
results=${1:-$root/build/bench-results}
mkdir -p "$results"
dir="$root/build/build-times"
rm -rf "$dir"

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

export CCACHE_DISABLE=1
# A clean build counts from configuring: that is what a new checkout waits for.
start=$(now)
cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" > /dev/null
cmake --build "$dir" > "$results/build-times.log" || { tail -30 "$results/build-times.log" >&2; exit 1; }; clean=$(seconds "$start" "$(now)")
start=$(now); cmake --build "$dir" > /dev/null; noop=$(seconds "$start" "$(now)")
touch "$root/runtime/src/diagnostic.cxx"
start=$(now); cmake --build "$dir" > /dev/null; one=$(seconds "$start" "$(now)")
printf '{"clean_s": %.1f, "noop_s": %.2f, "touch_one_runtime_source_s": %.1f, "cores": %s}\n' \
  "$clean" "$noop" "$one" "$(nproc)" | tee "$results/build-times.json"
rm -rf "$dir"
