// SPDX-License-Identifier: Apache-2.0
#include "store/EvidenceQueries.h"

#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace credit::store {

Result<QList<OrderStepRow>> EvidenceQueries::orderSteps(quint64 orderId)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT e.event, e.block, e.tx, t.tx_index, e.log_index FROM order_events "
                                            "e JOIN transactions t ON t.hash = e.tx "
                                            "WHERE e.order_id = ?1 ORDER BY e.block, t.tx_index, e.log_index"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<qint64>(orderId));
    QList<OrderStepRow> rows;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return rows;
        rows << OrderStepRow { stmt->text(0), static_cast<quint64>(stmt->int64(1)), stmt->blob(2),
            static_cast<quint64>(stmt->int64(3)), static_cast<quint32>(stmt->int64(4)) };
    }
}

Result<StoredHeader> EvidenceQueries::header(quint64 number)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT hash, header FROM blocks WHERE number = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<qint64>(number));
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorKind::NotFound,
            QCoreApplication::translate("EvidenceQueries", "block %1 is not in the verified store").arg(number));
    auto header = chain::headerFromJson(QJsonDocument::fromJson(stmt->text(1).toUtf8()).object());
    if (!header)
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate("EvidenceQueries", "the stored header of block %1 does not read: %2")
                .arg(number)
                .arg(header.error().message));
    return StoredHeader { std::move(*header), stmt->blob(0) };
}

Result<QList<quint64>> EvidenceQueries::sealerChanges(quint64 lastBlock)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT from_block FROM sealer_sets WHERE from_block > 0 AND from_block <= ?1 ORDER BY from_block"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<qint64>(lastBlock));
    QList<quint64> blocks;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return blocks;
        blocks << static_cast<quint64>(stmt->int64(0));
    }
}

} // namespace credit::store
