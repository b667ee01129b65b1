// SPDX-License-Identifier: Apache-2.0
// The bank's loan book to re-query (CSV): what a spreadsheet saves — UTF-8,
// or GB18030 as Excel on a Chinese Windows desk saves plain "CSV" — is read
// back, each enterprise row checked as far as the file can tell (name, the
// credit code's check digits, a code listed twice), and a file that cannot be
// a loan book refused as a whole with what to do. The GB18030 bytes below were
// encoded by Python's codec, not by the code under test.
#include "desk/LoanBookCsv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using namespace Qt::StringLiterals;

namespace {

// Two demo enterprises (resources/demo/genesis.json): valid codes.
const QString kName1 = u"上海澜启科技有限公司"_s;
const QString kCode1 = u"91310115862599344H"_s;
const QString kName2 = u"深圳泓远科技有限公司"_s;
const QString kCode2 = u"91440305239230844M"_s;

} // namespace

class TestLoanBookCsv final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsAUtf8LoanBookWithChineseColumns()
    {
        const QByteArray file = (u"\uFEFF企业名称,统一社会信用代码,贷款余额（万元）\r\n"_s + kName1 + u',' + kCode1
            + u",500\r\n"_s + u"  "_s + kName2 + u" ,"_s + kCode2.toLower() + u" \r\n"_s)
                                    .toUtf8();
        const auto rows = desk::parseLoanBook(file);
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).row, 2);
        QCOMPARE(rows->at(0).enterpriseName, kName1);
        QCOMPARE(rows->at(0).enterpriseCode, kCode1);
        QVERIFY(rows->at(0).refusal.isEmpty());
        // Spaces around and a code typed in small letters: the code the chain's commitment takes.
        QCOMPARE(rows->at(1).enterpriseName, kName2);
        QCOMPARE(rows->at(1).enterpriseCode, kCode2);
        QVERIFY(rows->at(1).refusal.isEmpty());
    }

    void readsGb18030AsExcelSavesPlainCsv()
    {
        // "企业名称,统一社会信用代码\r\n上海澜启科技有限公司,91310115862599344H\r\n" in GB18030.
        const QByteArray file
            = QByteArray::fromHex("c6f3d2b5c3fbb3c62ccdb3d2bbc9e7bbe1d0c5d3c3b4fac2eb0d0ac9cfbaa3c0bdc6f4bf"
                                  "c6bcbcd3d0cfdeb9abcbbe2c3931333130313135383632353939333434480d0a");
        const auto rows = desk::parseLoanBook(file);
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).enterpriseName, kName1);
        QCOMPARE(rows->at(0).enterpriseCode, kCode1);
    }

    void checksEachRowAsFarAsTheFileTells()
    {
        QString wrongCheckDigit = kCode1;
        wrongCheckDigit[17] = u'J';
        const QByteArray file = (u"name,credit_code\n"_s + kName1 + u',' + kCode1 + u'\n' + u","_s + kCode2 + u'\n'
            + kName2 + u",\n"_s + kName2 + u',' + wrongCheckDigit + u'\n' + kName1 + u" 分公司,"_s + kCode1 + u'\n')
                                    .toUtf8();
        const auto rows = desk::parseLoanBook(file);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 5);
        QVERIFY(rows->at(0).refusal.isEmpty());
        QCOMPARE(rows->at(1).refusal, u"The enterprise name is empty."_s);
        QCOMPARE(rows->at(2).refusal, u"The credit code is empty."_s);
        QVERIFY(!rows->at(3).refusal.isEmpty()); // the check digit's own words (market/Uscc)
        QVERIFY(rows->at(3).refusal.contains(u"18"_s));
        QCOMPARE(rows->at(4).refusal, u"Same credit code as row 2."_s);
        QCOMPARE(rows->at(4).row, 6);
    }

    void refusesWhatCannotBeALoanBook_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << u"The file is empty."_s;
        QTest::newRow("no code column") << (u"企业名称,地址\n"_s + kName1 + u",上海\n"_s).toUtf8()
                                        << u"The first row must name the columns: 企业名称,统一社会信用代码 (or "_s
                                           "name,credit_code)."_s;
        QTest::newRow("header only") << QByteArray("name,credit_code\r\n")
                                     << u"The file names the columns but lists no enterprises."_s;
        QTest::newRow("not csv") << (u"name,credit_code\n\""_s + kName1 + u"\"x,"_s + kCode1 + u'\n').toUtf8()
                                 << u"Row 2 is not valid CSV: a quotation mark is not closed, or text follows a "_s
                                    "closing one. Correct that row in the spreadsheet and save the file again."_s;
        QTest::newRow("binary") << QByteArray("\xFF\xFE\x00\x80\xFF", 5)
                                << u"The file is neither UTF-8 nor GB18030 text. In the spreadsheet, save it as "_s
                                   "“CSV UTF-8 (comma delimited)” and choose that file."_s;
    }

    void refusesWhatCannotBeALoanBook()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, message);
        const auto rows = desk::parseLoanBook(file);
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error().message, message);
    }

    void refusesMoreEnterprisesThanOneBatchPlaces()
    {
        QByteArray file = "name,credit_code\n";
        for (int i = 0; i <= desk::kMaxLoanBookRows; ++i)
            file += "E,x\n";
        const auto rows = desk::parseLoanBook(file);
        QVERIFY(!rows.ok());
        QVERIFY(
            rows.error().message.startsWith(u"The file lists 2001 enterprises; one re-query places at most 2000"_s));
    }

    void refusesAFileLargerThanOneMebibyteBeforeReadingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"book.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,credit_code\n");
        f.write(QByteArray(desk::kMaxLoanBookBytes, 'x'));
        f.close();
        const auto rows = desk::readLoanBook(path);
        QVERIFY(!rows.ok());
        QVERIFY(rows.error().message.startsWith(u"The file is larger than 1 MiB."_s));
        const auto missing = desk::readLoanBook(dir.filePath(u"none.csv"_s));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.startsWith(u"Cannot read "_s));
    }
};

QTEST_GUILESS_MAIN(TestLoanBookCsv)
#include "TestLoanBookCsv.moc"
