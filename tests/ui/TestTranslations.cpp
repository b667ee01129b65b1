// SPDX-License-Identifier: Apache-2.0
// The zh_CN translation is complete: nothing unfinished or empty in the .ts,
// and every tr() string in ui/ and every translate() text in core/ is in it
// (lupdate, run over both into a temp copy, would add a missing string as
// unfinished). Core's texts really come out in Chinese once the embedded
// translation is installed, and in English (the source) without it.
#include "chain/JsonRpc.h"
#include "market/Uscc.h"
#include "crypto/KeyFile.h"
#include "i18n/LanguageLoader.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

namespace {

//! Source texts whose translation is unfinished, empty or vanished, with their context.
QStringList incompleteMessages(const QString &tsPath, QString *error, QSet<QString> *contexts = nullptr)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QStringList bad;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
            if (contexts)
                contexts->insert(context);
        } else if (xml.name() == u"message") {
            ++messages;
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            // Numerus translations keep their text in <numerusform> children.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (!type.isEmpty() || text.isEmpty())
                bad << QStringLiteral("%1: \"%2\" (%3)")
                           .arg(context, source, type.isEmpty() ? QStringLiteral("empty") : type);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    else if (messages == 0)
        *error = QStringLiteral("no messages at all");
    return bad;
}

//! Runs lupdate over ui/ and core/ into a copy of tsPath: the messages it then lacks.
QStringList missingAfterLupdate(const QString &tsPath, const QStringList &extraOptions)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return { QStringLiteral("no temporary folder") };
    const QString copy = dir.filePath(QFileInfo(tsPath).fileName());
    if (!QFile::copy(tsPath, copy))
        return { QStringLiteral("cannot copy ") + tsPath };
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(CREDIT_LUPDATE),
        extraOptions
            + QStringList { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral(CREDIT_UI_SOURCE_DIR), QStringLiteral(CREDIT_CORE_SOURCE_DIR), QStringLiteral("-ts"),
                copy });
    if (!lupdate.waitForFinished(120000))
        return { QStringLiteral("lupdate did not finish") };
    const QByteArray output = lupdate.readAll();
    if (lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0)
        return { QString::fromLocal8Bit(output) };
    QString error;
    QStringList bad = incompleteMessages(copy, &error);
    if (!error.isEmpty())
        bad << error;
    return bad;
}

//! One of the demo network's (public) key files: encrypted, as every key file the terminal opens.
QByteArray demoKeyFile()
{
    QFile file(QStringLiteral(CREDIT_DEMO_DIR "/keys/bank-beijing.pem"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

//! A published credit code (tests/vectors/uscc.json, 914403001922038216) with its check character mistyped.
const QString kMistypedCode = QStringLiteral("914403001922038217");

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void committedFileIsComplete()
    {
        QString error;
        const QStringList bad = incompleteMessages(QStringLiteral(CREDIT_TS_FILE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("untranslated:\n") + bad.join(u'\n')));
    }

    void everyUiStringIsInTheFile()
    {
        const QStringList bad = missingAfterLupdate(QStringLiteral(CREDIT_TS_FILE), {});
        QVERIFY2(bad.isEmpty(),
            qPrintable(QStringLiteral("tr()/translate() strings without a translation:\n") + bad.join(u'\n')));
    }

    void everyPluralHasItsEnglishForms()
    {
        // English is the source language, but "%n order(s)" needs "1 order" and "2 orders".
        const QStringList bad
            = missingAfterLupdate(QStringLiteral(CREDIT_PLURALS_TS_FILE), { QStringLiteral("-pluralonly") });
        QVERIFY2(
            bad.isEmpty(), qPrintable(QStringLiteral("%n strings without their English forms:\n") + bad.join(u'\n')));
    }

    void theFileHoldsCoresContexts()
    {
        QString error;
        QSet<QString> contexts;
        incompleteMessages(QStringLiteral(CREDIT_TS_FILE), &error, &contexts);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // One per core layer whose texts reach a screen.
        for (const char *context : { "KeyFile", "Envelope", "Uscc", "Hex", "RlpDecode", "RpcError", "JsonRpc",
                 "BlockVerifier", "TransactionSender", "LightStore", "SyncEngine", "SyncLoop", "MarketEvents",
                 "OrderRequest", "EnterpriseReportWriter" })
            QVERIFY2(contexts.contains(QLatin1String(context)), context);
    }

    // Real core errors, in the words of the zh_CN screens once the embedded
    // translation is installed (as the terminal does at start).
    void coreErrorsComeBackInChinese()
    {
        auto loader = std::make_unique<credit::ui::LanguageLoader>();
        QVERIFY(loader->install(credit::ui::LanguageLoader::localeFor(QStringLiteral("zh_CN"))));

        // An invalid credit code (codec/Uscc): the check character is wrong.
        const auto code = credit::uscc::validate(kMistypedCode);
        QVERIFY(!code.ok());
        QCOMPARE(code.error().message, QStringLiteral("校验码（第 18 位）应为“6”，实际为“7”：代码录入有误。"));

        // The wrong password for a real encrypted key file (crypto/KeyFile).
        const QByteArray pem = demoKeyFile();
        QVERIFY(!pem.isEmpty());
        const auto key = credit::crypto::keyfile::fromEncryptedPem(pem, "not-the-password");
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind, credit::ErrorKind::WrongPassword);
        QCOMPARE(key.error().message, QStringLiteral("密钥文件密码错误"));

        // A malformed RPC reply (chain/JsonRpc + RpcError): the whole sentence, detail included.
        auto reply = credit::chain::jsonrpc::parseReply(R"({"jsonrpc":"2.0","id":7,"result":"0x1"})", 8);
        QVERIFY(!reply.ok());
        auto malformed = reply.error();
        malformed.endpoint = QStringLiteral("http://127.0.0.1:8545");
        QCOMPARE(malformed.userText(),
            QStringLiteral("http://127.0.0.1:8545 返回的应答不是有效的 JSON-RPC 应答（应答对应的请求 id 为 7，"
                           "而本次请求的 id 为 8）。请检查该地址是否指向 FISCO BCOS 节点的 RPC 端口。"));

        // Without the translator the same calls say it in English, the source language.
        loader.reset();
        QCOMPARE(credit::crypto::keyfile::fromEncryptedPem(pem, "not-the-password").error().message,
            QStringLiteral("wrong password for this key file"));
        QVERIFY(credit::uscc::validate(kMistypedCode).error().message.startsWith(u"The check character"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
