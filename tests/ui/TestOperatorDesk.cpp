// SPDX-License-Identifier: Apache-2.0
// The operator's sealer and network screens against the demo network
// in-process (issue 15): a real devnet, the operator's light node, the real
// desk, offscreen widgets driven by objectName. The quorum guard refuses a
// change that would stop the chain; a valid one is signed, sent, verified,
// and the light node goes on verifying blocks sealed by the new list. The
// health page tells a serving endpoint from an unreachable one.
#include "DemoChain.h"
#include "MarketParty.h"
#include "desk/ChainOperatorDesk.h"
#include "desk/DeskSession.h"
#include "crypto/Sm2Key.h"
#include "operator/EndpointHealthModel.h"
#include "operator/InstitutionHistoryModel.h"
#include "operator/InstitutionsModel.h"
#include "operator/InstitutionsPage.h"
#include "operator/RegisterInstitutionDialog.h"
#include "operator/NetworkHealthPage.h"
#include "operator/NodeListModel.h"
#include "operator/SealersPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

namespace {
constexpr int kSlow = 90000; // devnet start, first sync, block intervals on a busy machine
} // namespace

class TestOperatorDesk final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsTheGenesisSealersAndTheObserver();
    void removingASealerIsConfirmedSentAndFollowed();
    void theGuardRefusesAChangeThatWouldStopTheChain();
    void addingTheObserverBackIsApplied();
    void healthTellsAServingEndpointFromADeadOne();
    void registeringChecksEveryFieldFirst();
    void registersAnInstitutionThenDeactivatesIt();

private:
    template<typename T> T *child(QObject *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    //! Selects `row` of the list view named `list` on the sealers page.
    void select(const char *list, int row);
    //! Clicks the button, then "Sign and send" in the confirmation that opens.
    void confirmChange(const char *button);
    //! Another party's transaction, so the devnet seals the block after the change
    //! (like FISCO, it seals no empty blocks). Its revert does not matter.
    void sealAnotherBlock();
    QString status() const;

    QTemporaryDir m_dir;
    test::DemoChain m_chain;
    std::unique_ptr<desk::DeskSession> m_session;
    std::unique_ptr<desk::ChainOperatorDesk> m_desk;
    std::unique_ptr<ui::SealersPage> m_page;
    QByteArray m_removed;
    std::unique_ptr<ui::InstitutionsPage> m_institutions;
    crypto::Sm2PrivateKey m_newKey = crypto::Sm2PrivateKey::generate().value();
};

void TestOperatorDesk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto chain = test::DemoChain::start(m_dir.filePath(QStringLiteral("chain")), 100);
    QVERIFY2(chain.ok(), qPrintable(chain ? QString() : chain.error().message));
    m_chain = std::move(*chain);
    auto key = test::DemoChain::key(QStringLiteral("operator-shanghai.pem"));
    QVERIFY(key.ok());
    m_session = std::make_unique<desk::DeskSession>(
        m_chain.profile, desk::SigningKey(*key), m_dir.filePath(QStringLiteral("operator")));
    m_desk = std::make_unique<desk::ChainOperatorDesk>(*m_session);
    m_session->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->reader().isReady(), kSlow);
    m_page = std::make_unique<ui::SealersPage>(m_session->reader(), *m_desk);
    m_page->resize(1000, 700);
    m_page->show();
}

void TestOperatorDesk::cleanupTestCase()
{
    m_institutions.reset();
    m_page.reset();
    m_desk.reset();
    m_session.reset();
    m_chain.devnet.reset();
}

void TestOperatorDesk::select(const char *list, int row)
{
    auto *view = child<QListView>(m_page.get(), list);
    QVERIFY(view);
    view->setCurrentIndex(view->model()->index(row, 0));
}

void TestOperatorDesk::confirmChange(const char *button)
{
    auto *push = child<QPushButton>(m_page.get(), button);
    QVERIFY(push);
    QVERIFY(push->isEnabled());
    push->click();
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = m_page->findChild<QMessageBox *>(QStringLiteral("confirmSealerChange"))) != nullptr);
    // The confirmation states the quorum before and after.
    QVERIFY2(confirm->text().contains(QLatin1String("signatures needed per block")), qPrintable(confirm->text()));
    confirm->button(QMessageBox::Yes)->click();
}

