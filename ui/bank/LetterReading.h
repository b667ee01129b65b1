// SPDX-License-Identifier: Apache-2.0
// An authorisation letter picked on the entry dialogs (place an order, record
// an authorisation): read off the GUI thread, previewed in a window of its own.
#pragma once

#include "common/Result.h"
#include "desk/LetterFile.h"
#include "market/OrderRequest.h"

#include <QDate>

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
//! The letter a dialog is given: read off the GUI thread, its status label telling how it went.
class LetterInput {
public:
    //! status: where it says how reading went (set before read).
    void setStatusLabel(QLabel *status) { m_status = status; }

    //! Reads path; changed runs at once (reading) and once the letter, or what went wrong, is known.
    void read(const QString &path, const std::function<void()> &changed);
    void clear() { m_file.reset(); }
    bool isReading() const { return m_reading; }
    const std::optional<desk::LetterFile> &file() const { return m_file; }
    //! The letter with its validity, as a draft carries it; none without a file.
    std::optional<market::AuthorisationLetter> withValidity(QDate from, QDate until) const;

private:
    QLabel *m_status = nullptr;
    std::optional<desk::LetterFile> m_file;
    bool m_reading = false;
};

//! Opens the letter (PDF or image) in a preview window over parent.
void previewLetterFile(QWidget *parent, const desk::LetterFile &letter);

} // namespace credit::ui
