// SPDX-License-Identifier: Apache-2.0
#include "report/EvidenceCertificate.h"

#include "codec/Hex.h"
#include "report/ReportFonts.h"
#include "report/ReportPage.h"
#include "report/ToUnicodeRepair.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace credit::report {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString hexOf(const QByteArray &bytes)
{
    return hex::encodePrefixed(bytes);
}

//! Block times as the parties read them: China Standard Time, stated.
QString beijingTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s)
        + u" (UTC+8)"_s;
}

//! The bilingual title of a step kind (contract event) or a document role; the key itself when unknown.
QString titleOf(const QString &key)
{
    static const QHash<QString, QString> titles {
        { u"OrderPlaced"_s, u"下单 Order placed"_s },
        { u"OrderAccepted"_s, u"受理 Accepted"_s },
        { u"OrderRejected"_s, u"拒绝受理 Rejected"_s },
        { u"OrderCancelled"_s, u"撤销订单 Cancelled"_s },
        { u"ReportDelivered"_s, u"交付报告 Report delivered"_s },
        { u"PartDelivered"_s, u"合作机构交付分项 Part delivered"_s },
        { u"OrderCompleted"_s, u"确认收货 Receipt confirmed"_s },
        { u"DisputeRaised"_s, u"提出异议 Dispute raised"_s },
        { u"DisputeResolved"_s, u"调解完结 Dispute resolved"_s },
        { u"request"_s, u"查询申请（密文） Request envelope"_s },
        { u"authorisation"_s, u"企业授权书 Authorisation letter"_s },
        { u"report"_s, u"信用报告（明文） Report"_s },
        { u"report-envelope"_s, u"信用报告（密文） Report envelope"_s },
    };
    return titles.value(key, key);
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><td class='k'>%1</td><td>%2</td></tr>"_s.arg(label, value);
}

QString styleSheet()
{
    return u"h1 { font-size: 17pt; margin: 0; } h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; }"
           " td { padding: 2px 6px; vertical-align: top; } td.k { color: #444; white-space: nowrap; }"
           " .hash { font-family: monospace; font-size: 8pt; } .step { margin-top: 6px; }"
           " .note { color: #333; } .ok { color: #0a6b2e; font-weight: bold; }"_s;
}

} // namespace

QString EvidenceCertificate::maskName(const QString &name)
{
    if (name.size() <= 4)
        return name.left(1) + QString(std::max<qsizetype>(name.size() - 1, 0), u'*');
    return name.left(2) + u"****"_s + name.right(2);
}

QString EvidenceCertificate::maskCode(const QString &code)
{
    if (code.size() <= 8)
        return QString(code.size(), u'*');
    return code.left(4) + QString(code.size() - 8, u'*') + code.right(4);
}

