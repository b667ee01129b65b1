// SPDX-License-Identifier: Apache-2.0
// The bank's Authorisations page on a fake desk, offscreen: rows as the desk
// gives them, statuses judged against the page's clock (expiring soon
// highlighted, revoked with its reason), enterprises filled in as letters
// open, revoking asks for a reason and names the enterprise, the uses pane
// shows the selected authorisation's trace; Record authorisation… checks the
// form as the officer types, sends the draft and selects the new row.
#include "FakeAuthorisationDesk.h"
#include "FakeClock.h"
#include "FakeDesks.h"
#include "common/SortArrowStyle.h"
#include "bank/AuthorisationsModel.h"
#include "bank/AuthorisationsPage.h"
#include "bank/RecordAuthorisationDialog.h"

#include <QApplication>
#include <QBrush>
#include <QHeaderView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QListView>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QFont>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace credit;
using ui::AuthorisationsModel;

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
const QByteArray kBank(20, '\x11');
const QByteArray kUser(20, '\x22');

//! Answers the next modal dialog once it shows: `answer` gets it.
void whenModal(std::function<void(QWidget *)> answer)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            answer(modal);
        }
    });
    poll->start(20);
}
} // namespace

class TestAuthorisationsPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsRowsWithStatuses();
    void fillsEnterprisesAsLettersOpen();
    void showsTheUsesOfTheSelectedAuthorisation();
    void revokingAsksForAReasonAndNamesTheEnterprise();
    void sendOutcomesShowInTheMessageBar();
    void recordingChecksTheFormAsTheOfficerTypes();
    void sortArrowPointsTheWayTheRowsRun();
    void recordingSendsTheDraftAndSelectsTheNewRow();
    void recordingThatFailsSaysWhyAndCanBeRetried();

private:
    market::AuthorisationInfo authorisation(quint64 id, qint64 fromDays, qint64 untilDays) const;
    QString cell(quint64 id, int column, int role = Qt::DisplayRole) const;
    void select(quint64 id);
    ui::RecordAuthorisationDialog *openRecordDialog();
    //! Fills the dialog with a complete draft covering product 7 and a scanned letter.
    void fillRecordDialog(ui::RecordAuthorisationDialog *dialog);
    QTemporaryDir m_dir;

    test::FakeClock m_clock;
    std::unique_ptr<test::FakeMarketReader> m_reader;
    std::unique_ptr<test::FakeAuthorisationDesk> m_desk;
    std::unique_ptr<ui::AuthorisationsPage> m_page;
};

market::AuthorisationInfo TestAuthorisationsPage::authorisation(quint64 id, qint64 fromDays, qint64 untilDays) const
{
    market::AuthorisationInfo a;
    a.authorisationId = id;
    a.bank = kBank;
    a.productIds = { 7 };
    a.purpose = QStringLiteral("授信审查");
    a.validFromMs = static_cast<quint64>(m_clock.epochMs() + fromDays * kDayMs);
    a.validUntilMs = static_cast<quint64>(m_clock.epochMs() + untilDays * kDayMs);
    a.recordedAtMs = a.validFromMs;
    return a;
}

void TestAuthorisationsPage::initTestCase()
{
    // As credit-terminal's main() does: every table's arrow drawn by SortArrowStyle.
    ui::SortArrowStyle::installForApplication();
}

void TestAuthorisationsPage::init()
{
    m_reader = std::make_unique<test::FakeMarketReader>();
    m_reader->account = kBank;
    m_reader->institutionList = { market::InstitutionInfo {} };
    m_reader->institutionList[0].account = kBank;
    m_reader->institutionList[0].name = QStringLiteral("上海申江商业银行");
    m_reader->institutionList[0].role = market::Role::Bank;
    market::ProductInfo product;
    product.productId = 7;
    product.name = QStringLiteral("企业信用报告");
    product.listed = true;
    m_reader->productList = { product };
    market::UserInfo user;
    user.account = kUser;
    user.institution = kBank;
    user.name = QStringLiteral("张敏");
    m_reader->userList = { user };

    m_desk = std::make_unique<test::FakeAuthorisationDesk>();
    market::AuthorisationInfo valid = authorisation(1, -10, 200);
    valid.recordedBy = kUser;
    market::AuthorisationInfo soon = authorisation(2, -100, 12);
    soon.series = 2;
    market::AuthorisationInfo expired = authorisation(3, -400, -5);
    market::AuthorisationInfo revoked = authorisation(4, -10, 100);
    revoked.revoked = true;
    revoked.revokeReason = QStringLiteral("企业撤回授权");
    revoked.revokedAtMs = static_cast<quint64>(m_clock.epochMs() - kDayMs);
    revoked.uses = 2;
    m_desk->list = { valid, soon, expired, revoked };
    m_desk->useLists.insert(4,
        { market::AuthorisationUse { 4, 20260101000001ULL, 7, 501, QByteArray(32, '\x01'), 1'749'000'000'000ULL },
            market::AuthorisationUse { 4, 20260101000002ULL, 7, 612, QByteArray(32, '\x02'), 1'749'100'000'000ULL } });
    m_page = std::make_unique<ui::AuthorisationsPage>(*m_reader, *m_desk, m_clock);
    m_page->resize(1200, 700);
    m_page->show();
}

