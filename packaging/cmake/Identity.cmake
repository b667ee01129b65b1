# SPDX-License-Identifier: Apache-2.0
# Names the installers and the desktop share, in one place (included by
# app/CMakeLists.txt for the generated version header and by Packaging.cmake).
# Plain variables, not cache entries: they are the project's identity, not
# build options, and a changed value must reach existing build folders.

set(CREDIT_PACKAGE_NAME creditchain-terminal)
# Reverse-DNS id of the desktop application: names the desktop entry, the
# icon and the AppStream component. See docs/DECISIONS.md (installers).
set(CREDIT_APP_ID "cn.creditchain.terminal")
# Placeholders until the project has a public home (docs/DECISIONS.md).
set(CREDIT_PROJECT_URL "https://creditchain.example/terminal")
set(CREDIT_SCREENSHOT_URL "${CREDIT_PROJECT_URL}/screenshots")
set(CREDIT_PACKAGE_MAINTAINER "CreditChain Terminal maintainers <maintainers@creditchain.example>")
# Evidence packs (docs/EVIDENCE_BUNDLE.md): their own extension and an
# unregistered MIME type (x-), named in the desktop entry, AppStream, the
# shared-mime-info file and the Windows file association alike.
set(CREDIT_EVIDENCE_MIME "application/x-creditchain-evidence")
set(CREDIT_EVIDENCE_SUFFIX "ccevidence")
