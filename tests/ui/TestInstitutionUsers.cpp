// SPDX-License-Identifier: Apache-2.0
// Users of institutions end to end on the demo network (issue 15): a real
// devnet, the operator's light node and real Users page; the operator opens a
// user of a bank with a key generated into an encrypted file, the user signs
// in with that file as "user @ bank" and places an order, the trace names the
// user, the documents are sealed to the user while active; the operator
// freezes the user, the next order from that key is refused with the
// contract's reason, and no envelope sealed after the freeze opens with it.
#include "DemoChain.h"
#include "chain/DocumentStoreClient.h"
#include "chain/FiscoRpc.h"
#include "chain/RpcClient.h"
#include "desk/EvidenceExport.h"
#include "evidence/EvidenceVerifier.h"
#include "crypto/Envelope.h"
#include "crypto/KeyFile.h"
#include "desk/ChainBankDesk.h"
#include "desk/ChainOperatorDesk.h"
#include "desk/DeskSession.h"
#include "desk/DocumentReaders.h"
#include "operator/OpenUserDialog.h"
#include "operator/UsersModel.h"
#include "operator/UsersPage.h"
#include "session/IdentityCheck.h"
#include "store/LightStore.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

namespace {

constexpr int kSlow = 90000; // devnet start, first sync, block intervals on a busy machine
const QString kUserName = QStringLiteral("周晓梅");
const QByteArray kUserPassword = "zhou-xiaomei-2026";

bool hasInstitution(desk::MarketReader &reader, const QByteArray &account)
{
    const auto found = reader.institution(account);
    return found && found->has_value();
}

qsizetype orderCount(desk::MarketReader &reader, const market::OrderFilter &filter)
{
    const auto found = reader.orders(filter);
    return found ? found->size() : 0;
}

} // namespace

class TestInstitutionUsers final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theOperatorOpensAUserWithAGeneratedKey();
    void theUserSignsInAsUserAtTheBank();
    void theUsersOrderIsTheBanksAndTheTraceNamesTheUser();
    void aFrozenUserIsRefusedWithTheContractsReason();
    void envelopesFollowTheActiveUsers();

private:
    QString pageStatus() const;
    //! The row of the user on the Users page, -1 when not listed.
    int userRow() const;
    //! Places an order for a product that needs no letter; the id, or the desk's refusal.
    quint64 placeOrder(desk::ChainBankDesk &bank, desk::DeskSession &session);

    QTemporaryDir m_dir;
    test::DemoChain m_chain;
    QByteArray m_bank; //!< 上海申江商业银行's account
    QString m_bankName;
    std::unique_ptr<desk::DeskSession> m_operator;
    std::unique_ptr<desk::ChainOperatorDesk> m_operatorDesk;
    std::unique_ptr<ui::UsersPage> m_page;
    QString m_keyFile;
    std::unique_ptr<desk::DeskSession> m_user;
    std::unique_ptr<desk::ChainBankDesk> m_userDesk;
    quint64 m_order = 0;
};

void TestInstitutionUsers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto chain = test::DemoChain::start(m_dir.filePath(QStringLiteral("chain")), 100);
    QVERIFY2(chain.ok(), qPrintable(chain ? QString() : chain.error().message));
    m_chain = std::move(*chain);
    m_bank = test::DemoChain::key(QStringLiteral("bank-shanghai.pem"))->address();
    auto key = test::DemoChain::key(QStringLiteral("operator-shanghai.pem"));
    QVERIFY(key.ok());
    m_operator = std::make_unique<desk::DeskSession>(
        m_chain.profile, desk::SigningKey(*key), m_dir.filePath(QStringLiteral("operator")));
    m_operatorDesk = std::make_unique<desk::ChainOperatorDesk>(*m_operator);
    m_operator->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_operator->reader().isReady(), kSlow);
    QTRY_VERIFY_WITH_TIMEOUT(hasInstitution(m_operator->reader(), m_bank), kSlow);
    m_bankName = (*m_operator->reader().institution(m_bank))->name;
    m_page = std::make_unique<ui::UsersPage>(m_operator->reader(), *m_operatorDesk);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestInstitutionUsers::cleanupTestCase()
{
    m_userDesk.reset();
    m_user.reset();
    m_page.reset();
    m_operatorDesk.reset();
    m_operator.reset();
    m_chain.devnet.reset();
}

