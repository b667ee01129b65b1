// SPDX-License-Identifier: Apache-2.0
#include "bank/PlaceOrderDialog.h"
#include "common/PriceText.h"
#include "icons/ActionIcons.h"
#include "common/FormLabels.h"
#include "bank/EntryFields.h"
#include "bank/LetterReading.h"

#include "desk/AuthorisationDesk.h"
#include "desk/BankDesk.h"
#include "market/Uscc.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace credit::ui {

PlaceOrderDialog::PlaceOrderDialog(desk::BankDesk &desk, QList<market::ProductInfo> products, quint64 preselected,
    QWidget *parent, const Clock &clock, desk::AuthorisationDesk *authorisations)
    : QDialog(parent), m_desk(desk), m_clock(clock), m_products(std::move(products)), m_authorisations(authorisations)
{
    setObjectName(QStringLiteral("placeOrderDialog"));
    setWindowTitle(tr("Place an order"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("placeOrderPages"));
    m_pages->addWidget(buildForm());
    m_pages->addWidget(buildReview());

    m_back = new QPushButton(themedIcon(QStringLiteral("go-previous")), tr("Back"), this);
    m_next = new QPushButton(themedIcon(QStringLiteral("go-next")), tr("Review…"), this);
    m_submit = new QPushButton(themedIcon(QStringLiteral("mail-send")), tr("Sign && submit"), this);
    m_cancel = new QPushButton(themedIcon(QStringLiteral("dialog-cancel")), tr("Cancel"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next->setObjectName(QStringLiteral("reviewButton"));
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_next->setDefault(true);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        updateForm();
    });
    connect(m_next, &QPushButton::clicked, this, &PlaceOrderDialog::review);
    connect(m_submit, &QPushButton::clicked, this, &PlaceOrderDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_desk, &desk::BankDesk::orderSent, this, [this](quint64 orderId) {
        if (orderId == m_orderId && m_busy) {
            Q_EMIT orderSent(orderId);
            accept();
        }
    });
    connect(&m_desk, &desk::BankDesk::orderFailed, this, &PlaceOrderDialog::onFailed);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_next);
    buttons->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    // Wide enough that the longest check message (a character not allowed) fits the two lines kept for it.
    setMinimumWidth(640);

    const qsizetype chosen = std::distance(m_products.cbegin(),
        std::find_if(m_products.cbegin(), m_products.cend(),
            [preselected](const market::ProductInfo &p) { return p.productId == preselected; }));
    m_product->setCurrentIndex(chosen < m_products.size() ? int(chosen) : (m_products.isEmpty() ? -1 : 0));
    loadRecordedAuthorisations();
    updateForm();
}

void PlaceOrderDialog::loadRecordedAuthorisations()
{
    if (!m_authorisations)
        return;
    // Unreadable: none offered, and a new letter still works; the Authorisations page says what is wrong.
    auto recorded = m_authorisations->authorisations();
    if (!recorded)
        return;
    const quint64 now = static_cast<quint64>(m_clock.epochMs());
    QList<quint64> ids;
    for (const market::AuthorisationInfo &a : std::as_const(*recorded))
        if (a.validAt(now)) {
            m_recorded << a;
            ids << a.authorisationId;
        }
    if (ids.isEmpty())
        return;
    // The chain has only the enterprise's commitment: whose each one is, its letter says.
    connect(m_authorisations, &desk::AuthorisationDesk::letterOpened, this,
        [this](const desk::AuthorisationLetterView &letter) {
            if (std::any_of(m_recorded.cbegin(), m_recorded.cend(), [&letter](const market::AuthorisationInfo &a) {
                    return a.authorisationId == letter.authorisationId;
                })) {
                m_recordedLetters.insert(letter.authorisationId, letter);
                updateForm();
            }
        });
    m_authorisations->openLetters(ids);
}

