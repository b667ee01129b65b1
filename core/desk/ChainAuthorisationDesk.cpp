// SPDX-License-Identifier: Apache-2.0
#include "desk/ChainAuthorisationDesk.h"

#include "desk/AuthorisationLetters.h"
#include "desk/DeskSession.h"
#include "desk/DocumentReaders.h"
#include "desk/OrderPlacement.h"
#include "desk/SignedInBank.h"
#include "desk/TransactionTracker.h"
#include "crypto/Random.h"
#include "market/AuthorisationDocument.h"
#include "market/MarketCalls.h"
#include "store/MarketQueries.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace credit::desk {

ChainAuthorisationDesk::ChainAuthorisationDesk(DeskSession &session, QObject *parent)
    : AuthorisationDesk(parent), m_session(session),
      m_tracker(new TransactionTracker([&session](const QByteArray &tx) { session.watchTransaction(tx); }, this))
{
    connect(&m_session, &DeskSession::transactionConfirmed, m_tracker, &TransactionTracker::onTransactionConfirmed);
    connect(
        m_tracker, &TransactionTracker::sent, this, [this](quint64 id, const QByteArray &tx) { Q_EMIT sent(id, tx); });
    connect(m_tracker, &TransactionTracker::failed, this,
        [this](quint64 id, const Error &error) { Q_EMIT failed(id, error.message); });
    connect(m_tracker, &TransactionTracker::confirmed, this, &AuthorisationDesk::confirmed);
}

ChainAuthorisationDesk::~ChainAuthorisationDesk()
{
    m_closed->cancel(); // the letter fetch in flight stops; the pool is not waited for
}

bool ChainAuthorisationDesk::isBusy(quint64 authorisationId) const
{
    return m_tracker->isPending(authorisationId);
}

Result<QList<market::AuthorisationInfo>> ChainAuthorisationDesk::authorisations()
{
    auto db = m_session.reader().database();
    if (!db)
        return db.error();
    return store::MarketQueries(**db).authorisations(m_session.institution());
}

Result<QList<market::AuthorisationUse>> ChainAuthorisationDesk::uses(quint64 authorisationId)
{
    auto mine = authorisations();
    if (!mine)
        return mine.error();
    const bool ours = std::any_of(mine->cbegin(), mine->cend(),
        [authorisationId](const market::AuthorisationInfo &a) { return a.authorisationId == authorisationId; });
    if (!ours)
        return makeError(ErrorKind::NotFound,
            tr("Authorisation %1 is not one of your bank's verified authorisations.").arg(authorisationId));
    auto db = m_session.reader().database();
    if (!db)
        return db.error();
    return store::MarketQueries(**db).authorisationUses(authorisationId);
}

Result<quint64> ChainAuthorisationDesk::freshAuthorisationId()
{
    auto db = m_session.reader().database();
    if (!db)
        return db.error();
    auto all = store::MarketQueries(**db).authorisations({}); // ids are the contract's, across banks
    if (!all)
        return all.error();
    QSet<quint64> taken;
    for (const market::AuthorisationInfo &a : std::as_const(*all))
        taken.insert(a.authorisationId);
    for (int attempt = 0; attempt < 16; ++attempt) {
        const quint64 id = timeStampedId(m_session.clock().epochMs());
        if (!taken.contains(id) && !m_tracker->isPending(id))
            return id;
    }
    return makeError(ErrorKind::Internal, tr("No free authorisation id was found. Try again in a second."));
}

