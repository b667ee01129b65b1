// SPDX-License-Identifier: Apache-2.0
#include "mediator/ResolveDisputeDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace credit::ui {

ResolveDisputeDialog::ResolveDisputeDialog(quint64 orderId, QWidget *parent)
    : QDialog(parent), m_outcome(new QButtonGroup(this)), m_note(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("resolveDisputeDialog"));
    setWindowTitle(tr("Resolve the dispute on order %1").arg(orderId));
    auto *outcomes = new QGroupBox(tr("Outcome"), this);
    auto *outcomeLayout = new QVBoxLayout(outcomes);
    using market::DisputeOutcome;
    for (const DisputeOutcome o : { DisputeOutcome::Upheld, DisputeOutcome::Rejected, DisputeOutcome::Settled }) {
        auto *button = new QRadioButton(market::outcomeName(o), outcomes);
        button->setObjectName(QStringLiteral("outcome_%1").arg(market::outcomeTag(o)));
        m_outcome->addButton(button, static_cast<int>(o));
        outcomeLayout->addWidget(button);
    }
    auto *prompt = new QLabel(tr("What was decided, and what each party does next. The bank and the bureau see this "
                                 "note in their order timelines. It is recorded on the chain in clear and can never "
                                 "be changed: do not write the enterprise's name or code."),
        this);
    prompt->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("resolutionNoteEdit"));
    m_error->setObjectName(QStringLiteral("resolutionError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    // Reserve the error's line so showing it never moves the buttons.
    m_error->setMinimumHeight(m_error->fontMetrics().lineSpacing());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record resolution on chain"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordResolutionButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResolveDisputeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResolveDisputeDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(outcomes);
    layout->addWidget(prompt);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 380);
}

market::DisputeResolution ResolveDisputeDialog::resolution() const
{
    const int id = m_outcome->checkedId();
    return { id < 0 ? market::DisputeOutcome::Unspecified : static_cast<market::DisputeOutcome>(id),
        m_note->toPlainText().trimmed() };
}

void ResolveDisputeDialog::accept()
{
    if (m_outcome->checkedId() < 0) {
        m_error->setText(tr("Choose the outcome."));
        return;
    }
    if (resolution().note.isEmpty()) {
        m_error->setText(tr("Write a note: the parties need to know what was decided."));
        m_note->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace credit::ui
