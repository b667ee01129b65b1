// SPDX-License-Identifier: Apache-2.0
// The demo identity picker with the embedded identities.json: every user
// account is listed under its institution as "张敏 @ <institution>", and
// choosing one hands over that user's own key file. identities.json entries
// that contradict each other are refused with the reason.
#include "codec/Hex.h"
#include "crypto/KeyFile.h"
#include "setup/DemoIdentities.h"
#include "setup/IdentityPickerPage.h"

#include <QAbstractItemModel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// identities.json with one institution and the given extra entries.
QString writeIdentities(const QTemporaryDir &dir, const QByteArray &extraEntries)
{
    const QString path = dir.filePath(QStringLiteral("identities.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(R"({"password": "demo-only", "identities": [
        {"role": "bank", "name": "上海申江商业银行股份有限公司", "code": "91310101107223706T",
         "address": "0x889569f75fdad492a8088bb11819b6e63d0b7e6b", "keyFile": "keys/bank-shanghai.pem"})"
        + extraEntries + "]}");
    return path;
}

} // namespace

class TestIdentityPicker final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void usersFollowTheirInstitution();
    void choosingAUserGivesItsOwnKey();
    void usersOfUnknownInstitutionsAreRefused();
};

void TestIdentityPicker::usersFollowTheirInstitution()
{
    auto demo = ui::DemoIdentities::load(ui::DemoIdentities::embeddedPath());
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().message));
    ui::IdentityPickerPage page;
    page.setIdentities(demo);
    auto *list = child<QListView>(&page, "identityList");
    QAbstractItemModel *model = list->model();
    QCOMPARE(model->rowCount(), demo->identities.size());

    int institutions = 0, users = 0;
    QString institution; // the name of the last institution row above
    for (int row = 0; row < model->rowCount(); ++row) {
        const ui::DemoIdentity &id = demo->identities.at(row);
        const QString text = model->index(row, 0).data().toString();
        QVERIFY2(text.startsWith(ui::roleLabel(id.role) + QStringLiteral(" — ")), qPrintable(text));
        if (!id.isUser()) {
            ++institutions;
            institution = id.name;
            QVERIFY(!text.contains(u'@'));
            continue;
        }
        ++users;
        QCOMPARE(id.name, institution); // listed under its own institution
        QCOMPARE(text, ui::roleLabel(id.role) + QStringLiteral(" — ") + id.user + QStringLiteral(" @ ") + institution);
        QVERIFY(model->index(row, 0).data(Qt::ToolTipRole).toString().contains(id.address));
    }
    QCOMPARE(institutions, 11);
    QCOMPARE(users, 22);
    const QModelIndexList zhang = model->match(model->index(0, 0), Qt::DisplayRole,
        QStringLiteral("张敏 @ 上海申江商业银行股份有限公司"), -1, Qt::MatchEndsWith);
    QCOMPARE(zhang.size(), 1);
}

void TestIdentityPicker::choosingAUserGivesItsOwnKey()
{
    auto demo = ui::DemoIdentities::load(ui::DemoIdentities::embeddedPath());
    QVERIFY(demo.ok());
    ui::IdentityPickerPage page;
    page.setIdentities(demo);
    auto *list = child<QListView>(&page, "identityList");
    const QModelIndexList found = list->model()->match(list->model()->index(0, 0), Qt::DisplayRole,
        QStringLiteral("张敏 @ 上海申江商业银行股份有限公司"), 1, Qt::MatchEndsWith);
    QCOMPARE(found.size(), 1);
    QSignalSpy chosen(&page, &ui::IdentityPickerPage::chosen);
    list->setCurrentIndex(found.first());
    QTest::mouseClick(child<QPushButton>(&page, "chooseIdentityButton"), Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    const auto id = chosen.first().first().value<ui::DemoIdentity>();
    QVERIFY(id.isUser());
    QCOMPARE(id.user, QStringLiteral("张敏"));
    QCOMPARE(id.role, ui::Role::Bank);
    QCOMPARE(id.institution, QStringLiteral("0x889569f75fdad492a8088bb11819b6e63d0b7e6b"));
    QCOMPARE(id.keyFile, QStringLiteral(":/demo/keys/users/bank-shanghai-1.pem"));
    QCOMPARE(id.displayName(), QStringLiteral("张敏 @ 上海申江商业银行股份有限公司"));
    // The embedded key file is the user's own, not the bank's.
    auto key = crypto::keyfile::load(id.keyFile, demo->password.toUtf8());
    QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
    QCOMPARE(hex::encodePrefixed(key->address()), id.address);
    QVERIFY(id.address != id.institution);
}

void TestIdentityPicker::usersOfUnknownInstitutionsAreRefused()
{
    QTemporaryDir dir;
    const QByteArray stranger = R"(, {"role": "bank", "user": "张敏", "name": "某银行",
        "institution": "0x1111111111111111111111111111111111111111",
        "address": "0x42816f711bf6540c6358dd3b34cadac3260ccad8", "keyFile": "keys/users/bank-shanghai-1.pem"})";
    auto loaded = ui::DemoIdentities::load(writeIdentities(dir, stranger));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ErrorKind::Corrupt);
    QVERIFY2(loaded.error().message.contains(QStringLiteral("user 张敏 names an institution")),
        qPrintable(loaded.error().message));

    const QByteArray noInstitution = R"(, {"role": "bank", "user": "张敏", "name": "某银行",
        "address": "0x42816f711bf6540c6358dd3b34cadac3260ccad8", "keyFile": "keys/users/bank-shanghai-1.pem"})";
    loaded = ui::DemoIdentities::load(writeIdentities(dir, noInstitution));
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(QStringLiteral("needs both a user name and its institution")),
        qPrintable(loaded.error().message));

    const QByteArray user = R"(, {"role": "bank", "user": "张敏", "name": "上海申江商业银行股份有限公司",
        "institution": "0x889569f75fdad492a8088bb11819b6e63d0b7e6b",
        "address": "0x42816f711bf6540c6358dd3b34cadac3260ccad8", "keyFile": "keys/users/bank-shanghai-1.pem"})";
    loaded = ui::DemoIdentities::load(writeIdentities(dir, user));
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QCOMPARE(loaded->identities.size(), 2);
    QCOMPARE(loaded->identities.last().keyFile, dir.path() + QStringLiteral("/keys/users/bank-shanghai-1.pem"));
}

QTEST_MAIN(TestIdentityPicker)
#include "TestIdentityPicker.moc"
