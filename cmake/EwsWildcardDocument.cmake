# Script mode, run by ews_generate(... WILDCARD_DOCUMENT <header> <function>) on each C++/Tree
# source right after xsdcxx wrote it:
#
#   cmake -DSOURCE=<file.cxx> -DFUNCTION=<qualified name> -P EwsWildcardDocument.cmake
#
# The constructors xsdcxx generates for types with wildcards make their DOM document with
# libxsd's create_document<char>(), which needs Xerces running. This points each of those
# calls at FUNCTION instead (the caller's, e.g. one that starts Xerces first). A call in a
# form this script does not know fails the build rather than being left behind.

if(NOT SOURCE OR NOT FUNCTION)
  message(FATAL_ERROR "EwsWildcardDocument.cmake: give -DSOURCE=<file> and -DFUNCTION=<name>")
endif()

file(READ "${SOURCE}" text)
set(libxsd_call "::xsd::cxx::xml::dom::create_document< char > ()")
string(REPLACE "${libxsd_call}" "${FUNCTION} ()" rewritten "${text}")
string(FIND "${rewritten}" "create_document" left_behind)
if(NOT left_behind EQUAL -1)
  message(FATAL_ERROR "EwsWildcardDocument.cmake: ${SOURCE} calls create_document in a form other "
                      "than '${libxsd_call}' (a newer xsdcxx?); teach this script that form")
endif()
if(NOT rewritten STREQUAL text)
  file(WRITE "${SOURCE}" "${rewritten}")
endif()
