// SPDX-License-Identifier: Apache-2.0
#include "operator/UserImportDialog.h"

#include "common/ListActions.h"
#include "operator/OperatorTable.h"
#include "operator/UserImportModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace credit::ui {

namespace {
//! Checks answer at once from the local store; this many per turn of the event loop keeps the window responsive.
constexpr int kChecksPerTurn = 25;
} // namespace

UserImportDialog::UserImportDialog(desk::OperatorDesk &desk, QByteArray institution, const QString &institutionName,
    const QString &path, QWidget *parent)
    : QDialog(parent), m_desk(desk), m_institution(std::move(institution)), m_model(new UserImportModel(this)),
      m_table(operatorTable(m_model, QStringLiteral("userImportTable"), this)), m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this)), m_stop(new QPushButton(tr("Stop"), this))
{
    setWindowTitle(tr("Import users for %1").arg(institutionName));
    auto *file = new QLabel(tr("File: %1").arg(QDir::toNativeSeparators(path)), this);
    file->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("userImportProgress"));
    m_progress->setRange(0, 0);
    m_summary->setObjectName(QStringLiteral("userImportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Reading the file…"));
    m_stop->setObjectName(QStringLiteral("stopUserImportButton"));
    m_stop->setToolTip(tr("Send no more users; those already sent are still followed"));
    auto *listActions = new ListActions(m_table, tr("User import report"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeUserImportButton"));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_stop);
    bottom->addWidget(listActions->exportButton());
    bottom->addWidget(listActions->printButton());
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    resize(760, 480);

    connect(m_stop, &QPushButton::clicked, this, &UserImportDialog::stop);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserImportDialog::reject);
    desk::TransactionTracker &tracker = m_desk.transactions();
    connect(&tracker, &desk::TransactionTracker::sent, this,
        [this](quint64 key, const QByteArray &, quint64 block) { onSent(key, block); });
    connect(&tracker, &desk::TransactionTracker::failed, this,
        [this](quint64 key, const credit::Error &error) { onFailed(key, error.message); });
    connect(&tracker, &desk::TransactionTracker::confirmed, this, &UserImportDialog::onConfirmed);

    // A watcher, not then(this, …): a future that finished already would call
    // back inside this constructor, before the caller could Stop.
    auto *reading = new QFutureWatcher<Result<QList<desk::UserCsvRow>>>(this);
    connect(reading, &QFutureWatcherBase::finished, this, [this, reading] {
        reading->deleteLater();
        showRows(reading->result());
    });
    reading->setFuture(QtConcurrent::run(desk::readUserCsv, path, m_institution));
}

void UserImportDialog::showRows(const Result<QList<desk::UserCsvRow>> &rows)
{
    m_read = true;
    if (!rows) {
        m_fileProblem = rows.error().message;
        m_stopped = true;
        updateSummary();
        return;
    }
    QList<UserImportModel::Entry> entries;
    for (const desk::UserCsvRow &row : *rows) {
        UserImportModel::Entry entry;
        entry.fileRow = row.row;
        entry.name = row.draft.name;
        if (!row.refusal.isEmpty()) {
            entry.state = UserImportModel::State::Refused;
            entry.details = row.refusal;
        }
        entries << entry;
        m_drafts << row.draft;
    }
    m_model->setEntries(entries);
    m_table->resizeColumnsToContents(); // the row numbers and names as read; the reasons take the rest
    m_progress->setRange(0, m_model->rowCount());
    if (m_stopped)
        stop(); // stopped while the file was read: nothing is checked or sent
    else
        checkSome();
}

void UserImportDialog::checkSome()
{
    if (m_stopped)
        return;
    const int end = std::min(m_nextCheck + kChecksPerTurn, static_cast<int>(m_drafts.size()));
    for (; m_nextCheck < end; ++m_nextCheck) {
        if (m_model->entry(m_nextCheck).state != UserImportModel::State::Checking)
            continue;
        auto checked = m_desk.checkUser(m_drafts.at(m_nextCheck));
        if (checked)
            m_model->setChecked(m_nextCheck, *checked);
        else
            m_model->setState(m_nextCheck, UserImportModel::State::Refused, checked.error().message);
    }
    updateSummary();
    if (m_nextCheck < m_drafts.size())
        QTimer::singleShot(0, this, &UserImportDialog::checkSome);
    else
        sendNext();
}

