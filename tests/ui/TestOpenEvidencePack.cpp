// SPDX-License-Identifier: Apache-2.0
// `credit-terminal PACK` (a double click on a .ccevidence file, issue 17): the
// shell is handed the pack before anything is on screen, the user signs in on
// the demo network (the embedded chain really starts, in a temp dir), and the
// Verify evidence pack… flow runs on that file in the main window. A pack
// opened while the terminal is locked waits for the next sign-in; one opened
// while the window is up is checked at once.
#include "FakeClock.h"
#include "TerminalShell.h"
#include "devnet/EmbeddedDevnet.h"
#include "main/MainWindow.h"
#include "packs/EvidenceReportDialog.h"
#include "settings/TerminalSettings.h"
#include "unlock/UnlockDialog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

namespace {
constexpr int kSlowMs = 300000; // the demo chain's first start and a first sync on a shared machine

//! A pack exported from the demo network (order with a dispute, resolved); the
//! fuzz harness of the bundle reader starts from the same file.
const QString kDemoPack = QStringLiteral(CREDIT_FUZZ_CORPUS_DIR "/fuzz_evidence_bundle/demo-resolved-order");
} // namespace

class TestOpenEvidencePack final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    //! Answers "Were you also given the report…?" with "Check the pack only"
    //! and returns the verdict the report dialog then shows.
    static QString checkPackOnly(ui::MainWindow *window)
    {
        QMessageBox *question = nullptr;
        [&] {
            QTRY_VERIFY((question = window->findChild<QMessageBox *>(QStringLiteral("evidenceDocumentsQuestion"))));
        }();
        if (!question)
            return {};
        QTest::mouseClick(
            question->findChild<QPushButton *>(QStringLiteral("evidenceDocumentsNoButton")), Qt::LeftButton);
        ui::EvidenceReportDialog *report = nullptr;
        [&] { QTRY_VERIFY_WITH_TIMEOUT((report = window->findChild<ui::EvidenceReportDialog *>()), kSlowMs); }();
        if (!report)
            return {};
        const QString verdict = report->findChild<QLabel *>(QStringLiteral("evidenceVerdict"))->text();
        delete report;
        return verdict;
    }
    static void unlock(ui::TerminalShell &shell)
    {
        ui::UnlockDialog *dialog = shell.unlockDialog();
        QVERIFY(dialog && dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("demo-only"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("unlockButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow() && shell.mainWindow()->isVisible(), kSlowMs);
    }

private Q_SLOTS:
    void aPackGivenAtStartIsCheckedOnceSignedIn()
    {
        QVERIFY(m_dir.isValid());
        // As a file manager hands it over: a path with the pack's own extension.
        const QString pack = m_dir.filePath(QStringLiteral("order 2026 resolved.ccevidence"));
        QVERIFY(QFile::copy(kDemoPack, pack));
        const QString tampered = m_dir.filePath(QStringLiteral("tampered.ccevidence"));
        {
            QFile in(pack);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
            root.insert(QStringLiteral("orderId"), root.value(QStringLiteral("orderId")).toInteger() + 1);
            QFile out(tampered);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(root).toJson());
        }

        // A terminal set up for the demo network as the Shanghai mediator.
        ui::TerminalSettings settings(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("terminal.ini")), QSettings::IniFormat));
        settings.setMode(ui::NetworkMode::Demo);
        settings.setKeyFilePath(QStringLiteral(":/demo/keys/mediator-shanghai.pem"));
        settings.setIdentityAddress(QStringLiteral("0x87e323d4a4dac7343c4ecfae4a85bff074181dc3"));
        test::FakeClock clock;
        ui::TerminalShell::Paths paths;
        paths.keysDir = m_dir.filePath(QStringLiteral("keys"));
        paths.demoDataDir = m_dir.filePath(QStringLiteral("demo"));
        paths.networksDir = m_dir.filePath(QStringLiteral("networks"));
        ui::TerminalShell shell(settings, clock, paths);

        // What main() does with `credit-terminal PACK`: before the first window.
        shell.openEvidencePack(pack);
        shell.start();
        QVERIFY(!shell.mainWindow());
        QCOMPARE(shell.pendingEvidencePack(), pack); // locked: the pack waits for the sign-in
        QVERIFY(shell.demoNetwork());
        QTRY_VERIFY_WITH_TIMEOUT(!shell.demoNetwork()->url().isEmpty(), kSlowMs);

        unlock(shell);
        QVERIFY(shell.pendingEvidencePack().isEmpty());
        const QString verdict = checkPackOnly(shell.mainWindow());
        QVERIFY2(verdict.startsWith(QStringLiteral("✔")), qPrintable(verdict));

        // Signed in: a second pack is checked at once, and a changed one is refused.
        shell.openEvidencePack(tampered);
        QVERIFY(shell.pendingEvidencePack().isEmpty());
        const QString refused = checkPackOnly(shell.mainWindow());
        QVERIFY2(refused.startsWith(QStringLiteral("✘")), qPrintable(refused));

        // Locked again: nothing is checked until the next sign-in, then the pack is.
        shell.lock();
        QVERIFY(!shell.mainWindow());
        shell.openEvidencePack(pack);
        QCOMPARE(shell.pendingEvidencePack(), pack);
        unlock(shell);
        const QString again = checkPackOnly(shell.mainWindow());
        QVERIFY2(again.startsWith(QStringLiteral("✔")), qPrintable(again));
    }
};

QTEST_MAIN(TestOpenEvidencePack)
#include "TestOpenEvidencePack.moc"
