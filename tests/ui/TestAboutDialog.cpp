// SPDX-License-Identifier: Apache-2.0
// Help → About names the version set once in CMake (main.cpp hands it to
// QCoreApplication), the licence of the program as distributed and every
// library it runs with, versions as loaded.
#include "main/AboutDialog.h"
#include "main/MainWindow.h"
#include "settings/TerminalSettings.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

class TestAboutDialog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void helpMenuOpensAboutWithVersionsAndLicences()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        QTemporaryDir dir;
        ui::TerminalSettings settings(
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat));
        ui::MainWindow window(ui::Role::Bank, QStringLiteral("Bank"), settings);
        window.show();
        auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        about->trigger();
        auto *dialog = window.findChild<ui::AboutDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("aboutVersion"))->text().contains(QStringLiteral("9.8.7")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("aboutLicence"))
                    ->text()
                    .contains(QStringLiteral("GNU General Public License version 3")));
        // Both GPL libraries the distributed program links are named (issue 17).
        for (const QString &gpl : { QStringLiteral("Poppler"), QStringLiteral("Qt Charts") })
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("aboutLicence"))->text().contains(gpl));

        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("aboutComponents"));
        QVERIFY(table);
        QHash<QString, QPair<QString, QString>> rows;
        for (int r = 0; r < table->rowCount(); ++r)
            rows.insert(table->item(r, 0)->text(), { table->item(r, 1)->text(), table->item(r, 2)->text() });
        QCOMPARE(rows.keys().size(), 6);
        QCOMPARE(rows.value(QStringLiteral("Qt Charts")).second, QStringLiteral("GPL-3.0-only"));
        QVERIFY(rows.value(QStringLiteral("Qt Charts")).first.startsWith(QStringLiteral("6.")));
        QCOMPARE(rows.value(QStringLiteral("Qt")).first, QString::fromLatin1(qVersion()));
        QVERIFY(rows.value(QStringLiteral("OpenSSL")).first.startsWith(QStringLiteral("OpenSSL 3.")));
        QCOMPARE(rows.value(QStringLiteral("Poppler")).second, QStringLiteral("GPL-2.0-or-later"));
        for (const QString &name : { QStringLiteral("Poppler"), QStringLiteral("libcurl"), QStringLiteral("SQLite") }) {
            const QString version = rows.value(name).first;
            QVERIFY2(!version.isEmpty() && version.at(0).isDigit(), qPrintable(name + QStringLiteral(": ") + version));
        }
    }
};

QTEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