void UserImportDialog::sendNext()
{
    m_sending = 0;
    for (; !m_stopped && m_nextSend < m_model->rowCount(); ++m_nextSend) {
        const UserImportModel::Entry &entry = m_model->entry(m_nextSend);
        if (entry.state != UserImportModel::State::Waiting)
            continue;
        const quint64 key = desk::OperatorDesk::userKey(entry.checked->account);
        if (!m_desk.openUser(*entry.checked)) {
            m_model->setState(m_nextSend, UserImportModel::State::Refused,
                tr("Another change of this user is still pending. Import the row again once it is done."));
            continue;
        }
        m_rowOfKey.insert(key, m_nextSend);
        m_model->setState(m_nextSend, UserImportModel::State::Pending, tr("Signing and sending…"));
        m_sending = key;
        ++m_nextSend;
        break; // the next one once this one is executed (or refused)
    }
    updateSummary();
}

void UserImportDialog::onSent(quint64 key, quint64 block)
{
    const auto row = m_rowOfKey.constFind(key);
    if (row == m_rowOfKey.cend())
        return;
    m_model->setState(*row, UserImportModel::State::Pending,
        tr("In block %1; waiting for the light node to verify it.").arg(QLocale().toString(block)));
    if (key == m_sending)
        sendNext();
}

void UserImportDialog::onFailed(quint64 key, const QString &reason)
{
    const int row = m_rowOfKey.value(key, -1);
    if (row < 0)
        return;
    m_rowOfKey.remove(key);
    m_model->setState(row, UserImportModel::State::Refused, reason);
    if (key == m_sending)
        sendNext();
    else
        updateSummary();
}

void UserImportDialog::onConfirmed(quint64 key, quint64 block, bool succeeded)
{
    const int row = m_rowOfKey.value(key, -1);
    if (row < 0)
        return;
    m_rowOfKey.remove(key);
    const QString blockText = QLocale().toString(block);
    if (succeeded)
        m_model->setState(row, UserImportModel::State::Opened, tr("Block %1").arg(blockText));
    else
        m_model->setState(
            row, UserImportModel::State::Refused, tr("Block %1 holds it, but it failed there.").arg(blockText));
    updateSummary();
}

void UserImportDialog::stop()
{
    m_stopped = true;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const UserImportModel::State state = m_model->entry(row).state;
        if (state == UserImportModel::State::Checking || state == UserImportModel::State::Waiting)
            m_model->setState(row, UserImportModel::State::NotSent, tr("Stopped before it was sent."));
    }
    updateSummary();
}

bool UserImportDialog::isFinished() const
{
    return m_read && m_rowOfKey.isEmpty()
        && (m_stopped
            || m_model->count(UserImportModel::State::Checking) + m_model->count(UserImportModel::State::Waiting) == 0);
}

void UserImportDialog::reject()
{
    stop();
    QDialog::reject();
}

QString UserImportDialog::summary() const
{
    return m_summary->text();
}

void UserImportDialog::updateSummary()
{
    if (!m_fileProblem.isEmpty()) {
        m_summary->setText(tr("Nothing was imported: %1").arg(m_fileProblem));
        m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_progress->hide();
        m_stop->setEnabled(false);
        return;
    }
    using State = UserImportModel::State;
    QStringList parts { tr("%1 opened").arg(m_model->count(State::Opened)),
        tr("%1 refused").arg(m_model->count(State::Refused)) };
    if (const int pending = m_model->count(State::Pending))
        parts << tr("%1 pending").arg(pending);
    if (const int waiting = m_model->count(State::Checking) + m_model->count(State::Waiting))
        parts << tr("%1 waiting").arg(waiting);
    if (const int notSent = m_model->count(State::NotSent))
        parts << tr("%1 not sent").arg(notSent);
    m_summary->setText(QLocale().createSeparatedList(parts));
    const int done = m_model->count(State::Opened) + m_model->count(State::Refused) + m_model->count(State::NotSent);
    m_progress->setValue(done);
    m_progress->setVisible(!isFinished());
    m_stop->setEnabled(!m_stopped && !isFinished());
}

} // namespace credit::ui
