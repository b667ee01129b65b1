// SPDX-License-Identifier: Apache-2.0
#include "unlock/KeySession.h"
#include "unlock/UnlockDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using credit::ui::KeySession;
using credit::ui::UnlockDialog;

namespace {
// Embedded by credit_ui (resources/demo); its public password is "demo-only".
const QString kDemoKey = QStringLiteral(":/demo/keys/bank-shanghai.pem");
const QByteArray kDemoAddress = QByteArray::fromHex("889569f75fdad492a8088bb11819b6e63d0b7e6b");
constexpr int kUnlockTimeoutMs = 60000; // PBKDF2 in a Debug build on a busy machine
} // namespace

class TestUnlockDialog final : public QObject {
    Q_OBJECT

    static void typePasswordAndUnlock(UnlockDialog &dialog, const QString &password)
    {
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, password);
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("unlockButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }

private Q_SLOTS:
    void wrongPasswordKeepsTheDialogAndSaysSo()
    {
        KeySession session;
        UnlockDialog dialog(session, kDemoKey, QStringLiteral("Bank"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typePasswordAndUnlock(dialog, QStringLiteral("not-the-password"));
        // The work runs on the pool: the dialog says it is busy meanwhile.
        QVERIFY(dialog.isBusy());
        QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("unlockBusy"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kUnlockTimeoutMs);
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("unlockMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("password is wrong")));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!session.isUnlocked());

        // Retry in the same dialog with the right password: the key is unlocked,
        // and the dialog stays while the shell checks who the key is on the chain.
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy keyUnlocked(&dialog, &UnlockDialog::keyUnlocked);
        typePasswordAndUnlock(dialog, QStringLiteral("demo-only"));
        QTRY_COMPARE_WITH_TIMEOUT(keyUnlocked.count(), 1, kUnlockTimeoutMs);
        QVERIFY(session.isUnlocked());
        QCOMPARE(session.key().account(), kDemoAddress);
        QVERIFY(dialog.isVisible() && dialog.isChecking());
        QVERIFY(accepted.isEmpty());
        dialog.showCheckProgress(QStringLiteral("block 5 of 9"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("unlockStatus"))->text(), QStringLiteral("block 5 of 9"));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("unlockButton"))->isEnabled());
        dialog.identityConfirmed();
        QCOMPARE(accepted.count(), 1);
        QVERIFY(!dialog.isVisible());
    }

    void refusedIdentityIsExplainedAndAskedAgain()
    {
        KeySession session;
        UnlockDialog dialog(session, kDemoKey, QStringLiteral("Bank"));
        dialog.show();
        QSignalSpy keyUnlocked(&dialog, &UnlockDialog::keyUnlocked);
        typePasswordAndUnlock(dialog, QStringLiteral("demo-only"));
        QTRY_COMPARE_WITH_TIMEOUT(keyUnlocked.count(), 1, kUnlockTimeoutMs);
        dialog.identityRefused(QStringLiteral("This key is not a registered institution."));
        QVERIFY(!dialog.isChecking());
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("unlockMessage"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("This key is not a registered institution."));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("unlockButton"))->isEnabled());
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->isEnabled());
    }

    void cancelDuringTheCheckKeepsTheDialog()
    {
        KeySession session;
        UnlockDialog dialog(session, kDemoKey, QString());
        dialog.show();
        QSignalSpy keyUnlocked(&dialog, &UnlockDialog::keyUnlocked);
        QSignalSpy cancelled(&dialog, &UnlockDialog::checkCancelled);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        typePasswordAndUnlock(dialog, QStringLiteral("demo-only"));
        QTRY_COMPARE_WITH_TIMEOUT(keyUnlocked.count(), 1, kUnlockTimeoutMs);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(rejected.isEmpty());
        QVERIFY(dialog.isVisible() && !dialog.isChecking());
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("unlockMessage"))->text().contains(QStringLiteral("cancelled")));
    }

    void rightPasswordUnlocksAndLockDropsTheKey()
    {
        KeySession session;
        QSignalSpy unlocked(&session, &KeySession::unlocked);
        QSignalSpy locked(&session, &KeySession::locked);
        UnlockDialog dialog(session, kDemoKey, QString());
        dialog.show();
        typePasswordAndUnlock(dialog, QStringLiteral("demo-only"));
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, kUnlockTimeoutMs);
        dialog.identityConfirmed();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(session.key().account(), kDemoAddress);
        session.lock();
        QCOMPARE(locked.count(), 1);
        QVERIFY(!session.isUnlocked());
        QVERIFY(session.key().isNull());
    }

    void aBuiltInDemoKeyIsShownByNameNotByItsResourcePath()
    {
        KeySession session;
        UnlockDialog dialog(session, kDemoKey, QStringLiteral("Bank"));
        dialog.show();
        for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            QVERIFY2(!edit->text().contains(QLatin1String(":/")), qPrintable(edit->text()));
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QLatin1String(":/")), qPrintable(label->text()));
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("keyFileEdit"));
        QVERIFY(field->text().contains(QLatin1String("bank-shanghai.pem")));
        // What is opened is still the built-in key, and it unlocks.
        QCOMPARE(dialog.keyFilePath(), kDemoKey);
        QSignalSpy unlocked(&session, &KeySession::unlocked);
        typePasswordAndUnlock(dialog, QStringLiteral("demo-only"));
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, kUnlockTimeoutMs);
        // A path the user types replaces it.
        field->setText(QStringLiteral("/home/officer/keys/bank.pem"));
        QCOMPARE(dialog.keyFilePath(), QStringLiteral("/home/officer/keys/bank.pem"));
    }

    void missingKeyFileIsAMessageNotACrash()
    {
        KeySession session;
        UnlockDialog dialog(session, QStringLiteral("/nonexistent/key.pem"), QString());
        dialog.show();
        typePasswordAndUnlock(dialog, QStringLiteral("whatever"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kUnlockTimeoutMs);
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("unlockMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("not found")));
        QVERIFY(dialog.isVisible());
        QVERIFY(!session.isUnlocked());
    }

    void emptyPasswordIsRefusedWithoutWork()
    {
        KeySession session;
        UnlockDialog dialog(session, kDemoKey, QString());
        dialog.show();
        typePasswordAndUnlock(dialog, QString());
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("unlockMessage"))->isVisible());
    }
};

QTEST_MAIN(TestUnlockDialog)
#include "TestUnlockDialog.moc"