void TestAuthorisationsPage::cleanup()
{
    m_page.reset();
    m_desk.reset();
    m_reader.reset();
}

QString TestAuthorisationsPage::cell(quint64 id, int column, int role) const
{
    AuthorisationsModel *model = m_page->model();
    return model->data(model->index(model->rowOf(id), column), role).toString();
}

void TestAuthorisationsPage::select(quint64 id)
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("authorisationsTable"));
    QVERIFY(table);
    const int sourceRow = m_page->model()->rowOf(id);
    QVERIFY(sourceRow >= 0);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
    QVERIFY(proxy);
    table->selectRow(proxy->mapFromSource(m_page->model()->index(sourceRow, 0)).row());
    QCOMPARE(m_page->selectedId(), id);
}

void TestAuthorisationsPage::listsRowsWithStatuses()
{
    AuthorisationsModel *model = m_page->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(cell(1, AuthorisationsModel::Status), QStringLiteral("Valid"));
    QCOMPARE(cell(1, AuthorisationsModel::Covers), QStringLiteral("企业信用报告"));
    QCOMPARE(cell(1, AuthorisationsModel::RecordedBy), QStringLiteral("张敏"));
    QVERIFY(cell(1, AuthorisationsModel::RecordedBy, Qt::ToolTipRole)
                .startsWith(QStringLiteral("张敏 @ 上海申江商业银行")));
    QVERIFY(cell(1, AuthorisationsModel::RecordedBy, Qt::ToolTipRole).contains(QStringLiteral("2222")));
    QCOMPARE(cell(3, AuthorisationsModel::RecordedBy), QStringLiteral("Administrator"));
    QVERIFY(cell(3, AuthorisationsModel::RecordedBy, Qt::ToolTipRole).contains(QStringLiteral("上海申江商业银行")));

    QCOMPARE(cell(2, AuthorisationsModel::Status), QStringLiteral("12 day(s) left"));
    QCOMPARE(cell(2, AuthorisationsModel::Status, Qt::ToolTipRole), QStringLiteral("Expires in 12 day(s)"));
    QCOMPARE(cell(2, AuthorisationsModel::Covers), QStringLiteral("All 链融 products"));
    const QModelIndex soon = model->index(model->rowOf(2), AuthorisationsModel::Status);
    QVERIFY(!model->data(soon, Qt::FontRole).isValid()); // in colour only: bold took width the table has not got
    QVERIFY(model->data(soon, Qt::ForegroundRole).isValid());
    const QModelIndex fine = model->index(model->rowOf(1), AuthorisationsModel::Status);
    QVERIFY(!model->data(fine, Qt::ForegroundRole).isValid()); // 200 days left: not highlighted

    QCOMPARE(cell(3, AuthorisationsModel::Status), QStringLiteral("Expired"));
    QCOMPARE(cell(4, AuthorisationsModel::Status), QStringLiteral("Revoked"));
    QVERIFY(cell(4, AuthorisationsModel::Status, Qt::ToolTipRole).contains(QStringLiteral("企业撤回授权")));
    QCOMPARE(cell(4, AuthorisationsModel::Uses), QStringLiteral("2"));

    // The letter's days in China time: from 10 days ago, to the day before the end midnight.
    const qint64 now = m_clock.epochMs();
    QCOMPARE(cell(1, AuthorisationsModel::ValidFrom), ui::validityDay(static_cast<quint64>(now - 10 * kDayMs), false));
    QCOMPARE(ui::validityDay(1'767'196'800'000ULL, true), QStringLiteral("2025-12-31")); // 2026-01-01 00:00 UTC+8
    QCOMPARE(ui::validityDay(1'767'196'800'000ULL, false), QStringLiteral("2026-01-01"));

    // Time passes: the page judges again on the next commit.
    m_clock.advanceMs(13 * kDayMs);
    Q_EMIT m_reader->blocksCommitted(1, 1);
    QCOMPARE(cell(2, AuthorisationsModel::Status), QStringLiteral("Expired"));
}

