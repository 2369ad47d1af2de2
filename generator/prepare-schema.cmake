# Writes the build-tree copy of one EWS schema that schema tools can load.
#
#   cmake -DINPUT=<official.xsd> -DOUTPUT=<copy.xsd> -P prepare-schema.cmake
#
# Microsoft's types.xsd imports the XML namespace (for xml:lang) without a
# schemaLocation, and neither xsdcxx nor Xerces nor libxml2 can then find it
# ("unable to guess which schema to open"). xsdcxx's --location-map cannot help:
# it only rewrites locations that exist. So the copy points that import at the
# xml.xsd that sits beside it. Any other schema is copied unchanged, and the
# official files in schemas/ are never edited.

if(NOT INPUT OR NOT OUTPUT)
  message(FATAL_ERROR "prepare-schema.cmake: pass -DINPUT=<schema> -DOUTPUT=<copy>")
endif()

file(READ "${INPUT}" text)

# Matches the import with or without an existing schemaLocation, in either
# attribute order the EWS files have used, with any whitespace.
set(ws "[ \t\r\n]")
set(xml_ns "http://www.w3.org/XML/1998/namespace")
string(REGEX REPLACE
  "<xs:import${ws}+namespace=\"${xml_ns}\"(${ws}+schemaLocation=\"[^\"]*\")?${ws}*/>"
  "<xs:import namespace=\"${xml_ns}\" schemaLocation=\"xml.xsd\"/>"
  text "${text}")

file(WRITE "${OUTPUT}" "${text}")