void TestOperatorDesk::sealAnotherBlock()
{
    test::MarketParty stranger;
    stranger.connect(m_chain.profile.endpoints.first(), m_chain.profile.contractAddress);
    (void)stranger.market->setInstitutionActive(QByteArray(20, '\x42'), true); // reverts: not the operator
}

QString TestOperatorDesk::status() const
{
    auto *label = m_page->findChild<QLabel *>(QStringLiteral("sealerChangeMessage"));
    return label ? label->text() : QString();
}

void TestOperatorDesk::showsTheGenesisSealersAndTheObserver()
{
    auto *sealers = child<QListView>(m_page.get(), "sealerList");
    auto *observers = child<QListView>(m_page.get(), "observerList");
    QVERIFY(sealers && observers);
    // The demo genesis: four sealers, one standby node the devnet also runs.
    QTRY_COMPARE_WITH_TIMEOUT(sealers->model()->rowCount(), 4, kSlow);
    QTRY_COMPARE_WITH_TIMEOUT(observers->model()->rowCount(), 1, kSlow);
    auto *summary = child<QLabel>(m_page.get(), "sealerSummary");
    QVERIFY(summary->text().contains(QLatin1String("4 sealers")));
    QVERIFY(summary->text().contains(QLatin1String("needs 3 of their signatures")));
    // Nothing selected: nothing to add or remove.
    QVERIFY(!child<QPushButton>(m_page.get(), "addSealerButton")->isEnabled());
    QVERIFY(!child<QPushButton>(m_page.get(), "removeSealerButton")->isEnabled());
    auto *history = child<QTableView>(m_page.get(), "sealerHistoryTable");
    QCOMPARE(history->model()->rowCount(), 1);
}

void TestOperatorDesk::removingASealerIsConfirmedSentAndFollowed()
{
    select("sealerList", 3);
    m_removed = child<QListView>(m_page.get(), "sealerList")
                    ->currentIndex()
                    .data(ui::NodeListModel::kNodeIdRole)
                    .toByteArray();
    QCOMPARE(m_removed.size(), 64);
    confirmChange("removeSealerButton");
    QTRY_VERIFY2_WITH_TIMEOUT(status().contains(QLatin1String("Verified in block")), qPrintable(status()), kSlow);
    const quint64 changeBlock = *m_session->reader().height();
    sealAnotherBlock();
    QTRY_VERIFY2_WITH_TIMEOUT(status().startsWith(QLatin1String("Applied")), qPrintable(status()), kSlow);
    QCOMPARE(child<QListView>(m_page.get(), "sealerList")->model()->rowCount(), 3);
    QCOMPARE(child<QTableView>(m_page.get(), "sealerHistoryTable")->model()->rowCount(), 2);
    // The removed node still runs: it is an observer now.
    QTRY_COMPARE_WITH_TIMEOUT(child<QListView>(m_page.get(), "observerList")->model()->rowCount(), 2, kSlow);
    // The light node verified a block sealed by the new list, and goes on.
    QVERIFY(*m_session->reader().height() > changeBlock);
    sealAnotherBlock();
    QTRY_VERIFY_WITH_TIMEOUT(*m_session->reader().height() > changeBlock + 1, kSlow);
}

void TestOperatorDesk::theGuardRefusesAChangeThatWouldStopTheChain()
{
    // Three sealers need three signatures: removing one more keeps two, and the
    // block bringing that list could not be verified.
    const auto heightBefore = *m_session->reader().height();
    select("sealerList", 0);
    child<QPushButton>(m_page.get(), "removeSealerButton")->click();
    QVERIFY2(status().contains(QLatin1String("keeps only 2")), qPrintable(status()));
    QVERIFY(status().contains(QLatin1String("remove at most 0")));
    QVERIFY(!m_page->findChild<QMessageBox *>(QStringLiteral("confirmSealerChange")));
    QVERIFY(!m_desk->transactions().isPending(desk::OperatorDesk::kSealerChangeKey));
    // Nothing was signed: no block holds a change, the list is the same.
    QTest::qWait(500);
    QCOMPARE(child<QListView>(m_page.get(), "sealerList")->model()->rowCount(), 3);
    QCOMPARE(*m_session->reader().height(), heightBefore);
}

