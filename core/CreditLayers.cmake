# SPDX-License-Identifier: Apache-2.0
# credit_core_layer(<target> [BELOW <layer targets...>])
#
# One folder of core/ as one static library that links only the layers BELOW
# it (publicly, so their headers come along). The folders its files may
# include are its own and those of the layers it links, transitively. A build
# step checks every file of the folder against that list, so an include that
# climbs back up fails the build (a static library alone would still compile
# and link it: every layer shares the one include root, core/).
function(credit_core_layer target)
  cmake_parse_arguments(ARG "" "" "BELOW" ${ARGN})
  cmake_path(GET CMAKE_CURRENT_SOURCE_DIR FILENAME folder)
  add_library(${target} STATIC)
  target_include_directories(${target} PUBLIC ${CREDIT_CORE_DIR})
  target_link_libraries(${target} PUBLIC Qt6::Core ${ARG_BELOW} PRIVATE credit_warnings)
  credit_precompile_qt(${target} <QtCore>)
  set(allowed ${folder})
  foreach(below IN LISTS ARG_BELOW)
    get_target_property(belowFolders ${below} CREDIT_LAYER_FOLDERS)
    list(APPEND allowed ${belowFolders})
  endforeach()
  list(REMOVE_DUPLICATES allowed)
  set_target_properties(${target} PROPERTIES CREDIT_LAYER_FOLDERS "${allowed}")
  # Checked once the folder's CMakeLists has added all its sources.
  cmake_language(EVAL CODE "cmake_language(DEFER CALL credit_check_layer_includes [[${target}]] [[${folder}]])")
  if(NOT folder STREQUAL "report")
    cmake_language(EVAL CODE "cmake_language(DEFER CALL credit_check_layer_without_gui [[${target}]])")
  endif()
endfunction()

# Core stays free of Qt Gui and Widgets (report/ alone may use Gui): creditctl,
# the devnet and the unit tests link core without them. Checked when each
# folder is configured, so every build tree checks it, not only a GUI-less one
# (docs/DECISIONS.md, "One sanitizer tree"); a Gui class used without the link
# then fails those programs' links.
function(credit_check_layer_without_gui target)
  get_target_property(links ${target} LINK_LIBRARIES)
  foreach(link IN LISTS links)
    if(link MATCHES "^Qt6?::(Gui|Widgets|OpenGL|PrintSupport|Charts)")
      message(FATAL_ERROR "${target} links ${link}: core stays free of Qt's GUI modules "
                          "(only core/report may link Qt Gui; screens belong in ui/)")
    endif()
  endforeach()
endfunction()

# Also used for ui/ (ui/CMakeLists.txt): `folder` is then "../ui" and the
# target's CREDIT_LAYER_FOLDERS the core folders the screens may include.
function(credit_check_layer_includes target folder)
  set(coreDir ${PROJECT_SOURCE_DIR}/core)
  get_target_property(sources ${target} SOURCES)
  get_target_property(allowed ${target} CREDIT_LAYER_FOLDERS)
  set(files)
  foreach(source IN LISTS sources)
    if(source MATCHES "\\.(h|cpp)$")
      cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR} OUTPUT_VARIABLE file)
      list(APPEND files ${file})
    endif()
  endforeach()
  set(list ${CMAKE_CURRENT_BINARY_DIR}/${target}.layer-files)
  set(stamp ${CMAKE_CURRENT_BINARY_DIR}/${target}.layer-checked)
  list(JOIN files "\n" text)
  file(CONFIGURE OUTPUT ${list} CONTENT "${text}\n" @ONLY)
  list(JOIN allowed "," allowedArg)
  add_custom_command(OUTPUT ${stamp}
    COMMAND ${CMAKE_COMMAND} -DLAYER=${folder} -DALLOWED=${allowedArg} -DCORE_DIR=${coreDir}
            -DFILES=${list} -DSTAMP=${stamp} -P ${coreDir}/CheckLayerIncludes.cmake
    DEPENDS ${files} ${list} ${coreDir}/CheckLayerIncludes.cmake
    COMMENT "Checking that core/${folder}/ includes only ${allowedArg}"
    VERBATIM)
  add_custom_target(${target}_layer_check DEPENDS ${stamp})
  add_dependencies(${target} ${target}_layer_check)
endfunction()