void PlaceOrderDialog::updateRecordedChoice()
{
    const market::ProductInfo *p = product();
    QList<desk::UsableAuthorisation> usable;
    if (p && m_pages->currentIndex() == 0)
        usable = desk::usableAuthorisations(
            m_recorded, m_recordedLetters, *p, m_code->text(), static_cast<quint64>(m_clock.epochMs()));
    else if (p)
        usable = m_usable; // the review page shows what the form chose
    const auto idsOf = [](const QList<desk::UsableAuthorisation> &list) {
        QList<quint64> ids;
        for (const desk::UsableAuthorisation &u : list)
            ids << u.info.authorisationId;
        return ids;
    };
    if (idsOf(usable) != idsOf(m_usable) || m_authorisationChoice->count() != m_usable.size() + 1) {
        const quint64 chosen = m_authorisationChoice->currentData().toULongLong();
        m_usable = usable;
        const QSignalBlocker quiet(m_authorisationChoice);
        m_authorisationChoice->clear();
        for (const desk::UsableAuthorisation &u : std::as_const(m_usable))
            m_authorisationChoice->addItem(
                tr("Use recorded authorisation %1 (valid %2 to %3, used %n time(s))", nullptr, int(u.info.uses))
                    .arg(u.info.authorisationId)
                    .arg(u.letter.validFrom, u.letter.validUntil),
                QVariant::fromValue(u.info.authorisationId));
        m_authorisationChoice->addItem(tr("Attach a new letter"), QVariant::fromValue(quint64(0)));
        // The officer's choice stays; offered anew, the newest recorded one is the default (one transaction).
        const int keep = m_authorisationChoice->findData(QVariant::fromValue(chosen));
        m_authorisationChoice->setCurrentIndex(
            m_newLetterChosen ? m_authorisationChoice->count() - 1 : (chosen != 0 && keep >= 0 ? keep : 0));
    }
    m_form->setRowVisible(m_authorisationChoice, !m_usable.isEmpty());
}

const desk::UsableAuthorisation *PlaceOrderDialog::chosenRecorded() const
{
    const quint64 id = m_authorisationChoice->currentData().toULongLong();
    for (const desk::UsableAuthorisation &u : m_usable)
        if (id != 0 && u.info.authorisationId == id)
            return &u;
    return nullptr;
}

void PlaceOrderDialog::useRecordedAuthorisation(quint64 authorisationId)
{
    if (const int index = m_authorisationChoice->findData(QVariant::fromValue(authorisationId)); index >= 0) {
        m_newLetterChosen = authorisationId == 0;
        m_authorisationChoice->setCurrentIndex(index);
    }
}

