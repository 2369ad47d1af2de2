#[=======================================================================[.rst:
EwsGenerate
-----------

Compile XML Schemas into C++/Tree bindings (or C++/Parser skeletons) with CodeSynthesis
XSD at build time.

.. command:: ews_generate

  ::

    ews_generate(
      TARGET <target> | OUT_VAR <variable>
      SCHEMAS <schema.xsd>...
      [MAPPING tree|parser]
      [OPTIONS_FILE <file>]
      [OPTIONS <xsdcxx-option>...]
      [PARTS <n>]
      [OUTPUT_DIR <dir>]
      [INCLUDE_PREFIX <path>]
      [WILDCARD_DOCUMENT <header> <function>]
      [DEPENDS <file>...])

  Each schema is compiled by its own ``xsdcxx`` run, so each has its own
  dependency file: xsdcxx ``--generate-dep`` lists every schema the main one
  imports or includes, transitively, and CMake reads it as the command's
  ``DEPFILE``. Touching an imported schema therefore regenerates every binding
  that uses it, with Ninja and with Makefiles.

  ``TARGET``
    Add the generated sources to this existing target and put ``OUTPUT_DIR`` on
    its ``PUBLIC`` include path (build tree only).
  ``OUT_VAR``
    Instead, store the list of generated files (headers and sources) in this variable.
  ``SCHEMAS``
    The schemas to compile. Relative paths are taken from the current source directory.
  ``MAPPING``
    ``tree`` (the default): ``xsdcxx cxx-tree``, the data model, ``<name>.hxx`` and
    ``<name>.cxx``. ``parser``: ``xsdcxx cxx-parser``, validating parser skeletons,
    ``<name>-pskel.hxx`` and ``<name>-pskel.cxx``; their implementations are yours.
    xsdcxx writes no dependency file for cxx-parser: name the schemas it imports in
    ``DEPENDS``.
  ``OPTIONS_FILE``
    An xsdcxx ``--options-file``. It is a dependency: editing it regenerates.
  ``OPTIONS``
    Further xsdcxx options, e.g. ``--root-element Foo``.
  ``PARTS``
    Split each schema's ``.cxx`` into ``<n>`` files (xsdcxx ``--parts``), so a large
    schema compiles on several cores with less memory per compiler. Default 1.
    ``MAPPING tree`` only.
  ``OUTPUT_DIR``
    Root of the generated include tree. Default ``${CMAKE_CURRENT_BINARY_DIR}/include``.
  ``INCLUDE_PREFIX``
    Sub-directory of ``OUTPUT_DIR`` the files are written to, and so the prefix
    consumers include them by. Default ``ews/gen`` (``#include <ews/gen/messages.hxx>``).
  ``WILDCARD_DOCUMENT``
    ``MAPPING tree`` only. The generated constructors of types with wildcards
    (``--generate-wildcard``) make a DOM document to hold that content with libxsd's
    ``create_document<char>()``, which needs Xerces running. With this option they call
    ``<function>(e)`` instead in the constructors that parse a DOM element ``e``, and
    ``<function>()`` in the others, declared in ``<header>`` (included by every generated
    source); both return ``xsd::cxx::xml::dom::unique_ptr<xercesc::DOMDocument>``. So a
    program can start Xerces when it is first needed rather than when it starts (ewsxsd's
    own bindings use ``ews::gen::new_wildcard_document``, ``<ews/gen/wildcard_document.hxx>``).
    The rewrite is ``EwsWildcardDocument.cmake``, beside this module; a call in a form it
    does not know fails the build.
  ``DEPENDS``
    Further files whose change must regenerate (e.g. a script that prepared a schema).

  Header include guards are named after ``INCLUDE_PREFIX`` and the file
  (``EWS_GEN_MESSAGES_HXX``), not after the schema's directory as xsdcxx would name
  them: a guard that spells the build tree's path differs between two checkouts, and a
  precompiled header that ccache shares between them (``CCACHE_BASEDIR``) then defines
  the other checkout's guard, so every header is read a second time. An xsdcxx
  ``--guard-prefix`` in ``OPTIONS`` or ``OPTIONS_FILE`` still wins.

  Example::

    find_package(ewsxsd REQUIRED)
    add_library(mybindings STATIC)
    ews_generate(TARGET mybindings SCHEMAS note.xsd INCLUDE_PREFIX my/gen
                 OPTIONS --root-element note)
    target_link_libraries(mybindings PUBLIC XSD::libxsd XercesC::XercesC)
#]=======================================================================]

include_guard(GLOBAL)

function(ews_generate)
  cmake_parse_arguments(PARSE_ARGV 0 arg
    ""
    "TARGET;OUT_VAR;OPTIONS_FILE;PARTS;OUTPUT_DIR;INCLUDE_PREFIX;MAPPING"
    "SCHEMAS;OPTIONS;DEPENDS;WILDCARD_DOCUMENT")

  if(arg_UNPARSED_ARGUMENTS)
    message(SEND_ERROR "ews_generate: unknown arguments: ${arg_UNPARSED_ARGUMENTS}")
    return()
  endif()
  if(arg_KEYWORDS_MISSING_VALUES)
    message(SEND_ERROR "ews_generate: no value given for ${arg_KEYWORDS_MISSING_VALUES}")
    return()
  endif()
  if(NOT arg_TARGET AND NOT arg_OUT_VAR)
    message(SEND_ERROR "ews_generate: give TARGET <target> or OUT_VAR <variable>")
    return()
  endif()
  if(arg_TARGET AND arg_OUT_VAR)
    message(SEND_ERROR "ews_generate: give TARGET or OUT_VAR, not both")
    return()
  endif()
  if(arg_TARGET AND NOT TARGET "${arg_TARGET}")
    message(SEND_ERROR "ews_generate: TARGET '${arg_TARGET}' is not a target; create it first (add_library)")
    return()
  endif()
  if(NOT arg_SCHEMAS)
    message(SEND_ERROR "ews_generate: SCHEMAS names no schema")
    return()
  endif()
  if(NOT arg_MAPPING)
    set(arg_MAPPING tree)
  elseif(NOT arg_MAPPING MATCHES "^(tree|parser)$")
    message(SEND_ERROR "ews_generate: MAPPING must be tree or parser, not '${arg_MAPPING}'")
    return()
  endif()
  # xsdcxx names a skeleton file after the schema, with this suffix before the extension.
  set(file_suffix "")
  set(mapping_name "C++/Tree bindings")
  if(arg_MAPPING STREQUAL "parser")
    set(file_suffix "-pskel")
    set(mapping_name "C++/Parser skeletons")
  endif()

  if(NOT DEFINED arg_PARTS)
    set(arg_PARTS 1)
  elseif(NOT arg_PARTS MATCHES "^[1-9][0-9]*$")
    message(SEND_ERROR "ews_generate: PARTS must be a whole number of at least 1, not '${arg_PARTS}'")
    return()
  endif()
  if(NOT arg_OUTPUT_DIR)
    set(arg_OUTPUT_DIR "${CMAKE_CURRENT_BINARY_DIR}/include")
  endif()
  if(NOT DEFINED arg_INCLUDE_PREFIX)
    set(arg_INCLUDE_PREFIX "ews/gen")
  endif()
  if(NOT TARGET XSD::xsdcxx)
    message(SEND_ERROR "ews_generate: XSD::xsdcxx is not defined; call find_package(XSD) first")
    return()
  endif()

  set(options_file_args "")
  set(options_file_dep "")
  if(arg_OPTIONS_FILE)
    get_filename_component(options_file "${arg_OPTIONS_FILE}" ABSOLUTE)
    if(NOT EXISTS "${options_file}")
      message(SEND_ERROR "ews_generate: OPTIONS_FILE ${options_file} does not exist")
      return()
    endif()
    set(options_file_args --options-file "${options_file}")
    set(options_file_dep "${options_file}")
  endif()

  if(arg_MAPPING STREQUAL "parser" AND arg_PARTS GREATER 1)
    message(SEND_ERROR "ews_generate: PARTS applies to MAPPING tree only (xsdcxx cxx-parser has no --parts)")
    return()
  endif()
  set(wildcard_args "")
  set(wildcard_script "")
  if(DEFINED arg_WILDCARD_DOCUMENT)
    list(LENGTH arg_WILDCARD_DOCUMENT wildcard_values)
    if(NOT wildcard_values EQUAL 2 OR NOT arg_MAPPING STREQUAL "tree")
      message(SEND_ERROR "ews_generate: WILDCARD_DOCUMENT takes <header> <function>, with MAPPING tree")
      return()
    endif()
    list(GET arg_WILDCARD_DOCUMENT 0 wildcard_header)
    list(GET arg_WILDCARD_DOCUMENT 1 wildcard_function)
    set(wildcard_args --cxx-prologue "#include <${wildcard_header}>")
    set(wildcard_script "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EwsWildcardDocument.cmake")
  endif()

  set(parts_args "")
  if(arg_PARTS GREATER 1)
    set(parts_args --parts ${arg_PARTS})
  endif()

  cmake_path(APPEND arg_OUTPUT_DIR "${arg_INCLUDE_PREFIX}" OUTPUT_VARIABLE out_dir)
  # xsdcxx does not create its output directory.
  file(MAKE_DIRECTORY "${out_dir}")

  set(all_outputs "")
  set(seen_names "")
  foreach(schema IN LISTS arg_SCHEMAS)
    get_filename_component(schema "${schema}" ABSOLUTE)
    get_filename_component(name "${schema}" NAME_WE)
    if(name IN_LIST seen_names)
      message(SEND_ERROR "ews_generate: two schemas are named ${name}; their outputs would collide in ${out_dir}")
      return()
    endif()
    list(APPEND seen_names "${name}")

    # Every output is declared up front, exactly as xsdcxx names them.
    set(sources "")
    if(arg_PARTS GREATER 1)
      math(EXPR last "${arg_PARTS} - 1")
      foreach(i RANGE ${last})
        list(APPEND sources "${out_dir}/${name}${file_suffix}-${i}.cxx")
      endforeach()
    else()
      set(sources "${out_dir}/${name}${file_suffix}.cxx")
    endif()
    set(header "${out_dir}/${name}${file_suffix}.hxx")
    # The depfile is an output too: Ninja refuses a depfile that names undeclared outputs.
    # xsdcxx 4.0 writes one for cxx-tree only (cxx-parser takes --generate-dep and writes
    # nothing), so a skeleton is regenerated when its schema or DEPENDS change.
    set(depfile "")
    set(dep_args "")
    set(depfile_args "")
    if(arg_MAPPING STREQUAL "tree")
      set(depfile "${out_dir}/${name}.d")
      set(dep_args --generate-dep --dep-phony)
      set(depfile_args DEPFILE "${depfile}")
    endif()

    set(rewrite_commands "")
    if(wildcard_script)
      foreach(source IN LISTS sources)
        list(APPEND rewrite_commands COMMAND "${CMAKE_COMMAND}" -DSOURCE=${source}
             -DFUNCTION=${wildcard_function} -P "${wildcard_script}")
      endforeach()
    endif()

    add_custom_command(
      OUTPUT ${header} ${sources} ${depfile}
      COMMAND XSD::xsdcxx cxx-${arg_MAPPING}
              --guard-prefix "${arg_INCLUDE_PREFIX}"
              ${options_file_args}
              ${arg_OPTIONS}
              ${wildcard_args}
              ${parts_args}
              ${dep_args}
              --output-dir "${out_dir}"
              "${schema}"
      ${rewrite_commands}
      DEPENDS "${schema}" ${options_file_dep} ${arg_DEPENDS} "$<TARGET_FILE:XSD::xsdcxx>" ${wildcard_script}
      ${depfile_args}
      COMMENT "xsdcxx: generating ${mapping_name} for ${name}.xsd"
      VERBATIM)
    set_source_files_properties(${header} ${sources} PROPERTIES GENERATED TRUE)
    list(APPEND all_outputs ${header} ${sources})
  endforeach()

  if(arg_TARGET)
    target_sources(${arg_TARGET} PRIVATE ${all_outputs})
    target_include_directories(${arg_TARGET} PUBLIC "$<BUILD_INTERFACE:${arg_OUTPUT_DIR}>")
    source_group(TREE "${arg_OUTPUT_DIR}" PREFIX "Generated" FILES ${all_outputs})
  else()
    set(${arg_OUT_VAR} ${all_outputs} PARENT_SCOPE)
  endif()
endfunction()
