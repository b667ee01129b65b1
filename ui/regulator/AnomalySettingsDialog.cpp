// SPDX-License-Identifier: Apache-2.0
#include "regulator/AnomalySettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace credit::ui {

namespace {

QTime timeOf(int minutes)
{
    return minutes >= 24 * 60 ? QTime(23, 59) : QTime(minutes / 60, minutes % 60);
}

int minutesOf(const QTime &time)
{
    return time == QTime(23, 59) ? 24 * 60 : time.hour() * 60 + time.minute();
}

} // namespace

AnomalySettingsDialog::AnomalySettingsDialog(const market::AnomalySettings &s, QWidget *parent)
    : QDialog(parent), m_authorisation(new QCheckBox(tr("Orders without a valid authorisation letter"), this)),
      m_repeated(new QCheckBox(tr("Repeated queries of one enterprise by one bank"), this)),
      m_sla(new QCheckBox(tr("Reports delivered late or overdue"), this)),
      m_dispute(new QCheckBox(tr("Disputes"), this)),
      m_reuse(new QCheckBox(tr("One recorded authorisation used by many orders"), this)),
      m_revoked(new QCheckBox(tr("Orders whose authorisation was revoked soon after"), this)),
      m_windowDays(new QSpinBox(this)), m_minOrders(new QSpinBox(this)), m_reuseWindowDays(new QSpinBox(this)),
      m_reuseMaxOrders(new QSpinBox(this)), m_revokedWithinDays(new QSpinBox(this)), m_workStart(new QTimeEdit(this)),
      m_workEnd(new QTimeEdit(this))
{
    setObjectName(u"anomalySettingsDialog"_s);
    setWindowTitle(tr("Rules and thresholds"));
    m_authorisation->setObjectName(u"ruleAuthorisation"_s);
    m_repeated->setObjectName(u"ruleRepeated"_s);
    m_sla->setObjectName(u"ruleSla"_s);
    m_dispute->setObjectName(u"ruleDispute"_s);
    m_windowDays->setObjectName(u"repeatWindowDays"_s);
    m_minOrders->setObjectName(u"repeatMinOrders"_s);
    m_reuse->setObjectName(u"ruleAuthorisationReuse"_s);
    m_revoked->setObjectName(u"ruleRevokedAfterUse"_s);
    m_reuseWindowDays->setObjectName(u"reuseWindowDays"_s);
    m_reuseMaxOrders->setObjectName(u"reuseMaxOrders"_s);
    m_revokedWithinDays->setObjectName(u"revokedWithinDays"_s);
    m_workStart->setObjectName(u"workdayStart"_s);
    m_workEnd->setObjectName(u"workdayEnd"_s);
    m_windowDays->setRange(1, 3660);
    m_windowDays->setSuffix(tr(" days"));
    m_minOrders->setRange(2, 100000);
    m_minOrders->setSuffix(tr(" orders"));
    for (QSpinBox *days : { m_reuseWindowDays, m_revokedWithinDays }) {
        days->setRange(1, 3660);
        days->setSuffix(tr(" days"));
    }
    m_reuseMaxOrders->setRange(1, 100000);
    m_reuseMaxOrders->setSuffix(tr(" orders"));
    for (QTimeEdit *edit : { m_workStart, m_workEnd })
        edit->setDisplayFormat(u"HH:mm"_s);

    m_authorisation->setChecked(s.authorisationRule);
    m_repeated->setChecked(s.repeatedQueryRule);
    m_sla->setChecked(s.slaRule);
    m_dispute->setChecked(s.disputeRule);
    m_windowDays->setValue(s.repeatWindowDays);
    m_minOrders->setValue(s.repeatMinOrders);
    m_reuse->setChecked(s.authorisationReuseRule);
    m_reuseWindowDays->setValue(s.reuseWindowDays);
    m_reuseMaxOrders->setValue(s.reuseMaxOrders);
    m_revoked->setChecked(s.revokedAfterUseRule);
    m_revokedWithinDays->setValue(s.revokedWithinDays);
    m_workStart->setTime(timeOf(s.workdayStartMinute));
    m_workEnd->setTime(timeOf(s.workdayEndMinute));

    auto *form = new QFormLayout;
    form->addRow(tr("Rules:"), m_authorisation);
    form->addRow(QString(), m_repeated);
    form->addRow(tr("A bank querying one enterprise within"), m_windowDays);
    form->addRow(tr("at least"), m_minOrders);
    form->addRow(QString(), m_sla);
    form->addRow(QString(), m_dispute);
    form->addRow(QString(), m_reuse);
    form->addRow(tr("Used within"), m_reuseWindowDays);
    form->addRow(tr("by more than"), m_reuseMaxOrders);
    form->addRow(QString(), m_revoked);
    form->addRow(tr("Revoked within (after the order)"), m_revokedWithinDays);
    form->addRow(tr("Working hours from (China time)"), m_workStart);
    form->addRow(tr("to"), m_workEnd);
    auto *note = new QLabel(tr("Weekends are outside working hours. The figures and the hits are recomputed with "
                               "these settings."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QCheckBox *rule : { m_repeated, m_reuse, m_revoked })
        connect(rule, &QCheckBox::toggled, this, &AnomalySettingsDialog::check);
    connect(m_workStart, &QTimeEdit::timeChanged, this, &AnomalySettingsDialog::check);
    connect(m_workEnd, &QTimeEdit::timeChanged, this, &AnomalySettingsDialog::check);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    check();
}

market::AnomalySettings AnomalySettingsDialog::settings() const
{
    market::AnomalySettings s;
    s.authorisationRule = m_authorisation->isChecked();
    s.repeatedQueryRule = m_repeated->isChecked();
    s.repeatWindowDays = m_windowDays->value();
    s.repeatMinOrders = m_minOrders->value();
    s.slaRule = m_sla->isChecked();
    s.disputeRule = m_dispute->isChecked();
    s.authorisationReuseRule = m_reuse->isChecked();
    s.reuseWindowDays = m_reuseWindowDays->value();
    s.reuseMaxOrders = m_reuseMaxOrders->value();
    s.revokedAfterUseRule = m_revoked->isChecked();
    s.revokedWithinDays = m_revokedWithinDays->value();
    s.workdayStartMinute = minutesOf(m_workStart->time());
    s.workdayEndMinute = minutesOf(m_workEnd->time());
    return s;
}

void AnomalySettingsDialog::check()
{
    m_windowDays->setEnabled(m_repeated->isChecked());
    m_minOrders->setEnabled(m_repeated->isChecked());
    m_reuseWindowDays->setEnabled(m_reuse->isChecked());
    m_reuseMaxOrders->setEnabled(m_reuse->isChecked());
    m_revokedWithinDays->setEnabled(m_revoked->isChecked());
    // A working day must end after it starts; OK stays off until it does.
    const bool hoursOk = m_workStart->time() < m_workEnd->time();
    m_ok->setEnabled(hoursOk);
    m_ok->setToolTip(hoursOk ? QString() : tr("The working day must end after it starts."));
}

} // namespace credit::ui
