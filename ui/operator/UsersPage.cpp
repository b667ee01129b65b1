// SPDX-License-Identifier: Apache-2.0
#include "operator/UsersPage.h"

#include "common/EmptyListNotice.h"
#include "common/FileChooser.h"
#include "common/PageSearch.h"
#include "desk/MarketReader.h"
#include "desk/OperatorDesk.h"
#include "icons/ActionIcons.h"
#include "operator/OpenUserDialog.h"
#include "operator/OperatorTable.h"
#include "operator/SigningConfirmation.h"
#include "operator/UserImportDialog.h"
#include "operator/UsersModel.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace credit::ui {

UsersPage::UsersPage(desk::MarketReader &reader, desk::OperatorDesk &desk, QWidget *parent)
    : QWidget(parent), m_reader(reader), m_desk(desk), m_model(new UsersModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_institutions(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_table(nullptr), m_empty(nullptr),
      m_open(new QPushButton(themedIcon(QStringLiteral("list-add")), tr("Open user…"), this)),
      m_import(new QPushButton(themedIcon(QStringLiteral("document-open")), tr("Import CSV…"), this)),
      m_toggle(new QPushButton(tr("Freeze…"), this)), m_status(this, QStringLiteral("users"))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(UsersModel::kSearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(UsersModel::kSortRole);
    m_table = operatorTable(m_proxy, QStringLiteral("usersTable"), this);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UsersModel::Name, Qt::AscendingOrder);
    m_proxy->setSortLocaleAware(true);
    m_empty
        = new EmptyListNotice(m_table, tr("No users yet for this institution: Open user… or Import CSV… adds them."));
    m_empty->setFilters(m_search, tr("No users match “%1”."), QString(), [] {});
    m_institutions->setObjectName(QStringLiteral("userInstitution"));
    m_institutions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(tr("Search by name or account"));
    m_search->setClearButtonEnabled(true);
    markPageSearch(m_search);
    m_open->setObjectName(QStringLiteral("openUserButton"));
    m_import->setObjectName(QStringLiteral("importUsersButton"));
    m_import->setToolTip(tr("A CSV file with the columns name,public_key (or 姓名,公钥), as a spreadsheet saves it"));
    m_toggle->setObjectName(QStringLiteral("toggleUserButton"));

    auto *chooser = new QHBoxLayout;
    chooser->addWidget(new QLabel(tr("Institution:"), this));
    chooser->addWidget(m_institutions, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_open);
    top->addWidget(m_import);
    top->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(chooser);
    layout->addLayout(top);
    layout->addWidget(m_status.busy());
    layout->addWidget(m_status.message());
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_institutions, &QComboBox::currentIndexChanged, this, &UsersPage::loadUsers);
    connect(m_open, &QPushButton::clicked, this, &UsersPage::openUser);
    connect(m_import, &QPushButton::clicked, this, &UsersPage::chooseImportFile);
    connect(m_toggle, &QPushButton::clicked, this, &UsersPage::toggleSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateActions);

    desk::TransactionTracker &tracker = m_desk.transactions();
    connect(&tracker, &desk::TransactionTracker::sent, this, [this](quint64 key, const QByteArray &, quint64 block) {
        if (m_started.contains(key))
            m_status.showMessage(tr("%1: executed in block %2; waiting for the light node to verify it…")
                                     .arg(m_names.value(key), QLocale().toString(block))
                + handOver(key));
    });
    connect(&tracker, &desk::TransactionTracker::failed, this, [this](quint64 key, const credit::Error &error) {
        if (m_started.remove(key)) {
            m_keyFiles.remove(key);
            m_status.showMessage(tr("Nothing was changed for %1: %2 Correct what it says, then try again.")
                                     .arg(m_names.take(key), error.message),
                true);
        }
        updatePending();
    });
    connect(&tracker, &desk::TransactionTracker::confirmed, this, [this](quint64 key, quint64 block, bool ok) {
        if (key == desk::OperatorDesk::kSealerChangeKey)
            return;
        if (m_started.remove(key)) {
            const QString name = m_names.take(key);
            const QString keyFile = handOver(key);
            m_keyFiles.remove(key);
            m_status.showMessage(ok
                    ? tr("%1: done, verified in block %2.").arg(name, QLocale().toString(block)) + keyFile
                    : tr("%1: block %2 holds the change, but it failed there. Check the user and "
                         "the institution, then try again.")
                          .arg(name, QLocale().toString(block)),
                !ok);
        }
        loadUsers();
    });
    connect(&reader, &desk::MarketReader::blocksCommitted, this, &UsersPage::refresh);
    refresh();
}

void UsersPage::refresh()
{
    if (!m_reader.isReady())
        return;
    auto institutions = m_reader.institutions();
    if (!institutions) {
        m_status.showMessage(institutions.error().message, true);
        return;
    }
    QList<market::InstitutionInfo> list = *institutions;
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    const QByteArray chosen = institution();
    {
        const QSignalBlocker quiet(m_institutions);
        m_institutions->clear();
        for (const market::InstitutionInfo &i : std::as_const(list))
            if (i.role != market::Role::Operator)
                m_institutions->addItem(i.name, i.account);
        const int again = m_institutions->findData(chosen);
        m_institutions->setCurrentIndex(again >= 0 ? again : 0);
    }
    loadUsers();
}

