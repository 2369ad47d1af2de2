#!/bin/sh
# check-wildcard-document.sh CMAKE SCRIPT GENERATED_DIR
# ews_generate's WILDCARD_DOCUMENT step (cmake/EwsWildcardDocument.cmake): it points each
# call xsdcxx writes to libxsd's create_document<char>() at the given function, and it
# fails on a call in a form it does not know rather than leave it behind. Then, in the
# bindings this build generated: no constructor makes its DOM document without starting
# Xerces first.
set -eu
cmake=$1; script=$2; generated=$3

fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

printf '%s\n' 'T::T () : dom_document_ (::xsd::cxx::xml::dom::create_document< char > ()) {}' > "$tmp/known.cxx"
"$cmake" -DSOURCE="$tmp/known.cxx" -DFUNCTION=::my::new_document -P "$script" || fail "the known form was not rewritten"
grep -q -F 'dom_document_ (::my::new_document ())' "$tmp/known.cxx" || fail "rewritten as: $(cat "$tmp/known.cxx")"

printf '%s\n' 'T::T () : dom_document_ (::xsd::cxx::xml::dom::create_document<char>()) {}' > "$tmp/unknown.cxx"
if "$cmake" -DSOURCE="$tmp/unknown.cxx" -DFUNCTION=::my::new_document -P "$script" 2> "$tmp/error"; then
  fail "a call in another form was left behind"
fi
grep -q "in a form other than" "$tmp/error" || fail "unclear error: $(cat "$tmp/error")"

rewritten=$(cat "$generated"/*.cxx | grep -c 'new_wildcard_document ()' || true)
[ "$rewritten" -gt 0 ] || fail "no generated constructor calls ews::gen::new_wildcard_document"
if grep -n create_document "$generated"/*.cxx >&2; then fail "a generated source still calls create_document"; fi
echo "the rewrite works; $rewritten generated constructors start Xerces before making their DOM document"
