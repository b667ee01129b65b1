// SPDX-License-Identifier: Apache-2.0
#include "desk/ChainEvidenceDesk.h"

#include "chain/CancelToken.h"
#include "chain/MarketSession.h"
#include "crypto/Sm3.h"
#include "desk/DeskSession.h"
#include "desk/DisputeCase.h"
#include "desk/MarketReader.h"
#include "desk/EvidenceExport.h"
#include "evidence/BundleJson.h"
#include "evidence/EvidenceVerifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSaveFile>

namespace credit::desk {

namespace {

//! A bundle is at most this large (the reader refuses more): never read a bigger file whole.
constexpr qint64 kMaxBundleBytes = 16 * 1024 * 1024;

} // namespace

ChainEvidenceDesk::ChainEvidenceDesk(DeskSession &session, QObject *parent) : EvidenceDesk(parent), m_session(session)
{
}

ChainEvidenceDesk::~ChainEvidenceDesk()
{
    cancelExport();
}

void ChainEvidenceDesk::exportPack(quint64 orderId, const QString &bundlePath)
{
    cancelExport();
    m_cancel = std::make_shared<chain::CancelToken>();
    auto *watcher = new QFutureWatcher<Result<ExportedPack>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, orderId] {
        watcher->deleteLater();
        const Result<ExportedPack> pack = watcher->result();
        if (pack)
            Q_EMIT packExported(*pack);
        else
            Q_EMIT packFailed(orderId, pack.error().message);
    });
    const QString storePath = m_session.storePath();
    const Clock &clock = m_session.clock();
    watcher->setFuture(m_session.runMarket<ExportedPack>(
        [storePath, orderId, bundlePath, cancel = m_cancel, &clock](market::MarketSession &s) -> Result<ExportedPack> {
            auto bundle = exportEvidence(storePath, s.profile(), s.rpc(), s.key(), orderId, *cancel, clock);
            if (!bundle)
                return bundle.error();
            const QByteArray json = evidence::writeBundle(*bundle);
            // Written whole or not at all: a half-written pack must never be left behind.
            QSaveFile file(bundlePath);
            if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
                return makeError(ErrorKind::Io,
                    QCoreApplication::translate("ChainEvidenceDesk", "The evidence pack could not be written to %1: %2")
                        .arg(bundlePath, file.errorString()));
            ExportedPack pack { orderId, bundlePath, json.size(), evidence::verifyBundleFile(json) };
            return pack;
        }));
}

void ChainEvidenceDesk::cancelExport()
{
    if (m_cancel)
        m_cancel->cancel();
    m_cancel.reset();
}

void ChainEvidenceDesk::verifyPack(const QString &bundlePath, const QStringList &documentPaths)
{
    auto *watcher = new QFutureWatcher<Result<evidence::VerificationReport>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, bundlePath] {
        watcher->deleteLater();
        Result<evidence::VerificationReport> report = watcher->result();
        if (!report) {
            // The file could not be read: say so as a failed check of the file itself.
            evidence::VerificationReport unread;
            unread.failure = evidence::VerificationFailure { evidence::Check::Bundle, report.error().message, -1 };
            Q_EMIT packVerified(bundlePath, unread);
            return;
        }
        Q_EMIT packVerified(bundlePath, *report);
    });
    const QByteArray anchor = m_session.profile().genesisHash;
    watcher->setFuture(m_session.runOnWorker<evidence::VerificationReport>(
        [bundlePath, documentPaths, anchor]() -> Result<evidence::VerificationReport> {
            QFile file(bundlePath);
            if (!file.open(QIODevice::ReadOnly))
                return makeError(ErrorKind::Io,
                    QCoreApplication::translate("ChainEvidenceDesk", "%1 cannot be read: %2")
                        .arg(bundlePath, file.errorString()));
            // One byte over the limit is enough for the reader to refuse it with its own words.
            const QByteArray json = file.read(kMaxBundleBytes + 1);
            evidence::VerifyOptions options;
            options.anchor = anchor;
            for (const QString &path : documentPaths) {
                QFile document(path);
                if (!document.open(QIODevice::ReadOnly))
                    return makeError(ErrorKind::Io,
                        QCoreApplication::translate("ChainEvidenceDesk", "%1 cannot be read: %2")
                            .arg(path, document.errorString()));
                options.documents << evidence::SuppliedDocument { QFileInfo(path).fileName(),
                    crypto::sm3(document.readAll()) };
            }
            return evidence::verifyBundleFile(json, options);
        }));
}

QFuture<Result<market::OrderRequest>> ChainEvidenceDesk::readRequest(quint64 orderId)
{
    market::OrderFilter filter;
    filter.orderId = orderId;
    const auto rows = m_session.reader().orders(filter);
    const QByteArray requestHash = rows && !rows->isEmpty() ? rows->first().requestDocument : QByteArray();
    DisputeCaseSource source { m_session.storePath(), m_session.documentCacheDir(), m_session.profile().documentStore,
        m_session.key(), m_session.institution(), false };
    return m_session.runOnWorker<market::OrderRequest>([source, orderId,
                                                           requestHash]() -> Result<market::OrderRequest> {
        // A party of the order (its bank, its bureau, a regulator) is a recipient of the request itself…
        auto plain = DeskSession::openDocumentNow(
            source.storePath, source.documentCacheDir, source.documentStoreUrl, source.key, requestHash);
        if (plain) {
            auto request = market::OrderRequest::parse(*plain);
            if (request && request->orderId != orderId)
                return makeError(ErrorKind::InvalidInput,
                    QCoreApplication::translate("ChainEvidenceDesk", "The request named for order %1 is for order %2.")
                        .arg(orderId)
                        .arg(request->orderId));
            return request;
        }
        // … a mediator reads the copy that the dispute's grant shares with it.
        auto files = openDisputeCase(source, orderId);
        if (files && files->request)
            return *files->request;
        return plain.error();
    });
}

} // namespace credit::desk
