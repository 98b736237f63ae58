# Install rules, the CMake package (find_package(rtk)), rtk.pc, and the Debian packages
# (cpack -G DEB): librtk-dev (headers, library, CMake and pkg-config files) and rtk-tools
# (the rtk and rtk-emulator programs).
include(CMakePackageConfigHelpers)

set(RTK_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/rtk)
set(RTK_PKGCONFIG_DIR ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# ---- the library and its headers (component "dev") ----------------------------------------
install(TARGETS rtk EXPORT rtk-targets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev NAMELINK_COMPONENT dev
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT dev)
install(EXPORT rtk-targets NAMESPACE rtk:: DESTINATION ${RTK_CMAKE_DIR} COMPONENT dev)

# The headers of what is built: emulator.hpp and operations.hpp only with their libraries.
set(rtk_header_excludes)
if(NOT RTK_BUILD_EMULATOR)
  list(APPEND rtk_header_excludes PATTERN emulator.hpp EXCLUDE)
endif()
if(NOT RTK_BUILD_CLI)
  list(APPEND rtk_header_excludes PATTERN operations.hpp EXCLUDE)
endif()
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/rtk DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        COMPONENT dev FILES_MATCHING PATTERN "*.hpp" ${rtk_header_excludes})

# The components: find_package(rtk COMPONENTS emulator operations).
foreach(component emulator operations)
  if(TARGET rtk_${component})
    install(TARGETS rtk_${component} EXPORT rtk-${component}-targets
      ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev
      LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev NAMELINK_COMPONENT dev)
    install(EXPORT rtk-${component}-targets NAMESPACE rtk:: DESTINATION ${RTK_CMAKE_DIR}
            COMPONENT dev)
  endif()
endforeach()

configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/rtkConfig.cmake.in
  ${PROJECT_BINARY_DIR}/rtkConfig.cmake INSTALL_DESTINATION ${RTK_CMAKE_DIR})
# 0.x: a minor release may break the API, so only the same minor version is compatible.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/rtkConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/rtkConfig.cmake ${PROJECT_BINARY_DIR}/rtkConfigVersion.cmake
        DESTINATION ${RTK_CMAKE_DIR} COMPONENT dev)

# rtk.pc: for builds that use pkg-config. A static librtk needs Boost's JSON and URL libraries
# after it; Boost has no .pc files of its own.
file(RELATIVE_PATH RTK_PC_PREFIX_FROM_PCDIR
     ${CMAKE_INSTALL_PREFIX}/${RTK_PKGCONFIG_DIR} ${CMAKE_INSTALL_PREFIX})
string(REGEX REPLACE "/$" "" RTK_PC_PREFIX_FROM_PCDIR "${RTK_PC_PREFIX_FROM_PCDIR}")
set(RTK_PC_BOOST_CFLAGS "")
if(NOT Boost_INCLUDE_DIRS STREQUAL "/usr/include")
  set(RTK_PC_BOOST_CFLAGS " -I${Boost_INCLUDE_DIRS}")
endif()
set(boost_library_dirs)
foreach(boost_library json url)
  get_target_property(location Boost::${boost_library} LOCATION)
  get_filename_component(directory ${location} DIRECTORY)
  list(APPEND boost_library_dirs ${directory})
endforeach()
list(REMOVE_DUPLICATES boost_library_dirs)
list(TRANSFORM boost_library_dirs PREPEND " -L")
string(JOIN "" RTK_PC_BOOST_LIBS ${boost_library_dirs} " -lboost_json -lboost_url")
configure_file(${CMAKE_CURRENT_LIST_DIR}/rtk.pc.in ${PROJECT_BINARY_DIR}/rtk.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/rtk.pc DESTINATION ${RTK_PKGCONFIG_DIR} COMPONENT dev)

# ---- the programs (component "tools") -----------------------------------------------------
foreach(program rtk_cli rtk_emulator_program)
  if(TARGET ${program})
    install(TARGETS ${program} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT tools)
  endif()
endforeach()

# ---- Debian packages: cpack -G DEB in the build directory ---------------------------------
set(CPACK_PACKAGE_NAME rtk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "rtk maintainers <rtk@localhost>")
set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL dev tools)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)

set(CPACK_DEBIAN_DEV_PACKAGE_NAME librtk-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_COMPONENT_DEV_DESCRIPTION
  "C++20 client for the Cloudflare RealtimeKit REST API: headers, static library, CMake package\n(find_package(rtk)) and pkg-config file (rtk.pc), with the local API emulator library.")
# What compiling and linking against librtk needs: the Boost release it was built with (its
# headers, Boost.JSON and Boost.URL) and OpenSSL's headers and libraries.
set(boost_release ${Boost_VERSION_MAJOR}.${Boost_VERSION_MINOR})
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS
  "libboost${boost_release}-dev, libboost-json${boost_release}-dev, libboost-url${boost_release}-dev, libssl-dev (>= 1.1.1)")

set(CPACK_DEBIAN_TOOLS_PACKAGE_NAME rtk-tools)
set(CPACK_DEBIAN_TOOLS_PACKAGE_SECTION net)
set(CPACK_COMPONENT_TOOLS_DESCRIPTION
  "Cloudflare RealtimeKit from the shell: rtk (every API operation) and rtk-emulator (a local\nRealtimeKit API for development and tests).")
# The programs' run-time libraries (Boost's, OpenSSL's, the C++ runtime), as dpkg-shlibdeps finds them.
set(CPACK_DEBIAN_TOOLS_PACKAGE_SHLIBDEPS ON)

include(CPack)
