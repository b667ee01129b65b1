# SPDX-License-Identifier: Apache-2.0
# Install rules for everything beside the executables (app/CMakeLists.txt
# installs those) and the CPack set-up: DEB on Linux (packaging/check-deb.sh),
# WiX MSI on Windows (packaging/windows/README.md). The version is the
# project() version; nothing here repeats it.
include(GNUInstallDirs)

include(${CMAKE_CURRENT_LIST_DIR}/Identity.cmake)

set(CREDIT_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(CREDIT_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/${CREDIT_PACKAGE_NAME})

# One version: the newest entry of the Debian changelog and of the AppStream
# releases must be the project version, or the configure step stops here.
file(STRINGS ${CREDIT_PACKAGING_DIR}/deb/changelog _credit_changelog_head LIMIT_COUNT 1)
if(NOT _credit_changelog_head MATCHES "^${CREDIT_PACKAGE_NAME} \\(${PROJECT_VERSION}\\) ")
  message(FATAL_ERROR "packaging/deb/changelog starts with '${_credit_changelog_head}', "
                      "not version ${PROJECT_VERSION}: add an entry for the new version")
endif()
file(READ ${PROJECT_SOURCE_DIR}/resources/desktop/creditchain-terminal.metainfo.xml.in _credit_metainfo)
string(REGEX MATCH "<release version=\"([^\"]+)\"" _credit_release "${_credit_metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
  message(FATAL_ERROR "the newest <release> in resources/desktop/creditchain-terminal.metainfo.xml.in "
                      "is '${CMAKE_MATCH_1}', not ${PROJECT_VERSION}")
endif()

# The demo network for credit-devnet and `creditctl sync` (the GUI carries its
# own copy as Qt resources, ":/demo/…"; translations are embedded too, ":/i18n").
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/demo/
  DESTINATION ${CMAKE_INSTALL_DATADIR}/${CREDIT_PACKAGE_NAME}/demo
  FILES_MATCHING PATTERN "*.json" PATTERN "*.pem")

if(UNIX AND NOT APPLE)
  # Desktop entry, AppStream metadata (names depend on the application id).
  set(CREDIT_SCREENSHOT_BANK "10-bank-page1")
  set(CREDIT_SCREENSHOT_BUREAU "20-bureau-page2")
  configure_file(${PROJECT_SOURCE_DIR}/resources/desktop/creditchain-terminal.desktop.in
    ${CMAKE_BINARY_DIR}/packaging/${CREDIT_APP_ID}.desktop @ONLY)
  configure_file(${PROJECT_SOURCE_DIR}/resources/desktop/creditchain-terminal.metainfo.xml.in
    ${CMAKE_BINARY_DIR}/packaging/${CREDIT_APP_ID}.metainfo.xml @ONLY)
  install(FILES ${CMAKE_BINARY_DIR}/packaging/${CREDIT_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${CMAKE_BINARY_DIR}/packaging/${CREDIT_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  # The evidence pack's MIME type (shared-mime-info's dpkg trigger runs update-mime-database).
  configure_file(${PROJECT_SOURCE_DIR}/resources/desktop/creditchain-terminal.mime.xml.in
    ${CMAKE_BINARY_DIR}/packaging/${CREDIT_APP_ID}.xml @ONLY)
  install(FILES ${CMAKE_BINARY_DIR}/packaging/${CREDIT_APP_ID}.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)

  # hicolor icons: the SVG and the PNGs rendered from it (packaging/render-icons.sh).
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/creditchain-terminal.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${CREDIT_APP_ID}.svg)
  foreach(size 16 32 48 64 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/creditchain-terminal-${size}.png
      DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${CREDIT_APP_ID}.png)
  endforeach()

  # Man pages and the Debian changelog, compressed as Debian policy wants
  # (gzip -9n: best compression, no timestamp, so the package is reproducible).
  find_program(CREDIT_GZIP gzip REQUIRED)
  set(_credit_gz_outputs)
  foreach(source man/creditctl.1 man/credit-devnet.1 man/credit-terminal.1 deb/changelog)
    get_filename_component(_name ${source} NAME)
    set(_out ${CMAKE_BINARY_DIR}/packaging/gz/${_name}.gz)
    add_custom_command(OUTPUT ${_out}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging/gz
      COMMAND ${CMAKE_COMMAND} -E copy ${CREDIT_PACKAGING_DIR}/${source} ${CMAKE_BINARY_DIR}/packaging/gz/${_name}
      COMMAND ${CREDIT_GZIP} -9nf ${CMAKE_BINARY_DIR}/packaging/gz/${_name}
      DEPENDS ${CREDIT_PACKAGING_DIR}/${source}
      COMMENT "Compressing ${source}" VERBATIM)
    list(APPEND _credit_gz_outputs ${_out})
  endforeach()
  add_custom_target(credit_package_docs ALL DEPENDS ${_credit_gz_outputs})
  install(FILES ${CMAKE_BINARY_DIR}/packaging/gz/creditctl.1.gz ${CMAKE_BINARY_DIR}/packaging/gz/credit-devnet.1.gz
                ${CMAKE_BINARY_DIR}/packaging/gz/credit-terminal.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  install(FILES ${CMAKE_BINARY_DIR}/packaging/gz/changelog.gz ${CREDIT_PACKAGING_DIR}/deb/copyright
    DESTINATION ${CREDIT_DOC_DIR})
  install(FILES ${CREDIT_PACKAGING_DIR}/deb/lintian-overrides
    DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME ${CREDIT_PACKAGE_NAME})
elseif(WIN32)
  include(${CREDIT_PACKAGING_DIR}/windows/WindowsInstall.cmake)
endif()

# ---- CPack ---------------------------------------------------------------
set(CPACK_PACKAGE_NAME ${CREDIT_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "CreditChain Terminal developers")
set(CPACK_PACKAGE_CONTACT "${CREDIT_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop terminal for FISCO BCOS credit-information chains")
set(CPACK_PACKAGE_HOMEPAGE_URL "${CREDIT_PROJECT_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "CreditChain Terminal")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)

set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"CreditChain Terminal is a Qt desktop terminal for regional credit-information
consortium chains (征信链) on FISCO BCOS 2.x in national cryptography mode.
It runs a verifying light node, keeps a local SQLite store and signs with
SM2 keys stored encrypted; banks, credit bureaus, mediators and regulators
each get their own screens. A demo network is built in.
.
The package also contains creditctl, the command-line companion, and
credit-devnet, a local development chain.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The Noto CJK fonts make the Chinese interface readable on a fresh desktop,
# Qt's own translations put Chinese on its standard buttons and dialogs; not
# hard dependencies because the programs run without them.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
# (Qt's platform plugins, loaded at run time, come with libqt6gui6, which
# dpkg-shlibdeps already finds through the binaries.)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

if(WIN32)
  set(CPACK_GENERATOR WIX)
elseif(UNIX AND NOT APPLE)
  set(CPACK_GENERATOR DEB)
endif()
include(CPack)
