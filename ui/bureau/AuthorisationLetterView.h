// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/OrderRequest.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;

namespace credit {
class Clock;
}

namespace credit::ui {

class ReportViewer;

//! The enterprise's authorisation letter from a request: its validity (an
//! expired or not yet valid letter is flagged) and its content — a PDF in
//! the report viewer, an image, or text.
class AuthorisationLetterView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorisationLetterView)
public:
    explicit AuthorisationLetterView(QWidget *parent = nullptr);

    //! Shows letter (none: says so), judged valid or not on today (China date).
    void setLetter(const std::optional<market::AuthorisationLetter> &letter, QDate today);
    void clear();
    //! Shows a letter file as it is, before any validity is given (the bank's preview while ordering).
    void showFile(const QString &fileName, const QString &mediaType, const QByteArray &content);

    //! True when today is after the letter's last valid day (or its dates cannot be read).
    static bool isExpired(const market::AuthorisationLetter &letter, QDate today);
    //! True when today is before the letter's first valid day.
    static bool isNotYetValid(const market::AuthorisationLetter &letter, QDate today);
    //! Today's date in China (UTC+8), for setLetter.
    static QDate chinaToday(const Clock &clock);

private:
    void showContent(const market::AuthorisationLetter &letter);

    QLabel *m_validity;
    QStackedWidget *m_stack;
    QLabel *m_none;
    ReportViewer *m_pdf;
    QLabel *m_image;
    QPlainTextEdit *m_text;
};

} // namespace credit::ui