void TestOperatorDesk::addingTheObserverBackIsApplied()
{
    auto *observers = child<QListView>(m_page.get(), "observerList");
    int row = -1;
    for (int r = 0; r < observers->model()->rowCount(); ++r)
        if (observers->model()->index(r, 0).data(ui::NodeListModel::kNodeIdRole).toByteArray() == m_removed)
            row = r;
    QVERIFY(row >= 0);
    select("observerList", row);
    confirmChange("addSealerButton");
    QTRY_VERIFY2_WITH_TIMEOUT(status().contains(QLatin1String("Verified in block")), qPrintable(status()), kSlow);
    sealAnotherBlock();
    QTRY_VERIFY2_WITH_TIMEOUT(status().startsWith(QLatin1String("Applied")), qPrintable(status()), kSlow);
    QCOMPARE(child<QListView>(m_page.get(), "sealerList")->model()->rowCount(), 4);
    QCOMPARE(child<QTableView>(m_page.get(), "sealerHistoryTable")->model()->rowCount(), 3);
}

void TestOperatorDesk::healthTellsAServingEndpointFromADeadOne()
{
    // The same operator with a second endpoint where nothing listens.
    chain::NetworkProfile profile = m_chain.profile;
    profile.endpoints << QStringLiteral("http://127.0.0.1:9/");
    auto key = test::DemoChain::key(QStringLiteral("operator-shanghai.pem"));
    QVERIFY(key.ok());
    desk::DeskSession session(profile, desk::SigningKey(*key), m_dir.filePath(QStringLiteral("operator2")));
    desk::ChainOperatorDesk desk(session);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(session.reader().isReady() && *session.reader().height() > 0, kSlow);
    ui::NetworkHealthPage page(desk);
    page.show();
    ui::EndpointHealthModel *model = page.model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, kSlow);
    const desk::NetworkHealth &health = model->health();
    QVERIFY(health.storeHeight > 0);
    QVERIFY(health.storeBytes > 0);
    QVERIFY(health.comparedHeight <= health.storeHeight);
    const desk::EndpointHealth &serving = health.endpoints.at(0);
    QVERIFY(serving.height.has_value());
    QVERIFY(serving.latencyMs >= 0);
    QCOMPARE(serving.agrees, std::optional<bool>(true));
    QVERIFY(!model->index(0, 0).data(ui::EndpointHealthModel::kProblemRole).toBool());
    const desk::EndpointHealth &dead = health.endpoints.at(1);
    QVERIFY(!dead.height.has_value());
    QVERIFY(!dead.probeError.isEmpty());
    QVERIFY(!dead.agrees.has_value());
    QVERIFY(model->index(1, 0).data(ui::EndpointHealthModel::kProblemRole).toBool());
    auto *message = page.findChild<QLabel *>(QStringLiteral("networkHealthMessage"));
    QVERIFY(message->text().contains(QLatin1String("1 of 2 endpoints need attention")));
    auto *store = page.findChild<QLabel *>(QStringLiteral("storeHealth"));
    QVERIFY(store->text().contains(QLatin1String("Local verified store")));
}

void TestOperatorDesk::registeringChecksEveryFieldFirst()
{
    m_institutions = std::make_unique<ui::InstitutionsPage>(m_session->reader(), *m_desk);
    m_institutions->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_institutions->model()->rowCount() > 5, kSlow);
    m_institutions->registerInstitution();
    ui::RegisterInstitutionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_institutions->findChild<ui::RegisterInstitutionDialog *>()) != nullptr);
    auto *error = child<QLabel>(dialog, "institutionError");
    auto *ok = child<QPushButton>(dialog, "registerButton");
    const QRect buttonBefore = ok->geometry();
    child<QLineEdit>(dialog, "institutionName")->setText(QStringLiteral("测试村镇银行"));
    // A published code with its check character mistyped.
    child<QLineEdit>(dialog, "institutionCode")->setText(QStringLiteral("914403001922038217"));
    child<QPlainTextEdit>(dialog, "institutionPublicKey")
        ->setPlainText(QString::fromLatin1(m_newKey.publicKey().raw().toHex()));
    ok->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(!error->text().isEmpty(), "a wrong check character must be refused");
    QCOMPARE(ok->geometry(), buttonBefore); // the message has its place: nothing moved
    // Lower case is accepted (upper-cased); a key that is not on the curve is not.
    child<QLineEdit>(dialog, "institutionCode")->setText(QStringLiteral("914403001922038216"));
    child<QPlainTextEdit>(dialog, "institutionPublicKey")->setPlainText(QString(128, u'1'));
    ok->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("not an SM2 public key")), qPrintable(error->text()));
    // A key that already belongs to an institution of the chain.
    const market::InstitutionInfo existing = m_institutions->model()->institution(0);
    child<QPlainTextEdit>(dialog, "institutionPublicKey")
        ->setPlainText(QString::fromLatin1(existing.publicKey.toHex()));
    ok->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(error->text().contains(existing.name), qPrintable(error->text()));
    dialog->reject();
}

