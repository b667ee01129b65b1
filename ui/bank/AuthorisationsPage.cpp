// SPDX-License-Identifier: Apache-2.0
#include "bank/AuthorisationsPage.h"

#include "bank/AuthorisationsModel.h"
#include "bank/RecordAuthorisationDialog.h"
#include "common/EmptyListNotice.h"
#include "common/PageSearch.h"
#include "desk/AuthorisationDesk.h"
#include "desk/MarketReader.h"
#include "operator/OperatorTable.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace credit::ui {

AuthorisationsPage::AuthorisationsPage(
    desk::MarketReader &reader, desk::AuthorisationDesk &desk, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_reader(reader), m_desk(desk), m_clock(clock), m_model(new AuthorisationsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_uses(new QStandardItemModel(0, 4, this)),
      m_search(new QLineEdit(this)), m_table(nullptr), m_usesTable(nullptr), m_empty(nullptr),
      m_record(new QPushButton(tr("Record authorisation…"), this)), m_revoke(new QPushButton(tr("Revoke…"), this)),
      m_status(this, QStringLiteral("authorisations"))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(AuthorisationsModel::kSearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(AuthorisationsModel::kSortRole);
    m_table = operatorTable(m_proxy, QStringLiteral("authorisationsTable"), this);
    m_table->setSortingEnabled(true);
    // Newest first, and the arrow says so (SortArrowStyle, installed for the whole application).
    m_table->sortByColumn(AuthorisationsModel::ValidFrom, Qt::DescendingOrder);
    m_empty = new EmptyListNotice(
        m_table, tr("No authorisations recorded yet: placing an order for a product that needs a letter records one."));
    m_empty->setFilters(m_search, tr("No authorisations match “%1”."), QString(), [] {});
    m_uses->setHorizontalHeaderLabels({ tr("Order"), tr("Product"), tr("Placed at"), tr("Block") });
    m_usesTable = operatorTable(m_uses, QStringLiteral("authorisationUsesTable"), this);
    m_search->setObjectName(QStringLiteral("authorisationSearch"));
    m_search->setPlaceholderText(tr("Search by enterprise, credit code, purpose or product"));
    m_search->setClearButtonEnabled(true);
    markPageSearch(m_search);
    m_record->setObjectName(QStringLiteral("recordAuthorisationButton"));
    m_revoke->setObjectName(QStringLiteral("revokeAuthorisationButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_record);
    top->addWidget(m_revoke);
    auto *usesHeading = new QLabel(tr("Uses of the selected authorisation (授权使用痕迹)"), this);
    usesHeading->setObjectName(QStringLiteral("authorisationUsesHeading"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status.busy());
    layout->addWidget(m_status.message());
    layout->addWidget(m_table, 3);
    layout->addWidget(usesHeading);
    layout->addWidget(m_usesTable, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_record, &QPushButton::clicked, this, &AuthorisationsPage::recordNew);
    connect(m_revoke, &QPushButton::clicked, this, &AuthorisationsPage::revokeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        loadUses();
    });
    connect(&m_desk, &desk::AuthorisationDesk::letterOpened, m_model, &AuthorisationsModel::setLetter);
    connect(&m_desk, &desk::AuthorisationDesk::letterFailed, m_model, &AuthorisationsModel::setLetterProblem);
    connect(&m_desk, &desk::AuthorisationDesk::sent, this, [this](quint64 id, const QByteArray &) {
        updateBusy();
        if (m_started.contains(id))
            m_status.showMessage(tr("%1: sent; waiting for the light node to verify its block…").arg(enterpriseOf(id)));
    });
    connect(&m_desk, &desk::AuthorisationDesk::failed, this, [this](quint64 id, const QString &message) {
        m_started.remove(id);
        updateBusy();
        m_status.showMessage(tr("Nothing was changed for %1: %2").arg(enterpriseOf(id), message), true);
    });
    connect(&m_desk, &desk::AuthorisationDesk::confirmed, this, [this](quint64 id, quint64 block, bool ok) {
        m_started.remove(id);
        m_status.showMessage(ok ? tr("%1: done, verified in block %2.").arg(enterpriseOf(id), QLocale().toString(block))
                                : tr("%1: block %2 holds the transaction, but it failed there.")
                                      .arg(enterpriseOf(id), QLocale().toString(block)),
            !ok);
        refresh();
    });
    connect(&reader, &desk::MarketReader::blocksCommitted, this, &AuthorisationsPage::refresh);
    refresh();
}

QString AuthorisationsPage::enterpriseOf(quint64 authorisationId) const
{
    const QString name = m_model->enterpriseName(authorisationId);
    return name.isEmpty() ? tr("Authorisation %1").arg(authorisationId) : name;
}

quint64 AuthorisationsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->authorisation(m_proxy->mapToSource(rows.first()).row()).authorisationId;
}

void AuthorisationsPage::refresh()
{
    if (!m_reader.isReady())
        return;
    const quint64 selected = selectedId();
    auto list = m_desk.authorisations();
    if (!list) {
        m_status.showMessage(list.error().message, true);
        return;
    }
    if (auto products = m_reader.products(true)) {
        QHash<quint64, QString> names;
        for (const market::ProductInfo &p : std::as_const(*products))
            names.insert(p.productId, p.name);
        m_model->setProductNames(names);
    }
    const QByteArray bank = m_reader.self();
    QString bankName;
    if (auto self = m_reader.institution(bank); self && self->has_value())
        bankName = (*self)->name;
    QHash<QByteArray, QString> users;
    if (auto accounts = m_reader.users(bank))
        for (const market::UserInfo &u : std::as_const(*accounts))
            users.insert(u.account, u.name);
    m_model->setUserNames(users, bankName);
    m_model->setAuthorisations(*list, static_cast<quint64>(m_clock.epochMs()));
    updateBusy();
    QList<quint64> toOpen;
    for (const market::AuthorisationInfo &a : std::as_const(*list))
        if (!m_asked.contains(a.authorisationId)) {
            m_asked.insert(a.authorisationId);
            toOpen << a.authorisationId;
        }
    if (!toOpen.isEmpty())
        m_desk.openLetters(toOpen);
    if (const int recorded = m_model->rowOf(m_toSelect); recorded >= 0) {
        m_search->clear(); // a search could hide it
        m_table->selectRow(m_proxy->mapFromSource(m_model->index(recorded, 0)).row());
        m_toSelect = 0;
    } else if (const int row = m_model->rowOf(selected); row >= 0) {
        m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    }
    updateActions();
    loadUses();
}

void AuthorisationsPage::updateBusy()
{
    QSet<quint64> busy;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (const quint64 id = m_model->authorisation(row).authorisationId; m_desk.isBusy(id))
            busy.insert(id);
    m_model->setBusy(busy);
    m_status.setBusy(!busy.isEmpty(), tr("Sending…"));
    updateActions();
}

void AuthorisationsPage::updateActions()
{
    const quint64 id = selectedId();
    const int row = m_model->rowOf(id);
    m_revoke->setEnabled(row >= 0 && !m_model->authorisation(row).revoked && !m_desk.isBusy(id));
}

void AuthorisationsPage::loadUses()
{
    m_uses->removeRows(0, m_uses->rowCount());
    const quint64 id = selectedId();
    if (id == 0)
        return;
    auto uses = m_desk.uses(id);
    if (!uses) {
        m_status.showMessage(uses.error().message, true);
        return;
    }
    const int row = m_model->rowOf(id);
    for (const market::AuthorisationUse &u : std::as_const(*uses)) {
        market::AuthorisationInfo one;
        one.productIds = { u.productId };
        QList<QStandardItem *> items { new QStandardItem(QString::number(u.orderId)),
            new QStandardItem(row >= 0 ? m_model->coversText(one) : QString::number(u.productId)),
            new QStandardItem(QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(u.timeMs)), QLocale::ShortFormat)),
            new QStandardItem(QLocale().toString(u.block)) };
        m_uses->appendRow(items);
    }
}

void AuthorisationsPage::recordNew()
{
    QList<market::ProductInfo> products;
    if (auto listed = m_reader.products())
        products = *listed;
    auto *dialog = new RecordAuthorisationDialog(m_desk, products, this, m_clock);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordAuthorisationDialog::recordingStarted, this, &AuthorisationsPage::followRecording);
    dialog->open();
}

void AuthorisationsPage::followRecording(quint64 authorisationId)
{
    m_started.insert(authorisationId);
    m_toSelect = authorisationId;
    updateBusy();
}

bool AuthorisationsPage::revoke(quint64 authorisationId, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        m_status.showMessage(tr("Say why the authorisation is revoked."), true);
        return false;
    }
    m_started.insert(authorisationId);
    m_desk.revokeAuthorisation(authorisationId, reason.trimmed());
    updateBusy();
    return true;
}

void AuthorisationsPage::revokeSelected()
{
    const quint64 id = selectedId();
    if (id == 0)
        return;
    const QString enterprise = enterpriseOf(id);
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Revoke authorisation"),
        tr("Why is the authorisation of %1 revoked? The reason is recorded on chain.").arg(enterprise),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        m_status.showMessage(tr("Say why the authorisation is revoked."), true);
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Revoke authorisation"),
        tr("Revoke the authorisation of %1? No order can use it afterwards. This is signed with your key and "
           "cannot be undone.")
            .arg(enterprise));
    if (answer == QMessageBox::Yes)
        revoke(id, reason);
}

} // namespace credit::ui
