// SPDX-License-Identifier: Apache-2.0
#include "desk/AuthorisationLetters.h"

#include "chain/DocumentStoreClient.h"
#include "crypto/Envelope.h"
#include "crypto/SecretBytes.h"
#include "crypto/Sm3.h"
#include "market/AuthorisationDocument.h"
#include "node/DocumentFetcher.h"
#include "store/DocumentCache.h"
#include "store/LightStore.h"
#include "store/MarketQueries.h"

#include <QCoreApplication>
#include <QHash>

namespace credit::desk {

namespace {

Result<AuthorisationLetterView> openOne(
    chain::DocumentFetcher &fetcher, const crypto::Sm2PrivateKey &key, const market::AuthorisationInfo &recorded)
{
    const quint64 authorisationId = recorded.authorisationId;
    const QByteArray &documentHash = recorded.letterDocument;
    if (documentHash.isEmpty() || documentHash == QByteArray(32, '\0'))
        return makeError(ErrorKind::NotFound,
            QCoreApplication::translate("AuthorisationLetters", "This authorisation carries no letter document."));
    auto fetched = fetcher.fetch(documentHash); // checked against the hash the verified block holds
    if (!fetched)
        return fetched.error();
    auto plain = crypto::envelope::open(fetched->envelope, key);
    if (!plain)
        return plain.error();
    auto document = market::AuthorisationDocument::parse(*plain);
    crypto::cleanse(*plain);
    if (!document)
        return document.error();
    if (document->authorisationId != authorisationId)
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate(
                "AuthorisationLetters", "The letter document of authorisation %1 names authorisation %2.")
                .arg(authorisationId)
                .arg(document->authorisationId));
    if (crypto::sm3(document->letter.content) != recorded.letterHash)
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate("AuthorisationLetters",
                "The letter of authorisation %1 does not match the hash recorded on chain. Do not rely on it.")
                .arg(authorisationId));
    AuthorisationLetterView view;
    view.authorisationId = authorisationId;
    view.enterpriseName = document->enterpriseName;
    view.enterpriseCode = document->enterpriseCode;
    view.fileName = document->letter.fileName;
    view.mediaType = document->letter.mediaType;
    view.validFrom = document->letter.validFrom;
    view.validUntil = document->letter.validUntil;
    view.content = document->letter.content;
    view.commitmentSalt = document->salt;
    return view;
}

} // namespace

void openAuthorisationLetters(QPromise<OpenedLetter> &promise, const OrderEnterpriseSource &source,
    const QByteArray &bank, const QList<quint64> &authorisationIds)
{
    auto stopped = [&] { return promise.isCanceled() || (source.cancel && source.cancel->isCancelled()); };
    auto failAll = [&](const QString &problem) {
        for (const quint64 id : authorisationIds) {
            AuthorisationLetterView unopened;
            unopened.authorisationId = id;
            promise.addResult(OpenedLetter { unopened, problem });
        }
    };
    auto store = store::LightStore::openReadOnly(source.store);
    if (!store)
        return failAll(store.error().message);
    auto recorded = store::MarketQueries((*store)->database()).authorisations(bank);
    if (!recorded)
        return failAll(recorded.error().message);
    QHash<quint64, market::AuthorisationInfo> recordedById;
    for (const market::AuthorisationInfo &a : std::as_const(*recorded))
        recordedById.insert(a.authorisationId, a);
    store::DocumentCache cache(source.documentCache);
    chain::RpcOptions options;
    options.cancel = source.cancel;
    chain::DocumentStoreClient client(source.documentStoreUrl, options);
    chain::DocumentFetcher fetcher(**store, cache, client);
    for (const quint64 id : authorisationIds) {
        if (stopped())
            return;
        OpenedLetter out;
        out.letter.authorisationId = id;
        if (const auto known = recordedById.constFind(id); known == recordedById.cend()) {
            out.problem = QCoreApplication::translate(
                "AuthorisationLetters", "No verified block records this authorisation of your bank yet.");
        } else if (auto letter = openOne(fetcher, source.key, *known); letter) {
            out.letter = *letter;
        } else {
            out.problem = letter.error().message;
        }
        promise.addResult(out);
    }
}

} // namespace credit::desk
