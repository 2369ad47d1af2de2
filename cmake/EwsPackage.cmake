# Install rules and the ewsxsd CMake package, usable from an install prefix and,
# through export(), straight from the build tree (what the find-package test uses).

include(CMakePackageConfigHelpers)

set(ews_config_install_dir "${CMAKE_INSTALL_LIBDIR}/cmake/ewsxsd")
set(ews_package_dir "${PROJECT_BINARY_DIR}/package")

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/ewsxsd-config.cmake.in"
  "${ews_package_dir}/ewsxsd-config.cmake"
  INSTALL_DESTINATION "${ews_config_install_dir}")
write_basic_package_version_file(
  "${ews_package_dir}/ewsxsd-config-version.cmake"
  COMPATIBILITY SameMajorVersion)

# The config includes these from its own directory, in the build tree and when installed.
foreach(module FindXSD.cmake EwsGenerate.cmake EwsWildcardDocument.cmake)
  configure_file("${PROJECT_SOURCE_DIR}/cmake/${module}" "${ews_package_dir}/${module}" COPYONLY)
endforeach()

export(EXPORT ewsxsd-targets NAMESPACE ews:: FILE "${ews_package_dir}/ewsxsd-targets.cmake")

install(EXPORT ewsxsd-targets NAMESPACE ews:: DESTINATION "${ews_config_install_dir}")
install(FILES
  "${ews_package_dir}/ewsxsd-config.cmake"
  "${ews_package_dir}/ewsxsd-config-version.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/FindXSD.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/EwsGenerate.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/EwsWildcardDocument.cmake"
  DESTINATION "${ews_config_install_dir}")