QString TestInstitutionUsers::pageStatus() const
{
    auto *label = m_page->findChild<QLabel *>(QStringLiteral("usersMessage"));
    return label ? label->text() : QString();
}

int TestInstitutionUsers::userRow() const
{
    const QAbstractItemModel *shown = m_page->findChild<QTableView *>(QStringLiteral("usersTable"))->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        if (shown->index(row, ui::UsersModel::Name).data().toString() == kUserName)
            return row;
    return -1;
}

quint64 TestInstitutionUsers::placeOrder(desk::ChainBankDesk &bank, desk::DeskSession &session)
{
    const auto products = session.reader().products();
    if (!products)
        return 0;
    for (const market::ProductInfo &p : *products) {
        if (p.authorisationRequired)
            continue;
        desk::OrderDraft draft;
        draft.product = p;
        draft.enterpriseName = QStringLiteral("上海澜启科技有限公司");
        draft.enterpriseCode = QStringLiteral("91310115862599344H");
        draft.purpose = QStringLiteral("授信审查");
        auto id = bank.placeOrder(draft);
        return id ? *id : 0;
    }
    return 0;
}

void TestInstitutionUsers::theOperatorOpensAUserWithAGeneratedKey()
{
    auto *institutions = m_page->findChild<QComboBox *>(QStringLiteral("userInstitution"));
    QVERIFY(institutions);
    const int bankIndex = institutions->findText(m_bankName);
    QVERIFY2(bankIndex >= 0, qPrintable(m_bankName));
    institutions->setCurrentIndex(bankIndex);
    QTRY_VERIFY_WITH_TIMEOUT(!pageStatus().startsWith(QStringLiteral("Reading")), kSlow);
    QCOMPARE(userRow(), -1);

    m_page->findChild<QPushButton *>(QStringLiteral("openUserButton"))->click();
    ui::OpenUserDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<ui::OpenUserDialog *>()) != nullptr);
    m_keyFile = m_dir.filePath(QStringLiteral("zhou.pem"));
    dialog->findChild<QRadioButton *>(QStringLiteral("generateUserKey"))->click();
    dialog->findChild<QLineEdit *>(QStringLiteral("userName"))->setText(kUserName);
    auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("userKeyFile"));
    file->clear();
    file->setText(m_keyFile);
    dialog->findChild<QLineEdit *>(QStringLiteral("userKeyPassword"))->setText(QString::fromLatin1(kUserPassword));
    dialog->findChild<QLineEdit *>(QStringLiteral("userKeyPasswordRepeat"))
        ->setText(QString::fromLatin1(kUserPassword));
    dialog->findChild<QPushButton *>(QStringLiteral("openUserButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<ui::OpenUserDialog *>(), kSlow);

    // The key file is encrypted: readable with the password only, never in clear.
    const QByteArray pem = crypto::keyfile::readFile(m_keyFile).value();
    QVERIFY(pem.contains("ENCRYPTED PRIVATE KEY"));
    QCOMPARE(crypto::keyfile::load(m_keyFile, "wrong password").error().kind, ErrorKind::WrongPassword);

    QTRY_VERIFY_WITH_TIMEOUT(pageStatus().contains(QStringLiteral("verified in block")), kSlow);
    QTRY_VERIFY_WITH_TIMEOUT(userRow() >= 0, kSlow);
    const QAbstractItemModel *shown = m_page->findChild<QTableView *>(QStringLiteral("usersTable"))->model();
    // The row can come from a block's refresh a moment before the page reloads
    // after the confirmation (then it still says "change pending"): wait for the reload.
    QTRY_COMPARE_WITH_TIMEOUT(
        shown->index(userRow(), ui::UsersModel::Status).data().toString(), QStringLiteral("Active"), kSlow);
}

void TestInstitutionUsers::theUserSignsInAsUserAtTheBank()
{
    auto key = crypto::keyfile::load(m_keyFile, kUserPassword);
    QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().message));
    m_user = std::make_unique<desk::DeskSession>(
        m_chain.profile, desk::SigningKey(*key), m_dir.filePath(QStringLiteral("user")));
    ui::IdentityCheck check(*m_user, {}, {});
    QSignalSpy confirmed(&check, &ui::IdentityCheck::confirmed);
    QSignalSpy refused(&check, &ui::IdentityCheck::refused);
    m_user->start();
    check.start();
    QTRY_VERIFY_WITH_TIMEOUT(confirmed.count() + refused.count() > 0, kSlow);
    QVERIFY2(refused.isEmpty(), qPrintable(refused.isEmpty() ? QString() : refused.first().at(0).toString()));
    const auto identity = confirmed.first().at(0).value<ui::VerifiedIdentity>();
    QCOMPARE(identity.role, ui::Role::Bank);
    QCOMPARE(identity.userName, kUserName);
    QCOMPARE(identity.displayName(), kUserName + QStringLiteral(" @ ") + m_bankName);
    QCOMPARE(identity.account, key->address());
    // The session acts for the bank: "my orders" are the bank's.
    QCOMPARE(m_user->institution(), m_bank);
    QCOMPARE(m_user->reader().self(), m_bank);
    m_userDesk = std::make_unique<desk::ChainBankDesk>(*m_user);
}

