#[=======================================================================[.rst:
EwsPrecompiledHeaders
---------------------

.. command:: ews_precompile_headers

  ::

    ews_precompile_headers(<target> <header>...)

  ``target_precompile_headers(<target> PRIVATE <header>...)``, made safe to cache with
  ccache. ccache cannot use its depend mode for a precompiled header, so it keys the
  making of one on its preprocessed text, where ``#define`` lines are gone; with the
  ``pch_defines`` sloppiness that precompiled headers need, two headers that differ only in
  their macros get the same key. That served one checkout the precompiled header of
  another, whose generated headers had include guards named after its own path, and every
  header was then read twice ("redefinition of class ..."). When the compiler launcher is
  ccache, the target's compiles add the generated bindings' headers, bytes and all, to
  their key (``CCACHE_EXTRAFILES``).
#]=======================================================================]

include_guard(GLOBAL)

function(ews_precompile_headers target)
  target_precompile_headers(${target} PRIVATE ${ARGN})
  if(NOT CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
    return()
  endif()
  # The bindings' headers, as generated/CMakeLists.txt records them (in this build, or in
  # the release build whose bindings the fuzzing build reuses).
  get_target_property(generated_headers ews_generated EWS_HEADERS)
  if(NOT generated_headers)
    message(FATAL_ERROR "ews_precompile_headers: ews_generated records no header (EWS_HEADERS)")
  endif()
  list(JOIN generated_headers ":" extra_files)
  set_property(TARGET ${target} PROPERTY CXX_COMPILER_LAUNCHER
               env "CCACHE_EXTRAFILES=${extra_files}" ${CMAKE_CXX_COMPILER_LAUNCHER})
endfunction()
