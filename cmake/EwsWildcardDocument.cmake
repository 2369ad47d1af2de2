# Script mode, run by ews_generate(... WILDCARD_DOCUMENT <header> <function>) on each C++/Tree
# source right after xsdcxx wrote it:
#
#   cmake -DSOURCE=<file.cxx> -DFUNCTION=<qualified name> -P EwsWildcardDocument.cmake
#
# The constructors xsdcxx generates for types with wildcards make their DOM document with
# libxsd's create_document<char>(), which needs Xerces running. This points each of those
# calls at FUNCTION instead (the caller's, e.g. one that need not start Xerces): the
# constructors that parse a DOM element call FUNCTION (e) with that element, the others
# FUNCTION (). A call in a form this script does not know fails the build rather than being
# left behind.

if(NOT SOURCE OR NOT FUNCTION)
  message(FATAL_ERROR "EwsWildcardDocument.cmake: give -DSOURCE=<file> and -DFUNCTION=<name>")
endif()

file(READ "${SOURCE}" text)
set(libxsd_call "::xsd::cxx::xml::dom::create_document< char > \\(\\)")
# A parsing constructor: its parameter list, then its member initialisers, up to its body.
set(parsing_constructor "(\\(const ::xercesc::DOMElement& e,[^{]*)")
string(REGEX REPLACE "${parsing_constructor}${libxsd_call}" "\\1${FUNCTION} (e)" rewritten "${text}")
string(REGEX REPLACE "${libxsd_call}" "${FUNCTION} ()" rewritten "${rewritten}")
string(FIND "${rewritten}" "create_document" left_behind)
if(NOT left_behind EQUAL -1)
  message(FATAL_ERROR "EwsWildcardDocument.cmake: ${SOURCE} calls create_document in a form other "
                      "than '::xsd::cxx::xml::dom::create_document< char > ()' (a newer xsdcxx?); "
                      "teach this script that form")
endif()
if(NOT rewritten STREQUAL text)
  file(WRITE "${SOURCE}" "${rewritten}")
endif()
