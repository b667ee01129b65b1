// SPDX-License-Identifier: Apache-2.0
#include "settings/PreferencesDialog.h"

#include "settings/TerminalSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace credit::ui {

PreferencesDialog::PreferencesDialog(TerminalSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_idle(new QSpinBox(this)), m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_idle->setObjectName(QStringLiteral("idleMinutesSpin"));
    m_idle->setRange(0, 240);
    m_idle->setSuffix(tr(" min"));
    m_idle->setSpecialValueText(tr("Never"));
    m_idle->setValue(settings.idleLockMinutes());
    m_language->setObjectName(QStringLiteral("preferencesLanguageCombo"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("\u7b80\u4f53\u4e2d\u6587"), QStringLiteral("zh_CN")); // 简体中文
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Lock the key after being idle for"), m_idle);
    form->addRow(tr("Language"), m_language);
    auto *note = new QLabel(tr("A new language is used from the next start."), this);
    note->setWordWrap(true);
    form->addRow(note);
    // What the machine's policy fixes is shown, not offered.
    const QString byPolicy = tr("Set for this computer by your institution's IT department.");
    m_idle->setEnabled(!settings.idleLockSetByPolicy());
    m_language->setEnabled(!settings.languageSetByPolicy());
    if (settings.idleLockSetByPolicy() || settings.languageSetByPolicy()) {
        auto *policy = new QLabel(byPolicy, this);
        policy->setObjectName(QStringLiteral("preferencesPolicyNote"));
        policy->setWordWrap(true);
        form->addRow(policy);
        for (QWidget *fixed : { static_cast<QWidget *>(m_idle), static_cast<QWidget *>(m_language) })
            if (!fixed->isEnabled())
                fixed->setToolTip(byPolicy);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::save()
{
    m_settings.setIdleLockMinutes(m_idle->value());
    m_settings.setLanguage(m_language->currentData().toString());
    Q_EMIT preferencesChanged(m_idle->value());
    accept();
}

} // namespace credit::ui
