# SPDX-License-Identifier: Apache-2.0
# CPACK_PRE_BUILD_SCRIPTS hook (packaging/windows/WindowsInstall.cmake): signs
# our three executables in CPack's staging folder before WiX packs them, when
# CREDIT_SIGN_THUMBPRINT names a code-signing certificate in the Windows
# certificate store (or on a token). Nothing secret passes through here.
# Untested (no Windows machine): see packaging/windows/README.md.
if(NOT DEFINED ENV{CREDIT_SIGN_THUMBPRINT})
  message(STATUS "sign-staged: CREDIT_SIGN_THUMBPRINT not set, executables left unsigned")
  return()
endif()
if(DEFINED ENV{CREDIT_TIMESTAMP_URL})
  set(timestamp_url "$ENV{CREDIT_TIMESTAMP_URL}")
else()
  set(timestamp_url "http://timestamp.digicert.com")
endif()
find_program(SIGNTOOL signtool REQUIRED)
file(GLOB_RECURSE executables "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/credit-terminal.exe"
  "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/creditctl.exe" "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/credit-devnet.exe")
if(NOT executables)
  message(FATAL_ERROR "sign-staged: no executables under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
execute_process(
  COMMAND "${SIGNTOOL}" sign /sha1 "$ENV{CREDIT_SIGN_THUMBPRINT}" /fd SHA256 /tr "${timestamp_url}" /td SHA256 ${executables}
  COMMAND_ERROR_IS_FATAL ANY)