Result<quint64> ChainAuthorisationDesk::recordAuthorisation(const AuthorisationDraft &draft)
{
    const qint64 now = m_session.clock().epochMs();
    if (const QString problem = draft.problem(QDateTime::fromMSecsSinceEpoch(now).date()); !problem.isEmpty())
        return makeError(ErrorKind::InvalidInput, problem);
    auto id = freshAuthorisationId();
    if (!id)
        return id.error();
    auto self = signedInBank(m_session);
    if (!self)
        return self.error();
    auto db = m_session.reader().database();
    if (!db)
        return db.error();
    auto readers = DocumentReaders(**db).ofAuthorisation(m_session.institution());
    if (!readers)
        return readers.error();

    market::AuthorisationDocument document;
    document.authorisationId = *id;
    document.bankName = self->name;
    document.bankCode = self->code;
    document.enterpriseName = draft.enterpriseName.trimmed();
    document.enterpriseCode = draft.enterpriseCode;
    document.salt = crypto::randomBytes(market::AuthorisationDocument::kSaltSize);
    document.purpose = draft.purpose.trimmed();
    document.letter = draft.letter;
    const quint8 series = draft.series;
    const QList<quint64> productIds = series != 0 ? QList<quint64> {} : draft.productIds;
    const QList<crypto::Sm2PublicKey> sealFor = *readers;
    // The bank typed it: known before any block or envelope has it.
    m_letters.insert(*id,
        AuthorisationLetterView { *id, document.enterpriseName, document.enterpriseCode, draft.letter.fileName,
            draft.letter.mediaType, draft.letter.validFrom, draft.letter.validUntil, draft.letter.content,
            document.salt });
    m_tracker->track(*id, [this, document, series, productIds, sealFor] {
        return m_session.runMarket<market::Outcome>([=](market::MarketSession &session) {
            return desk::recordAuthorisation(session, document, series, productIds, sealFor);
        });
    });
    return *id;
}

void ChainAuthorisationDesk::revokeAuthorisation(quint64 authorisationId, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        Q_EMIT failed(authorisationId, tr("Say why the authorisation is revoked."));
        return;
    }
    const QString why = reason.trimmed();
    const bool started = m_tracker->track(authorisationId, [this, authorisationId, why] {
        return m_session.runMarket<market::Outcome>(
            [authorisationId, why](market::MarketSession &session) -> Result<market::Outcome> {
                // The contract's refusal in its own words, before anything is signed.
                if (auto dry = session.market().dryRun(market::calls::revokeAuthorisation(authorisationId, why)); !dry)
                    return makeError(dry.error().kind,
                        QCoreApplication::translate("ChainAuthorisationDesk", "The chain refuses the revocation: %1")
                            .arg(dry.error().message));
                return session.market().revokeAuthorisation(authorisationId, why);
            });
    });
    if (!started)
        Q_EMIT failed(authorisationId,
            tr("A transaction for authorisation %1 is still pending; wait for it to be confirmed.")
                .arg(authorisationId));
}

void ChainAuthorisationDesk::openLetters(const QList<quint64> &authorisationIds)
{
    QList<quint64> toRead;
    for (const quint64 id : authorisationIds) {
        if (const auto known = m_letters.constFind(id); known != m_letters.cend())
            Q_EMIT letterOpened(*known);
        else if (!m_opening.contains(id))
            toRead << id;
    }
    if (toRead.isEmpty())
        return;
    for (const quint64 id : std::as_const(toRead))
        m_opening.insert(id);
    const OrderEnterpriseSource source { m_session.storePath(), m_session.documentCacheDir(),
        m_session.profile().documentStore, m_session.key(), m_closed };
    const QByteArray bank = m_session.institution();
    auto *watcher = new QFutureWatcher<OpenedLetter>(this);
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this, [this, watcher](int index) {
        const OpenedLetter opened = watcher->resultAt(index);
        const quint64 id = opened.letter.authorisationId;
        m_opening.remove(id);
        if (!opened.problem.isEmpty()) {
            Q_EMIT letterFailed(id, opened.problem);
            return;
        }
        m_letters.insert(id, opened.letter);
        Q_EMIT letterOpened(opened.letter);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, toRead] {
        watcher->deleteLater();
        for (const quint64 id : toRead) // cut short: asked again next time
            m_opening.remove(id);
    });
    watcher->setFuture(QtConcurrent::run(m_letterPool.get(), [source, bank, toRead](QPromise<OpenedLetter> &promise) {
        openAuthorisationLetters(promise, source, bank, toRead);
    }));
}

} // namespace credit::desk
