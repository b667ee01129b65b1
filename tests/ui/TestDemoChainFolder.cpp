// SPDX-License-Identifier: Apache-2.0
// The embedded demo chain's folder follows its genesis: the same genesis keeps
// its chain, a new one (a release with new demo identities) starts afresh
// instead of refusing to start on the old chain, and earlier chains go.
#include "session/DemoChainFolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestDemoChainFolder final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsTheGenesis();
    void anUnreadableGenesisGivesNoFolder();
};

void TestDemoChainFolder::followsTheGenesis()
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("demo"));
    const QString oldGenesis = dir.filePath(QStringLiteral("old.json")),
                  newGenesis = dir.filePath(QStringLiteral("new.json"));
    QVERIFY(write(oldGenesis, R"({"chainId":1,"users":[]})"));
    QVERIFY(write(newGenesis, R"({"chainId":1,"users":["张敏"]})"));
    // The single-folder layout of earlier releases: chain files right in base.
    QVERIFY(QDir().mkpath(base));
    QVERIFY(write(QDir(base).filePath(QStringLiteral("chain.sqlite")), "old chain"));

    const QString first = ui::demoChainFolder(base, oldGenesis);
    QVERIFY(first.startsWith(base + QStringLiteral("/genesis-")));
    QVERIFY(!QFile::exists(QDir(base).filePath(QStringLiteral("chain.sqlite"))));
    QVERIFY(QDir().mkpath(first));
    QVERIFY(write(QDir(first).filePath(QStringLiteral("chain.sqlite")), "chain"));

    // The same genesis again: the same folder, its chain kept.
    QCOMPARE(ui::demoChainFolder(base, oldGenesis), first);
    QVERIFY(QFile::exists(QDir(first).filePath(QStringLiteral("chain.sqlite"))));

    // A new genesis: another folder, the old chain removed.
    const QString second = ui::demoChainFolder(base, newGenesis);
    QVERIFY(second != first);
    QVERIFY(!QDir(first).exists());
    QVERIFY(!QDir(second).exists()); // the devnet creates it and writes the history
}

void TestDemoChainFolder::anUnreadableGenesisGivesNoFolder()
{
    QTemporaryDir dir;
    QVERIFY(ui::demoChainFolder(dir.path(), dir.filePath(QStringLiteral("missing.json"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoChainFolder)
#include "TestDemoChainFolder.moc"
