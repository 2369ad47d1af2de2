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
