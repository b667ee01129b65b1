// SPDX-License-Identifier: Apache-2.0
// The ABI table of core/market against the contract itself: compiles
// resources/contracts/CreditMarket.sol with the pinned solc-js releases
// (0.6.10 for FISCO BCOS 2.x, 0.8.11 for 3.x) and requires each JSON ABI to
// equal MarketAbi both ways, so the Solidity source and the native executor
// can never drift apart silently.
#include "crypto/Sm3.h"
#include "market/MarketAbi.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QSet>
#include <QStringList>
#include <QTest>

using namespace credit;
using namespace credit::market;

namespace {

const QString kSource = QStringLiteral("CreditMarket.sol");
const QString kContract = QStringLiteral("CreditMarket");

// solc-js scripts under tools/solc/node_modules, run with node.
struct Compiler {
    const char *label;
    const char *script;
};
const Compiler kCompilers[] = {
    { "solc 0.6.10 (FISCO BCOS 2.x)", CREDIT_SOLCJS_0_6 },
    { "solc 0.8.11 (FISCO BCOS 3.x)", CREDIT_SOLCJS_0_8 },
};

// One parameter written out with everything that must match: the type (a
// struct as its components, recursively), the name, and for an event the
// indexed flag. The two sides are written by two separate functions.
QString describe(const QJsonObject &param)
{
    QString type = param.value(u"type").toString();
    if (type.startsWith(u"tuple")) {
        QStringList components;
        for (const QJsonValue &component : param.value(u"components").toArray())
            components += describe(component.toObject());
        type = u'(' + components.join(u", ") + u')' + type.mid(5);
    }
    QString out = (type + u' ' + param.value(u"name").toString()).trimmed();
    if (param.value(u"indexed").toBool())
        out += QStringLiteral(" indexed");
    return out;
}

QString describe(const AbiParam &param)
{
    QString type = param.type;
    if (!param.components.isEmpty()) {
        QStringList components;
        for (const AbiParam &component : param.components)
            components += describe(component);
        // An array of structs keeps its suffix after the tuple: "(...)[]".
        type = u'(' + components.join(u", ") + u')' + type.mid(type.lastIndexOf(u')') + 1);
    }
    QString out = (type + u' ' + param.name).trimmed();
    if (param.indexed)
        out += QStringLiteral(" indexed");
    return out;
}

template<typename Params> QString describeAll(const Params &params)
{
    QStringList out;
    for (const auto &param : params) {
        if constexpr (std::is_same_v<Params, QJsonArray>)
            out += describe(param.toObject());
        else
            out += describe(param);
    }
    return out.join(QStringLiteral(", "));
}

// Name -> full description, for each side.
struct Described {
    QMap<QString, QString> functions;
    QMap<QString, QString> events;
};

Described describeTable()
{
    Described out;
    for (const FunctionAbi &f : functions()) {
        out.functions.insert(f.name,
            QStringLiteral("%1(%2) returns (%3) %4")
                .arg(f.name, describeAll(f.inputs), describeAll(f.outputs), mutabilityName(f.mutability)));
    }
    for (const EventAbi &e : events())
        out.events.insert(e.name, QStringLiteral("%1(%2)").arg(e.name, describeAll(e.inputs)));
    return out;
}

QString differences(const QString &what, const QMap<QString, QString> &solc, const QMap<QString, QString> &table)
{
    QStringList out;
    for (auto it = solc.begin(); it != solc.end(); ++it) {
        if (!table.contains(it.key()))
            out += QStringLiteral("%1 %2 is in the contract, not in MarketAbi: %3").arg(what, it.key(), it.value());
        else if (table.value(it.key()) != it.value())
            out += QStringLiteral("%1 %2 differs:\n  contract:  %3\n  MarketAbi: %4")
                       .arg(what, it.key(), it.value(), table.value(it.key()));
    }
    for (auto it = table.begin(); it != table.end(); ++it) {
        if (!solc.contains(it.key()))
            out += QStringLiteral("%1 %2 is in MarketAbi, not in the contract: %3").arg(what, it.key(), it.value());
    }
    return out.join(u'\n');
}

} // namespace

class TestMarketAbi final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void contractCompilesCleanly_data() { compilerRows(); }
    void contractCompilesCleanly();
    void functionsEqualTheContracts_data() { compilerRows(); }
    void functionsEqualTheContracts();
    void eventsEqualTheContracts_data() { compilerRows(); }
    void eventsEqualTheContracts();
    void signaturesEqualSolcs_data() { compilerRows(); }
    void signaturesEqualSolcs();
    void tableIsConsistent();

