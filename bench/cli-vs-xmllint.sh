#!/bin/sh
# Compares ews-validate with libxml2's xmllint --schema on 10,000 small SendItem documents
# (bare bodies, since xmllint has no SOAP envelope schema), and the start-up of both on
# one document. Not a test: it prints numbers for a person to read.
#
#   bench/cli-vs-xmllint.sh [BUILD_DIR]      (default build/release; needs hyperfine, xmllint)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/release}
validate="$build/tools/ews-validate"
# xmllint cannot load the official types.xsd (its xml.xsd import has no location):
# it gets the build copies that the bindings are generated from.
schema="$build/generated/schemas/messages.xsd"
bodies="$root/tests/data/bodies"

for tool in "$validate" xmllint hyperfine; do
  command -v "$tool" > /dev/null || { echo "cli-vs-xmllint: $tool not found" >&2; exit 2; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
work="$tmp/documents"   # nothing else in here: xmllint is given every file
mkdir "$work"
i=0
while [ $i -lt 10000 ]; do
  case $((i % 3)) in
    0) cp "$bodies/senditem-request.xml" "$work/$i.xml" ;;
    1) cp "$bodies/senditem-response-success.xml" "$work/$i.xml" ;;
    2) cp "$bodies/senditem-response-error.xml" "$work/$i.xml" ;;
  esac
  i=$((i + 1))
done
echo "10,000 documents, $(du -sh "$work" | cut -f1) on disk; $(nproc) cores"

# Both sides must agree that every document is valid before their times mean anything.
"$validate" --quiet "$work"
( cd "$work" && ls | xargs xmllint --noout --schema "$schema" 2>&1 | grep -vc ' validates$' ) | grep -qx 0

hyperfine --warmup 1 --runs 5 --export-markdown "$tmp/batch.md" \
  -n "ews-validate --jobs 1" "$validate --quiet --jobs 1 $work" \
  -n "ews-validate --jobs 2" "$validate --quiet --jobs 2 $work" \
  -n "xmllint --schema (one process)" "cd $work && ls | xargs xmllint --noout --schema $schema 2>/dev/null"

hyperfine --warmup 3 --runs 30 --export-markdown "$tmp/start.md" \
  -n "ews-validate, one document" "$validate --quiet $bodies/senditem-request.xml" \
  -n "xmllint --schema, one document" "xmllint --noout --schema $schema $bodies/senditem-request.xml"

cat "$tmp/batch.md" "$tmp/start.md"
