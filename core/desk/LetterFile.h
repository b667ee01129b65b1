// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace credit::desk {

//! An authorisation letter read from disk: a PDF or an image.
struct LetterFile {
    QString fileName; //!< without the folder
    QString mediaType; //!< "application/pdf", "image/png" or "image/jpeg"
    QByteArray content;

    static constexpr qint64 kMaxBytes = 10LL * 1024 * 1024;

    //! Reads path (blocking; up to maxBytes, so run it off the GUI thread)
    //! and checks that the bytes are what the name says. Errors say what to do.
    static Result<LetterFile> read(const QString &path, qint64 maxBytes = kMaxBytes);
};

} // namespace credit::desk
