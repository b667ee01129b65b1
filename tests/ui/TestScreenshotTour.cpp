// SPDX-License-Identifier: Apache-2.0
// The screenshot command end to end: a demo network in a scratch folder, every
// role signed in, its pages synced and drawn; the PNGs are real images of the
// windows (sized as laid out, not blank).
#include "tour/ScreenshotTour.h"

#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

class TestScreenshotTour final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesEveryRolesScreens()
    {
        QTemporaryDir out;
        ui::ScreenshotTour tour(out.filePath(QStringLiteral("shots")));
        QSignalSpy finished(&tour, &ui::ScreenshotTour::finished);
        tour.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 300000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

        const int pages = ui::ScreenshotTour::screenCount();
        QVERIFY(pages >= 2 + 4); // welcome, unlock, and at least a page of each of the four roles
        const QStringList files = QDir(out.filePath(QStringLiteral("shots"))).entryList({ QStringLiteral("*.png") });
        QCOMPARE(files.size(), pages);
        QCOMPARE(tour.written().size(), pages);
        for (const QString &file : files) {
            const QImage image(out.filePath(QStringLiteral("shots/") + file));
            QVERIFY2(!image.isNull(), qPrintable(file));
            QVERIFY2(image.width() >= 300 && image.height() >= 100, qPrintable(file));
            // A drawn window has more than one colour.
            const QRgb corner = image.pixel(image.width() / 2, image.height() / 2);
            bool varied = false;
            for (int y = 0; y < image.height() && !varied; y += 7)
                for (int x = 0; x < image.width() && !varied; x += 7)
                    varied = image.pixel(x, y) != corner;
            QVERIFY2(varied, qPrintable(file));
        }
        QVERIFY(files.contains(QStringLiteral("10-bank-page1.png")));
    }
};

QTEST_MAIN(TestScreenshotTour)
#include "TestScreenshotTour.moc"
