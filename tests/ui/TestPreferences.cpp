// SPDX-License-Identifier: Apache-2.0
// Terminal → Preferences from a real main window: the idle lock time and the
// language are saved, and the window reports the new lock time at once.
#include "main/MainWindow.h"
#include "settings/PreferencesDialog.h"
#include "settings/TerminalSettings.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

class TestPreferences final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void savesAndReportsTheLockTime()
    {
        QTemporaryDir dir;
        ui::TerminalSettings settings(
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat));
        ui::MainWindow window(ui::Role::Bank, QStringLiteral("上海申江商业银行"), settings);
        window.show();
        QSignalSpy changed(&window, &ui::MainWindow::idleLockChanged);
        window.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
        auto *dialog = window.findChild<ui::PreferencesDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *idle = dialog->findChild<QSpinBox *>(QStringLiteral("idleMinutesSpin"));
        QCOMPARE(idle->value(), settings.idleLockMinutes());
        idle->setValue(3);
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("preferencesLanguageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QCOMPARE(settings.idleLockMinutes(), 3);
        QCOMPARE(settings.language(), QStringLiteral("en"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toInt(), 3);
    }

    void cancelKeepsTheSettings()
    {
        QTemporaryDir dir;
        ui::TerminalSettings settings(
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat));
        ui::PreferencesDialog dialog(settings);
        dialog.show();
        dialog.findChild<QSpinBox *>(QStringLiteral("idleMinutesSpin"))->setValue(0);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(settings.idleLockMinutes(), ui::TerminalSettings::kDefaultIdleLockMinutes);
    }

    void whatThePolicyFixesIsShownNotOffered()
    {
        QTemporaryDir dir;
        const QString policyPath = dir.filePath(QStringLiteral("policy.ini"));
        QSettings(policyPath, QSettings::IniFormat).setValue(QStringLiteral("security/idleLockMinutes"), 5);
        ui::TerminalSettings settings(
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat),
            std::make_unique<QSettings>(policyPath, QSettings::IniFormat));
        ui::PreferencesDialog dialog(settings);
        dialog.show();
        auto *idle = dialog.findChild<QSpinBox *>(QStringLiteral("idleMinutesSpin"));
        QCOMPARE(idle->value(), 5);
        QVERIFY(!idle->isEnabled());
        QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("preferencesLanguageCombo"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("preferencesPolicyNote"))->isVisible());
    }
};

QTEST_MAIN(TestPreferences)
#include "TestPreferences.moc"
