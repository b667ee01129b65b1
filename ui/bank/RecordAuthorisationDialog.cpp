// SPDX-License-Identifier: Apache-2.0
#include "bank/RecordAuthorisationDialog.h"

#include "bank/EntryFields.h"
#include "bank/LetterReading.h"
#include "common/FormLabels.h"
#include "icons/ActionIcons.h"
#include "market/Uscc.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace credit::ui {

namespace {
constexpr int kProductIdRole = Qt::UserRole + 1;
} // namespace

RecordAuthorisationDialog::RecordAuthorisationDialog(
    desk::AuthorisationDesk &desk, QList<market::ProductInfo> products, QWidget *parent, const Clock &clock)
    : QDialog(parent), m_desk(desk), m_clock(clock), m_products(std::move(products))
{
    setObjectName(QStringLiteral("recordAuthorisationDialog"));
    setWindowTitle(tr("Record an authorisation"));

    const EnterpriseFields enterprise = EnterpriseFields::create(this);
    m_enterprise = enterprise.name;
    m_code = enterprise.code;
    m_codeHint = enterprise.codeHint;
    m_purpose = enterprise.purpose;

    // What the letter covers: a whole series, or the products ticked below.
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_scope->addItem(tr("The products ticked below"), 0);
    m_scope->addItem(tr("All 链通 products"), 1);
    m_scope->addItem(tr("All 链融 products"), 2);
    m_scope->addItem(tr("All 链服 products"), 3);
    m_productChoice = new QStandardItemModel(this);
    for (const market::ProductInfo &p : std::as_const(m_products)) {
        auto *item
            = new QStandardItem(p.authorisationRequired ? tr("%1 — %2 (needs a letter)").arg(p.name, p.bureauName)
                                                        : tr("%1 — %2").arg(p.name, p.bureauName));
        item->setData(QVariant::fromValue(p.productId), kProductIdRole);
        item->setCheckable(true);
        item->setEditable(false);
        m_productChoice->appendRow(item);
    }
    m_productList = new QListView(this);
    m_productList->setObjectName(QStringLiteral("productChoice"));
    m_productList->setModel(m_productChoice);
    m_productList->setMaximumHeight(m_productList->fontMetrics().height() * 7);

    m_attach = new QPushButton(themedIcon(QStringLiteral("mail-attachment")), tr("Attach letter…"), this);
    m_attach->setObjectName(QStringLiteral("attachLetterButton"));
    m_preview = new QPushButton(themedIcon(QStringLiteral("document-preview")), tr("Preview"), this);
    m_preview->setObjectName(QStringLiteral("previewLetterButton"));
    m_letterStatus = reservedLabel(QStringLiteral("letterStatus"), 2, this);
    m_letter.setStatusLabel(m_letterStatus);
    m_letterStatus->setText(tr("No letter attached."));
    const ValidityFields validity = ValidityFields::create(today(), this);
    m_validFrom = validity.from;
    m_validUntil = validity.until;
    for (QDateEdit *d : { m_validFrom, m_validUntil })
        connect(d, &QDateEdit::dateChanged, this, &RecordAuthorisationDialog::updateForm);
    m_problem = hintLabel(QStringLiteral("formProblem"), this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("recordProgress"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_status = reservedLabel(QStringLiteral("recordStatus"), 2, this);
    m_record = new QPushButton(themedIcon(QStringLiteral("mail-send")), tr("Record"), this);
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_record->setDefault(true);
    m_close = new QPushButton(themedIcon(QStringLiteral("dialog-cancel")), tr("Cancel"), this);
    m_close->setObjectName(QStringLiteral("cancelButton"));

    for (QLineEdit *e : { m_enterprise, m_code, m_purpose })
        connect(e, &QLineEdit::textChanged, this, &RecordAuthorisationDialog::updateForm);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &RecordAuthorisationDialog::updateForm);
    connect(m_productChoice, &QStandardItemModel::itemChanged, this, &RecordAuthorisationDialog::updateForm);
    connect(m_attach, &QPushButton::clicked, this, &RecordAuthorisationDialog::chooseLetter);
    connect(m_preview, &QPushButton::clicked, this, [this] {
        if (m_letter.file())
            previewLetterFile(this, *m_letter.file());
    });
    connect(m_record, &QPushButton::clicked, this, &RecordAuthorisationDialog::record);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_desk, &desk::AuthorisationDesk::sent, this, [this](quint64 id, const QByteArray &) {
        if (id == m_id)
            setStatus(tr("Authorisation %1 sent; waiting for the light node to verify its block…").arg(id), false);
    });
    connect(&m_desk, &desk::AuthorisationDesk::failed, this, [this](quint64 id, const QString &message) {
        if (id != m_id)
            return;
        m_id = 0;
        setStatus(tr("The authorisation was not recorded: %1").arg(message), true);
    });
    connect(&m_desk, &desk::AuthorisationDesk::confirmed, this, [this](quint64 id, quint64 block, bool ok) {
        if (id != m_id)
            return;
        if (ok) {
            m_done = true;
            setStatus(
                tr("Authorisation %1 recorded, verified in block %2.").arg(id).arg(QLocale().toString(block)), false);
        } else {
            m_id = 0;
            setStatus(tr("Block %1 holds the transaction, but it failed there: nothing was recorded.")
                          .arg(QLocale().toString(block)),
                true);
        }
    });

    auto *letterRow = new QHBoxLayout;
    letterRow->addWidget(m_attach);
    letterRow->addWidget(m_preview);
    letterRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Enterprise"), m_enterprise);
    form->addRow(tr("Credit code"), m_code);
    form->addRow(QString(), m_codeHint);
    form->addRow(tr("Purpose"), m_purpose);
    form->addRow(tr("Covers"), m_scope);
    form->addRow(QString(), m_productList);
    form->addRow(tr("Authorisation letter"), letterRow);
    form->addRow(QString(), m_letterStatus);
    form->addRow(tr("Letter valid from"), validity.row);
    form->addRow(QString(), m_problem);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_close);
    buttons->addWidget(m_record);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    setMinimumWidth(640);
    updateForm();
}

