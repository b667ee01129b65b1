// SPDX-License-Identifier: Apache-2.0
#include "bureau/AuthorisationLetterView.h"

#include "common/Clock.h"

#include "viewer/ReportViewer.h"

#include <QDateTime>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace credit::ui {

namespace {
QDate day(const QString &text)
{
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
}
} // namespace

AuthorisationLetterView::AuthorisationLetterView(QWidget *parent)
    : QWidget(parent), m_validity(new QLabel(this)), m_stack(new QStackedWidget(this)), m_none(new QLabel(this)),
      m_pdf(new ReportViewer(this)), m_image(new QLabel(this)), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("authorisationLetterView"));
    m_validity->setObjectName(QStringLiteral("letterValidityLabel"));
    m_validity->setWordWrap(true);
    m_stack->setObjectName(QStringLiteral("letterStack"));
    m_none->setObjectName(QStringLiteral("letterNoneLabel"));
    m_none->setAlignment(Qt::AlignCenter);
    m_none->setWordWrap(true);
    m_pdf->setObjectName(QStringLiteral("letterPdfViewer"));
    m_image->setObjectName(QStringLiteral("letterImageLabel"));
    m_image->setAlignment(Qt::AlignCenter);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("letterImageScroll"));
    scroll->setWidget(m_image);
    scroll->setWidgetResizable(true);
    m_text->setObjectName(QStringLiteral("letterTextView"));
    m_text->setReadOnly(true);
    m_stack->addWidget(m_none);
    m_stack->addWidget(m_pdf);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_text);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_validity);
    layout->addWidget(m_stack, 1);
    clear();
}

QDate AuthorisationLetterView::chinaToday(const Clock &clock)
{
    return QDateTime::fromMSecsSinceEpoch(clock.epochMs(), Qt::UTC).addSecs(8 * 3600).date();
}

bool AuthorisationLetterView::isExpired(const market::AuthorisationLetter &letter, QDate today)
{
    const QDate until = day(letter.validUntil);
    return !until.isValid() || today > until;
}

bool AuthorisationLetterView::isNotYetValid(const market::AuthorisationLetter &letter, QDate today)
{
    const QDate from = day(letter.validFrom);
    return from.isValid() && today < from;
}

void AuthorisationLetterView::clear()
{
    m_validity->clear();
    m_validity->setStyleSheet(QString());
    m_none->setText(tr("No authorisation letter."));
    m_stack->setCurrentWidget(m_none);
}

void AuthorisationLetterView::showFile(const QString &fileName, const QString &mediaType, const QByteArray &content)
{
    clear();
    m_validity->setText(fileName);
    market::AuthorisationLetter letter;
    letter.fileName = fileName;
    letter.mediaType = mediaType;
    letter.content = content;
    showContent(letter);
}

void AuthorisationLetterView::setLetter(const std::optional<market::AuthorisationLetter> &letter, QDate today)
{
    clear();
    if (!letter) {
        m_validity->setText(tr("The order carries no authorisation letter."));
        return;
    }
    QString validity = tr("%1 (%2), valid from %3 to %4.")
                           .arg(letter->fileName, letter->mediaType, letter->validFrom, letter->validUntil);
    const bool bad = isExpired(*letter, today) || isNotYetValid(*letter, today);
    if (isExpired(*letter, today))
        validity += QLatin1Char(' ') + tr("Expired: the authorisation no longer covers this order; reject it.");
    else if (isNotYetValid(*letter, today))
        validity += QLatin1Char(' ') + tr("Not yet valid.");
    m_validity->setText(validity);
    m_validity->setProperty("expired", bad);
    m_validity->setStyleSheet(bad ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    showContent(*letter);
}

void AuthorisationLetterView::showContent(const market::AuthorisationLetter &letter)
{
    const QString type = letter.mediaType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type == QStringLiteral("application/pdf")) {
        if (auto shown = m_pdf->setPdf(letter.content); shown) {
            m_stack->setCurrentWidget(m_pdf);
            return;
        }
        m_none->setText(tr("The letter claims to be a PDF but cannot be read."));
        return;
    }
    if (type.startsWith(QStringLiteral("image/"))) {
        const QImage image = QImage::fromData(letter.content);
        if (!image.isNull()) {
            m_image->setPixmap(QPixmap::fromImage(image));
            m_stack->setCurrentIndex(2);
            return;
        }
        m_none->setText(tr("The letter claims to be an image but cannot be read."));
        return;
    }
    if (type.startsWith(QStringLiteral("text/"))) {
        m_text->setPlainText(QString::fromUtf8(letter.content));
        m_stack->setCurrentWidget(m_text);
        return;
    }
    m_none->setText(tr("Letters of type %1 cannot be shown here.").arg(letter.mediaType));
}

} // namespace credit::ui