QString EvidenceCertificate::html(const evidence::VerificationReport &r, const CertificateParties &p)
{
    const auto name = [&](const QByteArray &account) {
        const QString known = p.accountNames.value(account);
        return known.isEmpty() ? hexOf(account) : u"%1（%2）"_s.arg(esc(known), hexOf(account));
    };
    QString h;
    h += u"<h1>区块链存证核验证书<br/>Blockchain Evidence Verification Certificate</h1>"_s;
    h += u"<p class='ok'>核验通过：以下每一步均已从信任锚点起离线验证。<br/>"
         "Verified: every step below was proved offline from the trust anchor.</p>"_s;

    const QString enterprise = p.enterpriseName.isEmpty() && p.enterpriseCode.isEmpty() ? u"—"_s
        : p.revealEnterprise ? esc(u"%1 %2"_s.arg(p.enterpriseName, p.enterpriseCode).trimmed())
                             : esc(u"%1 %2"_s.arg(maskName(p.enterpriseName), maskCode(p.enterpriseCode)).trimmed())
            + u"（已遮蔽 masked）"_s;
    h += u"<h2>订单 Order</h2><table>"_s;
    h += row(u"订单编号 Order ID"_s, QString::number(r.orderId));
    h += row(u"银行 Bank"_s, esc(p.bankName));
    h += row(u"征信机构 Credit bureau"_s, esc(p.bureauName));
    h += row(u"产品 Product"_s, esc(p.productName));
    h += row(u"被查询企业 Enterprise"_s, enterprise);
    h += u"</table>"_s;

    h += u"<h2>区块链 Chain</h2><table>"_s;
    h += row(u"链 / 群组 Chain / group"_s, u"%1 / %2"_s.arg(r.chainId).arg(r.groupId));
    h += row(u"合约 Contract"_s, u"<span class='hash'>%1</span>"_s.arg(hexOf(r.contractAddress)));
    h += row(u"信任锚点（创世区块哈希） Trust anchor (genesis hash)"_s,
        u"<span class='hash'>%1</span><br/>%2"_s.arg(hexOf(r.anchor),
            r.anchorGiven ? u"已与核验方提供的锚点比对 Checked against the anchor the verifier gave"_s
                          : u"取自证据包本身，请与网络配置中的创世哈希比对 Taken from the bundle: compare it with "
                            "the network profile's genesis hash"_s));
    h += row(u"出块节点变更 Sealer-set changes"_s, QString::number(r.sealerChanges));
    h += u"</table>"_s;

    h += u"<h2>订单步骤 Steps</h2>"_s;
    for (const evidence::ProvedStep &s : r.steps) {
        h += u"<p class='step'><b>%1. %2</b> → %3<br/>"_s.arg(s.index + 1).arg(titleOf(s.kind), esc(s.state));
        h += u"时间 Time: %1　区块 Block: %2　出块节点签名 Sealers: %3 / %4（法定数 quorum %5）<br/>"_s
                 .arg(beijingTime(static_cast<qint64>(s.blockTimeMs)))
                 .arg(s.block)
                 .arg(s.signers)
                 .arg(s.sealers)
                 .arg(s.needed);
        h += u"操作方 Actor: %1<br/>"_s.arg(name(s.actor));
        h += u"交易哈希 Tx: <span class='hash'>%1</span><br/>"_s.arg(hexOf(s.txHash));
        h += u"区块哈希 Block hash: <span class='hash'>%1</span><br/>"_s.arg(hexOf(s.blockHash));
        h += u"交易与回执默克尔证明 Transaction and receipt Merkle proofs: %1</p>"_s.arg(
            s.transactionProofOk && s.receiptProofOk ? u"通过 proved"_s : u"未通过 NOT proved"_s);
    }

    h += u"<h2>文件摘要 Documents (SM3)</h2><table>"_s;
    for (const evidence::DocumentRef &d : r.documents)
        h += row(titleOf(d.role), u"<span class='hash'>%1</span>"_s.arg(hexOf(d.sm3)));
    if (r.documents.isEmpty())
        h += row(u"—"_s, u"本订单未在链上登记文件 No document recorded for this order"_s);
    h += u"</table>"_s;

    const QString file = p.bundleFileName.isEmpty() ? u"evidence.json"_s : p.bundleFileName;
    h += u"<h2>证据包 Evidence bundle</h2><table>"_s;
    h += row(u"证据包 SM3 Bundle SM3"_s, u"<span class='hash'>%1</span>"_s.arg(hexOf(r.bundleSm3)));
    h += row(u"导出方 Exported by"_s, u"%1<br/>%2"_s.arg(name(r.exporterAddress), beijingTime(r.exportedAtMs)));
    h += u"</table>"_s;
    h += u"<p>如何核验 How to verify (offline, no node needed):<br/><span class='hash'>creditctl evidence verify %1 "
         "--anchor %2</span><br/>可加 --document 文件 以核对文件摘要 Add --document FILE to check a document.</p>"_s
             .arg(esc(file), hexOf(r.anchor));

    h += u"<h2>证明范围 What this proves</h2><p class='note'>"_s;
    h += u"本证书证明：上述交易已记录在从信任锚点起的区块链上，记录于所列区块和时间，由所列账户签名，"
         "并经法定数量的出块节点签名确认；所列文件的 SM3 摘要已写入这些记录。<br/>"
         "It proves that the transactions above were recorded on the chain that starts at the trust anchor, in "
         "the blocks and at the times listed, signed by the accounts listed and sealed by a quorum of sealers; and "
         "that the documents' SM3 hashes were written into those records.<br/><br/>"_s;
    h += u"本证书不证明：任何文件在上链之前的内容真实或已存在；链上记录之外的事实；证据包最后一步之后订单的变化；"
         "以及未与网络配置比对时信任锚点所属的网络。<br/>"
         "It does not prove that a document was true, or existed in that form, before its hash went on chain; "
         "anything not recorded on chain; what happened to the order after the last step; or, unless the anchor "
         "was checked against the network profile, which network the anchor belongs to."_s;
    h += u"</p>"_s;
    return h;
}

Result<QByteArray> EvidenceCertificate::toPdf(
    const evidence::VerificationReport &report, const CertificateParties &parties)
{
    if (!report.ok)
        return makeError(ErrorKind::InvalidInput,
            tr("An evidence certificate is only issued for a bundle that verified; this one failed the %1 check.")
                .arg(report.failure ? evidence::checkName(report.failure->check) : u"?"_s));
    if (!qGuiApp)
        return makeError(ErrorKind::Internal,
            tr("An evidence certificate can only be set inside the graphical application (it needs its fonts)."));
    const Result<QStringList> families = ReportFonts::families();
    if (!families)
        return families.error();

    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setReportPage(writer);
        writer.setTitle(u"区块链存证核验证书 Evidence Verification Certificate %1"_s.arg(report.orderId));
        writer.setCreator(u"CreditChain Terminal"_s);
        QFont font;
        font.setFamilies(*families);
        font.setPointSizeF(9.5);
        // No Latin ligatures: "Verification" must copy and search as typed, not with U+FB01.
        font.setStyleStrategy(QFont::PreferNoShaping);
        QTextDocument doc;
        doc.setUndoRedoEnabled(false);
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDefaultFont(font);
        doc.setDefaultStyleSheet(styleSheet());
        doc.setHtml(html(report, parties));
        // print() paginates and numbers the pages itself.
        doc.print(&writer);
    }
    buffer.close();
    if (pdf.isEmpty())
        return makeError(ErrorKind::Io, tr("The evidence certificate could not be written: the PDF output failed."));
    ToUnicodeRepair(families->last()).apply(pdf);
    return pdf;
}

} // namespace credit::report
