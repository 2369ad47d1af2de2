# Shared by the scripts in this directory: where the tree is and how to build it.
# Sourced, not run.
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# Compile commands name absolute paths; relative to the checkout they are the same in
# every clone, so a second clone on the same machine reuses the cached bindings objects.
# The generated headers' include guards do not name the checkout (EwsGenerate.cmake), and
# the precompiled headers' cache keys include those headers' bytes (EwsPrecompiledHeaders.cmake):
# either alone once let one clone get another's precompiled header (CI on 44a6642).
export CCACHE_BASEDIR="$root"
# The bindings take minutes to compile; keep them between runs.
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"

# Everything, tests and benchmarks on (scripts/main-job builds less: the main preset).
build_release() {
  "$root/scripts/install-deps" all
  cmake --preset release
  cmake --build --preset release
}

# ---- fuzzing (scripts/fuzz, scripts/fuzz-long) ----
fuzz_harnesses="fuzz_document fuzz_send_item_request fuzz_send_item_response fuzz_fault fuzz_https_namespaces fuzz_grammars fuzz_http_server fuzz_fast_send_item fuzz_fast_send_item_response"

# Builds the harnesses and seeds build/fuzz/seeds/ from every test document.
fuzz_prepare() {
  cmake --preset fuzz
  cmake --build --preset fuzz
  seeds="$root/build/fuzz/seeds"
  rm -rf "$seeds" && mkdir -p "$seeds" "$root/build/fuzz/crashes"
  # Same basenames in different folders: each file gets a number of its own.
  n=0
  for f in $(find "$root/tests/data" "$root/examples/seed" -name '*.xml' -size -64k); do
    n=$((n + 1)); cp "$f" "$seeds/$n.xml"
  done
}

# A harness whose inputs are not XML documents (fuzz_http_server reads what a client sends
# on a connection) has its own seeds and dictionary: tests/fuzz/HARNESS.seeds/ and .dict.
fuzz_seeds() {
  if [ -d "$root/tests/fuzz/$1.seeds" ]; then echo "$root/tests/fuzz/$1.seeds"; else echo "$root/build/fuzz/seeds"; fi
}
fuzz_dict() {
  if [ -f "$root/tests/fuzz/$1.dict" ]; then echo "$root/tests/fuzz/$1.dict"; else echo "$root/tests/fuzz/ews.dict"; fi
}

# fuzz_run HARNESS [LIBFUZZER_OPTION...]: one harness on its corpus (kept between runs in
# build/fuzz/corpus/HARNESS) and the seeds; its output goes to build/fuzz/HARNESS.log.
fuzz_run() {
  harness=$1; shift
  corpus="$root/build/fuzz/corpus/$harness"
  mkdir -p "$corpus"
  "$root/build/fuzz/tests/fuzz/$harness" "$@" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -dict="$(fuzz_dict "$harness")" -artifact_prefix="$root/build/fuzz/crashes/$harness-" \
    -print_final_stats=1 "$corpus" "$(fuzz_seeds "$harness")" 2> "$root/build/fuzz/$harness.log"
}
