// SPDX-License-Identifier: Apache-2.0
#include "common/DialogStatus.h"

#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace credit::ui {

DialogStatus::DialogStatus(QWidget *dialog, const QString &textName, const QString &progressName)
    : m_text(new QLabel(dialog)), m_progress(new QProgressBar(dialog))
{
    m_text->setObjectName(textName);
    m_text->setWordWrap(true);
    m_progress->setObjectName(progressName);
    m_progress->setRange(0, 0); // the work reports no steps: a busy indicator
    m_progress->hide();
}

void DialogStatus::setBusy(const QString &text)
{
    m_busy = true;
    m_text->setStyleSheet(QString());
    m_text->setText(text);
    m_progress->show();
}

void DialogStatus::setIdle(const QString &text, bool error)
{
    m_busy = false;
    m_text->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_text->setText(text);
    m_progress->hide();
}

} // namespace credit::ui
