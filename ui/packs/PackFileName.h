// SPDX-License-Identifier: Apache-2.0
// The evidence pack's file name: its own extension, so that a double click
// opens it in the terminal (the Linux MIME type and the Windows file
// association name the same one, packaging/), while the content stays the
// JSON of docs/EVIDENCE_BUNDLE.md. Packs saved as .json before still open.
#pragma once

#include <QString>

namespace credit::ui {

//! The extension of packs the terminal writes (resources/desktop/*.mime.xml and
//! packaging/windows/file-association.wxs.xml name it too).
inline QString packSuffix()
{
    return QStringLiteral(".ccevidence");
}

//! The certificate written beside a pack: its name without the pack's extension.
inline QString certificatePathFor(const QString &bundlePath)
{
    for (const QString &suffix : { packSuffix(), QStringLiteral(".json") })
        if (bundlePath.endsWith(suffix))
            return bundlePath.chopped(suffix.size()) + QStringLiteral(".certificate.pdf");
    return bundlePath + QStringLiteral(".certificate.pdf");
}

} // namespace credit::ui
