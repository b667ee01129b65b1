// SPDX-License-Identifier: Apache-2.0
// 贷后批量查询 on offscreen widgets: the loan book file is read off the GUI
// thread and listed; Place orders states how many orders and the most they
// cost, then places one per enterprise with its recorded authorisation, one
// after the other, the table and summary following each answer; Stop leaves
// the rest unsent; a file that is no loan book orders nothing and says why.
// Fake desks stand for the chain (the batch's rules: test_loan_book_requery).
#include "FakeAuthorisationDesk.h"
#include "FakeClock.h"
#include "FakeDesks.h"
#include "bank/LoanBookDialog.h"
#include "bank/LoanBookModel.h"
#include "market/AuthorisationDocument.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using namespace Qt::StringLiterals;

namespace {

const QString kCode1 = u"91310115862599344H"_s;
const QString kCode2 = u"91440305239230844M"_s;
const QString kCode3 = u"91110108658154567M"_s;

QList<market::ProductInfo> products()
{
    market::ProductInfo free;
    free.productId = 4;
    free.name = u"企业基础信息查询"_s;
    free.bureauName = u"长三角征信"_s;
    free.priceFen = 5000;
    free.listed = true;
    market::ProductInfo needsLetter = free;
    needsLetter.productId = 5;
    needsLetter.name = u"企业信用报告（标准版）"_s;
    needsLetter.priceFen = 20000;
    needsLetter.authorisationRequired = true;
    return { free, needsLetter };
}

} // namespace

class TestLoanBookDialog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale::c()); // the summary's list separators and the prices' digits
    }

    void placesOneOrderPerEnterpriseAndFollowsEachAnswer()
    {
        test::FakeBankDesk bank;
        test::FakeAuthorisationDesk auth;
        auth.list << authorisation(21, kCode1) << authorisation(22, kCode2);
        const QString path = write(u"book.csv"_s,
            (u"\uFEFF企业名称,统一社会信用代码\r\n甲公司,"_s + kCode1 + u"\r\n乙公司,"_s + kCode2 + u"\r\n丙公司,"_s
                + kCode3 + u"\r\n丁公司,123\r\n"_s)
                .toUtf8());
        LoanBookDialogUnderTest d(bank, auth, path, m_clock);
        auto *place = d->findChild<QPushButton *>(u"placeLoanBookOrdersButton"_s);
        auto *stop = d->findChild<QPushButton *>(u"stopLoanBookButton"_s);
        QTRY_COMPARE(d->model()->rowCount(), 4);
        // Only the product that needs an authorisation is offered.
        auto *product = d->findChild<QComboBox *>(u"loanBookProduct"_s);
        QCOMPARE(product->count(), 1);
        QVERIFY(product->currentText().startsWith(u"企业信用报告（标准版）"_s));
        QCOMPARE(d->summary(), u"4 enterprise(s) in the file; 1 refused by the file check"_s);
        QCOMPARE(place->text(), u"Place 3 order(s) (at most ¥600.00)"_s);
        QCOMPARE(text(*d->model(), 3, LoanBookModel::Outcome), u"Refused"_s);
        QCOMPARE(text(*d->model(), 0, LoanBookModel::Outcome), u"Ready"_s);
        // No purpose, no orders.
        auto *purpose = d->findChild<QLineEdit *>(u"loanBookPurpose"_s);
        purpose->clear();
        QVERIFY(!place->isEnabled());
        purpose->insert(u"贷后检查"_s); // (QTest types ASCII only)
        QVERIFY(place->isEnabled());

        QTest::mouseClick(place, Qt::LeftButton);
        QVERIFY(!place->isEnabled());
        QVERIFY(!product->isEnabled());
        QVERIFY(stop->isEnabled());
        QCOMPARE(auth.letterRequests, (QList<QList<quint64>> { { 21, 22 } }));
        openLetters(auth, { 21, 22 });
        QCOMPARE(bank.placed.size(), 1);
        QCOMPARE(bank.placed.first().recordedAuthorisationId, 21ULL);
        QCOMPARE(bank.placed.first().purpose, u"贷后检查"_s);
        QCOMPARE(text(*d->model(), 0, LoanBookModel::Outcome), u"Sending…"_s);
        QCOMPARE(text(*d->model(), 0, LoanBookModel::Order), u"9001"_s);
        QCOMPARE(text(*d->model(), 0, LoanBookModel::Authorisation), u"21"_s);

        Q_EMIT bank.orderSent(9001, "tx");
        QCOMPARE(bank.placed.size(), 2);
        QCOMPARE(bank.placed.last().enterpriseCode, kCode2);
        Q_EMIT bank.orderSent(9002, "tx");
        // The third enterprise has no recorded authorisation: no order, and why.
        QCOMPARE(bank.placed.size(), 2);
        QCOMPARE(text(*d->model(), 2, LoanBookModel::Outcome), u"No authorisation"_s);
        QVERIFY(text(*d->model(), 2, LoanBookModel::Details).contains(u"Authorisations page"_s));
        QVERIFY(d->isIdle());
        QVERIFY(!stop->isEnabled());
        Q_EMIT bank.orderConfirmed(9001, 40);
        QCOMPARE(text(*d->model(), 0, LoanBookModel::Outcome), u"Ordered"_s);
        QCOMPARE(d->summary(),
            u"1 ordered, 1 awaiting verification, 1 without authorisation, 1 refused by the file check"_s);
    }

    void stopLeavesTheRestUnsent()
    {
        test::FakeBankDesk bank;
        test::FakeAuthorisationDesk auth;
        auth.list << authorisation(21, kCode1) << authorisation(22, kCode2);
        const QString path
            = write(u"two.csv"_s, (u"name,credit_code\n甲公司,"_s + kCode1 + u"\n乙公司,"_s + kCode2 + u'\n').toUtf8());
        LoanBookDialogUnderTest d(bank, auth, path, m_clock);
        QTRY_COMPARE(d->model()->rowCount(), 2);
        d->placeOrders();
        openLetters(auth, { 21, 22 });
        QTest::mouseClick(d->findChild<QPushButton *>(u"stopLoanBookButton"_s), Qt::LeftButton);
        Q_EMIT bank.orderSent(9001, "tx");
        QCOMPARE(bank.placed.size(), 1);
        QCOMPARE(text(*d->model(), 1, LoanBookModel::Outcome), u"Not sent (stopped)"_s);
        QCOMPARE(d->summary(), u"1 awaiting verification, 1 not sent (stopped)"_s);
    }

    void aFileThatIsNoLoanBookOrdersNothing()
    {
        test::FakeBankDesk bank;
        test::FakeAuthorisationDesk auth;
        const QString path = write(u"wrong.csv"_s, "name,address\nA,B\n");
        LoanBookDialogUnderTest d(bank, auth, path, m_clock);
        auto *summary = d->findChild<QLabel *>(u"loanBookSummary"_s);
        QTRY_VERIFY(summary->text().startsWith(u"Nothing was ordered: The first row must name the columns"_s));
        QVERIFY(!d->findChild<QPushButton *>(u"placeLoanBookOrdersButton"_s)->isEnabled());
        QCOMPARE(d->model()->rowCount(), 0);
        QVERIFY(bank.placed.isEmpty());
    }