void TestAuthorisationsPage::fillsEnterprisesAsLettersOpen()
{
    QCOMPARE(m_desk->letterRequests.size(), 1);
    QCOMPARE(m_desk->letterRequests.first().size(), 4);
    QCOMPARE(cell(1, AuthorisationsModel::Enterprise), QStringLiteral("…"));
    desk::AuthorisationLetterView letter;
    letter.authorisationId = 1;
    letter.enterpriseName = QStringLiteral("上海浦江机电有限公司");
    letter.enterpriseCode = QStringLiteral("91310115303456638P");
    Q_EMIT m_desk->letterOpened(letter);
    QCOMPARE(cell(1, AuthorisationsModel::Enterprise), letter.enterpriseName);
    QCOMPARE(cell(1, AuthorisationsModel::CreditCode), letter.enterpriseCode);
    Q_EMIT m_desk->letterFailed(2, QStringLiteral("the document store is unreachable"));
    QCOMPARE(cell(2, AuthorisationsModel::Enterprise), QStringLiteral("(letter not opened)"));
    QCOMPARE(
        cell(2, AuthorisationsModel::Enterprise, Qt::ToolTipRole), QStringLiteral("the document store is unreachable"));
    // Searching finds it by the enterprise; a refresh does not ask for opened letters again.
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("authorisationSearch"));
    search->setText(QStringLiteral("浦江"));
    QCOMPARE(m_page->findChild<QTableView *>(QStringLiteral("authorisationsTable"))->model()->rowCount(), 1);
    Q_EMIT m_reader->blocksCommitted(1, 1);
    QCOMPARE(m_desk->letterRequests.size(), 1);
}

void TestAuthorisationsPage::showsTheUsesOfTheSelectedAuthorisation()
{
    QStandardItemModel *uses = m_page->usesModel();
    QCOMPARE(uses->rowCount(), 0);
    select(4);
    QCOMPARE(uses->rowCount(), 2);
    QCOMPARE(uses->item(0, 0)->text(), QStringLiteral("20260101000001"));
    QCOMPARE(uses->item(0, 1)->text(), QStringLiteral("企业信用报告"));
    QCOMPARE(uses->item(1, 3)->text(), QLocale().toString(612));
    select(1);
    QCOMPARE(uses->rowCount(), 0);
}

void TestAuthorisationsPage::revokingAsksForAReasonAndNamesTheEnterprise()
{
    auto *revokeButton = m_page->findChild<QPushButton *>(QStringLiteral("revokeAuthorisationButton"));
    select(4);
    QVERIFY(!revokeButton->isEnabled()); // revoked already
    desk::AuthorisationLetterView letter;
    letter.authorisationId = 1;
    letter.enterpriseName = QStringLiteral("上海浦江机电有限公司");
    Q_EMIT m_desk->letterOpened(letter);
    select(1);
    QVERIFY(revokeButton->isEnabled());

    // No reason: refused, said so, nothing sent.
    QString asked;
    whenModal([&asked](QWidget *w) {
        auto *input = qobject_cast<QInputDialog *>(w);
        QVERIFY(input);
        asked = input->labelText();
        input->setTextValue(QStringLiteral("  "));
        input->accept();
    });
    m_page->revokeSelected();
    QVERIFY(asked.contains(letter.enterpriseName));
    QVERIFY(m_desk->revoked.isEmpty());
    auto *message = m_page->findChild<QLabel *>(QStringLiteral("authorisationsMessage"));
    QVERIFY(message);
    QCOMPARE(message->text(), QStringLiteral("Say why the authorisation is revoked."));

    // A reason, then the confirmation naming the enterprise.
    QString confirmation;
    whenModal([&confirmation](QWidget *w) {
        auto *input = qobject_cast<QInputDialog *>(w);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("企业撤回授权"));
        whenModal([&confirmation](QWidget *box) {
            auto *question = qobject_cast<QMessageBox *>(box);
            QVERIFY(question);
            confirmation = question->text();
            question->button(QMessageBox::Yes)->click();
        });
        input->accept();
    });
    m_page->revokeSelected();
    QVERIFY(confirmation.contains(letter.enterpriseName));
    QCOMPARE(m_desk->revoked.size(), 1);
    QCOMPARE(m_desk->revoked.first().first, 1ULL);
    QCOMPARE(m_desk->revoked.first().second, QStringLiteral("企业撤回授权"));
    QVERIFY(cell(1, AuthorisationsModel::Status).contains(QStringLiteral("sending")));
    QVERIFY(!revokeButton->isEnabled()); // busy

    QVERIFY(!m_page->revoke(2, QString())); // the page refuses an empty reason itself too
    QCOMPARE(m_desk->revoked.size(), 1);
}

