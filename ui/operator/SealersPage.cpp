// SPDX-License-Identifier: Apache-2.0
#include "operator/SealersPage.h"

#include "icons/ActionIcons.h"
#include "common/SectionHeading.h"
#include "desk/MarketReader.h"
#include "operator/NodeIdText.h"
#include "operator/NodeListModel.h"
#include "operator/OperatorTable.h"
#include "operator/SealerSetsModel.h"
#include "operator/SigningConfirmation.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace credit::ui {

namespace {

QListView *nodeList(NodeListModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QListView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    return view;
}

QByteArray selectedNode(const QListView *view)
{
    const QModelIndexList rows = view->selectionModel()->selectedIndexes();
    return rows.isEmpty() ? QByteArray() : rows.first().data(NodeListModel::kNodeIdRole).toByteArray();
}

} // namespace

SealersPage::SealersPage(desk::MarketReader &reader, desk::OperatorDesk &desk, QWidget *parent)
    : QWidget(parent), m_reader(reader), m_desk(desk), m_history(new SealerSetsModel(this)),
      m_sealers(new NodeListModel(this)), m_observers(new NodeListModel(this)), m_summary(new QLabel(this)),
      m_status(this, QStringLiteral("sealerChange")),
      m_sealerList(nodeList(m_sealers, QStringLiteral("sealerList"), this)),
      m_observerList(nodeList(m_observers, QStringLiteral("observerList"), this)),
      m_historyTable(operatorTable(m_history, QStringLiteral("sealerHistoryTable"), this)),
      m_add(new QPushButton(tr("Add as sealer…"), this)), m_remove(new QPushButton(tr("Remove sealer…"), this))
{
    m_summary->setObjectName(QStringLiteral("sealerSummary"));
    m_summary->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addSealerButton"));
    m_remove->setObjectName(QStringLiteral("removeSealerButton"));
    m_add->setIcon(themedIcon(QStringLiteral("list-add")));
    m_remove->setIcon(themedIcon(QStringLiteral("list-remove")));
    auto *refreshButton = new QPushButton(themedIcon(QStringLiteral("view-refresh")), tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshSealersButton"));

    auto *sealersBox = new QGroupBox(tr("Sealers in force"), this);
    auto *sealersLayout = new QVBoxLayout(sealersBox);
    sealersLayout->addWidget(m_sealerList);
    sealersLayout->addWidget(m_remove, 0, Qt::AlignLeft);
    auto *observersBox = new QGroupBox(tr("Observers: synced nodes that could seal"), this);
    auto *observersLayout = new QVBoxLayout(observersBox);
    observersLayout->addWidget(m_observerList);
    observersLayout->addWidget(m_add, 0, Qt::AlignLeft);
    auto *lists = new QHBoxLayout;
    lists->addWidget(sealersBox);
    lists->addWidget(observersBox);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(refreshButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(lists);
    layout->addWidget(m_status.message());
    layout->addWidget(sectionHeading(tr("History of the sealer list (verified blocks)"), this));
    layout->addWidget(m_historyTable, 1);

    connect(refreshButton, &QPushButton::clicked, this, &SealersPage::refresh);
    connect(m_add, &QPushButton::clicked, this, [this] { proposeChange(desk::SealerChange::Add); });
    connect(m_remove, &QPushButton::clicked, this, [this] { proposeChange(desk::SealerChange::Remove); });
    for (QListView *view : { m_sealerList, m_observerList })
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SealersPage::updateButtons);

    desk::TransactionTracker &tracker = m_desk.transactions();
    connect(&tracker, &desk::TransactionTracker::sent, this, [this](quint64, const QByteArray &, quint64 block) {
        showStatus(tr("Executed in block %1. Waiting for the light node to verify that block…")
                       .arg(QLocale().toString(block)));
    });
    connect(&tracker, &desk::TransactionTracker::failed, this, [this](quint64, const credit::Error &error) {
        m_sending.reset();
        showStatus(tr("The sealer change was not made: %1").arg(error.message), true);
        updateButtons();
    });
    connect(&tracker, &desk::TransactionTracker::confirmed, this, [this](quint64, quint64 block, bool succeeded) {
        if (!succeeded || !m_sending) {
            m_sending.reset();
            showStatus(tr("Block %1 holds the sealer change, but it failed there. The sealer list is unchanged.")
                           .arg(QLocale().toString(block)),
                true);
            updateButtons();
            return;
        }
        m_awaited = Awaited { m_sending->proposed, block };
        m_sending.reset();
        showStatus(tr("Verified in block %1. The new list seals from the next block on; it shows here once that "
                      "block is verified.")
                       .arg(QLocale().toString(block)));
        refresh();
    });
    connect(&reader, &desk::MarketReader::blocksCommitted, this, &SealersPage::refresh);
    updateButtons();
    refresh();
}

void SealersPage::refresh()
{
    // Before the light node's first sync there is no store to read: the next commit asks again.
    if (!m_reader.isReady())
        return;
    m_desk.sealerHistory().then(this, [this](const Result<QList<desk::SealerSet>> &sets) {
        if (!sets) {
            showStatus(sets.error().message, true);
            return;
        }
        showHistory(*sets);
    });
    m_desk.observers().then(this, [this](const Result<QList<QByteArray>> &observers) {
        // An endpoint that cannot list them leaves the list empty; the status says why.
        m_observers->setNodes(observers ? *observers : QList<QByteArray>());
        if (!observers)
            showStatus(tr("The node did not list its observers: %1").arg(observers.error().message), true);
        updateButtons();
    });
}

void SealersPage::showHistory(const QList<desk::SealerSet> &sets)
{
    m_history->setSets(sets);
    const QList<QByteArray> current = m_history->current();
    if (current != m_sealers->nodes())
        m_sealers->setNodes(current);
    if (!sets.isEmpty()) {
        const desk::SealerSet &inForce = sets.constLast();
        const auto count = static_cast<int>(inForce.nodeIds.size());
        const auto quorum = static_cast<int>(desk::sealerQuorum(count));
        m_summary->setText(tr("%1 sealers are in force since block %2: a block needs %3 of their signatures.")
                               .arg(count)
                               .arg(QLocale().toString(inForce.fromBlock))
                               .arg(quorum)
            + u' ' + tr("The chain keeps going with up to %n sealer(s) down.", nullptr, count - quorum));
        if (m_awaited && inForce.fromBlock > m_awaited->afterBlock && inForce.nodeIds == m_awaited->proposed) {
            showStatus(tr("Applied: block %1 was sealed by the new list of %2 sealers, and the light node verified "
                          "it.")
                           .arg(QLocale().toString(inForce.fromBlock))
                           .arg(inForce.nodeIds.size()));
            m_awaited.reset();
        }
    }
    updateButtons();
}

void SealersPage::proposeChange(desk::SealerChange change)
{
    const bool adding = change == desk::SealerChange::Add;
    const QByteArray node = selectedNode(adding ? m_observerList : m_sealerList);
    if (node.isEmpty())
        return;
    const auto plan = m_desk.planSealerChange(m_history->current(), change, node);
    if (!plan) {
        // The guard: nothing is signed, the operator reads why.
        showStatus(plan.error().message, true);
        return;
    }
    QString text = (adding ? tr("Add %1 as a sealer?") : tr("Remove %1 from the sealers?")).arg(shortNodeId(node));
    text += u'\n'
        + tr("Today %1 sealers, %2 signatures needed per block. After the change %3 sealers, %4 needed; %5 of "
             "today's sealers stay.")
              .arg(plan->before)
              .arg(plan->quorumBefore)
              .arg(plan->after)
              .arg(plan->quorumAfter)
              .arg(plan->kept);
    if (!plan->caution.isEmpty())
        text += u'\n' + plan->caution;
    QMessageBox *confirm = askBeforeSigning(this, QStringLiteral("confirmSealerChange"),
        plan->caution.isEmpty() ? QMessageBox::Question : QMessageBox::Warning,
        adding ? tr("Add a sealer") : tr("Remove a sealer"), text, [this, plan = *plan] { send(plan); });
    confirm->setDetailedText(fullNodeId(node));
    confirm->open();
}

void SealersPage::send(const desk::SealerChangePlan &plan)
{
    if (!m_desk.changeSealers(plan)) {
        showStatus(tr("Another sealer change is still being sent. Wait until it is verified."), true);
        return;
    }
    m_sending = plan;
    showStatus(tr("Signing and sending the sealer change…"));
    updateButtons();
}

void SealersPage::showStatus(const QString &text, bool problem)
{
    m_status.showMessage(text, problem);
}

void SealersPage::updateButtons()
{
    const bool busy = m_desk.transactions().isPending(desk::OperatorDesk::kSealerChangeKey);
    m_add->setEnabled(!busy && !selectedNode(m_observerList).isEmpty());
    m_remove->setEnabled(!busy && !selectedNode(m_sealerList).isEmpty());
}

} // namespace credit::ui
