#!/bin/sh
# ews-validate against libxml2's xmllint --schema, as processes: the start-up of each on
# one document (process start to first verdict), and 10,000 small documents in one
# process. Both get the same enveloped documents (Microsoft's four SendItem examples,
# examples/seed/; ews-validate also exchangelib's request, tests/data/valid/); xmllint gets the SOAP envelope schema and the EWS schemas through
# bench/libxml2-envelope.xsd, as ews-bench's libxml2 contender does.
#
#   bench/cli-vs-xmllint.sh [BUILD_DIR] [RESULTS_DIR]
#       (defaults build/release and build/bench-results; needs hyperfine and xmllint)
# Writes cold-start.json and batch.json (hyperfine's JSON) into RESULTS_DIR.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build/release}" && pwd)
results=${2:-$root/build/bench-results}
mkdir -p "$results"
results=$(cd "$results" && pwd)
validate="$build/tools/ews-validate"
schema="$build/bench/libxml2-envelope.xsd"
seed="$root/examples/seed"

for tool in "$validate" xmllint hyperfine; do
  command -v "$tool" > /dev/null || { echo "cli-vs-xmllint: $tool not found" >&2; exit 2; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
work="$tmp/documents"   # nothing else in here: both tools are given every file
mkdir "$work"
set -- "$seed"/*.xml
count=$#
i=0
while [ $i -lt 10000 ]; do
  eval "source=\${$((i % count + 1))}"
  cp "$source" "$work/$i.xml"
  i=$((i + 1))
done
echo "10,000 documents ($count kinds), $(du -sh "$work" | cut -f1) on disk; $(nproc) cores"

# Both must call every document valid before their times mean anything.
"$validate" --quiet "$work"
refused=$(cd "$work" && ls | xargs xmllint --noout --schema "$schema" 2>&1 | grep -v ' validates$' | wc -l)
[ "$refused" -eq 0 ] || { echo "cli-vs-xmllint: xmllint refuses $refused documents" >&2; exit 1; }

# The seed request has no SOAP header; a client's request carries t:RequestServerVersion
# (and exchangelib's t:TimeZoneContext), whose bound types hold a wildcard: timed too, so
# that a start-up cost behind the header blocks shows.
one="$seed/senditem-request.xml"
client="$root/tests/data/valid/request-like-exchangelib.xml"
hyperfine -N --warmup 3 --runs 40 --export-json "$results/cold-start.json" \
  -n "ews-validate" "$validate --quiet $one" \
  -n "ews-validate, a client's request" "$validate --quiet $client" \
  -n "xmllint --schema" "xmllint --noout --schema $schema $one"

hyperfine --warmup 1 --runs 5 --export-json "$results/batch.json" \
  -n "ews-validate --jobs 1" "$validate --quiet --jobs 1 $work" \
  -n "ews-validate --jobs 2" "$validate --quiet --jobs 2 $work" \
  -n "xmllint --schema" "cd $work && ls | xargs xmllint --noout --schema $schema > /dev/null 2>&1"
