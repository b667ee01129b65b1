# SPDX-License-Identifier: Apache-2.0
# Windows only (included from app/CMakeLists.txt): a VERSIONINFO resource
# generated from the CMake project version, and the application manifest.
# Written for MSVC; untested (no Windows machine) — see packaging/windows/README.md.

set(CREDIT_WINDOWS_DIR ${CMAKE_CURRENT_LIST_DIR})

# credit_windows_metadata(TARGET DESCRIPTION): Explorer's Details tab and
# (Get-Item FILE).VersionInfo show DESCRIPTION and the project version; the
# manifest declares asInvoker (no elevation prompt), UTF-8 as the process
# code page, long paths and Windows 10/11 (DPI awareness is left to Qt,
# which sets it itself and warns when a manifest already did).
function(credit_windows_metadata target description)
  set(CREDIT_RC_DESCRIPTION "${description}")
  set(CREDIT_RC_FILENAME "${target}.exe")
  set(CREDIT_RC_INTERNAL_NAME "${target}")
  set(CREDIT_RC_ICON "${PROJECT_SOURCE_DIR}/resources/icons/creditchain-terminal.ico")
  string(REPLACE "\\" "/" CREDIT_RC_ICON "${CREDIT_RC_ICON}")
  set(rc ${CMAKE_CURRENT_BINARY_DIR}/generated/${target}.rc)
  configure_file(${CREDIT_WINDOWS_DIR}/version.rc.in ${rc} @ONLY)
  # A .manifest among the sources is merged into the executable by the MSVC linker.
  target_sources(${target} PRIVATE ${rc} ${CREDIT_WINDOWS_DIR}/credit-terminal.manifest)
endfunction()