void TestAuthorisationsPage::sendOutcomesShowInTheMessageBar()
{
    auto *message = m_page->findChild<QLabel *>(QStringLiteral("authorisationsMessage"));
    QVERIFY(message);
    QVERIFY(m_page->revoke(3, QStringLiteral("expired letter")));
    Q_EMIT m_desk->failed(3, QStringLiteral("the node is unreachable"));
    QVERIFY(message->text().contains(QStringLiteral("the node is unreachable")));
    QVERIFY(message->text().contains(QStringLiteral("Authorisation 3")));
    m_desk->busy.clear();
    Q_EMIT m_desk->confirmed(3, 812, true);
    QVERIFY(message->text().contains(QLocale().toString(812)));
}

namespace {
//! Which way the sort arrow drawn at the right end of a header section points:
//! 1 down (▼), -1 up (▲), 0 none found. Read off the header's pixels.
int arrowDirection(QHeaderView *header, int section)
{
    const QImage shot = header->grab().toImage();
    const int right = header->sectionViewportPosition(section) + header->sectionSize(section);
    QList<int> widths; // dark pixels per row, rows with any
    for (int y = 0; y < shot.height(); ++y) {
        int dark = 0;
        for (int x = right - 20; x < right - 1; ++x)
            dark += qGray(shot.pixel(x, y)) < 160 ? 1 : 0;
        if (dark > 0)
            widths << dark;
    }
    if (widths.size() < 2 || widths.first() == widths.last())
        return 0;
    return widths.first() > widths.last() ? 1 : -1;
}
} // namespace

void TestAuthorisationsPage::sortArrowPointsTheWayTheRowsRun()
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("authorisationsTable"));
    QHeaderView *header = table->horizontalHeader();
    const auto firstValidFrom = [table] {
        return table->model()
            ->index(0, AuthorisationsModel::ValidFrom)
            .data(AuthorisationsModel::kSortRole)
            .toULongLong();
    };
    const auto lastValidFrom = [table] {
        return table->model()
            ->index(table->model()->rowCount() - 1, AuthorisationsModel::ValidFrom)
            .data(AuthorisationsModel::kSortRole)
            .toULongLong();
    };
    // Newest first, and the arrow points down.
    QCOMPARE(header->sortIndicatorSection(), int(AuthorisationsModel::ValidFrom));
    QVERIFY(firstValidFrom() > lastValidFrom());
    QCOMPARE(arrowDirection(header, AuthorisationsModel::ValidFrom), 1);
    // Clicked: oldest first, and the arrow points up.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(AuthorisationsModel::ValidFrom) + 10, header->height() / 2));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QVERIFY(firstValidFrom() < lastValidFrom());
    QCOMPARE(arrowDirection(header, AuthorisationsModel::ValidFrom), -1);
}

ui::RecordAuthorisationDialog *TestAuthorisationsPage::openRecordDialog()
{
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("recordAuthorisationButton"));
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    const auto dialogs = m_page->findChildren<ui::RecordAuthorisationDialog *>();
    return dialogs.isEmpty() ? nullptr : dialogs.last();
}

