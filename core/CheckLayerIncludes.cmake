# SPDX-License-Identifier: Apache-2.0
# cmake -DLAYER=<folder> -DALLOWED=<folder,folder,...> -DCORE_DIR=<core/>
#       -DFILES=<file listing the layer's files> -DSTAMP=<file> -P CheckLayerIncludes.cmake
# Fails when a file of the layer includes a header of a core/ folder that is
# not in ALLOWED (its own and those of the layers it links: CreditLayers.cmake).
cmake_minimum_required(VERSION 3.25)
string(REPLACE "," ";" allowed "${ALLOWED}")
file(GLOB entries LIST_DIRECTORIES true "${CORE_DIR}/*")
set(coreFolders)
foreach(entry IN LISTS entries)
  if(IS_DIRECTORY "${entry}")
    cmake_path(GET entry FILENAME name)
    list(APPEND coreFolders ${name})
  endif()
endforeach()
cmake_path(GET CORE_DIR PARENT_PATH repo)
set(include_re "^[ \t]*#[ \t]*include[ \t]*\"([^\"/]+)/([^\"]*)\"")
file(STRINGS "${FILES}" files)
set(violations)
foreach(file IN LISTS files)
  file(STRINGS "${file}" lines REGEX "${include_re}")
  foreach(line IN LISTS lines)
    string(REGEX MATCH "${include_re}" header "${line}")
    set(folder "${CMAKE_MATCH_1}")
    if(folder IN_LIST coreFolders AND NOT folder IN_LIST allowed)
      cmake_path(RELATIVE_PATH file BASE_DIRECTORY "${repo}" OUTPUT_VARIABLE shown)
      list(APPEND violations "  ${shown} includes ${CMAKE_MATCH_1}/${CMAKE_MATCH_2}")
    endif()
  endforeach()
endforeach()
if(violations)
  list(JOIN violations "\n" text)
  message(FATAL_ERROR "core/${LAYER}/ may include only ${ALLOWED}: the layers it links "
                      "(core/${LAYER}/README.md, docs/ARCHITECTURE.md). Move the type down to the layer "
                      "that owns it, or the code up.\n${text}")
endif()
file(TOUCH "${STAMP}")
