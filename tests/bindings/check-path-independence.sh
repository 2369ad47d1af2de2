#!/bin/sh
# check-path-independence.sh BUILD_DIR HEADER_DIR...
# Asserts that no generated header spells where the build tree is, neither as the path nor
# as the macro xsdcxx would make of it (CXX_WORK_MAIN_BUILD_..._MESSAGES_HXX). scripts/env.sh
# sets CCACHE_BASEDIR, so two checkouts share ccache's objects and precompiled headers; a
# header guard named after one checkout's path then makes the other read every header twice
# ("redefinition of class ...", CI on 44a6642).
set -eu
build=$1; shift

fail() { echo "FAIL: $*" >&2; exit 1; }

macro=$(printf '%s' "$build" | tr 'a-z' 'A-Z' | sed 's/[^A-Z0-9]/_/g; s/^_*//')
checked=0
for dir in "$@"; do
  for header in "$dir"/*.hxx; do
    [ -f "$header" ] || fail "no generated header in $dir"
    if grep -n -F -e "$build" -e "$macro" "$header" >&2; then
      fail "$header names the build tree $build"
    fi
    checked=$((checked + 1))
  done
done
echo "$checked generated headers name no build path"