void TestAuthorisationsPage::fillRecordDialog(ui::RecordAuthorisationDialog *dialog)
{
    dialog->findChild<QLineEdit *>(QStringLiteral("enterpriseName"))
        ->setText(QStringLiteral("上海浦江机电有限公司")); // typed in an input method: keyClicks takes Latin-1 only
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(QStringLiteral("creditCode")), QStringLiteral("91310115303456638P"));
    dialog->findChild<QLineEdit *>(QStringLiteral("purpose"))
        ->setText(QStringLiteral("授信审查")); // typed in an input method: keyClicks takes Latin-1 only
    auto *products = dialog->findChild<QListView *>(QStringLiteral("productChoice"));
    QVERIFY(products);
    auto *choice = qobject_cast<QStandardItemModel *>(products->model());
    QVERIFY(choice);
    QCOMPARE(choice->rowCount(), 1);
    choice->item(0)->setCheckState(Qt::Checked);
    const QString path = m_dir.filePath(QStringLiteral("letter.png"));
    QImage scan(300, 420, QImage::Format_RGB32);
    scan.fill(Qt::white);
    QVERIFY(scan.save(path, "PNG"));
    dialog->setLetterFile(path);
    auto *letterStatus = dialog->findChild<QLabel *>(QStringLiteral("letterStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(letterStatus->text().startsWith(QStringLiteral("letter.png")), 10000);
}

void TestAuthorisationsPage::recordingChecksTheFormAsTheOfficerTypes()
{
    ui::RecordAuthorisationDialog *dialog = openRecordDialog();
    QVERIFY(dialog);
    auto *record = dialog->findChild<QPushButton *>(QStringLiteral("recordButton"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("formProblem"));
    auto *codeHint = dialog->findChild<QLabel *>(QStringLiteral("creditCodeHint"));
    QVERIFY(record && problem && codeHint);
    QVERIFY(!record->isEnabled());
    QVERIFY(problem->text().isEmpty()); // a blank form is not an error

    dialog->findChild<QLineEdit *>(QStringLiteral("enterpriseName"))
        ->setText(QStringLiteral("上海浦江机电有限公司")); // typed in an input method: keyClicks takes Latin-1 only
    QCOMPARE(problem->text(), QStringLiteral("Enter a valid unified social credit code."));
    // Typed as copied off a licence: lower case and spaces are put right; a wrong check character is named.
    auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("creditCode"));
    QTest::keyClicks(code, QStringLiteral("91310115 30345663 8q"));
    QCOMPARE(code->text(), QStringLiteral("91310115303456638Q"));
    QVERIFY(!codeHint->text().isEmpty());
    QCOMPARE(problem->text(), QStringLiteral("Enter a valid unified social credit code."));
    code->clear();
    QTest::keyClicks(code, QStringLiteral("91310115303456638P"));
    QVERIFY(codeHint->text().isEmpty());
    QCOMPARE(problem->text(), QStringLiteral("Say what the enterprise authorises the bank to query for."));
    dialog->findChild<QLineEdit *>(QStringLiteral("purpose"))
        ->setText(QStringLiteral("授信审查")); // typed in an input method: keyClicks takes Latin-1 only
    QCOMPARE(problem->text(), QStringLiteral("Choose the products or the series the letter covers."));

    // A whole series covers without ticking products (the list is then not the scope).
    auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("scopeCombo"));
    auto *products = dialog->findChild<QListView *>(QStringLiteral("productChoice"));
    scope->setCurrentIndex(2);
    QVERIFY(!products->isEnabled());
    QCOMPARE(dialog->draft().series, quint8(2));
    QVERIFY(dialog->draft().productIds.isEmpty());
    QVERIFY(problem->text().contains(QStringLiteral("letter")));
    QVERIFY(!record->isEnabled());

    // An unreadable letter is said so and nothing can be recorded.
    const QString notAnImage = m_dir.filePath(QStringLiteral("letter.jpg"));
    QFile bad(notAnImage);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("not a jpeg at all");
    bad.close();
    dialog->setLetterFile(notAnImage);
    auto *letterStatus = dialog->findChild<QLabel *>(QStringLiteral("letterStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(!letterStatus->text().startsWith(QStringLiteral("Reading")), 10000);
    QVERIFY(!letterStatus->text().startsWith(QStringLiteral("letter.jpg (")));
    QVERIFY(!record->isEnabled());

    // Letter dates that run backwards are named.
    const QString path = m_dir.filePath(QStringLiteral("scan.png"));
    QImage scan(300, 420, QImage::Format_RGB32);
    scan.fill(Qt::white);
    QVERIFY(scan.save(path, "PNG"));
    dialog->setLetterFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(letterStatus->text().startsWith(QStringLiteral("scan.png")), 10000);
    QVERIFY(problem->text().isEmpty());
    QVERIFY(record->isEnabled());
    auto *until = dialog->findChild<QDateEdit *>(QStringLiteral("validUntil"));
    auto *from = dialog->findChild<QDateEdit *>(QStringLiteral("validFrom"));
    until->setDate(from->date().addDays(-1));
    QVERIFY(!problem->text().isEmpty());
    QVERIFY(!record->isEnabled());
    QVERIFY(m_desk->recorded.isEmpty());
    dialog->close();
}

void TestAuthorisationsPage::recordingSendsTheDraftAndSelectsTheNewRow()
{
    ui::RecordAuthorisationDialog *dialog = openRecordDialog();
    QVERIFY(dialog);
    fillRecordDialog(dialog);
    auto *record = dialog->findChild<QPushButton *>(QStringLiteral("recordButton"));
    QVERIFY(record->isEnabled());
    QTest::mouseClick(record, Qt::LeftButton);
    QCOMPARE(m_desk->recorded.size(), 1);
    const desk::AuthorisationDraft &sent = m_desk->recorded.first();
    QCOMPARE(sent.enterpriseName, QStringLiteral("上海浦江机电有限公司"));
    QCOMPARE(sent.enterpriseCode, QStringLiteral("91310115303456638P"));
    QCOMPARE(sent.purpose, QStringLiteral("授信审查"));
    QCOMPARE(sent.series, quint8(0));
    QCOMPARE(sent.productIds, QList<quint64> { 7 });
    QCOMPARE(sent.letter.fileName, QStringLiteral("letter.png"));
    QCOMPARE(sent.letter.mediaType, QStringLiteral("image/png"));
    QVERIFY(sent.letter.content.startsWith("\x89PNG"));
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.epochMs()).date();
    QCOMPARE(sent.letter.validFrom, today.toString(Qt::ISODate));
    QCOMPARE(sent.letter.validUntil, today.addDays(180).toString(Qt::ISODate));
    QCOMPARE(dialog->authorisationId(), 1001ULL);
    QVERIFY(!record->isEnabled()); // once only
    QTest::mouseClick(record, Qt::LeftButton);
    QCOMPARE(m_desk->recorded.size(), 1);

    auto *status = dialog->findChild<QLabel *>(QStringLiteral("recordStatus"));
    QVERIFY(status->text().contains(QStringLiteral("1001")));
    Q_EMIT m_desk->sent(1001, QByteArray(32, '\x05'));
    QVERIFY(status->text().contains(QStringLiteral("waiting")));
    auto *message = m_page->findChild<QLabel *>(QStringLiteral("authorisationsMessage"));
    QVERIFY(message->text().contains(QStringLiteral("sent")));

    // The verified block lists it: the page shows and selects it, the dialog says it is done.
    market::AuthorisationInfo added = authorisation(1001, 0, 180);
    m_desk->list.prepend(added);
    select(2);
    Q_EMIT m_desk->confirmed(1001, 903, true);
    QVERIFY(status->text().contains(QLocale().toString(903)));
    QVERIFY(status->text().contains(QStringLiteral("recorded")));
    QCOMPARE(m_page->model()->rowCount(), 5);
    QCOMPARE(m_page->selectedId(), 1001ULL);
    QVERIFY(message->text().contains(QLocale().toString(903)));
    dialog->close();
}

void TestAuthorisationsPage::recordingThatFailsSaysWhyAndCanBeRetried()
{
    m_desk->recordRefusal = QStringLiteral("the bank's key is locked");
    ui::RecordAuthorisationDialog *dialog = openRecordDialog();
    QVERIFY(dialog);
    fillRecordDialog(dialog);
    auto *record = dialog->findChild<QPushButton *>(QStringLiteral("recordButton"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("recordStatus"));
    QTest::mouseClick(record, Qt::LeftButton);
    QVERIFY(status->text().contains(m_desk->recordRefusal));
    QVERIFY(record->isEnabled()); // the form is kept: fix it and try again

    m_desk->recordRefusal.clear();
    QTest::mouseClick(record, Qt::LeftButton);
    QCOMPARE(m_desk->recorded.size(), 1);
    Q_EMIT m_desk->failed(1001, QStringLiteral("the node is unreachable"));
    QVERIFY(status->text().contains(QStringLiteral("the node is unreachable")));
    QVERIFY(record->isEnabled());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("enterpriseName"))->text(),
        QStringLiteral("上海浦江机电有限公司"));
    QTest::mouseClick(record, Qt::LeftButton);
    QCOMPARE(m_desk->recorded.size(), 2);
    dialog->close();
}

QTEST_MAIN(TestAuthorisationsPage)
#include "TestAuthorisationsPage.moc"