void TestInstitutionUsers::theUsersOrderIsTheBanksAndTheTraceNamesTheUser()
{
    QVERIFY(m_userDesk);
    QSignalSpy confirmed(m_userDesk.get(), &desk::BankDesk::orderConfirmed);
    QSignalSpy failed(m_userDesk.get(), &desk::BankDesk::orderFailed);
    m_order = placeOrder(*m_userDesk, *m_user);
    QVERIFY(m_order != 0);
    QTRY_VERIFY_WITH_TIMEOUT(confirmed.count() + failed.count() > 0, kSlow);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().at(1).toString()));

    market::OrderFilter filter;
    filter.orderId = m_order;
    QTRY_VERIFY_WITH_TIMEOUT(orderCount(m_operator->reader(), filter) == 1, kSlow);
    QCOMPARE(m_operator->reader().orders(filter)->first().bank, m_bank);
    const auto timeline = m_operator->reader().timeline(m_order);
    QVERIFY(timeline.ok() && !timeline->isEmpty());
    QCOMPARE(timeline->first().event, QStringLiteral("OrderPlaced"));
    QCOMPARE(timeline->first().actor, m_bank);
    QCOMPARE(timeline->first().user, m_user->account());
    QCOMPARE(timeline->first().userName, kUserName);

    // The evidence pack of the order verifies offline: the step signed by the
    // user stands for the bank because the receipt's ActedBy says so.
    auto client = std::make_unique<chain::RpcClient>(m_chain.profile.endpoints.first());
    chain::FiscoRpc rpc(*client, m_chain.profile.groupId);
    const chain::CancelToken cancel;
    auto bundle = desk::exportEvidence(m_operator->storePath(), m_chain.profile, rpc,
        *test::DemoChain::key(QStringLiteral("regulator-beijing.pem")), m_order, cancel);
    QVERIFY2(bundle.ok(), qPrintable(bundle ? QString() : bundle.error().message));
    const evidence::VerificationReport report = evidence::verifyBundle(*bundle, { m_chain.profile.genesisHash, {} });
    QVERIFY2(report.ok, qPrintable(report.failure ? report.failure->message : QString()));
    QCOMPARE(report.steps.first().actor, m_bank);
    QCOMPARE(report.steps.first().user, m_user->account());

    // The request was sealed to the user (active) as well as to the bank's admin key.
    const QByteArray requestHash = m_operator->reader().orders(filter)->first().requestDocument;
    QFutureWatcher<Result<QByteArray>> watcher;
    QSignalSpy opened(&watcher, &QFutureWatcher<Result<QByteArray>>::finished);
    watcher.setFuture(m_user->openDocument(requestHash));
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, kSlow);
    QVERIFY2(watcher.result().ok(), qPrintable(watcher.result() ? QString() : watcher.result().error().message));
    QVERIFY(watcher.result()->contains("91310115862599344H"));
}

