// SPDX-License-Identifier: Apache-2.0
// The consensus precompile's calls as a FISCO 2.x node takes them, and its
// answers as a FISCO node gives them: a refused change is a NEGATIVE int256
// in the output of a receipt whose status is 0, so reading the status alone
// would report a refusal as done.
#include "chain/ConsensusClient.h"
#include "codec/AbiCodec.h"
#include "codec/AbiFunction.h"

#include <QTest>

using namespace credit;

namespace {

QByteArray int256(qint64 value)
{
    return abi::encode({ abi::Type::parse(u"int256").value() }, { abi::Value::fromInt(value) }).value();
}

} // namespace

class TestConsensusClient final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addressIsTheConsensusPrecompile()
    {
        QCOMPARE(chain::ConsensusClient::address().toHex(), QByteArray("0000000000000000000000000000000000001003"));
    }

    void callDataCarriesTheNodeIdAsFiscosConsoleWritesIt()
    {
        const QByteArray node = QByteArray::fromHex(
            "652e285501f93d78bd69fde4514f86e89a471b7016d632d5a528c5e68bec054b652e285501f93d78bd69fde4514f86e89a471b"
            "7016d632d5a528c5e68bec054b");
        QCOMPARE(node.size(), 64);
        const auto add = chain::ConsensusClient::callData(chain::SealerChangeKind::Add, node);
        QVERIFY(add.ok());
        // 国密 FISCO: the selector is SM3 of the signature, not Keccak.
        QCOMPARE(add->left(4), abi::functionSelector(u"addSealer(string)"));
        const auto args = abi::decode({ abi::Type::parse(u"string").value() }, QByteArrayView(*add).sliced(4));
        QVERIFY(args.ok());
        QCOMPARE(std::get<QString>(args->at(0).data()), QString::fromLatin1(node.toHex()));
        const auto remove = chain::ConsensusClient::callData(chain::SealerChangeKind::Remove, node);
        QVERIFY(remove.ok());
        QCOMPARE(remove->left(4), abi::functionSelector(u"remove(string)"));
        QVERIFY(add->left(4) != remove->left(4));
        QVERIFY(!chain::ConsensusClient::callData(chain::SealerChangeKind::Add, node.left(33)).ok());
    }

    void aNegativeCodeIsARefusal()
    {
        QVERIFY(chain::ConsensusClient::readResult(int256(1)).ok());
        QVERIFY(chain::ConsensusClient::readResult(int256(0)).ok());
        const auto refused = chain::ConsensusClient::readResult(int256(-51100));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Rejected);
        QVERIFY2(refused.error().message.contains(QLatin1String("-51100")), qPrintable(refused.error().message));
        QVERIFY(!chain::ConsensusClient::readResult(QByteArray(7, '\x01')).ok());
    }
};

QTEST_GUILESS_MAIN(TestConsensusClient)
#include "TestConsensusClient.moc"