private:
    struct Compiled {
        QJsonObject output; // solc's standard JSON output
        QJsonObject contract; // its entry for CreditMarket
    };
    static void compilerRows();
    static Compiled compile(const Compiler &compiler, const QByteArray &input, QString &failure);
    const Compiled &current() const;

    QHash<QString, Compiled> m_compiled; // by compiler label
};

// The compilation of the current data row (initTestCase stops the run if one failed).
const TestMarketAbi::Compiled &TestMarketAbi::current() const
{
    return *m_compiled.constFind(QString::fromLatin1(QTest::currentDataTag()));
}

void TestMarketAbi::compilerRows()
{
    QTest::addColumn<int>("unused"); // rows only name the compiler
    for (const Compiler &compiler : kCompilers)
        QTest::newRow(compiler.label) << 0;
}

void TestMarketAbi::initTestCase()
{
    QFile source(QStringLiteral(CREDIT_CONTRACT_SOL));
    QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.errorString()));

    // Compiled as deployed: with the optimizer, and down to bytecode, so code
    // generation problems (stack too deep, size) show up here too.
    const QJsonObject input {
        { QStringLiteral("language"), QStringLiteral("Solidity") },
        { QStringLiteral("sources"),
            QJsonObject {
                { kSource, QJsonObject { { QStringLiteral("content"), QString::fromUtf8(source.readAll()) } } } } },
        { QStringLiteral("settings"),
            QJsonObject { { QStringLiteral("optimizer"),
                              QJsonObject { { QStringLiteral("enabled"), true }, { QStringLiteral("runs"), 200 } } },
                { QStringLiteral("outputSelection"),
                    QJsonObject { { QStringLiteral("*"),
                        QJsonObject { { QStringLiteral("*"),
                            QJsonArray { QStringLiteral("abi"), QStringLiteral("evm.bytecode.object"),
                                QStringLiteral("evm.methodIdentifiers") } } } } } } } },
    };
    const QByteArray json = QJsonDocument(input).toJson(QJsonDocument::Compact);
    for (const Compiler &compiler : kCompilers) {
        QString failure;
        m_compiled.insert(QString::fromLatin1(compiler.label), compile(compiler, json, failure));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
}

