# Shared by the scripts in this directory: where the tree is and how to build it.
# Sourced, not run.
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# Compile commands name absolute paths; relative to the checkout they are the same in
# every clone, so a second clone on the same machine reuses the cached bindings objects.
export CCACHE_BASEDIR="$root"
# The bindings take minutes to compile; keep them between runs.
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"

build_release() {
  "$root/scripts/install-deps"
  cmake --preset release
  cmake --build --preset release
}

# ---- fuzzing (scripts/fuzz, scripts/fuzz-long) ----
fuzz_harnesses="fuzz_document fuzz_send_item_request fuzz_send_item_response fuzz_fault fuzz_https_namespaces fuzz_grammars"

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

# fuzz_run HARNESS [LIBFUZZER_OPTION...]: one harness on its corpus (kept between runs in
# build/fuzz/corpus/HARNESS) and the seeds; its output goes to build/fuzz/HARNESS.log.
fuzz_run() {
  harness=$1; shift
  corpus="$root/build/fuzz/corpus/$harness"
  mkdir -p "$corpus"
  "$root/build/fuzz/tests/fuzz/$harness" "$@" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -dict="$root/tests/fuzz/ews.dict" -artifact_prefix="$root/build/fuzz/crashes/$harness-" \
    -print_final_stats=1 "$corpus" "$root/build/fuzz/seeds" 2> "$root/build/fuzz/$harness.log"
}
