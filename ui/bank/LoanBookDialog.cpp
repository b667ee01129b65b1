// SPDX-License-Identifier: Apache-2.0
#include "bank/LoanBookDialog.h"

#include "bank/LoanBookModel.h"
#include "common/ListActions.h"
#include "common/PriceText.h"
#include "desk/LoanBookRequery.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace credit::ui {

using Status = desk::LoanBookEntry::Status;

LoanBookDialog::LoanBookDialog(desk::BankDesk &bank, desk::AuthorisationDesk &authorisations,
    const QList<market::ProductInfo> &products, const QString &path, QWidget *parent, const Clock &clock)
    : QDialog(parent), m_bank(bank), m_authorisations(authorisations), m_clock(clock), m_model(new LoanBookModel(this)),
      m_product(new QComboBox(this)), m_purpose(new QLineEdit(this)), m_summary(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_table(new QTableView(this)), m_place(new QPushButton(this)),
      m_stop(new QPushButton(tr("Stop"), this))
{
    setWindowTitle(tr("Re-query a loan book"));
    for (const market::ProductInfo &p : products)
        if (p.listed && p.authorisationRequired)
            m_products << p;

    auto *file = new QLabel(tr("File: %1").arg(QDir::toNativeSeparators(path)), this);
    file->setWordWrap(true);
    m_product->setObjectName(QStringLiteral("loanBookProduct"));
    for (const market::ProductInfo &p : std::as_const(m_products))
        m_product->addItem(tr("%1 — %2, %3").arg(p.name, p.bureauName, priceText(p.priceFen)), p.productId);
    m_purpose->setObjectName(QStringLiteral("loanBookPurpose"));
    m_purpose->setText(tr("Post-loan review"));
    m_purpose->setMaxLength(200);
    auto *note = new QLabel(tr("Each enterprise is ordered with its recorded authorisation that covers the "
                               "product today; record missing letters on the Authorisations page first. Each "
                               "order is charged at the product's price."),
        this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Product:"), m_product);
    form->addRow(tr("Purpose:"), m_purpose);

    m_summary->setObjectName(QStringLiteral("loanBookSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Reading the file…"));
    m_progress->setObjectName(QStringLiteral("loanBookProgress"));
    m_progress->setRange(0, 0);
    m_table->setObjectName(QStringLiteral("loanBookTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_place->setObjectName(QStringLiteral("placeLoanBookOrdersButton"));
    m_place->setDefault(true);
    m_stop->setObjectName(QStringLiteral("stopLoanBookButton"));
    m_stop->setToolTip(tr("Place no more orders; the order being sent still gets its answer"));
    m_stop->setEnabled(false);
    auto *listActions = new ListActions(m_table, tr("Loan book re-query"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeLoanBookButton"));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_place);
    bottom->addWidget(m_stop);
    bottom->addWidget(listActions->exportButton());
    bottom->addWidget(listActions->printButton());
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    resize(900, 560);

    connect(m_place, &QPushButton::clicked, this, &LoanBookDialog::placeOrders);
    connect(m_stop, &QPushButton::clicked, this, &LoanBookDialog::stop);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoanBookDialog::reject);
    connect(m_product, &QComboBox::currentIndexChanged, this, &LoanBookDialog::updateForm);
    connect(m_purpose, &QLineEdit::textChanged, this, &LoanBookDialog::updateForm);
    updateForm();

    // A watcher, not then(this, …): a future that finished already would call back inside this constructor.
    auto *reading = new QFutureWatcher<Result<QList<desk::LoanBookRow>>>(this);
    connect(reading, &QFutureWatcherBase::finished, this, [this, reading] {
        reading->deleteLater();
        showRows(reading->result());
    });
    reading->setFuture(QtConcurrent::run(desk::readLoanBook, path));
}

LoanBookDialog::~LoanBookDialog() = default;

void LoanBookDialog::showRows(const Result<QList<desk::LoanBookRow>> &rows)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    if (!rows) {
        m_problem = tr("Nothing was ordered: %1").arg(rows.error().message);
    } else {
        m_rows = *rows;
        QList<desk::LoanBookEntry> entries;
        for (const desk::LoanBookRow &row : std::as_const(m_rows)) {
            desk::LoanBookEntry entry;
            entry.row = row;
            if (!row.refusal.isEmpty()) {
                entry.status = Status::Refused;
                entry.message = row.refusal;
            }
            entries << entry;
        }
        m_model->setEntries(entries);
        m_table->resizeColumnsToContents();
    }
    updateForm();
    updateSummary();
}

const market::ProductInfo *LoanBookDialog::product() const
{
    const int i = m_product->currentIndex();
    return i >= 0 && i < m_products.size() ? &m_products.at(i) : nullptr;
}

void LoanBookDialog::updateForm()
{
    const bool editable = m_batch == nullptr;
    m_product->setEnabled(editable);
    m_purpose->setEnabled(editable);
    int orders = 0;
    for (const desk::LoanBookRow &row : std::as_const(m_rows))
        orders += row.refusal.isEmpty() ? 1 : 0;
    const market::ProductInfo *p = product();
    m_place->setText(p ? tr("Place %n order(s) (at most %1)", nullptr, orders)
                             .arg(priceText(p->priceFen * static_cast<quint64>(orders)))
                       : tr("Place orders"));
    m_place->setEnabled(editable && p && orders > 0 && !m_purpose->text().trimmed().isEmpty());
    if (m_products.isEmpty())
        m_place->setToolTip(tr("No listed product needs an authorisation: a re-query orders with recorded "
                               "authorisations only."));
}

void LoanBookDialog::placeOrders()
{
    const market::ProductInfo *p = product();
    if (m_batch || !p || !m_place->isEnabled())
        return;
    m_batch
        = new desk::LoanBookRequery(m_bank, m_authorisations, *p, m_purpose->text().trimmed(), m_rows, m_clock, this);
    m_model->setStarted(true);
    connect(m_batch, &desk::LoanBookRequery::entryChanged, this,
        [this](int i) { m_model->setEntry(i, m_batch->entries().at(i)); });
    connect(m_batch, &desk::LoanBookRequery::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        updateSummary();
    });
    connect(m_batch, &desk::LoanBookRequery::finished, this, &LoanBookDialog::updateSummary);
    connect(m_batch, &desk::LoanBookRequery::failed, this, [this](const QString &message) {
        m_problem = message;
        updateSummary();
    });
    updateForm();
    m_batch->start();
    updateSummary();
}

void LoanBookDialog::stop()
{
    if (m_batch)
        m_batch->cancel();
    updateSummary();
}

bool LoanBookDialog::isIdle() const
{
    return !m_batch || !m_batch->isRunning();
}

void LoanBookDialog::reject()
{
    stop(); // the order in hand carries on in the bank's desk and shows in My orders
    QDialog::reject();
}

QString LoanBookDialog::summary() const
{
    return m_summary->text();
}

void LoanBookDialog::updateSummary()
{
    m_stop->setEnabled(m_batch && m_batch->isRunning());
    if (!m_problem.isEmpty()) {
        m_summary->setText(m_problem);
        m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_progress->hide();
        return;
    }
    if (!m_batch) {
        int refused = 0;
        for (const desk::LoanBookRow &row : std::as_const(m_rows))
            refused += row.refusal.isEmpty() ? 0 : 1;
        if (!m_rows.isEmpty())
            m_summary->setText(tr("%n enterprise(s) in the file", nullptr, static_cast<int>(m_rows.size()))
                + (refused ? QStringLiteral("; ") + tr("%n refused by the file check", nullptr, refused) : QString()));
        return;
    }
    QStringList parts;
    auto add = [&parts, this](Status status, const char *text) {
        if (const int n = m_batch->count(status))
            parts << tr(text, nullptr, n);
    };
    add(Status::Confirmed, QT_TR_N_NOOP("%n ordered"));
    add(Status::Sent, QT_TR_N_NOOP("%n awaiting verification"));
    add(Status::Sending, QT_TR_N_NOOP("%n being sent"));
    add(Status::NoAuthorisation, QT_TR_N_NOOP("%n without authorisation"));
    add(Status::Failed, QT_TR_N_NOOP("%n failed"));
    add(Status::Refused, QT_TR_N_NOOP("%n refused by the file check"));
    add(Status::Skipped, QT_TR_N_NOOP("%n not sent (stopped)"));
    add(Status::Waiting, QT_TR_N_NOOP("%n waiting"));
    m_summary->setText(QLocale().createSeparatedList(parts));
    m_progress->setVisible(m_batch->isRunning());
}

} // namespace credit::ui
