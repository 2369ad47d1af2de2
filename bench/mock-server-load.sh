#!/bin/sh
# Load on ews-mock-server from wrk over loopback keep-alive connections: requests/s,
# latency and resident memory before and after, with 1 and 2 worker threads.
# Not a test: it prints numbers for a person to read.
#
#   bench/mock-server-load.sh [BUILD_DIR] [SECONDS]     (default build/release, 60)
# The request is the seed's %BadItemId% SendItem: the full path (authentication, hardened
# parse, validation, binding, per-item rules, response built and serialized) without
# changing the mailboxes, so every request gets the same answer.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/release}
seconds=${2:-60}
command -v wrk > /dev/null || { echo "mock-server-load: wrk not found" >&2; exit 2; }

rss_kib() { awk '/^VmRSS/ { print $2 }' "/proc/$1/status"; }

for threads in 1 2; do
  tmp=$(mktemp -d)
  "$build/tools/ews-mock-server" --config "$root/examples/mock-server/mailboxes.json" --threads "$threads" \
    > "$tmp/out" 2> /dev/null &
  pid=$!
  while ! grep -q listening "$tmp/out" 2> /dev/null; do sleep 0.1; done
  port=$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$tmp/out")
  before=$(rss_kib $pid)
  echo "== $threads worker thread(s), wrk -t2 -c16 -d${seconds}s, RSS before: ${before} KiB"
  EWS_BODY="$root/examples/seed/senditem-request-bad-id.xml" \
    wrk -t2 -c16 -d"${seconds}s" --latency -s "$root/bench/mock-server-load.lua" \
    "http://127.0.0.1:$port/EWS/Exchange.asmx" | grep -E 'requests/s|p50|non-2xx|Latency  '
  echo "RSS after: $(rss_kib $pid) KiB"
  kill -TERM $pid
  wait $pid || true
  rm -rf "$tmp"
done
