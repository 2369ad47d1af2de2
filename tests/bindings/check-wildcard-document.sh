#!/bin/sh
# check-wildcard-document.sh CMAKE SCRIPT GENERATED_DIR
# ews_generate's WILDCARD_DOCUMENT step (cmake/EwsWildcardDocument.cmake): it points each
# call xsdcxx writes to libxsd's create_document<char>() at the given function, a
# constructor that parses a DOM element passing that element on, and it fails on a call in
# a form it does not know rather than leave it behind. Then, in the bindings this build
# generated: every constructor makes its DOM document with ews::gen::new_wildcard_document,
# the parsing ones with their element.
set -eu
cmake=$1; script=$2; generated=$3

fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# xsdcxx's three constructors of a type with a wildcard, as it writes them.
cat > "$tmp/known.cxx" <<'CXX'
T::T () : dom_document_ (::xsd::cxx::xml::dom::create_document< char > ()) {}
T::
T (const ::xercesc::DOMElement& e,
   ::xml_schema::flags f,
   ::xml_schema::container* c)
: ::xml_schema::type (e, f | ::xml_schema::flags::base, c),
  dom_document_ (::xsd::cxx::xml::dom::create_document< char > ()),
  any_attribute_ (this->dom_document ())
{
}
T::T (const T& x) : dom_document_ (::xsd::cxx::xml::dom::create_document< char > ()) {}
CXX
"$cmake" -DSOURCE="$tmp/known.cxx" -DFUNCTION=::my::new_document -P "$script" || fail "the known form was not rewritten"
[ "$(grep -c -F 'dom_document_ (::my::new_document ())' "$tmp/known.cxx")" = 2 ] ||
  fail "the constructors that do not parse, rewritten as: $(cat "$tmp/known.cxx")"
[ "$(grep -c -F 'dom_document_ (::my::new_document (e))' "$tmp/known.cxx")" = 1 ] ||
  fail "the parsing constructor, rewritten as: $(cat "$tmp/known.cxx")"

printf '%s\n' 'T::T () : dom_document_ (::xsd::cxx::xml::dom::create_document<char>()) {}' > "$tmp/unknown.cxx"
if "$cmake" -DSOURCE="$tmp/unknown.cxx" -DFUNCTION=::my::new_document -P "$script" 2> "$tmp/error"; then
  fail "a call in another form was left behind"
fi
grep -q "in a form other than" "$tmp/error" || fail "unclear error: $(cat "$tmp/error")"

others=$(cat "$generated"/*.cxx | grep -c 'new_wildcard_document ()' || true)
parsing=$(cat "$generated"/*.cxx | grep -c 'new_wildcard_document (e)' || true)
[ "$others" -gt 0 ] || fail "no generated constructor calls ews::gen::new_wildcard_document ()"
[ "$parsing" -gt 0 ] || fail "no generated parsing constructor calls ews::gen::new_wildcard_document (e)"
if grep -n create_document "$generated"/*.cxx >&2; then fail "a generated source still calls create_document"; fi
echo "the rewrite works: $others generated constructors call ews::gen::new_wildcard_document (), $parsing parsing ones (e)"