QDate RecordAuthorisationDialog::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock.epochMs()).date();
}

desk::AuthorisationDraft RecordAuthorisationDialog::draft() const
{
    desk::AuthorisationDraft d;
    d.enterpriseName = m_enterprise->text().trimmed();
    d.enterpriseCode = m_code->text();
    d.purpose = m_purpose->text().trimmed();
    d.series = static_cast<quint8>(m_scope->currentData().toUInt());
    if (d.series == 0)
        for (int row = 0; row < m_productChoice->rowCount(); ++row)
            if (const QStandardItem *item = m_productChoice->item(row); item->checkState() == Qt::Checked)
                d.productIds << item->data(kProductIdRole).toULongLong();
    // Without a file the dates still count: the draft's problem names what is missing first.
    d.letter = m_letter.withValidity(m_validFrom->date(), m_validUntil->date())
                   .value_or(market::AuthorisationLetter { {}, {}, m_validFrom->date().toString(Qt::ISODate),
                       m_validUntil->date().toString(Qt::ISODate), {} });
    return d;
}

QString RecordAuthorisationDialog::problem() const
{
    if (m_letter.isReading())
        return tr("The letter is being read.");
    return draft().problem(today());
}

void RecordAuthorisationDialog::updateForm()
{
    const QString code = m_code->text();
    m_codeHint->setText(code.isEmpty() ? QString() : uscc::check(code).message);
    const QString wrong = problem();
    // Say what is missing only once the officer has started; a blank form is not an error.
    const bool started = !m_enterprise->text().isEmpty() || !code.isEmpty() || !m_purpose->text().isEmpty();
    m_problem->setText(started ? wrong : QString());
    const bool sending = m_id != 0;
    m_productList->setEnabled(m_scope->currentData().toUInt() == 0);
    m_preview->setEnabled(m_letter.file().has_value());
    m_attach->setEnabled(!m_letter.isReading() && !sending);
    m_progress->setVisible(sending && !m_done);
    m_record->setEnabled(wrong.isEmpty() && !sending);
    m_close->setText(sending ? tr("Close") : tr("Cancel"));
}

void RecordAuthorisationDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    updateForm();
}

void RecordAuthorisationDialog::chooseLetter()
{
    chooseLetterFile(this, [this](const QString &path) { setLetterFile(path); });
}

void RecordAuthorisationDialog::setLetterFile(const QString &path)
{
    m_letter.read(path, [this] { updateForm(); });
}

void RecordAuthorisationDialog::record()
{
    if (m_id != 0 || !problem().isEmpty())
        return;
    auto id = m_desk.recordAuthorisation(draft());
    if (!id) {
        setStatus(tr("The authorisation was not recorded: %1").arg(id.error().message), true);
        return;
    }
    m_id = *id;
    m_done = false;
    Q_EMIT recordingStarted(m_id);
    setStatus(tr("Signing and sending authorisation %1… You may close this window: it carries on and shows on "
                 "the Authorisations page.")
                  .arg(m_id),
        false);
}

} // namespace credit::ui