QWidget *PlaceOrderDialog::buildForm()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("orderFormPage"));
    m_product = new QComboBox(page);
    m_product->setObjectName(QStringLiteral("productCombo"));
    for (const market::ProductInfo &p : std::as_const(m_products))
        m_product->addItem(tr("%1 — %2").arg(p.name, p.bureauName), QVariant::fromValue(p.productId));
    m_productInfo = reservedLabel(QStringLiteral("productInfo"), 2, page);
    m_authorisationChoice = new QComboBox(page);
    m_authorisationChoice->setObjectName(QStringLiteral("authorisationChoice"));
    connect(m_authorisationChoice, &QComboBox::activated, this,
        [this] { m_newLetterChosen = m_authorisationChoice->currentData().toULongLong() == 0; });
    connect(m_authorisationChoice, &QComboBox::currentIndexChanged, this, &PlaceOrderDialog::updateForm);
    const EnterpriseFields enterprise = EnterpriseFields::create(page);
    m_enterprise = enterprise.name;
    m_code = enterprise.code;
    m_codeHint = enterprise.codeHint;
    m_purpose = enterprise.purpose;
    m_attach = new QPushButton(themedIcon(QStringLiteral("mail-attachment")), tr("Attach letter…"), page);
    m_attach->setObjectName(QStringLiteral("attachLetterButton"));
    m_previewLetter = new QPushButton(themedIcon(QStringLiteral("document-preview")), tr("Preview"), page);
    m_previewLetter->setObjectName(QStringLiteral("previewLetterButton"));
    m_previewLetter->setToolTip(tr("Open the attached letter to check it is the right one"));
    m_removeLetter = new QPushButton(themedIcon(QStringLiteral("edit-delete")), tr("Remove"), page);
    m_removeLetter->setObjectName(QStringLiteral("removeLetterButton"));
    m_removeLetter->setToolTip(tr("Take the letter off this order"));
    // The whole width under the buttons: a reading error (what to do about it) fits its two lines.
    m_letterStatus = reservedLabel(QStringLiteral("letterStatus"), 2, page);
    m_letter.setStatusLabel(m_letterStatus);
    m_letterStatus->setText(tr("No letter attached."));
    const ValidityFields validity = ValidityFields::create(today(), page);
    m_validFrom = validity.from;
    m_validUntil = validity.until;
    for (QDateEdit *d : { m_validFrom, m_validUntil })
        connect(d, &QDateEdit::dateChanged, this, &PlaceOrderDialog::updateForm);
    m_formProblem = hintLabel(QStringLiteral("formProblem"), page);
    connect(m_product, &QComboBox::currentIndexChanged, this, &PlaceOrderDialog::updateForm);
    for (QLineEdit *e : { m_enterprise, m_code, m_purpose })
        connect(e, &QLineEdit::textChanged, this, &PlaceOrderDialog::updateForm);
    connect(m_attach, &QPushButton::clicked, this, &PlaceOrderDialog::chooseLetter);
    connect(m_previewLetter, &QPushButton::clicked, this, &PlaceOrderDialog::previewLetter);
    connect(m_removeLetter, &QPushButton::clicked, this, &PlaceOrderDialog::removeLetter);

    auto *letterRow = new QHBoxLayout;
    letterRow->addWidget(m_attach);
    letterRow->addWidget(m_previewLetter);
    letterRow->addWidget(m_removeLetter);
    letterRow->addStretch();
    auto *form = m_form = new QFormLayout(page);
    form->addRow(tr("Product"), m_product);
    form->addRow(QString(), m_productInfo);
    form->addRow(tr("Enterprise"), m_enterprise);
    form->addRow(tr("Credit code"), m_code);
    form->addRow(QString(), m_codeHint);
    form->addRow(tr("Purpose"), m_purpose);
    form->addRow(tr("Authorisation"), m_authorisationChoice);
    form->addRow(tr("Authorisation letter"), letterRow);
    form->addRow(QString(), m_letterStatus);
    form->addRow(tr("Letter valid from"), validity.row);
    form->addRow(QString(), m_formProblem);
    return page;
}

QWidget *PlaceOrderDialog::buildReview()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("orderReviewPage"));
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("orderSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_submitStatus = new QLabel(page);
    m_submitStatus->setObjectName(QStringLiteral("submitStatus"));
    m_submitStatus->setWordWrap(true);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("submitProgress"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addStretch();
    layout->addWidget(m_progress);
    layout->addWidget(m_submitStatus);
    return page;
}

const market::ProductInfo *PlaceOrderDialog::product() const
{
    const int i = m_product->currentIndex();
    return i >= 0 && i < m_products.size() ? &m_products[i] : nullptr;
}

QDate PlaceOrderDialog::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock.epochMs()).date();
}

QString PlaceOrderDialog::problem() const
{
    if (!product())
        return tr("Choose a product.");
    if (m_letter.isReading() && !chosenRecorded())
        return tr("The letter is being read.");
    return draft().problem(today());
}

void PlaceOrderDialog::updateForm()
{
    if (const market::ProductInfo *p = product())
        m_productInfo->setText(tr("%1 · %2 · delivery within %3 h · %4")
                                   .arg(p->bureauName, priceText(p->priceFen))
                                   .arg(p->slaHours)
                                   .arg(p->authorisationRequired ? tr("needs the enterprise's authorisation letter")
                                                                 : tr("no authorisation letter needed")));
    const QString code = m_code->text();
    m_codeHint->setText(code.isEmpty() ? QString() : uscc::check(code).message);
    updateRecordedChoice();
    const bool recorded = chosenRecorded() != nullptr;
    const QString wrong = problem();
    // Say what is missing only once the user has started; a blank form is not an error.
    const bool started = !m_enterprise->text().isEmpty() || !code.isEmpty() || !m_purpose->text().isEmpty();
    m_formProblem->setText(started ? wrong : QString());
    // Dates belong to a letter: none needed and none attached, nothing to date.
    const market::ProductInfo *chosen = product();
    // A recorded authorisation brings its own letter and dates.
    const bool letterMatters = !recorded && (m_letter.file() || (chosen && chosen->authorisationRequired));
    m_validFrom->setEnabled(letterMatters);
    m_validUntil->setEnabled(letterMatters);
    m_previewLetter->setEnabled(!recorded && m_letter.file().has_value());
    m_removeLetter->setEnabled(!recorded && m_letter.file().has_value());
    m_attach->setEnabled(!recorded && !m_letter.isReading());
    const bool onForm = m_pages->currentIndex() == 0;
    m_back->setVisible(!onForm);
    m_next->setVisible(onForm);
    m_submit->setVisible(!onForm);
    m_next->setEnabled(wrong.isEmpty());
    m_submit->setEnabled(wrong.isEmpty() && !m_busy);
}

