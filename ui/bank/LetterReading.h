// SPDX-License-Identifier: Apache-2.0
// An authorisation letter picked on the entry dialogs (place an order, record
// an authorisation): read off the GUI thread, previewed in a window of its own.
#pragma once

#include "common/Result.h"
#include "desk/LetterFile.h"

#include <functional>
#include <optional>

class QLabel;
class QObject;
class QWidget;

namespace credit::ui {

//! Reads the letter at path on a pool thread; done runs on context's thread
//! (not at all when context is gone first).
void readLetterFile(QObject *context, const QString &path, std::function<void(const Result<desk::LetterFile> &)> done);
//! Asks for a letter file (PDF or image) without a nested event loop; chosen gets its path.
void chooseLetterFile(QWidget *parent, std::function<void(const QString &)> chosen);
//! readLetterFile with status telling the officer: "Reading…", then the file
//! and its size, or what went wrong (done gets nothing then).
void readLetterShowing(QLabel *status, const QString &path, std::function<void(std::optional<desk::LetterFile>)> done);
//! Opens the letter (PDF or image) in a preview window over parent.
void previewLetterFile(QWidget *parent, const desk::LetterFile &letter);

} // namespace credit::ui
