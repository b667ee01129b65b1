// SPDX-License-Identifier: Apache-2.0
// The operator's Users page (开立查询用户) on a fake desk
// (tests/support/FakeOperatorDesk.h): the list of one institution's users,
// opening a user with the user's public key or a generated key file, freezing
// after a confirmation, and importing a CSV list with a report per row.
#include "FakeOperatorDesk.h"
#include "common/EmptyListNotice.h"
#include "operator/OpenUserDialog.h"
#include "operator/UserImportDialog.h"
#include "operator/UserImportModel.h"
#include "operator/UsersModel.h"
#include "operator/UsersPage.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kBank = QByteArray(20, '\x0b'), kBureau = QByteArray(20, '\x0d'), kOperator = QByteArray(20, '\x01');

market::InstitutionInfo institution(const QByteArray &account, const QString &name, market::Role role)
{
    market::InstitutionInfo i;
    i.account = account;
    i.name = name;
    i.role = role;
    i.active = true;
    return i;
}

QByteArray publicKey(char fill)
{
    return QByteArray(64, fill);
}

desk::InstitutionUser user(const QString &name, char key, bool active, quint64 block)
{
    return { test::FakeOperatorDesk::accountOf(publicKey(key)), kBank, name, publicKey(key), active, block,
        1'750'000'000'000 };
}

QString cell(const QAbstractItemModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->index(row, column).data(role).toString();
}

//! The row that shows the user `name`, or -1.
int rowOf(const QAbstractItemModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (cell(model, row, ui::UsersModel::Name) == name)
            return row;
    return -1;
}

} // namespace

class TestUsersPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_reader = std::make_unique<test::FakeMarketReader>();
        m_reader->institutionList = { institution(kOperator, u"链运营方"_s, market::Role::Operator),
            institution(kBureau, u"Pujiang Credit Bureau"_s, market::Role::Bureau),
            institution(kBank, u"Bank of Huangpu"_s, market::Role::Bank) };
        m_desk = std::make_unique<test::FakeOperatorDesk>();
        m_desk->usersOf[kBank] = { user(u"张伟"_s, 1, true, 40), user(u"李娜"_s, 2, false, 52) };
        m_page = std::make_unique<ui::UsersPage>(*m_reader, *m_desk);
        m_page->resize(1000, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_table = m_page->findChild<QTableView *>(u"usersTable"_s);
        m_status = m_page->findChild<QLabel *>(u"usersMessage"_s);
        QVERIFY(m_table && m_status);
    }
    void cleanup()
    {
        m_page.reset();
        m_desk.reset();
        m_reader.reset();
    }

    void listsTheUsersOfTheChosenInstitution()
    {
        auto *institutions = m_page->findChild<QComboBox *>(u"userInstitution"_s);
        QCOMPARE(institutions->count(), 2); // not the operator itself
        QCOMPARE(institutions->itemText(0), u"Bank of Huangpu"_s);
        QAbstractItemModel *shown = m_table->model();
        QTRY_COMPARE(shown->rowCount(), 2);
        const int zhang = rowOf(shown, u"张伟"_s), li = rowOf(shown, u"李娜"_s);
        QVERIFY(zhang >= 0 && li >= 0);
        const QByteArray account = test::FakeOperatorDesk::accountOf(publicKey(1));
        const QString hex = QString::fromLatin1(account.toHex());
        QCOMPARE(cell(shown, zhang, ui::UsersModel::Account), u"0x%1…%2"_s.arg(hex.left(6), hex.right(4)));
        QCOMPARE(cell(shown, zhang, ui::UsersModel::Account, Qt::ToolTipRole), u"0x"_s + hex);
        QCOMPARE(cell(shown, zhang, ui::UsersModel::Status), u"Active"_s);
        QCOMPARE(cell(shown, li, ui::UsersModel::Status), u"Frozen"_s);
        QCOMPARE(cell(shown, li, ui::UsersModel::LastChangeBlock), u"52"_s);
        QVERIFY(!cell(shown, li, ui::UsersModel::LastChangeTime).isEmpty());
        // Blocks sort as numbers, not as text ("52" after "100").
        m_desk->usersOf[kBank] << user(u"周杰"_s, 3, true, 100);
        m_page->refresh();
        QTRY_COMPARE(shown->rowCount(), 3);
        m_table->sortByColumn(ui::UsersModel::LastChangeBlock, Qt::AscendingOrder);
        QCOMPARE(cell(shown, 2, ui::UsersModel::LastChangeBlock), u"100"_s);
        m_table->sortByColumn(ui::UsersModel::Name, Qt::AscendingOrder);

        auto *search = m_page->findChild<QLineEdit *>(u"userSearch"_s);
        search->setText(u"李"_s); // typed Chinese arrives through the input method, as text
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(cell(shown, 0, ui::UsersModel::Name), u"李娜"_s);
        search->clear();

        institutions->setCurrentIndex(1); // the bureau: no users yet
        QTRY_COMPARE(shown->rowCount(), 0);
        auto *empty = m_table->viewport()->findChild<ui::EmptyListNotice *>();
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->text().startsWith(u"No users yet for this institution"_s));
    }

    void opensAUserWithThePublicKeyTheUserMade()
    {
        auto *dialog = openDialog();
        dialog->findChild<QRadioButton *>(u"pasteUserKey"_s)->click();
        dialog->findChild<QLineEdit *>(u"userName"_s)->setText(u"王芳"_s);
        auto *key = dialog->findChild<QPlainTextEdit *>(u"userPublicKey"_s);
        key->setPlainText(u"04abc"_s);
        auto *error = dialog->findChild<QLabel *>(u"userError"_s);
        dialog->findChild<QPushButton *>(u"openUserButton"_s)->click();
        QCOMPARE(error->text(), u"The public key is not an SM2 public key."_s); // the desk's words
        QVERIFY(dialog->isVisible());
        QCOMPARE(key->toPlainText(), u"04abc"_s); // kept for correcting
        QVERIFY(m_desk->openedUsers.isEmpty());

        key->setPlainText(u"0x"_s + QString::fromLatin1(publicKey(7).toHex()));
        dialog->findChild<QPushButton *>(u"openUserButton"_s)->click();
        QTRY_VERIFY(!m_page->findChild<ui::OpenUserDialog *>());
        QCOMPARE(m_desk->openedUsers.size(), 1);
        QCOMPARE(m_desk->openedUsers.first().name, u"王芳"_s);
        QCOMPARE(m_desk->openedUsers.first().institution, kBank);
        QCOMPARE(m_desk->openedUsers.first().publicKey, publicKey(7));
        QTRY_VERIFY(m_status->text().startsWith(u"王芳: executed in block"_s));

        m_desk->confirmAll(120);
        QTRY_COMPARE(m_table->model()->rowCount(), 3);
        QCOMPARE(m_status->text(), u"王芳: done, verified in block 120."_s);

        // The node refuses one: the reason and what to do, in the page status.
        m_desk->refusedOpenings.insert(u"赵敏"_s, u"the institution is deactivated."_s);
        dialog = openDialog();
        dialog->findChild<QRadioButton *>(u"pasteUserKey"_s)->click();
        dialog->findChild<QLineEdit *>(u"userName"_s)->setText(u"赵敏"_s);
        dialog->findChild<QPlainTextEdit *>(u"userPublicKey"_s)
            ->setPlainText(QString::fromLatin1(publicKey(8).toHex()));
        dialog->findChild<QPushButton *>(u"openUserButton"_s)->click();
        QTRY_COMPARE(m_status->text(),
            u"Nothing was changed for 赵敏: the institution is deactivated. Correct what it says, then try again."_s);
        QCOMPARE(m_table->model()->rowCount(), 3);
    }

    void opensAUserWithAGeneratedKeyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"wang-key.pem"_s);
        m_desk->holdGeneration = true;
        auto *dialog = openDialog();
        QVERIFY(dialog->findChild<QRadioButton *>(u"generateUserKey"_s)->isChecked()); // the default
        dialog->findChild<QLineEdit *>(u"userName"_s)->setText(u"王芳"_s);
        auto *file = dialog->findChild<QLineEdit *>(u"userKeyFile"_s);
        QVERIFY(file->text().endsWith(u"王芳 key.pem"_s)); // suggested in Documents
        auto *password = dialog->findChild<QLineEdit *>(u"userKeyPassword"_s);
        auto *repeat = dialog->findChild<QLineEdit *>(u"userKeyPasswordRepeat"_s);
        auto *error = dialog->findChild<QLabel *>(u"userError"_s);
        auto *ok = dialog->findChild<QPushButton *>(u"openUserButton"_s);

        QFile existing(dir.filePath(u"taken.pem"_s));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        QTest::keyClicks(file, u"x"_s); // typed by hand from here on: no more suggestions
        file->setText(existing.fileName());
        password->setText(u"short"_s);
        repeat->setText(u"short"_s);
        ok->click();
        QVERIFY(error->text().startsWith(u"A file already exists at"_s));
        file->setText(path);
        ok->click();
        QCOMPARE(error->text(), u"The key file's password needs at least 8 characters."_s);
        password->setText(u"long enough"_s);
        repeat->setText(u"long enougH"_s);
        ok->click();
        QCOMPARE(error->text(), u"The two passwords differ."_s);
        QVERIFY(m_desk->generatedFiles.isEmpty());

        repeat->setText(u"long enough"_s);
        ok->click();
        auto *progress = dialog->findChild<QProgressBar *>(u"userKeyProgress"_s);
        QVERIFY(progress->isVisible()); // the GUI goes on while the key is made
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->isVisible());
        m_desk->finishGeneration();
        QTRY_VERIFY(!m_page->findChild<ui::OpenUserDialog *>());
        QVERIFY(QFile::exists(path));
        QCOMPARE(m_desk->generatedFiles, QStringList { path });
        QCOMPARE(m_desk->openedUsers.size(), 1);
        QCOMPARE(m_desk->openedUsers.first().name, u"王芳"_s);
        const QString handOver
            = u"Hand the key file %1 to the user, and its password separately."_s.arg(QDir::toNativeSeparators(path));
        QVERIFY2(m_status->text().endsWith(handOver), qPrintable(m_status->text()));
        m_desk->confirmAll(125);
        QTRY_COMPARE(m_status->text(), u"王芳: done, verified in block 125. "_s + handOver);

        // A refusal from the desk (nothing written) keeps the dialog and what was typed.
        m_desk->holdGeneration = false;
        m_desk->generateRefusal = u"The institution is deactivated: open its users once it is active again."_s;
        dialog = openDialog();
        dialog->findChild<QLineEdit *>(u"userName"_s)->setText(u"赵敏"_s);
        dialog->findChild<QLineEdit *>(u"userKeyFile"_s)->setText(dir.filePath(u"zhao.pem"_s));
        dialog->findChild<QLineEdit *>(u"userKeyPassword"_s)->setText(u"long enough"_s);
        dialog->findChild<QLineEdit *>(u"userKeyPasswordRepeat"_s)->setText(u"long enough"_s);
        dialog->findChild<QPushButton *>(u"openUserButton"_s)->click();
        QTRY_COMPARE(dialog->findChild<QLabel *>(u"userError"_s)->text(), m_desk->generateRefusal);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(u"userName"_s)->text(), u"赵敏"_s);
        QVERIFY(!QFile::exists(dir.filePath(u"zhao.pem"_s)));
        dialog->reject();
    }

    void freezesAfterAConfirmationNamingUserAndInstitution()
    {
        QTRY_COMPARE(m_table->model()->rowCount(), 2);
        const int zhang = rowOf(m_table->model(), u"张伟"_s);
        m_table->selectRow(zhang);
        auto *toggle = m_page->findChild<QPushButton *>(u"toggleUserButton"_s);
        QCOMPARE(toggle->text(), u"Freeze…"_s);
        toggle->click();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = m_page->findChild<QMessageBox *>(u"confirmUserChange"_s)) != nullptr);
        QVERIFY(confirm->text().startsWith(u"Freeze 张伟 of Bank of Huangpu?"_s));
        confirm->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!m_page->findChild<QMessageBox *>(u"confirmUserChange"_s));
        QVERIFY(m_desk->activeChanges.isEmpty());

        toggle->click();
        QTRY_VERIFY((confirm = m_page->findChild<QMessageBox *>(u"confirmUserChange"_s)) != nullptr);
        confirm->button(QMessageBox::Yes)->click();
        const QByteArray account = test::FakeOperatorDesk::accountOf(publicKey(1));
        QCOMPARE(m_desk->activeChanges, (QList<std::pair<QByteArray, bool>> { { account, false } }));
        QCOMPARE(cell(m_table->model(), zhang, ui::UsersModel::Status), u"Active (change pending)"_s);
        QVERIFY(!toggle->isEnabled()); // one change of a user at a time

        QTRY_COMPARE(m_desk->pendingSends(), 1);
        m_desk->confirmAll(130);
        QTRY_COMPARE(cell(m_table->model(), rowOf(m_table->model(), u"张伟"_s), ui::UsersModel::Status), u"Frozen"_s);
        QCOMPARE(cell(m_table->model(), rowOf(m_table->model(), u"张伟"_s), ui::UsersModel::LastChangeBlock), u"130"_s);
        QCOMPARE(m_status->text(), u"张伟: done, verified in block 130."_s);
        QTRY_COMPARE(toggle->text(), u"Unfreeze…"_s);
        QVERIFY(toggle->isEnabled());
    }

    void importsAListWithAReportPerRow()
    {
        QTemporaryDir dir;
        const QString hexOf3 = QString::fromLatin1(publicKey(3).toHex());
        m_desk->refusedKeys.insert(
            QString::fromLatin1(publicKey(5).toHex()), u"This key already belongs to 上海分行."_s);
        m_desk->refusedOpenings.insert(u"孙丽"_s, u"the node refused it: out of gas."_s);
        const QString path = writeFile(dir, u"users.csv"_s,
            QByteArray("\xEF\xBB\xBF")
                + (u"姓名,公钥\r\n"
                   u"王芳,%1\r\n" // 2 opened
                   u",%2\r\n" // 3 no name
                   u"陈静,abc\r\n" // 4 bad key
                   u"刘洋,04%1\r\n" // 5 same key as row 2
                   u"张伟,%3\r\n" // 6 already a user (the desk's check)
                   u"周杰,%4\r\n" // 7 refused by the desk's list
                   u"孙丽,%5\r\n" // 8 the node refuses it
                   u"吴磊,%6\r\n"_s // 9 opened
                        .arg(hexOf3, QString::fromLatin1(publicKey(4).toHex()),
                            QString::fromLatin1(publicKey(1).toHex()), QString::fromLatin1(publicKey(5).toHex()),
                            QString::fromLatin1(publicKey(6).toHex()), QString::fromLatin1(publicKey(9).toHex())))
                      .toUtf8());
        QTRY_COMPARE(m_table->model()->rowCount(), 2);
        ui::UserImportDialog *dialog = m_page->importFile(path);
        QVERIFY(dialog);
        ui::UserImportModel *report = dialog->model();
        QTRY_VERIFY(report->rowCount() == 8 && report->count(ui::UserImportModel::State::Waiting) == 0
            && report->count(ui::UserImportModel::State::Checking) == 0 && m_desk->pendingSends() == 2);
        m_desk->confirmAll(140);
        QTRY_VERIFY(dialog->isFinished());

        const QList<QStringList> expected {
            { u"2"_s, u"王芳"_s, u"Opened"_s, u"Block 140"_s },
            { u"3"_s, QString(), u"Refused"_s, u"The name is empty."_s },
            { u"4"_s, u"陈静"_s, u"Refused"_s, u"The public key is not 128 hex digits (or 130 starting with 04)."_s },
            { u"5"_s, u"刘洋"_s, u"Refused"_s, u"Same key as row 2."_s },
            { u"6"_s, u"张伟"_s, u"Refused"_s, u"This key already belongs to the user 张伟."_s },
            { u"7"_s, u"周杰"_s, u"Refused"_s, u"This key already belongs to 上海分行."_s },
            { u"8"_s, u"孙丽"_s, u"Refused"_s, u"the node refused it: out of gas."_s },
            { u"9"_s, u"吴磊"_s, u"Opened"_s, u"Block 140"_s },
        };
        for (int row = 0; row < expected.size(); ++row) {
            QStringList shown;
            for (int column = 0; column < ui::UserImportModel::ColumnCount; ++column)
                shown << cell(report, row, column);
            QCOMPARE(shown, expected.at(row));
        }
        QCOMPARE(dialog->summary(), u"2 opened and 6 refused"_s);
        QVERIFY(dialog->findChild<QPushButton *>(u"exportListButton"_s)->isEnabled());
        QVERIFY(!dialog->findChild<QPushButton *>(u"stopUserImportButton"_s)->isEnabled());
        // The page lists the opened users once the block is verified.
        QTRY_COMPARE(m_table->model()->rowCount(), 4);
    }

    void stopsAnImportAndSendsNoMore()
    {
        QTemporaryDir dir;
        QString text = u"name,public_key\n"_s;
        constexpr int kUsers = 200;
        for (int i = 0; i < kUsers; ++i)
            text += u"User %1,%2\n"_s.arg(i).arg(
                QString::fromLatin1((QByteArray(62, '\x77') + char(i >> 8) + char(i & 0xff)).toHex()));
        ui::UserImportDialog *dialog = m_page->importFile(writeFile(dir, u"many.csv"_s, text.toUtf8()));
        ui::UserImportModel *report = dialog->model();
        QElapsedTimer waited;
        waited.start();
        while (report->rowCount() == 0 && waited.elapsed() < 5000)
            QCoreApplication::processEvents();
        QCOMPARE(report->rowCount(), kUsers);
        dialog->findChild<QPushButton *>(u"stopUserImportButton"_s)->click(); // while the checks go on
        const qsizetype handedOver = m_desk->openedUsers.size();
        QVERIFY(handedOver < kUsers);
        QTest::qWait(200);
        QCOMPARE(m_desk->openedUsers.size(), handedOver); // nothing more after Stop
        QCOMPARE(report->count(ui::UserImportModel::State::NotSent), kUsers - handedOver);
        QCOMPARE(report->entry(kUsers - 1).details, u"Stopped before it was sent."_s);
        QVERIFY(dialog->summary().contains(u"%1 not sent"_s.arg(kUsers - handedOver)));
        // What was handed over is still followed to its block.
        QTRY_COMPARE(m_desk->pendingSends(), handedOver);
        m_desk->confirmAll(150);
        QTRY_VERIFY(dialog->isFinished());
        QCOMPARE(report->count(ui::UserImportModel::State::Opened), handedOver);
    }

    void stopsWhileTheFileIsRead()
    {
        QTemporaryDir dir;
        const QString path = writeFile(
            dir, u"one.csv"_s, u"name,public_key\nA,%1\n"_s.arg(QString::fromLatin1(publicKey(3).toHex())).toUtf8());
        ui::UserImportDialog *dialog = m_page->importFile(path);
        dialog->stop();
        QTRY_COMPARE(dialog->model()->rowCount(), 1);
        QCOMPARE(dialog->model()->entry(0).state, ui::UserImportModel::State::NotSent);
        QVERIFY(dialog->isFinished());
        QVERIFY(m_desk->checkedDrafts.isEmpty());
    }

    void refusesAFileThatIsNoUserList()
    {
        QTemporaryDir dir;
        // Not text at all (a spreadsheet's binary file chosen by mistake).
        const QString path = writeFile(dir, u"book.xls"_s, QByteArray("\xFF\xFE\x00\x80\xFF", 5));
        ui::UserImportDialog *dialog = m_page->importFile(path);
        QTRY_VERIFY(dialog->isFinished());
        QCOMPARE(dialog->summary(),
            u"Nothing was imported: The file is neither UTF-8 nor GB18030 text. In the spreadsheet, save it as “CSV "
            "UTF-8 (comma delimited)” and import that file."_s);
        QCOMPARE(dialog->model()->rowCount(), 0);
        QVERIFY(m_desk->checkedDrafts.isEmpty());
    }

private:
    ui::OpenUserDialog *openDialog()
    {
        m_page->findChild<QPushButton *>(u"openUserButton"_s)->click();
        auto *dialog = m_page->findChild<ui::OpenUserDialog *>();
        [&] { QVERIFY(dialog && dialog->isVisible()); }();
        return dialog;
    }
    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return file.fileName();
    }

    std::unique_ptr<test::FakeMarketReader> m_reader;
    std::unique_ptr<test::FakeOperatorDesk> m_desk;
    std::unique_ptr<ui::UsersPage> m_page;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
};

QTEST_MAIN(TestUsersPage)
#include "TestUsersPage.moc"
