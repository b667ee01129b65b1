// SPDX-License-Identifier: Apache-2.0
// The embedded .qm is really in the binary and switches the UI language.
#include "common/Role.h"
#include "i18n/LanguageLoader.h"

#include <QCoreApplication>
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

    void englishIsTheSource()
    {
        LanguageLoader loader;
        QVERIFY(!loader.install(LanguageLoader::localeFor(QStringLiteral("en"))));
        QCOMPARE(credit::ui::roleLabel(credit::ui::Role::Bank), QStringLiteral("Inquiring institution"));
    }
};

QTEST_MAIN(TestLanguageLoader)
#include "TestLanguageLoader.moc"
