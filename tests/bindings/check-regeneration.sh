#!/bin/sh
# check-regeneration.sh NINJA BUILD_DIR SCHEMA
# Asserts, with dry runs only, that (1) the bindings are up to date and (2) touching
# SCHEMA (the official types.xsd) makes the next build re-prepare it, regenerate the
# types and messages bindings and recompile them. The schema's mtime is restored after.
set -eu
ninja=$1 build=$2 schema=$3

fail() { echo "FAIL: $*" >&2; exit 1; }

plan=$("$ninja" -C "$build" -n ews_generated)
echo "$plan" | grep -q "no work to do" || fail "bindings not up to date before the touch:
$plan"

stamp=$(stat -c %Y "$schema")
trap 'touch -d "@$stamp" "$schema"' EXIT
touch "$schema"
plan=$("$ninja" -C "$build" -n ews_generated)
touch -d "@$stamp" "$schema"

for step in \
  "Preparing build copy of types.xsd" \
  "xsdcxx: generating C++/Tree bindings for types" \
  "xsdcxx: generating C++/Tree bindings for messages" \
  "types-0.cxx.o" "types-3.cxx.o" "messages-0.cxx.o" "messages-1.cxx.o" \
  "Linking CXX static library"; do
  echo "$plan" | grep -q -- "$step" || fail "touching $schema does not run '$step'; plan:
$plan"
done
# xml.xsd does not import types.xsd: its binding must be left alone.
if echo "$plan" | grep -q "bindings for xml"; then
  fail "touching types.xsd regenerates xml.xsd's binding"
fi
echo "touching types.xsd regenerates and recompiles types + messages; untouched tree: no work"
