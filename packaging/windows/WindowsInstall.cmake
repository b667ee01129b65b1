# SPDX-License-Identifier: Apache-2.0
# Windows only (included from packaging/cmake/Packaging.cmake): an app-local
# install under "Program Files\CreditChain Terminal" and the WiX MSI.
# Written for MSVC + vcpkg (CMakePresets "windows"); untested here (no Windows
# machine) — packaging/windows/README.md says which steps were run where.
#
#   Program Files\CreditChain Terminal\
#     bin\        the three .exe, Qt (windeployqt), vcpkg DLLs, VC++ runtime
#     share\creditchain-terminal\demo\   demo network for credit-devnet
#     share\doc\creditchain-terminal\    licences

# --- Qt: libraries, plugins (platforms, styles, tls, imageformats), Qt's own
# translations; windeployqt through Qt's deploy script. The VC++ runtime is
# installed below instead of windeployqt's vc_redist.exe.
foreach(target IN LISTS CREDIT_APP_TARGETS)
  qt_generate_deploy_app_script(TARGET ${target} OUTPUT_SCRIPT _credit_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR
    NO_COMPILER_RUNTIME)
  install(SCRIPT ${_credit_deploy_script})
endforeach()

# --- Every other DLL the executables load (OpenSSL, curl, SQLite, Poppler and
# its image and font libraries), found in vcpkg's bin folder; Windows' own DLLs
# (System32, api-ms-*) stay out.
install(RUNTIME_DEPENDENCY_SET credit_runtime_dlls
  DESTINATION ${CMAKE_INSTALL_BINDIR}
  DIRECTORIES "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin"
  PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
  POST_EXCLUDE_REGEXES ".*[/\\\\][Ss]ystem32[/\\\\].*")

# --- VC++ runtime app-local (msvcp140.dll, vcruntime140*.dll …) beside the
# executables: bank desks cannot be assumed to have the redistributable. The
# UCRT is part of Windows 10 and 11.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_UCRT_LIBRARIES OFF)
include(InstallRequiredSystemLibraries)

# --- Licences: ours, and each third-party library's notice as vcpkg installed it.
install(FILES ${CREDIT_PACKAGING_DIR}/licenses/README.txt ${CREDIT_PACKAGING_DIR}/licenses/GPL-3.0.txt
              ${CREDIT_PACKAGING_DIR}/licenses/Apache-2.0.txt
  DESTINATION ${CREDIT_DOC_DIR})
foreach(port qtbase qtcharts qthttpserver qtwebsockets qttools openssl curl sqlite3 poppler)
  set(_notice "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/share/${port}/copyright")
  if(EXISTS "${_notice}")
    install(FILES "${_notice}" DESTINATION ${CREDIT_DOC_DIR}/third-party RENAME ${port}.txt)
  endif()
endforeach()

# --- The MSI (CPack WiX). Never change the UpgradeCode: it is what makes a
# newer MSI replace an older one (major upgrade; the ProductCode is new on
# every build, CPack's default).
set(CPACK_WIX_UPGRADE_GUID "6B0E5A3C-9F2D-4C71-8E46-2D7A1B93C5F0")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/creditchain-terminal.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "CreditChain Terminal")
# Start-menu shortcut to bin\credit-terminal.exe, named "CreditChain Terminal".
set(CPACK_PACKAGE_EXECUTABLES "credit-terminal" "CreditChain Terminal")
set(CPACK_RESOURCE_FILE_LICENSE "${CREDIT_PACKAGING_DIR}/licenses/GPL-3.0.txt")
# Per-machine under Program Files (ProgramFiles64Folder for a 64-bit build).
set(CPACK_WIX_INSTALL_SCOPE perMachine)          # CMake 3.29 and later
if(CMAKE_VERSION VERSION_LESS 3.29)
  set(CPACK_WIX_PROPERTY_ALLUSERS 1)             # the same, for older CPack
endif()
# Uninstall entry (Apps & features): the MSI registers it; these fill it in.
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${CREDIT_PROJECT_URL}")
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "Desktop terminal for FISCO BCOS credit-information chains")
set(CPACK_WIX_PROPERTY_ARPNOMODIFY 1)
# Silent installs (msiexec /i … /qn) need no UI; the interactive one shows the
# licence and the folder choice. Package file name carries the project version.
set(CPACK_PACKAGE_FILE_NAME "${CREDIT_PACKAGE_NAME}-${PROJECT_VERSION}-win64")
# Code signing of the executables inside the MSI (when CREDIT_SIGN_THUMBPRINT is set).
set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/sign-staged.cmake")
# Evidence packs open in the terminal (ProgId, extension, "open" verb) —
# a patch into the Component CPack generates for credit-terminal.exe.
configure_file(${CMAKE_CURRENT_LIST_DIR}/file-association.wxs.in
  ${CMAKE_BINARY_DIR}/packaging/file-association.wxs @ONLY)
set(CPACK_WIX_PATCH_FILE "${CMAKE_BINARY_DIR}/packaging/file-association.wxs")
