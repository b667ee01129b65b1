// SPDX-License-Identifier: Apache-2.0
// The zh_CN translation is complete: nothing unfinished or empty in the .ts,
// and every tr() string in ui/ is in it (lupdate, run over ui/ into a temp
// copy, would add a missing string as unfinished).
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

//! Source texts whose translation is unfinished, empty or vanished, with their context.
QStringList incompleteMessages(const QString &tsPath, QString *error)
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
        } else if (xml.name() == u"message") {
            ++messages;
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            // Numerus translations keep their text in <numerusform> children.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (!type.isEmpty() || text.isEmpty())
                bad << QStringLiteral("%1: \"%2\" (%3)").arg(context, source, type.isEmpty() ? QStringLiteral("empty") : type);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    else if (messages == 0)
        *error = QStringLiteral("no messages at all");
    return bad;
}

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
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("check_zh_CN.ts"));
        QVERIFY(QFile::copy(QStringLiteral(CREDIT_TS_FILE), copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(CREDIT_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral(CREDIT_UI_SOURCE_DIR), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        const QByteArray output = lupdate.readAll();
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, output.constData());
        QString error;
        const QStringList bad = incompleteMessages(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("tr() strings without a translation:\n") + bad.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
