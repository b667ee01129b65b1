// SPDX-License-Identifier: Apache-2.0
#include "operator/NetworkHealthPage.h"

#include "icons/ActionIcons.h"
#include "desk/OperatorDesk.h"
#include "operator/EndpointHealthModel.h"
#include "operator/OperatorTable.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace credit::ui {

namespace {
constexpr int kProbeEveryMs = 60 * 1000;
}

NetworkHealthPage::NetworkHealthPage(desk::OperatorDesk &desk, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_model(new EndpointHealthModel(this)),
      m_table(operatorTable(m_model, QStringLiteral("endpointHealthTable"), this)), m_store(new QLabel(this)),
      m_refresh(new QPushButton(themedIcon(QStringLiteral("view-refresh")), tr("Refresh"), this)),
      m_timer(new QTimer(this)), m_status(this, QStringLiteral("networkHealth"))
{
    m_store->setObjectName(QStringLiteral("storeHealth"));
    m_store->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("refreshHealthButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_store, 1);
    top->addWidget(m_status.busy());
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status.message());
    layout->addWidget(m_table, 1);

    m_timer->setInterval(kProbeEveryMs);
    connect(m_timer, &QTimer::timeout, this, &NetworkHealthPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &NetworkHealthPage::refresh);
}

void NetworkHealthPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer->start();
    refresh();
}

void NetworkHealthPage::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

void NetworkHealthPage::refresh()
{
    if (m_probing)
        return;
    m_probing = true;
    m_refresh->setEnabled(false);
    m_status.setBusy(true, tr("Asking every endpoint…"));
    m_desk.networkHealth().then(this, [this](const Result<desk::NetworkHealth> &health) {
        m_probing = false;
        m_refresh->setEnabled(true);
        m_status.setBusy(false, {});
        if (!health) {
            m_status.showMessage(tr("The network could not be checked: %1").arg(health.error().message), true);
            return;
        }
        m_model->setHealth(*health);
        int problems = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            problems += m_model->index(row, 0).data(EndpointHealthModel::kProblemRole).toBool() ? 1 : 0;
        m_store->setText(
            tr("Local verified store: block %1, %2 on disk. Checked %3.")
                .arg(QLocale().toString(health->storeHeight), QLocale().formattedDataSize(health->storeBytes),
                    QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat)));
        m_status.showMessage(problems == 0
                ? tr("Every endpoint answers and serves the chain this terminal verified.")
                : tr("%1 of %2 endpoints need attention (in red).").arg(problems).arg(m_model->rowCount()),
            problems != 0);
    });
}

} // namespace credit::ui
