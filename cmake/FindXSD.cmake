#[=======================================================================[.rst:
FindXSD
-------

Find CodeSynthesis XSD: the ``xsdcxx`` schema compiler (Debian's name for
``xsd``) and the header-only ``libxsd`` runtime its C++/Tree code includes.

Imported targets
^^^^^^^^^^^^^^^^

``XSD::xsdcxx``
  The schema compiler, an ``IMPORTED`` executable.
``XSD::libxsd``
  The libxsd headers, an ``INTERFACE`` library. It does not link Xerces-C++:
  generated code that parses or serializes also needs ``XercesC::XercesC``.

Result variables
^^^^^^^^^^^^^^^^

``XSD_FOUND``
  True if both the compiler and the headers were found.
``XSD_VERSION``
  The libxsd version (``4.0.0`` on Debian 12).
``XSD_INCLUDE_DIRS``
  The directory that contains ``xsd/cxx/config.hxx``.

Cache variables
^^^^^^^^^^^^^^^

``XSD_EXECUTABLE``
  Path to ``xsdcxx`` (or ``xsd``).
``XSD_INCLUDE_DIR``
  Directory containing ``xsd/cxx/config.hxx``.

On Debian and Ubuntu both come from the ``xsdcxx`` package:
``apt-get install xsdcxx libxerces-c-dev``.
#]=======================================================================]

cmake_policy(PUSH)
cmake_policy(VERSION 3.20)

# Debian renames the compiler to xsdcxx because /usr/bin/xsd belongs to Mono;
# upstream installs it as xsd. Try Debian's name first so Mono's xsd is never picked.
find_program(XSD_EXECUTABLE NAMES xsdcxx xsd
  DOC "CodeSynthesis XSD schema compiler")
find_path(XSD_INCLUDE_DIR NAMES xsd/cxx/config.hxx
  DOC "Directory containing the libxsd headers")

# libxsd 4.0 spells its version XSD_STR_VERSION, 4.1+ LIBXSD_VERSION_STR.
function(_xsd_read_version header out_var)
  file(STRINGS "${header}" _lines REGEX "#define[ \t]+(XSD_STR_VERSION|LIBXSD_VERSION_STR)[ \t]")
  if(_lines MATCHES "\"([0-9]+\\.[0-9]+\\.[0-9]+)")
    set(${out_var} "${CMAKE_MATCH_1}" PARENT_SCOPE)
  else()
    message(FATAL_ERROR "FindXSD: no version found in ${header}")
  endif()
endfunction()

if(XSD_INCLUDE_DIR AND EXISTS "${XSD_INCLUDE_DIR}/xsd/cxx/version.hxx")
  _xsd_read_version("${XSD_INCLUDE_DIR}/xsd/cxx/version.hxx" XSD_VERSION)
endif()

# The compiler and the headers must be one release: generated code calls into libxsd.
if(XSD_EXECUTABLE AND XSD_VERSION)
  execute_process(COMMAND "${XSD_EXECUTABLE}" --version
    OUTPUT_VARIABLE _xsd_banner ERROR_QUIET RESULT_VARIABLE _xsd_rc)
  if(_xsd_rc EQUAL 0 AND _xsd_banner MATCHES "compiler ([0-9]+\\.[0-9]+\\.[0-9]+)")
    if(NOT CMAKE_MATCH_1 VERSION_EQUAL XSD_VERSION)
      message(WARNING "FindXSD: ${XSD_EXECUTABLE} is ${CMAKE_MATCH_1} but libxsd headers "
        "in ${XSD_INCLUDE_DIR} are ${XSD_VERSION}; generated code may not compile.")
    endif()
  endif()
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(XSD
  REQUIRED_VARS XSD_EXECUTABLE XSD_INCLUDE_DIR
  VERSION_VAR XSD_VERSION
  REASON_FAILURE_MESSAGE "install the Debian package 'xsdcxx' (apt-get install xsdcxx), or set XSD_EXECUTABLE and XSD_INCLUDE_DIR")

if(XSD_FOUND)
  set(XSD_INCLUDE_DIRS "${XSD_INCLUDE_DIR}")
  if(NOT TARGET XSD::xsdcxx)
    add_executable(XSD::xsdcxx IMPORTED)
    set_target_properties(XSD::xsdcxx PROPERTIES IMPORTED_LOCATION "${XSD_EXECUTABLE}")
  endif()
  if(NOT TARGET XSD::libxsd)
    add_library(XSD::libxsd INTERFACE IMPORTED)
    set_target_properties(XSD::libxsd PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${XSD_INCLUDE_DIR}")
  endif()
endif()

mark_as_advanced(XSD_EXECUTABLE XSD_INCLUDE_DIR)
cmake_policy(POP)
