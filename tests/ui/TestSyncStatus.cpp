// SPDX-License-Identifier: Apache-2.0
// What the status bar shows while the light node works: during catch-up a
// real progress bar with blocks/s and ETA, the heights, the endpoint in use;
// after it, no bar; an alarm turns the red badge on and its window explains.
#include "node/LightNode.h"
#include "main/ChainStatusBar.h"
#include "session/SyncStatusPresenter.h"

#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

class TestSyncStatus final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catchUpProgressThenSynced()
    {
        QTemporaryDir dir;
        chain::NetworkProfile profile;
        profile.endpoints = { QStringLiteral("http://127.0.0.1:1/") };
        chain::LightNode node(profile, dir.filePath(QStringLiteral("light.sqlite"))); // not started: signals only
        ui::ChainStatusBar bar;
        bar.show();
        ui::SyncStatusPresenter presenter(node, bar);
        auto *progress = bar.findChild<QProgressBar *>(QStringLiteral("syncProgress"));

        Q_EMIT node.progressChanged(chain::SyncProgress { 100, 1000, 50.0 });
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->value(), 100); // per mille
        QCOMPARE(progress->text(), QStringLiteral("50 blocks/s, 18 s left"));
        QCOMPARE(bar.findChild<QLabel *>(QStringLiteral("localHeightLabel"))->text(), QStringLiteral("Verified: 100"));
        QCOMPARE(bar.findChild<QLabel *>(QStringLiteral("chainHeightLabel"))->text(),
            QStringLiteral("Chain: %1").arg(QLocale().toString(1000)));

        Q_EMIT node.endpointChanged(chain::EndpointStatus {
            QStringLiteral("http://node-b:20200/"), chain::EndpointHealth::Serving, {}, std::nullopt, 1000 });
        QCOMPARE(
            bar.findChild<QLabel *>(QStringLiteral("endpointLabel"))->text(), QStringLiteral("http://node-b:20200/"));

        Q_EMIT node.caughtUp(1000);
        QVERIFY(!progress->isVisible());
        QCOMPARE(bar.findChild<QLabel *>(QStringLiteral("localHeightLabel"))->text(),
            QStringLiteral("Verified: %1").arg(QLocale().toString(1000)));
    }

    void alarmBadgeExplains()
    {
        QTemporaryDir dir;
        chain::NetworkProfile profile;
        chain::LightNode node(profile, dir.filePath(QStringLiteral("light.sqlite")));
        ui::ChainStatusBar bar;
        bar.show();
        ui::SyncStatusPresenter presenter(node, bar);
        auto *badge = bar.findChild<QPushButton *>(QStringLiteral("alarmBadge"));
        QVERIFY(!badge->isVisible());
        chain::SyncAlarm alarm;
        alarm.kind = chain::SyncAlarm::Kind::Quarantined;
        alarm.endpoint = QStringLiteral("http://evil:20200/");
        alarm.block = 365;
        alarm.rule = QStringLiteral("TransactionsRoot");
        Q_EMIT node.alarmRaised(alarm);
        QVERIFY(badge->isVisible());
        QCOMPARE(bar.alarms().size(), 1);
        QVERIFY(bar.alarms().first().contains(QStringLiteral("http://evil:20200/")));
        QVERIFY(bar.alarms().first().contains(QStringLiteral("block 365")));
        QVERIFY(bar.alarms().first().contains(QStringLiteral("TransactionsRoot")));
        QTest::mouseClick(badge, Qt::LeftButton);
        auto *dialog = bar.findChild<QMessageBox *>(QStringLiteral("alarmDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->informativeText().contains(QStringLiteral("TransactionsRoot")));
    }
};

QTEST_MAIN(TestSyncStatus)
#include "TestSyncStatus.moc"