void TestOperatorDesk::registersAnInstitutionThenDeactivatesIt()
{
    QVERIFY(m_institutions);
    const int before = m_institutions->model()->rowCount();
    m_institutions->registerInstitution();
    ui::RegisterInstitutionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_institutions->findChild<ui::RegisterInstitutionDialog *>()) != nullptr);
    child<QLineEdit>(dialog, "institutionName")->setText(QStringLiteral("测试村镇银行"));
    child<QLineEdit>(dialog, "institutionCode")->setText(QStringLiteral("914403001922038216"));
    auto *region = child<QComboBox>(dialog, "institutionRegion");
    region->setCurrentIndex(region->findData(440000u));
    child<QPlainTextEdit>(dialog, "institutionPublicKey")
        ->setPlainText(QStringLiteral("0x04") + QString::fromLatin1(m_newKey.publicKey().raw().toHex()));
    child<QPushButton>(dialog, "registerButton")->click();
    auto *message = m_institutions->findChild<QLabel *>(QStringLiteral("institutionsMessage"));
    QTRY_VERIFY2_WITH_TIMEOUT(message->text().startsWith(QLatin1String("Done")), qPrintable(message->text()), kSlow);
    QTRY_COMPARE_WITH_TIMEOUT(m_institutions->model()->rowCount(), before + 1, kSlow);
    const int row = m_institutions->model()->rowOf(m_newKey.address());
    QVERIFY(row >= 0);
    const market::InstitutionInfo added = m_institutions->model()->institution(row);
    QCOMPARE(added.name, QStringLiteral("测试村镇银行"));
    QCOMPARE(added.region, 440000u);
    QCOMPARE(added.publicKey, m_newKey.publicKey().raw());
    QVERIFY(added.active);

    // Select it (search narrows the table to it), deactivate with confirmation.
    child<QLineEdit>(m_institutions.get(), "institutionSearch")->setText(QStringLiteral("914403001922038216"));
    auto *table = child<QTableView>(m_institutions.get(), "institutionsTable");
    QCOMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);
    auto *history = child<QTableView>(m_institutions.get(), "institutionHistoryTable");
    QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 1, kSlow);
    child<QPushButton>(m_institutions.get(), "toggleInstitutionButton")->click();
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY(
        (confirm = m_institutions->findChild<QMessageBox *>(QStringLiteral("confirmInstitutionChange"))) != nullptr);
    confirm->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_institutions->model()->institution(m_institutions->model()->rowOf(m_newKey.address())).active, kSlow);
    // The history: registered, then deactivated, each in a verified block with its transaction.
    QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 2, kSlow);
    const QString second = history->model()->index(1, ui::InstitutionHistoryModel::Change).data().toString();
    QCOMPARE(second, QStringLiteral("Deactivated"));
    const QString proof = history->model()->index(1, ui::InstitutionHistoryModel::Proof).data().toString();
    QVERIFY2(proof.contains(QLatin1String("block")) && proof.contains(QLatin1String("0x")), qPrintable(proof));
    QCOMPARE(child<QPushButton>(m_institutions.get(), "toggleInstitutionButton")->text(), QStringLiteral("Activate…"));
}

QTEST_MAIN(TestOperatorDesk)
#include "TestOperatorDesk.moc"
