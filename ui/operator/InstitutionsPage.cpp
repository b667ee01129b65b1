// SPDX-License-Identifier: Apache-2.0
#include "operator/InstitutionsPage.h"

#include "icons/ActionIcons.h"
#include "common/PageSearch.h"
#include "common/SectionHeading.h"
#include "desk/MarketReader.h"
#include "desk/OperatorDesk.h"
#include "operator/InstitutionHistoryModel.h"
#include "operator/InstitutionsModel.h"
#include "operator/OperatorTable.h"
#include "operator/RegisterInstitutionDialog.h"
#include "operator/SigningConfirmation.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace credit::ui {

InstitutionsPage::InstitutionsPage(desk::MarketReader &reader, desk::OperatorDesk &desk, QWidget *parent)
    : QWidget(parent), m_reader(reader), m_desk(desk), m_model(new InstitutionsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_history(new InstitutionHistoryModel(this)),
      m_search(new QLineEdit(this)), m_table(nullptr), m_historyTable(nullptr),
      m_register(new QPushButton(themedIcon(QStringLiteral("list-add")), tr("Register institution…"), this)),
      m_toggle(new QPushButton(tr("Deactivate…"), this)), m_status(this, QStringLiteral("institutions"))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(InstitutionsModel::kSearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = operatorTable(m_proxy, QStringLiteral("institutionsTable"), this);
    m_table->setSortingEnabled(true);
    m_historyTable = operatorTable(m_history, QStringLiteral("institutionHistoryTable"), this);
    m_search->setObjectName(QStringLiteral("institutionSearch"));
    m_search->setPlaceholderText(tr("Search by name, credit code, role, region or account"));
    m_search->setClearButtonEnabled(true);
    markPageSearch(m_search);
    m_register->setObjectName(QStringLiteral("registerInstitutionButton"));
    m_toggle->setObjectName(QStringLiteral("toggleInstitutionButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_register);
    top->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status.message());
    layout->addWidget(m_table, 3);
    layout->addWidget(sectionHeading(tr("History of the selected institution (verified blocks)"), this));
    layout->addWidget(m_historyTable, 2);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_register, &QPushButton::clicked, this, &InstitutionsPage::registerInstitution);
    connect(m_toggle, &QPushButton::clicked, this, &InstitutionsPage::toggleSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InstitutionsPage::showSelected);

    desk::TransactionTracker &tracker = m_desk.transactions();
    connect(&tracker, &desk::TransactionTracker::sent, this, [this](quint64 key, const QByteArray &, quint64 block) {
        if (m_started.contains(key))
            m_status.showMessage(
                tr("Executed in block %1; waiting for the light node to verify it…").arg(QLocale().toString(block)));
    });
    connect(&tracker, &desk::TransactionTracker::failed, this, [this](quint64 key, const credit::Error &error) {
        if (m_started.remove(key))
            m_status.showMessage(tr("Nothing was changed: %1").arg(error.message), true);
        showSelected();
    });
    connect(&tracker, &desk::TransactionTracker::confirmed, this, [this](quint64 key, quint64 block, bool ok) {
        // Users share the institutions' keys (OperatorDesk::userKey): only what this page sent is told here.
        if (!m_started.remove(key))
            return;
        m_status.showMessage(ok ? tr("Done: verified in block %1.").arg(QLocale().toString(block))
                                : tr("Block %1 holds the change, but it failed there.").arg(QLocale().toString(block)),
            !ok);
        refresh();
    });
    connect(&reader, &desk::MarketReader::blocksCommitted, this, &InstitutionsPage::refresh);
    refresh();
}

void InstitutionsPage::refresh()
{
    if (!m_reader.isReady())
        return;
    const QByteArray selected = selectedAccount();
    auto institutions = m_reader.institutions();
    if (!institutions) {
        m_status.showMessage(institutions.error().message, true);
        return;
    }
    m_model->setInstitutions(*institutions);
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    showSelected();
}

QByteArray InstitutionsPage::selectedAccount() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->institution(m_proxy->mapToSource(rows.first()).row()).account;
}

void InstitutionsPage::showSelected()
{
    const QByteArray account = selectedAccount();
    const int row = m_model->rowOf(account);
    const bool pending
        = !account.isEmpty() && m_desk.transactions().isPending(desk::OperatorDesk::institutionKey(account));
    m_toggle->setEnabled(row >= 0 && !pending);
    m_toggle->setText(row >= 0 && !m_model->institution(row).active ? tr("Activate…") : tr("Deactivate…"));
    if (account.isEmpty()) {
        m_history->setChanges({});
        return;
    }
    m_desk.institutionHistory(account).then(
        this, [this, account](const Result<QList<market::InstitutionChange>> &changes) {
            if (selectedAccount() != account)
                return; // the selection moved on meanwhile
            if (!changes) {
                m_status.showMessage(changes.error().message, true);
                return;
            }
            m_history->setChanges(*changes);
        });
}

void InstitutionsPage::registerInstitution()
{
    auto *dialog = new RegisterInstitutionDialog(m_desk, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const desk::CheckedInstitution institution = *dialog->checked();
        if (!m_desk.registerInstitution(institution)) {
            m_status.showMessage(tr("%1 is already being registered.").arg(institution.name), true);
            return;
        }
        m_started.insert(desk::OperatorDesk::institutionKey(institution.account));
        m_status.showMessage(tr("Signing and sending the registration of %1…").arg(institution.name));
    });
    dialog->open();
}

void InstitutionsPage::toggleSelected()
{
    const QByteArray account = selectedAccount();
    const int row = m_model->rowOf(account);
    if (row < 0)
        return;
    const market::InstitutionInfo institution = m_model->institution(row);
    const bool activate = !institution.active;
    askBeforeSigning(this, QStringLiteral("confirmInstitutionChange"), QMessageBox::Question,
        activate ? tr("Activate an institution") : tr("Deactivate an institution"),
        activate ? tr("Activate %1? Its users can order, list and deliver again.").arg(institution.name)
                 : tr("Deactivate %1? From the block that holds this change, the chain refuses its orders, "
                      "products and deliveries. The history stays.")
                       .arg(institution.name),
        [this, account, activate, name = institution.name] {
            if (!m_desk.setInstitutionActive(account, activate))
                return;
            m_started.insert(desk::OperatorDesk::institutionKey(account));
            m_status.showMessage(tr("Signing and sending the change of %1…").arg(name));
            showSelected();
        })
        ->open();
}

} // namespace credit::ui
