// SPDX-License-Identifier: Apache-2.0
// One terminal per user: a second start hands over to the running one and ends; a
// killed terminal's lock does not keep the next start out.
#include "main/SingleInstance.h"

#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using credit::ui::SingleInstance;

namespace {

// A terminal process with its own user folders, so the test never meets a real user's.
class TerminalUser {
public:
    explicit TerminalUser(const QString &home)
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), home);
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/run"));
        m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_lockFile = home + QStringLiteral("/data/CreditChain/CreditChain Terminal/terminal.lock");
    }

    std::unique_ptr<QProcess> start(const QStringList &arguments = {}) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_env);
        process->start(QStringLiteral(TERMINAL_PATH), arguments);
        return process;
    }

    const QString &lockFile() const { return m_lockFile; }

private:
    QProcessEnvironment m_env;
    QString m_lockFile;
};

// The process id written in a lock file (0 when there is none).
qint64 lockOwner(const QString &path)
{
    qint64 pid = 0;
    QString host;
    QString application;
    return QLockFile(path).getLockInfo(&pid, &host, &application) ? pid : 0;
}

} // namespace

class TestSingleInstance final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aSecondClaimHandsItsArgumentsToTheFirst()
    {
        QTemporaryDir folder;
        SingleInstance first(folder.path());
        QCOMPARE(first.claim({}), SingleInstance::Claim::First);
        QSignalSpy handed(&first, &SingleInstance::activationRequested);

        // The second claimant blocks on its socket: another thread, while this one's
        // event loop lets the first answer.
        const QString path = folder.path();
        QFuture<SingleInstance::Claim> second = QtConcurrent::run([path] {
            SingleInstance later(path);
            return later.claim({ QStringLiteral("/tmp/dispute.ccevidence") });
        });
        QTRY_COMPARE_WITH_TIMEOUT(handed.count(), 1, 5000);
        QCOMPARE(handed.at(0).at(0).toStringList(), QStringList { QStringLiteral("/tmp/dispute.ccevidence") });
        QTRY_VERIFY(second.isFinished());
        QCOMPARE(second.result(), SingleInstance::Claim::HandedOver);
    }

    void theLockIsFreeOnceTheFirstEnds()
    {
        QTemporaryDir folder;
        {
            SingleInstance first(folder.path());
            QCOMPARE(first.claim({}), SingleInstance::Claim::First);
        }
        SingleInstance next(folder.path());
        QCOMPARE(next.claim({}), SingleInstance::Claim::First);
    }

    void theRealTerminalStartedTwiceRunsOnce()
    {
        QTemporaryDir home;
        const TerminalUser user(home.path());
        auto first = user.start();
        QVERIFY(first->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(user.lockFile()), 20000);

        auto second = user.start();
        QVERIFY(second->waitForFinished(20000));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QVERIFY2(second->readAllStandardOutput().contains("already running"), "the second start says why it ended");
        QCOMPARE(first->state(), QProcess::Running);

        // Killed, the first leaves its lock file and socket behind; the next start runs
        // anyway (and a start after it hands over to it, so it really holds the lock).
        first->kill();
        QVERIFY(first->waitForFinished());
        QVERIFY(QFile::exists(user.lockFile()));
        auto third = user.start();
        QVERIFY(third->waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(lockOwner(user.lockFile()), third->processId(), 20000);
        auto fourth = user.start();
        QVERIFY(fourth->waitForFinished(20000));
        QCOMPARE(fourth->exitCode(), 0);
        QVERIFY(fourth->readAllStandardOutput().contains("already running"));
        QCOMPARE(third->state(), QProcess::Running);
        third->kill();
        third->waitForFinished();
    }
};

QTEST_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"