void PlaceOrderDialog::chooseLetter()
{
    chooseLetterFile(this, [this](const QString &path) { setLetterFile(path); });
}

void PlaceOrderDialog::setLetterFile(const QString &path)
{
    m_letter.read(path, [this] { updateForm(); });
}

void PlaceOrderDialog::previewLetter()
{
    if (!m_letter.file())
        return;
    previewLetterFile(this, *m_letter.file());
}

void PlaceOrderDialog::removeLetter()
{
    if (m_letter.isReading())
        return;
    m_letter.clear();
    m_letterStatus->setText(tr("No letter attached."));
    updateForm();
}

desk::OrderDraft PlaceOrderDialog::draft() const
{
    desk::OrderDraft d;
    d.product = *product();
    d.enterpriseName = m_enterprise->text().trimmed();
    d.enterpriseCode = m_code->text();
    d.purpose = m_purpose->text().trimmed();
    if (const desk::UsableAuthorisation *recorded = chosenRecorded())
        desk::useRecordedAuthorisation(d, *recorded);
    else
        d.letter = m_letter.withValidity(m_validFrom->date(), m_validUntil->date());
    return d;
}

void PlaceOrderDialog::review()
{
    if (!problem().isEmpty())
        return;
    const desk::OrderDraft d = draft();
    QStringList lines { tr("Product: %1 (%2)").arg(d.product.name, d.product.bureauName),
        tr("Price: %1; the report is due %2 h after the bureau accepts.")
            .arg(priceText(d.product.priceFen))
            .arg(d.product.slaHours),
        tr("Enterprise: %1, %2").arg(d.enterpriseName, d.enterpriseCode), tr("Purpose: %1").arg(d.purpose) };
    if (d.recordedAuthorisationId != 0)
        lines << tr("Authorisation: recorded authorisation %1 (letter %2, valid %3 to %4); nothing new is recorded.")
                     .arg(d.recordedAuthorisationId)
                     .arg(d.letter->fileName, d.letter->validFrom, d.letter->validUntil);
    else
        lines << (d.letter ? tr("Authorisation letter: %1, valid %2 to %3")
                                 .arg(d.letter->fileName, d.letter->validFrom, d.letter->validUntil)
                           : tr("Authorisation letter: none"));
    lines << QString()
          << tr("The request is encrypted for your bank, the bureau and the regulator, then the order "
                "is signed with your key and sent to the chain.");
    m_summary->setText(lines.join(u'\n'));
    m_submitStatus->clear();
    m_pages->setCurrentIndex(1);
    updateForm();
}

void PlaceOrderDialog::submit()
{
    if (m_busy || !problem().isEmpty())
        return;
    auto id = m_desk.placeOrder(draft());
    if (!id) {
        m_submitStatus->setText(id.error().message);
        return;
    }
    m_orderId = *id;
    setBusy(true);
    m_submitStatus->setText(tr("Signing and sending order %1… You may close this window: the order carries on "
                               "and shows as pending in My orders.")
                                .arg(m_orderId));
}

void PlaceOrderDialog::onFailed(quint64 orderId, const QString &message)
{
    if (orderId != m_orderId || !m_busy)
        return;
    setBusy(false);
    m_submitStatus->setText(tr("The order was not placed: %1").arg(message));
}

void PlaceOrderDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_back->setEnabled(!busy);
    m_cancel->setText(busy ? tr("Close") : tr("Cancel"));
    updateForm();
}

} // namespace credit::ui