void TestInstitutionUsers::aFrozenUserIsRefusedWithTheContractsReason()
{
    QVERIFY(userRow() >= 0);
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("usersTable"));
    table->selectRow(userRow());
    auto *toggle = m_page->findChild<QPushButton *>(QStringLiteral("toggleUserButton"));
    QCOMPARE(toggle->text(), QStringLiteral("Freeze…"));
    toggle->click();
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = m_page->findChild<QMessageBox *>(QStringLiteral("confirmUserChange"))) != nullptr);
    QVERIFY(confirm->text().contains(m_bankName));
    confirm->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(pageStatus().contains(QStringLiteral("verified in block")), kSlow);
    QTRY_COMPARE_WITH_TIMEOUT(
        table->model()->index(userRow(), ui::UsersModel::Status).data().toString(), QStringLiteral("Frozen"), kSlow);

    // The user's light node learns it too; the next order from that key is refused by the contract.
    QTRY_VERIFY_WITH_TIMEOUT(!(*m_user->reader().user(m_user->account()))->active, kSlow);
    QSignalSpy failed(m_userDesk.get(), &desk::BankDesk::orderFailed);
    QSignalSpy sent(m_userDesk.get(), &desk::BankDesk::orderSent);
    const quint64 refusedOrder = placeOrder(*m_userDesk, *m_user);
    QVERIFY(refusedOrder != 0);
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() + sent.count() > 0, kSlow);
    QVERIFY(sent.isEmpty());
    const QString why = failed.first().at(1).toString();
    QVERIFY2(why.contains(QStringLiteral("caller's user account is frozen")), qPrintable(why));

    // Nor does the document store take anything the frozen key signs.
    chain::DocumentStoreClient store(m_chain.profile.documentStore);
    store.signUploadsWith(*crypto::keyfile::load(m_keyFile, kUserPassword));
    const auto upload = store.upload(crypto::envelope::seal("x", { m_user->key().publicKey() }).value());
    QVERIFY(!upload);
    QVERIFY2(upload.error().message.contains(QStringLiteral("Your user account is frozen")),
        qPrintable(upload.error().message));

    // Signing in again with the frozen key is refused with what to do.
    ui::IdentityCheck again(*m_user, {}, {});
    QSignalSpy refused(&again, &ui::IdentityCheck::refused);
    again.start();
    QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), kSlow);
    QVERIFY2(refused.first().at(0).toString().contains(QStringLiteral("frozen")),
        qPrintable(refused.first().at(0).toString()));
}

void TestInstitutionUsers::envelopesFollowTheActiveUsers()
{
    // What a bank seals for an order now, from the operator's verified store.
    auto store = store::LightStore::openReadOnly(m_operator->storePath());
    QVERIFY(store.ok());
    const QByteArray bureau = test::DemoChain::key(QStringLiteral("bureau-shanghai.pem"))->address();
    auto readers = desk::DocumentReaders((*store)->database()).ofOrder(m_bank, bureau);
    QVERIFY2(readers.ok(), qPrintable(readers ? QString() : readers.error().message));
    const auto envelope = crypto::envelope::seal("报告正文", *readers);
    QVERIFY(envelope.ok());
    // The frozen user is left out; the bank's admin key and the bureau still read it.
    auto frozenKey = crypto::keyfile::load(m_keyFile, kUserPassword);
    QCOMPARE(crypto::envelope::open(*envelope, *frozenKey).error().kind, ErrorKind::NotFound);
    QCOMPARE(crypto::envelope::open(*envelope, *test::DemoChain::key(QStringLiteral("bank-shanghai.pem"))).value(),
        QByteArray("报告正文"));
    QCOMPARE(crypto::envelope::open(*envelope, *test::DemoChain::key(QStringLiteral("bureau-shanghai.pem"))).value(),
        QByteArray("报告正文"));
    for (const crypto::Sm2PublicKey &reader : *readers)
        QVERIFY(reader.address() != frozenKey->address());
}

QTEST_MAIN(TestInstitutionUsers)
#include "TestInstitutionUsers.moc"