private:
    //! The dialog over the products above, shown (it lays out like the real one).
    class LoanBookDialogUnderTest {
    public:
        LoanBookDialogUnderTest(
            desk::BankDesk &bank, desk::AuthorisationDesk &auth, const QString &path, const Clock &clock)
            : m_dialog(bank, auth, products(), path, nullptr, clock)
        {
            m_dialog.show();
        }
        ui::LoanBookDialog *operator->() { return &m_dialog; }

    private:
        ui::LoanBookDialog m_dialog;
    };
    using LoanBookModel = ui::LoanBookModel;

    market::AuthorisationInfo authorisation(quint64 id, const QString &code)
    {
        desk::AuthorisationLetterView letter;
        letter.authorisationId = id;
        letter.enterpriseName = u"企业%1"_s.arg(id);
        letter.enterpriseCode = code;
        letter.fileName = u"letter.pdf"_s;
        letter.mediaType = u"application/pdf"_s;
        const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.epochMs()).date();
        letter.validFrom = today.addDays(-1).toString(Qt::ISODate);
        letter.validUntil = today.addDays(60).toString(Qt::ISODate);
        letter.content = "%PDF-1.4 letter";
        letter.commitmentSalt = QByteArray(16, char(id));
        m_letters.insert(id, letter);
        market::AuthorisationInfo a;
        a.authorisationId = id;
        a.enterpriseCommitment = market::enterpriseCommitment(letter.commitmentSalt, code);
        a.productIds = { 5 };
        a.validFromMs = static_cast<quint64>(m_clock.epochMs() - 86'400'000);
        a.validUntilMs = static_cast<quint64>(m_clock.epochMs() + 60LL * 86'400'000);
        return a;
    }

    void openLetters(test::FakeAuthorisationDesk &auth, const QList<quint64> &ids)
    {
        for (const quint64 id : ids)
            Q_EMIT auth.letterOpened(m_letters.value(id));
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }

    static QString text(const QAbstractItemModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

    QTemporaryDir m_dir;
    test::FakeClock m_clock;
    QHash<quint64, desk::AuthorisationLetterView> m_letters;
};

QTEST_MAIN(TestLoanBookDialog)
#include "TestLoanBookDialog.moc"
