// SPDX-License-Identifier: Apache-2.0
#include "main/ChainStatusBar.h"
#include "icons/ActionIcons.h"

#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>

namespace credit::ui {

namespace {
QLabel *permanentLabel(QStatusBar *bar, const QString &objectName, const QString &text)
{
    auto *label = new QLabel(text, bar);
    label->setObjectName(objectName);
    bar->addPermanentWidget(label);
    return label;
}
} // namespace

ChainStatusBar::ChainStatusBar(QWidget *parent)
    : QStatusBar(parent), m_chainHeight(permanentLabel(this, QStringLiteral("chainHeightLabel"), tr("Chain: –"))),
      m_localHeight(permanentLabel(this, QStringLiteral("localHeightLabel"), tr("Verified: –"))),
      m_progress(new QProgressBar(this)),
      m_endpoint(permanentLabel(this, QStringLiteral("endpointLabel"), tr("Not connected"))),
      m_alarm(new QPushButton(themedIcon(QStringLiteral("dialog-warning")), tr("Verification failed"), this))
{
    m_alarm->setObjectName(QStringLiteral("alarmBadge"));
    m_alarm->setFlat(true);
    m_alarm->setCursor(Qt::PointingHandCursor);
    m_alarm->setToolTip(tr("An endpoint served data that failed verification. Click for the details."));
    addPermanentWidget(m_alarm);
    connect(m_alarm, &QPushButton::clicked, this, &ChainStatusBar::showAlarms);
    setObjectName(QStringLiteral("chainStatusBar"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    insertPermanentWidget(2, m_progress);
    m_alarm->setStyleSheet(QStringLiteral(
        "QPushButton { background: #c0392b; color: white; border-radius: 8px; padding: 1px 8px; font-weight: bold; }"));
    m_alarm->hide();
}

void ChainStatusBar::setChainHeight(qint64 height)
{
    m_chainHeight->setText(tr("Chain: %1").arg(QLocale().toString(height)));
}

void ChainStatusBar::setLocalHeight(qint64 height)
{
    m_localHeight->setText(tr("Verified: %1").arg(QLocale().toString(height)));
}

void ChainStatusBar::setSyncProgress(qint64 done, qint64 total, double blocksPerSecond, qint64 etaSeconds)
{
    // QProgressBar holds int: scale to per-mille so chains beyond 2^31 blocks still draw.
    const int perMille = total > 0 ? static_cast<int>(qBound(qint64(0), done * 1000 / total, qint64(1000))) : 0;
    m_progress->setRange(0, 1000);
    m_progress->setValue(perMille);
    if (blocksPerSecond >= 0 && etaSeconds >= 0)
        m_progress->setFormat(
            tr("%1 blocks/s, %2 s left").arg(QLocale().toString(blocksPerSecond, 'f', 0)).arg(etaSeconds));
    else
        m_progress->setFormat(tr("Catching up: %p%"));
    m_progress->show();
}

void ChainStatusBar::setSynced()
{
    m_progress->hide();
}

void ChainStatusBar::setEndpoint(const QString &endpoint)
{
    m_endpoint->setText(endpoint.isEmpty() ? tr("Not connected") : endpoint);
}

void ChainStatusBar::raiseAlarm(const QString &detail)
{
    m_alarms << detail;
    m_alarm->setText(m_alarms.size() == 1 ? tr("Verification failed")
                                          : tr("%n verification alarms", nullptr, static_cast<int>(m_alarms.size())));
    m_alarm->show();
}

void ChainStatusBar::clearAlarm()
{
    m_alarms.clear();
    m_alarm->hide();
}

void ChainStatusBar::showAlarms()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Data that failed verification"),
        tr("Nothing that failed verification was stored or shown. What happened:"), QMessageBox::Close, window());
    box->setObjectName(QStringLiteral("alarmDialog"));
    box->setInformativeText(m_alarms.join(QStringLiteral("\n\n")));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace credit::ui
