// SPDX-License-Identifier: Apache-2.0
// The operator's user list (CSV): what a spreadsheet saves is read back, each
// user row checked as far as the file can tell, and a file that cannot be a
// user list refused as a whole with what to do.
#include "common/Csv.h"
#include "desk/UserCsvImport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using namespace Qt::StringLiterals;

namespace {

//! A 64-byte public key as 128 hex digits (the file checks the form; the curve is the desk's check).
QString keyHex(char fill)
{
    return QString::fromLatin1(QByteArray(64, fill).toHex());
}

const QByteArray kInstitution = QByteArray::fromHex("11223344556677889900aabbccddeeff00112233");

} // namespace

class TestUserCsvImport final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // RFC 4180 §2's examples, and what Excel adds: a BOM, LF-only line ends, no line end at the end.
    void readsRfc4180AndSpreadsheetFiles()
    {
        csv::Table t = csv::parse(u"aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n"_s);
        QCOMPARE(
            t.records, (QList<QStringList> { { u"aaa"_s, u"bbb"_s, u"ccc"_s }, { u"zzz"_s, u"yyy"_s, u"xxx"_s } }));
        QCOMPARE(t.rows, (QList<int> { 1, 2 }));
        t = csv::parse(u"\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx"_s);
        QCOMPARE(t.records.first(), (QStringList { u"aaa"_s, u"b\r\nbb"_s, u"ccc"_s }));
        QCOMPARE(t.rows, (QList<int> { 1, 2 })); // a quoted line break is not a new row
        t = csv::parse(u"\uFEFF\"aaa\",\"b\"\"bb\",\"\"\n\nx,"_s);
        QVERIFY(t.problem.isEmpty());
        QCOMPARE(t.records, (QList<QStringList> { { u"aaa"_s, u"b\"bb"_s, QString() }, { u"x"_s, QString() } }));
        QCOMPARE(t.rows, (QList<int> { 1, 3 })); // the empty line is row 2, as the spreadsheet shows it
        // What the terminal's own writer makes reads back the same.
        const QStringList fields { u"王, 小明"_s, u"say \"hi\""_s, u"two\nlines"_s };
        QCOMPARE(
            csv::parse(csv::record(fields) + csv::record(fields)).records, (QList<QStringList> { fields, fields }));
    }

    void refusesWhatIsNotCsv()
    {
        csv::Table t = csv::parse(u"a,b\r\nc,\"d\r\ne,f\r\n"_s);
        QVERIFY(!t.problem.isEmpty());
        QVERIFY(t.records.isEmpty());
        QCOMPARE(t.problemRow, 2);
        t = csv::parse(u"a,b\n\"c\"d,e\n"_s);
        QVERIFY(!t.problem.isEmpty());
        QCOMPARE(t.problemRow, 2);
    }

    void readsUsersUnderAnEnglishHeader()
    {
        const QByteArray file = "\xEF\xBB\xBFname,public_key\r\n"
            + u"张伟,%1\r\n\"Li, Na\",0x%2\r\n"_s.arg(keyHex(1), keyHex(2).toUpper()).toUtf8();
        auto rows = desk::parseUserCsv(file, kInstitution);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).row, 2);
        QCOMPARE(rows->at(0).draft.name, u"张伟"_s);
        QCOMPARE(rows->at(0).draft.publicKey, keyHex(1));
        QCOMPARE(rows->at(0).draft.institution, kInstitution);
        QVERIFY(rows->at(0).refusal.isEmpty());
        QCOMPARE(rows->at(1).row, 3);
        QCOMPARE(rows->at(1).draft.name, u"Li, Na"_s);
        QVERIFY(rows->at(1).refusal.isEmpty());
    }

    void readsUsersUnderAChineseHeaderInAnyColumnOrder()
    {
        const QByteArray file = u"备注,公钥,姓名\n新开户,04%1,王芳\n"_s.arg(keyHex(3)).toUtf8();
        auto rows = desk::parseUserCsv(file, kInstitution);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).draft.name, u"王芳"_s);
        QCOMPARE(desk::normalizedPublicKeyHex(rows->at(0).draft.publicKey), keyHex(3));
        QVERIFY(rows->at(0).refusal.isEmpty());
    }

    void refusesBadRowsOneByOne()
    {
        const QByteArray file
            = u"name,public_key\r\n"
              u"A,%1\r\n" // row 2: fine
              u" ,%2\r\n" // row 3: no name
              u"C,%3\r\n" // row 4: too short
              u"D,%4zz\r\n" // row 5: not hex
              u"\r\n" // row 6: empty
              u"E,0X04%5\r\n" // row 7: row 2's key, spelled otherwise
              u"F,%6\r\n"_s // row 8: fine
                  .arg(keyHex(1), keyHex(2), keyHex(3).left(126), keyHex(4).left(126), keyHex(1).toUpper(), keyHex(6))
                  .toUtf8();
        auto rows = desk::parseUserCsv(file, kInstitution);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 6);
        QList<int> numbers;
        for (const desk::UserCsvRow &r : *rows)
            numbers << r.row;
        QCOMPARE(numbers, (QList<int> { 2, 3, 4, 5, 7, 8 }));
        QVERIFY(rows->at(0).refusal.isEmpty());
        QCOMPARE(rows->at(1).refusal, u"The name is empty."_s);
        QCOMPARE(rows->at(2).refusal, u"The public key is not 128 hex digits (or 130 starting with 04)."_s);
        QCOMPARE(rows->at(3).refusal, rows->at(2).refusal);
        QCOMPARE(rows->at(4).refusal, u"Same key as row 2."_s);
        QVERIFY(rows->at(5).refusal.isEmpty());
    }

    void refusesFilesThatAreNoUserList_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << u"The file is empty."_s;
        QTest::newRow("no header") << u"张伟,%1\n"_s.arg(keyHex(1)).toUtf8()
                                   << u"The first row must name the columns: name,public_key (or 姓名,公钥)."_s;
        QTest::newRow("header only") << QByteArray("name,public_key\r\n")
                                     << u"The file names the columns but lists no users."_s;
        QTest::newRow("binary")
            << QByteArray("\xFF\xFE\x00\x80\xFF", 5)
            << u"The file is neither UTF-8 nor GB18030 text. In the spreadsheet, save it as “CSV UTF-8 (comma delimited)” and import that file."_s;
        QTest::newRow("open quote")
            << QByteArray("name,public_key\r\n\"A,00\r\n")
            << u"Row 2 is not valid CSV: a quotation mark is not closed, or text follows a closing one. Correct that row in the spreadsheet and save the file again."_s;
        QByteArray large = "name,public_key\r\n";
        while (large.size() <= desk::kMaxUserCsvBytes)
            large += "A," + keyHex(1).toLatin1() + "\r\n";
        QTest::newRow("over 1 MiB")
            << large
            << u"The file is larger than 1 MiB. Split the list into several files and import them one after the other."_s;
    }

    void readsGb18030AsExcelSavesPlainCsv()
    {
        // "张伟" in GBK (a subset of GB18030): what Excel on a Chinese Windows saves as plain "CSV".
        const QByteArray file = QByteArray("name,public_key\r\n\xD5\xC5\xCE\xB0,") + keyHex(1).toLatin1() + "\r\n";
        auto rows = desk::parseUserCsv(file, kInstitution);
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).draft.name, u"张伟"_s);
        QVERIFY(rows->at(0).refusal.isEmpty());
    }

    void refusesFilesThatAreNoUserList()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, says);
        auto rows = desk::parseUserCsv(file, kInstitution);
        QVERIFY(!rows);
        QCOMPARE(rows.error().message, says);
        QCOMPARE(rows.error().kind, ErrorKind::InvalidInput);
    }

    void readsFilesFromDiskAndRefusesLargeOnesUnread()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(u"users.csv"_s);
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"姓名,公钥\r\n赵敏,%1\r\n"_s.arg(keyHex(5)).toUtf8());
        f.close();
        auto rows = desk::readUserCsv(good, kInstitution);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).draft.name, u"赵敏"_s);

        // A sparse file of 2 MiB: refused from its size.
        const QString large = dir.filePath(u"large.csv"_s);
        QFile l(large);
        QVERIFY(l.open(QIODevice::WriteOnly));
        QVERIFY(l.resize(2 * desk::kMaxUserCsvBytes));
        l.close();
        rows = desk::readUserCsv(large, kInstitution);
        QVERIFY(!rows);
        QVERIFY(rows.error().message.contains(u"1 MiB"_s));

        rows = desk::readUserCsv(dir.filePath(u"missing.csv"_s), kInstitution);
        QVERIFY(!rows);
        QVERIFY(rows.error().message.startsWith(u"Cannot read "_s));
    }
};

QTEST_GUILESS_MAIN(TestUserCsvImport)
#include "TestUserCsvImport.moc"
