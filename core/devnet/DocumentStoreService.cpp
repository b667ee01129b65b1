// SPDX-License-Identifier: Apache-2.0
#include "devnet/DocumentStoreService.h"

#include "codec/Hex.h"
#include "crypto/Sm3.h"
#include "devnet/ChainDb.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace credit::devnet {

using chain::docstore::Refusal;

namespace {

StoreAnswer refused(const StoreRefusal &r)
{
    const QJsonObject body { { QStringLiteral("code"), QString::fromLatin1(chain::docstore::codeOf(r.refusal)) },
        { QStringLiteral("message"), r.message } };
    return { chain::docstore::httpStatusOf(r.refusal), QJsonDocument(body).toJson(QJsonDocument::Compact) };
}

} // namespace

Result<std::unique_ptr<DocumentStoreService>> DocumentStoreService::open(
    ChainDb &db, const DocumentStoreOptions &options, const QString &dataDir)
{
    auto log = DocumentWriteLog::open(db.db());
    if (!log)
        return log.error();
    return std::unique_ptr<DocumentStoreService>(new DocumentStoreService(db, options, *log, dataDir));
}

DocumentStoreService::DocumentStoreService(
    ChainDb &db, const DocumentStoreOptions &options, DocumentWriteLog log, const QString &dataDir)
    : m_db(db), m_log(log), m_admission(db, options.clockWindowMs),
      m_limits(options, m_log, dataDir, db.documentBytes())
{
}

StoreAnswer DocumentStoreService::put(
    const QString &nameText, const WriteHeaders &headers, const QByteArray &body, qint64 nowMs)
{
    // What the request is comes first (cheap, and says nothing about anyone),
    // then who sends it, then how much they and the store may take.
    auto name = hex::decodeFixed(nameText, 32, false);
    if (!name)
        return refused({ Refusal::BadName, QStringLiteral("a document is named by 64 hex digits of its SM3") });
    if (auto tooLarge = m_limits.checkSize(body.size()))
        return refused(*tooLarge);
    const QByteArray bodySm3 = crypto::sm3(body);
    if (bodySm3 != *name)
        return refused(
            { Refusal::HashMismatch, QStringLiteral("the body's SM3 does not match the name it was stored under") });
    const auto admitted = m_admission.admit(headers, *name, bodySm3, nowMs);
    if (const auto *refusal = std::get_if<StoreRefusal>(&admitted))
        return refused(*refusal);
    const QByteArray &account = std::get<QByteArray>(admitted);
    const bool newDocument = !m_db.hasDocument(*name);
    if (auto over = m_limits.checkWrite(account, body.size(), newDocument, nowMs))
        return refused(*over);
    if (auto r = m_db.putDocument(*name, body); !r)
        return refused({ Refusal::StoreError, r.error().message });
    if (newDocument)
        m_limits.addStored(body.size());
    if (auto r = m_log.record(account, *name, body.size(), nowMs); !r)
        qWarning("credit-devnet: document store: cannot write the audit record: %s", qPrintable(r.error().message));
    const QJsonObject stored { { QStringLiteral("stored"), hex::encode(*name) },
        { QStringLiteral("account"), hex::encodePrefixed(account) } };
    return { 201, QJsonDocument(stored).toJson(QJsonDocument::Compact) };
}

} // namespace credit::devnet