void UsersPage::showInstitution(const QByteArray &institution)
{
    const int index = m_institutions->findData(institution);
    if (index >= 0)
        m_institutions->setCurrentIndex(index);
}

QString UsersPage::handOver(quint64 key) const
{
    const QString file = m_keyFiles.value(key);
    return file.isEmpty() ? QString()
                          : u' '
            + tr("Hand the key file %1 to the user, and its password separately.").arg(QDir::toNativeSeparators(file));
}

QByteArray UsersPage::institution() const
{
    return m_institutions->currentData().toByteArray();
}

QString UsersPage::institutionName() const
{
    return m_institutions->currentText();
}

QByteArray UsersPage::selectedAccount() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->user(m_proxy->mapToSource(rows.first()).row()).account;
}

void UsersPage::loadUsers()
{
    const QByteArray chosen = institution();
    updateActions();
    if (chosen.isEmpty()) {
        m_model->setUsers({});
        return;
    }
    m_status.setBusy(true, tr("Reading the users…"));
    m_desk.users(chosen).then(this, [this, chosen](const Result<QList<desk::InstitutionUser>> &users) {
        if (institution() != chosen)
            return; // another institution was chosen meanwhile
        m_status.setBusy(false, {});
        if (!users) {
            m_model->setUsers({});
            m_status.showMessage(tr("The users cannot be read: %1").arg(users.error().message), true);
            return;
        }
        const QByteArray selected = selectedAccount();
        m_model->setUsers(*users);
        updatePending();
        const int row = m_model->rowOf(selected);
        if (row >= 0)
            m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
        updateActions();
    });
}

void UsersPage::updatePending()
{
    QSet<QByteArray> pending;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QByteArray &account = m_model->user(row).account;
        if (m_desk.transactions().isPending(desk::OperatorDesk::userKey(account)))
            pending.insert(account);
    }
    m_model->setPending(pending);
    updateActions();
}

void UsersPage::updateActions()
{
    const bool chosen = !institution().isEmpty();
    m_open->setEnabled(chosen);
    m_import->setEnabled(chosen);
    const QByteArray account = selectedAccount();
    const int row = m_model->rowOf(account);
    const bool pending = row >= 0 && m_desk.transactions().isPending(desk::OperatorDesk::userKey(account));
    m_toggle->setEnabled(row >= 0 && !pending);
    m_toggle->setText(row >= 0 && !m_model->user(row).active ? tr("Unfreeze…") : tr("Freeze…"));
}

void UsersPage::openUser()
{
    if (institution().isEmpty())
        return;
    auto *dialog = new OpenUserDialog(m_desk, institution(), institutionName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const desk::CheckedUser user = *dialog->checked();
        const quint64 key = desk::OperatorDesk::userKey(user.account);
        if (!m_desk.openUser(user)) {
            m_status.showMessage(
                tr("%1 is already being opened: wait until the block that holds it is verified.").arg(user.name), true);
            return;
        }
        m_started.insert(key);
        m_names.insert(key, user.name);
        if (!dialog->keyFile().isEmpty())
            m_keyFiles.insert(key, dialog->keyFile());
        m_status.showMessage(tr("Signing and sending the opening of %1…").arg(user.name) + handOver(key));
    });
    dialog->open();
}

void UsersPage::toggleSelected()
{
    const QByteArray account = selectedAccount();
    const int row = m_model->rowOf(account);
    if (row < 0)
        return;
    const desk::InstitutionUser user = m_model->user(row);
    const bool unfreeze = !user.active;
    askBeforeSigning(this, QStringLiteral("confirmUserChange"), QMessageBox::Question,
        unfreeze ? tr("Unfreeze a user") : tr("Freeze a user"),
        unfreeze ? tr("Unfreeze %1 of %2? The user can query and sign for the institution again.")
                       .arg(user.name, institutionName())
                 : tr("Freeze %1 of %2? From the block that holds this change, the chain refuses what this user "
                      "signs. The history stays, and the user can be unfrozen later.")
                       .arg(user.name, institutionName()),
        [this, account, unfreeze, name = user.name] {
            if (!m_desk.setUserActive(account, unfreeze)) {
                m_status.showMessage(tr("A change of %1 is still pending: wait until it is verified.").arg(name), true);
                return;
            }
            const quint64 key = desk::OperatorDesk::userKey(account);
            m_started.insert(key);
            m_names.insert(key, name);
            m_status.showMessage(tr("Signing and sending the change of %1…").arg(name));
            updatePending();
        })
        ->open();
}

void UsersPage::chooseImportFile()
{
    chooseFile(this,
        { tr("Import users from a CSV file"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("CSV files (*.csv);;All files (*)"), QFileDialog::AcceptOpen },
        [this](const QString &path) { importFile(path); });
}

UserImportDialog *UsersPage::importFile(const QString &path)
{
    if (institution().isEmpty())
        return nullptr;
    auto *dialog = new UserImportDialog(m_desk, institution(), institutionName(), path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace credit::ui
