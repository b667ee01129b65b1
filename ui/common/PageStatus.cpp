// SPDX-License-Identifier: Apache-2.0
#include "common/PageStatus.h"

#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace credit::ui {

PageStatus::PageStatus(QWidget *page, const QString &prefix)
    : m_busy(new QProgressBar(page)), m_message(new QLabel(page))
{
    m_busy->setObjectName(prefix + u"Busy"_s);
    m_busy->setRange(0, 0); // the desk reports no fraction: a moving bar
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_message->setObjectName(prefix + u"Message"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
}

void PageStatus::setBusy(bool busy, const QString &what) const
{
    m_busy->setVisible(busy);
    m_busy->setToolTip(what);
}

void PageStatus::showMessage(const QString &text, bool error) const
{
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace credit::ui
