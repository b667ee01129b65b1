// SPDX-License-Identifier: Apache-2.0
// The evidence certificate read back with Poppler: Chinese and English text
// extractable (Chinese through ToUnicodeRepair), fonts embedded, every step's
// time, block, transaction and sealers, the documents, the bundle's SM3, the
// verify command and the statement of scope; the enterprise masked unless
// revealed; a failed verification gets no certificate.
#include "codec/Hex.h"
#include "crypto/Sm3.h"
#include "report/EvidenceCertificate.h"

#include <poppler-qt6.h>

#include <QGuiApplication>
#include <QTest>

using namespace credit;
using namespace Qt::StringLiterals;

namespace {

// A verifier's report of a four-step order (values as the verifier fills them).
evidence::VerificationReport verifiedReport()
{
    evidence::VerificationReport r;
    r.ok = true;
    r.bundleSm3 = crypto::sm3("bundle");
    r.chainId = 1;
    r.groupId = 1;
    r.orderId = 2026040300001;
    r.contractAddress = QByteArray::fromHex("71c01a0b94c171a9e42521864f42296459ad66e3");
    r.anchor = crypto::sm3("genesis");
    r.anchorGiven = true;
    const char *kinds[] = { "OrderPlaced", "OrderAccepted", "ReportDelivered", "OrderCompleted" };
    const char *states[] = { "Placed", "Accepted", "Delivered", "Completed" };
    for (int i = 0; i < 4; ++i) {
        evidence::ProvedStep s;
        s.index = i;
        s.kind = QLatin1String(kinds[i]);
        s.state = QLatin1String(states[i]);
        s.orderId = r.orderId;
        s.actor = QByteArray(20, static_cast<char>(0x10 + i % 2));
        s.block = 200 + 3 * static_cast<quint64>(i);
        s.blockTimeMs = 1775174400000ULL + 3600000ULL * static_cast<quint64>(i); // 2026-04-03 08:00 UTC+8 on
        s.blockHash = crypto::sm3(QByteArray::number(i) + "block");
        s.txHash = crypto::sm3(QByteArray::number(i) + "tx");
        s.signers = 4;
        s.sealers = 4;
        s.needed = 3;
        s.transactionProofOk = s.receiptProofOk = true;
        r.steps << s;
    }
    r.documents = { { u"request"_s, crypto::sm3("request") }, { u"report"_s, crypto::sm3("report") } };
    r.exporterAddress = QByteArray(20, '\x10');
    r.exportedAtMs = 1775260800000;
    return r;
}

report::CertificateParties parties(bool reveal)
{
    report::CertificateParties p;
    p.bankName = u"上海浦江商业银行"_s;
    p.bureauName = u"华信征信有限公司"_s;
    p.productName = u"企业信用报告（标准版）"_s;
    p.enterpriseName = u"上海某某制造有限公司"_s;
    p.enterpriseCode = u"91310115303456638P"_s;
    p.revealEnterprise = reveal;
    p.accountNames
        = { { QByteArray(20, '\x10'), u"上海浦江商业银行"_s }, { QByteArray(20, '\x11'), u"华信征信有限公司"_s } };
    p.bundleFileName = u"order-2026040300001.evidence.json"_s;
    return p;
}

QString textOf(const QByteArray &pdf)
{
    auto doc = Poppler::Document::loadFromData(pdf);
    if (!doc)
        return {};
    QString text;
    for (int i = 0; i < doc->numPages(); ++i)
        text += doc->page(i)->text(QRectF()) + u'\n';
    return text;
}

QString squeezed(QString s)
{
    return s.remove(u' ').remove(u'\n');
}

} // namespace

class TestEvidenceCertificate final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyStepAndTheScopeAreReadable()
    {
        auto pdf = report::EvidenceCertificate::toPdf(verifiedReport(), parties(false));
        QVERIFY2(pdf.ok(), qPrintable(pdf ? QString() : pdf.error().message));
        QVERIFY(pdf->startsWith("%PDF"));
        auto doc = Poppler::Document::loadFromData(*pdf);
        QVERIFY(doc);
        for (const Poppler::FontInfo &f : doc->fonts())
            QVERIFY2(f.isEmbedded(), qPrintable(f.name()));
        const QString text = squeezed(textOf(*pdf));
        for (const QString &expected :
            { u"区块链存证核验证书"_s, u"BlockchainEvidenceVerificationCertificate"_s, u"2026040300001"_s, u"下单"_s,
                u"受理"_s, u"交付报告"_s, u"确认收货"_s, u"上海浦江商业银行"_s, u"华信征信有限公司"_s,
                u"2026-04-0308:00:00.000(UTC+8)"_s, u"creditctlevidenceverifyorder-2026040300001.evidence.json"_s,
                u"4/4"_s, u"本证书不证明"_s, u"Itdoesnotprove"_s, u"上链之前"_s, u"每一步"_s })
            QVERIFY2(text.contains(expected), qPrintable(expected)); // 一 needs ToUnicodeRepair
        const evidence::VerificationReport r = verifiedReport();
        for (const evidence::ProvedStep &s : r.steps) {
            QVERIFY2(text.contains(hex::encodePrefixed(s.txHash)), qPrintable(hex::encodePrefixed(s.txHash)));
            QVERIFY(text.contains(u"Block:"_s + QString::number(s.block)));
        }
        for (const evidence::DocumentRef &d : r.documents)
            QVERIFY(text.contains(hex::encodePrefixed(d.sm3)));
        QVERIFY(text.contains(hex::encodePrefixed(r.bundleSm3)));
        QVERIFY(text.contains(hex::encodePrefixed(r.anchor)));
    }

    void enterpriseIsMaskedUnlessRevealed()
    {
        const QString masked
            = squeezed(textOf(report::EvidenceCertificate::toPdf(verifiedReport(), parties(false)).value()));
        QVERIFY(!masked.contains(u"上海某某制造有限公司"_s));
        QVERIFY(!masked.contains(u"91310115303456638P"_s));
        QVERIFY2(masked.contains(u"上海****公司"_s), qPrintable(masked.left(400)));
        QVERIFY(masked.contains(u"9131**********638P"_s));
        const QString revealed
            = squeezed(textOf(report::EvidenceCertificate::toPdf(verifiedReport(), parties(true)).value()));
        QVERIFY(revealed.contains(u"上海某某制造有限公司"_s));
        QVERIFY(revealed.contains(u"91310115303456638P"_s));
    }

    void failedVerificationGetsNoCertificate()
    {
        evidence::VerificationReport r = verifiedReport();
        r.ok = false;
        r.failure = evidence::VerificationFailure { evidence::Check::Quorum, u"block 200: 2 of 4 sealers signed"_s, 0 };
        auto pdf = report::EvidenceCertificate::toPdf(r, parties(false));
        QVERIFY(!pdf.ok());
        QVERIFY(pdf.error().message.contains(u"Quorum"_s));
    }
};

QTEST_MAIN(TestEvidenceCertificate)
#include "TestEvidenceCertificate.moc"