TestMarketAbi::Compiled TestMarketAbi::compile(const Compiler &compiler, const QByteArray &input, QString &failure)
{
    const QString script = QString::fromUtf8(compiler.script);
    if (!QFileInfo::exists(script)) {
        failure = QStringLiteral("%1 is not installed (%2): run packaging/setup-debian.sh, which runs npm ci in "
                                 "tools/solc")
                      .arg(QString::fromLatin1(compiler.label), script);
        return {};
    }
    QTemporaryDir outDir;
    const QString outFile = outDir.filePath(QStringLiteral("out.json"));
    QProcess solc;
    solc.start(
        QStringLiteral("node"), { QStringLiteral(CREDIT_SOLC_WRAPPER), QFileInfo(script).absolutePath(), outFile });
    if (!solc.waitForStarted(30'000)) {
        failure = QStringLiteral("cannot run node (Node.js, installed by packaging/setup-debian.sh): %1")
                      .arg(solc.errorString());
        return {};
    }
    solc.write(input);
    solc.closeWriteChannel();
    if (!solc.waitForFinished(300'000) || solc.exitStatus() != QProcess::NormalExit || solc.exitCode() != 0) {
        failure = QStringLiteral("%1 failed: %2 %3")
                      .arg(QString::fromLatin1(compiler.label), solc.errorString(),
                          QString::fromUtf8(solc.readAllStandardError()));
        return {};
    }
    QFile result(outFile);
    const QByteArray out = result.open(QIODevice::ReadOnly) ? result.readAll() : QByteArray();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    if (!document.isObject()) {
        failure = QStringLiteral("%1 printed no JSON: %2\n%3")
                      .arg(QString::fromLatin1(compiler.label), error.errorString(), QString::fromUtf8(out.left(2000)));
        return {};
    }
    Compiled compiled;
    compiled.output = document.object();
    compiled.contract
        = compiled.output.value(u"contracts").toObject().value(kSource).toObject().value(kContract).toObject();
    return compiled;
}

void TestMarketAbi::contractCompilesCleanly()
{
    QStringList problems;
    for (const QJsonValue &entry : current().output.value(u"errors").toArray())
        problems += entry.toObject().value(u"formattedMessage").toString();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QString bytecode
        = current().contract.value(u"evm").toObject().value(u"bytecode").toObject().value(u"object").toString();
    QVERIFY2(!bytecode.isEmpty(), "solc produced no bytecode for CreditMarket");
    // EIP-170's 24 KiB: FISCO does not enforce it, but a contract that stays
    // under it deploys on every EVM.
    QVERIFY2(bytecode.size() / 2 <= 24576, qPrintable(QStringLiteral("%1 bytes").arg(bytecode.size() / 2)));
}

void TestMarketAbi::functionsEqualTheContracts()
{
    QMap<QString, QString> solc;
    for (const QJsonValue &value : current().contract.value(u"abi").toArray()) {
        const QJsonObject entry = value.toObject();
        const QString kind = entry.value(u"type").toString();
        if (kind == u"constructor") {
            // The constructor takes nothing: initialiseOperator(state, sender) is all of it.
            QVERIFY(entry.value(u"inputs").toArray().isEmpty());
            continue;
        }
        if (kind == u"event")
            continue;
        // No fallback, receive or custom error: the executor reverts on any unknown selector.
        QCOMPARE(kind, QStringLiteral("function"));
        const QString name = entry.value(u"name").toString();
        QVERIFY2(!solc.contains(name), qPrintable(QStringLiteral("overloaded function %1").arg(name)));
        solc.insert(name,
            QStringLiteral("%1(%2) returns (%3) %4")
                .arg(name, describeAll(entry.value(u"inputs").toArray()),
                    describeAll(entry.value(u"outputs").toArray()), entry.value(u"stateMutability").toString()));
    }
    QVERIFY(!solc.isEmpty());
    const QString diff = differences(QStringLiteral("function"), solc, describeTable().functions);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestMarketAbi::eventsEqualTheContracts()
{
    QMap<QString, QString> solc;
    for (const QJsonValue &value : current().contract.value(u"abi").toArray()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(u"type").toString() != u"event")
            continue;
        QVERIFY(!entry.value(u"anonymous").toBool());
        const QString name = entry.value(u"name").toString();
        solc.insert(name, QStringLiteral("%1(%2)").arg(name, describeAll(entry.value(u"inputs").toArray())));
    }
    QVERIFY(!solc.isEmpty());
    const QString diff = differences(QStringLiteral("event"), solc, describeTable().events);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestMarketAbi::signaturesEqualSolcs()
{
    // solc's method identifiers are Keccak, but their keys are the canonical
    // signatures, which the SM3 selectors are taken from.
    QSet<QString> solc;
    const QJsonObject identifiers = current().contract.value(u"evm").toObject().value(u"methodIdentifiers").toObject();
    for (auto it = identifiers.begin(); it != identifiers.end(); ++it)
        solc.insert(it.key());
    QSet<QString> table;
    for (const FunctionAbi &f : functions())
        table.insert(f.signature);
    QCOMPARE(table, solc);
}

void TestMarketAbi::tableIsConsistent()
{
    QSet<QByteArray> selectors;
    for (qsizetype i = 0; i < functions().size(); ++i) {
        const FunctionAbi &f = functions()[i];
        QCOMPARE(static_cast<qsizetype>(f.id), i);
        QCOMPARE(f.selector, crypto::sm3(f.signature.toUtf8()).first(4));
        QCOMPARE(functionBySelector(f.selector), &f);
        selectors.insert(f.selector);
    }
    QCOMPARE(selectors.size(), functions().size());

    QSet<QByteArray> topics;
    for (qsizetype i = 0; i < events().size(); ++i) {
        const EventAbi &e = events()[i];
        QCOMPARE(static_cast<qsizetype>(e.id), i);
        QCOMPARE(eventByTopic(e.topic), &e);
        topics.insert(e.topic);
        qsizetype indexedCount = 0;
        for (qsizetype p = 0; p < e.inputs.size(); ++p) {
            if (!e.inputs[p].indexed)
                continue;
            ++indexedCount;
            // Indexed dynamic values would be hashed into their topic; the codec supports none.
            QVERIFY(!e.types[p].isDynamic());
        }
        QVERIFY(indexedCount <= 3);
    }
    QCOMPARE(topics.size(), events().size());

    // One selector written out by hand: SM3, not Keccak (PROTOCOL.md §2).
    QCOMPARE(function(Function::PlaceOrder).selector,
        crypto::sm3(QByteArrayLiteral("placeOrder(uint64,uint64,bytes32,bytes32)")).first(4));
    QVERIFY(function(Function::PlaceOrder).selector
        != QCryptographicHash::hash("placeOrder(uint64,uint64,bytes32,bytes32)", QCryptographicHash::Keccak_256)
               .first(4));
}

QTEST_GUILESS_MAIN(TestMarketAbi)
#include "TestMarketAbi.moc"
