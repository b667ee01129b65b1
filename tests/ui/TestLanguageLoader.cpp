// SPDX-License-Identifier: Apache-2.0
// The embedded .qm is really in the binary and switches the UI language.
#include "common/Role.h"
#include "i18n/LanguageLoader.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTest>

using credit::ui::LanguageLoader;

class TestLanguageLoader final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chineseFromTheEmbeddedTranslation()
    {
        LanguageLoader loader;
        QVERIFY(loader.install(LanguageLoader::localeFor(QStringLiteral("zh_CN"))));
        QCOMPARE(credit::ui::roleLabel(credit::ui::Role::Bank), QStringLiteral("查询机构"));
        QCOMPARE(credit::ui::roleLabel(credit::ui::Role::Mediator), QStringLiteral("调解组织"));
    }

    void qtsOwnButtonsInChineseFromTheCopyInTheProgram()
    {
        // The system's folder would also have it here; the copy under :/i18n is what a
        // Windows desk or a machine without Qt's translation package relies on.
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/qtbase_zh_CN.qm")));
        LanguageLoader loader;
        QVERIFY(loader.install(LanguageLoader::localeFor(QStringLiteral("zh_CN"))));
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
        QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("确定"));
    }

    void englishIsTheSource()
    {
        LanguageLoader loader;
        QVERIFY(!loader.install(LanguageLoader::localeFor(QStringLiteral("en"))));
        QCOMPARE(credit::ui::roleLabel(credit::ui::Role::Bank), QStringLiteral("Inquiring institution"));
    }

    void englishSaysOneOrderAndTwoOrders()
    {
        // English has no translation, but its plural forms come from credit-terminal_en.qm.
        for (const char *language : { "en", "de_DE" }) {
            LanguageLoader loader;
            QVERIFY(!loader.install(QLocale(QString::fromLatin1(language))));
            QCOMPARE(
                QCoreApplication::translate("credit::ui::OrderBrowserPage", "%n order(s) on the chain", nullptr, 1),
                QStringLiteral("1 order on the chain"));
            QCOMPARE(
                QCoreApplication::translate("credit::ui::OrderBrowserPage", "%n order(s) on the chain", nullptr, 2),
                QStringLiteral("2 orders on the chain"));
            QCOMPARE(QCoreApplication::translate("credit::ui::OrderBrowserPage", "%n order(s) match “%1”", nullptr, 1),
                QStringLiteral("1 order matches “%1”"));
        }
        LanguageLoader chinese;
        QVERIFY(chinese.install(LanguageLoader::localeFor(QStringLiteral("zh_CN"))));
        QVERIFY(!QCoreApplication::translate("credit::ui::OrderBrowserPage", "%n order(s) on the chain", nullptr, 1)
                     .contains(QLatin1String("order")));
    }
};

QTEST_MAIN(TestLanguageLoader)
#include "TestLanguageLoader.moc"
