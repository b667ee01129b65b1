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

        // Retry in the same dialog with the right password.
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        typePasswordAndUnlock(dialog, QStringLiteral("demo-only"));
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kUnlockTimeoutMs);
        QVERIFY(session.isUnlocked());
        QCOMPARE(session.key().address(), kDemoAddress);
        QVERIFY(!dialog.isVisible());
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
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(session.key().address(), kDemoAddress);
        session.lock();
        QCOMPARE(locked.count(), 1);
        QVERIFY(!session.isUnlocked());
        QVERIFY(session.key().isNull());
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
