// SPDX-License-Identifier: Apache-2.0
// An authorisation letter picked on the entry dialogs (place an order, record
// an authorisation): read off the GUI thread, previewed in a window of its own.
#pragma once

#include "common/Result.h"
#include "desk/LetterFile.h"

#include <functional>

class QObject;
class QWidget;

namespace credit::ui {

//! Reads the letter at path on a pool thread; done runs on context's thread
//! (not at all when context is gone first).
void readLetterFile(QObject *context, const QString &path, std::function<void(const Result<desk::LetterFile> &)> done);
//! Opens the letter (PDF or image) in a preview window over parent.
void previewLetterFile(QWidget *parent, const desk::LetterFile &letter);

} // namespace credit::ui
