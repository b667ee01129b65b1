// SPDX-License-Identifier: Apache-2.0
#include "devnet/DemoTransactions.h"

#include "codec/Transaction.h"
#include "crypto/Envelope.h"
#include "crypto/Sm3.h"
#include "devnet/DemoDocuments.h"
#include "devnet/DemoReportPdf.h"
#include "devnet/DemoSpec.h"
#include "devnet/Genesis.h"
#include "market/MarketCalls.h"
#include "reportdata/DeliveryFormat.h"

#include <QThreadPool>

#include <optional>
#include <vector>

namespace credit::devnet {

namespace {

// What one action needs besides the plan: its documents' plaintexts and readers.
struct Job {
    QByteArray plaintext; //!< request (PlaceOrder) or report (DeliverReport)
    QByteArray authorisationHash; //!< PlaceOrder: SM3 of the letter, or zero
    QList<crypto::Sm2PublicKey> readers; //!< bank, bureau, every regulator (PROTOCOL.md §8)
    //! PlaceOrder of a 链融 product: its partner bureaus read the request too
    QList<crypto::Sm2PublicKey> partnerReaders;
    qsizetype placedBy = -1; //!< RaiseDispute: the PlaceOrder action of the order
    qsizetype deliveredBy = -1; //!< RaiseDispute: its DeliverReport action, if any
    QString enterpriseCode, enterpriseName; //!< PlaceOrder: who the report will be about
    //! RecordAuthorisation: its call's arguments but the letter document (the envelope's SM3)
    market::calls::AuthorisationTerms terms;
};

class Builder final {
public:
    Builder(const QList<DemoAction> &actions, const QList<quint64> &heights, const Genesis &genesis,
        const DemoSpec &spec, const QHash<QByteArray, crypto::Sm2PrivateKey> &keys)
        : m_actions(actions), m_heights(heights), m_genesis(genesis), m_spec(spec), m_keys(keys),
          m_jobs(static_cast<std::size_t>(actions.size())), m_out(static_cast<std::size_t>(actions.size())),
          m_errors(static_cast<std::size_t>(actions.size()))
    {
    }

    Result<QList<DemoTransaction>> run()
    {
        for (const auto &i : m_genesis.institutions) {
            auto pub = crypto::Sm2PublicKey::fromRaw(i.publicKey);
            if (!pub)
                return makeError(
                    ErrorKind::InvalidInput, QStringLiteral("public key of %1: %2").arg(i.name, pub.error().message));
            m_institutions.insert(i.account, &i);
            m_publicKeys.insert(i.account, *pub);
            if (i.role == static_cast<int>(market::Role::Regulator))
                m_regulators << *pub;
        }
        for (const auto &p : m_spec.products)
            m_products.insert(p.listing.productId, &p);
        writeDocuments();
        for (qsizetype i = 0; i < m_actions.size(); ++i)
            if (error(i))
                return *error(i);
        // Disputes name the envelopes of the first round, so they come second.
        for (const bool disputes : { false, true }) {
            QThreadPool pool;
            for (qsizetype i = 0; i < m_actions.size(); ++i)
                if ((m_actions[i].step == DemoStep::RaiseDispute) == disputes)
                    pool.start([this, i] { error(i) = build(i); });
            pool.waitForDone();
            for (qsizetype i = 0; i < m_actions.size(); ++i)
                if (error(i))
                    return *error(i);
        }
        return QList<DemoTransaction>(m_out.begin(), m_out.end());
    }

private:
    Job &job(qsizetype i) { return m_jobs[static_cast<std::size_t>(i)]; }
    DemoTransaction &out(qsizetype i) { return m_out[static_cast<std::size_t>(i)]; }
    std::optional<Error> &error(qsizetype i) { return m_errors[static_cast<std::size_t>(i)]; }

    // Sequential and cheap: the plaintexts, in plan order, so each order's
    // report and dispute find the request placed before them.
    void writeDocuments()
    {
        QHash<quint64, qsizetype> placed, delivered;
        QHash<quint64, market::AuthorisationDocument> authorisations;
        for (qsizetype i = 0; i < m_actions.size(); ++i) {
            const DemoAction &a = m_actions[i];
            Job &work = job(i);
            if (a.step == DemoStep::PlaceOrder || a.step == DemoStep::RecordAuthorisation) {
                const DemoProduct &product = *m_products.value(a.productId);
                const GenesisInstitution &bank = *m_institutions.value(a.actor);
                const GenesisInstitution &bureau = *m_institutions.value(product.bureau);
                const DemoOrderFacts facts { a.orderId, a.productId, product.listing.name, bank.name, bank.code,
                    bureau.name, bureau.code, m_spec.enterprises.value(a.enterprise), a.text, a.timeMs };
                if (a.step == DemoStep::RecordAuthorisation) {
                    const market::AuthorisationDocument document = demoAuthorisationDocument(a.authorisationId, facts);
                    authorisations.insert(a.authorisationId, document);
                    work.plaintext = document.toJson();
                    work.readers = QList<crypto::Sm2PublicKey> { m_publicKeys.value(bank.account) } + m_regulators;
                    work.terms.authorisationId = a.authorisationId;
                    work.terms.enterpriseCommitment = document.commitment();
                    work.terms.letterHash = crypto::sm3(document.letter.content);
                    work.terms.productIds = { a.productId };
                    work.terms.purpose = document.purpose;
                    work.terms.validFromMs = static_cast<quint64>(market::validityStartMs(document.letter.validFrom));
                    work.terms.validUntilMs = static_cast<quint64>(market::validityEndMs(document.letter.validUntil));
                    continue;
                }
                if (a.authorisationId != 0) {
                    const market::AuthorisationDocument &document = authorisations[a.authorisationId];
                    work.plaintext = demoRequestDocument(facts, document);
                    work.authorisationHash = crypto::sm3(document.letter.content);
                } else {
                    // A product without authorisation takes the zero hash, as the contract expects.
                    work.plaintext = demoRequestDocument(facts, QByteArray());
                    work.authorisationHash = QByteArray(32, '\0');
                }
                work.enterpriseCode = facts.enterprise.code;
                work.enterpriseName = facts.enterprise.name;
                work.readers = QList<crypto::Sm2PublicKey> {
                    m_publicKeys.value(bank.account), m_publicKeys.value(bureau.account)
                } + m_regulators;
                for (const QByteArray &partner : product.listing.partnerBureaus)
                    work.partnerReaders << m_publicKeys.value(partner);
                placed.insert(a.orderId, i);
            } else if (a.step == DemoStep::DeliverPart) {
                // 链融: the partner's part, sealed for the lead bureau, the partner and the regulators.
                const Job &place = job(placed.value(a.orderId));
                const DemoProduct &product = *m_products.value(a.productId);
                const GenesisInstitution &partner = *m_institutions.value(a.actor);
                work.plaintext = demoPartData({ a.orderId, a.productId, partner.code, place.enterpriseCode, a.timeMs,
                    place.enterpriseName, partner.name, true });
                work.readers = QList<crypto::Sm2PublicKey> {
                    m_publicKeys.value(product.bureau), m_publicKeys.value(partner.account)
                } + m_regulators;
            } else if (a.step == DemoStep::DeliverReport) {
                const Job &place = job(placed.value(a.orderId));
                const DemoProduct &product = *m_products.value(a.productId);
                const GenesisInstitution &bureau = *m_institutions.value(product.bureau);
                auto report = demoDeliveredReport(
                    { a.orderId, a.productId, bureau.code, place.enterpriseCode, a.timeMs, place.enterpriseName,
                        bureau.name, report::includesStructuredData(product.listing.deliveryFormat) });
                if (report)
                    work.plaintext = *report;
                else
                    error(i) = report.error();
                work.readers = place.readers;
                delivered.insert(a.orderId, i);
            } else if (a.step == DemoStep::RaiseDispute) {
                work.placedBy = placed.value(a.orderId, -1);
                work.deliveredBy = delivered.value(a.orderId, -1);
            }
        }
    }

    Result<QByteArray> seal(qsizetype i, const QByteArray &plaintext, const QList<crypto::Sm2PublicKey> &readers)
    {
        auto envelope = crypto::envelope::seal(plaintext, readers);
        if (!envelope)
            return envelope.error();
        out(i).envelopes << *envelope;
        return crypto::sm3(*envelope);
    }

    Result<QByteArray> callData(qsizetype i)
    {
        namespace calls = market::calls;
        const DemoAction &a = m_actions[i];
        const Job &work = job(i);
        switch (a.step) {
        case DemoStep::ListProduct:
            return calls::listProduct(m_products.value(a.productId)->listing);
        case DemoStep::UpdateProduct:
            return calls::updateProduct(a.productId, a.priceFen, a.slaHours, a.text);
        case DemoStep::DelistProduct:
            return calls::delistProduct(a.productId);
        case DemoStep::AcceptOrder:
            return calls::acceptOrder(a.orderId);
        case DemoStep::RejectOrder:
            return calls::rejectOrder(a.orderId, a.text);
        case DemoStep::CancelOrder:
            return calls::cancelOrder(a.orderId);
        case DemoStep::ConfirmReceipt:
            return calls::confirmReceipt(a.orderId);
        case DemoStep::ResolveDispute:
            return calls::resolveDispute(a.orderId, a.text);
        case DemoStep::PlaceOrder: {
            auto document = seal(i, work.plaintext, work.readers + work.partnerReaders);
            if (!document)
                return document.error();
            if (a.authorisationId != 0)
                return calls::placeAuthorisedOrder(a.orderId, a.productId, a.authorisationId, *document);
            return calls::placeOrder(a.orderId, a.productId, work.authorisationHash, *document);
        }
        case DemoStep::RecordAuthorisation: {
            auto document = seal(i, work.plaintext, work.readers);
            if (!document)
                return document.error();
            calls::AuthorisationTerms terms = work.terms;
            terms.letterDocument = *document;
            return calls::recordAuthorisation(terms);
        }
        case DemoStep::RevokeAuthorisation:
            return calls::revokeAuthorisation(a.authorisationId, a.text);
        case DemoStep::DeliverReport: {
            auto document = seal(i, work.plaintext, work.readers);
            if (!document)
                return document.error();
            return calls::deliverReport(a.orderId, crypto::sm3(work.plaintext), *document);
        }
        case DemoStep::DeliverPart: {
            auto document = seal(i, work.plaintext, work.readers);
            if (!document)
                return document.error();
            return calls::deliverPart(a.orderId, crypto::sm3(work.plaintext), *document);
        }
        case DemoStep::RaiseDispute:
            return raiseDispute(i);
        case DemoStep::RegisterInstitution: {
            const GenesisInstitution &inst = m_genesis.institutions.at(a.institution);
            return calls::registerInstitution(
                inst.account, inst.code, inst.name, static_cast<market::Role>(inst.role), inst.region, inst.publicKey);
        }
        case DemoStep::OpenUser: {
            const DemoUser &user = m_spec.users.at(a.user);
            return calls::openUser(
                user.institution, user.account, user.name, m_keys.value(user.account).publicKey().raw());
        }
        case DemoStep::FreezeUser:
            return calls::setUserActive(m_spec.users.at(a.user).account, false);
        }
        return makeError(ErrorKind::Internal, QStringLiteral("unknown demo step"));
    }

    // The mediator gets copies of the order's documents sealed for it as well,
    // and the key envelope (sealed for the mediator alone) says which they are.
    Result<QByteArray> raiseDispute(qsizetype i)
    {
        const DemoAction &a = m_actions[i];
        const Job &work = job(i);
        if (work.placedBy < 0)
            return makeError(ErrorKind::Internal, QStringLiteral("the order was never placed"));
        const QList<crypto::Sm2PublicKey> readers
            = job(work.placedBy).readers + QList<crypto::Sm2PublicKey> { m_publicKeys.value(a.mediator) };
        QList<DemoGrantedDocument> granted;
        for (const auto &[kind, source] : { std::pair { QStringLiteral("request"), work.placedBy },
                 std::pair { QStringLiteral("report"), work.deliveredBy } }) {
            if (source < 0)
                continue;
            auto copy = seal(i, job(source).plaintext, readers);
            if (!copy)
                return copy.error();
            granted << DemoGrantedDocument { kind, crypto::sm3(out(source).envelopes.value(0)), *copy };
        }
        auto grant = crypto::envelope::seal(
            demoDisputeGrant(a.orderId, a.mediator, granted), { m_publicKeys.value(a.mediator) });
        if (!grant)
            return grant.error();
        return market::calls::raiseDispute(a.orderId, a.mediator, a.text, *grant);
    }

    std::optional<Error> build(qsizetype i)
    {
        auto data = callData(i);
        if (!data)
            return data.error();
        tx::Request request;
        request.to = m_genesis.contractAddress;
        request.data = *data;
        request.currentBlock = m_heights[i];
        request.chainId = m_genesis.chainId;
        request.groupId = m_genesis.groupId;
        auto t = tx::buildSigned(request, m_keys.value(m_actions[i].signer()));
        if (!t)
            return t.error();
        out(i).raw = t->encode();
        return std::nullopt;
    }

    const QList<DemoAction> &m_actions;
    const QList<quint64> &m_heights;
    const Genesis &m_genesis;
    const DemoSpec &m_spec;
    const QHash<QByteArray, crypto::Sm2PrivateKey> &m_keys;
    QHash<QByteArray, const GenesisInstitution *> m_institutions;
    QHash<quint64, const DemoProduct *> m_products;
    QHash<QByteArray, crypto::Sm2PublicKey> m_publicKeys;
    QList<crypto::Sm2PublicKey> m_regulators;
    // One slot per action: a worker writes only its own. std::vector, not
    // QList: no implicit sharing whose detach check would race between workers.
    std::vector<Job> m_jobs;
    std::vector<DemoTransaction> m_out;
    std::vector<std::optional<Error>> m_errors;
};

} // namespace

Result<QList<DemoTransaction>> buildDemoTransactions(const QList<DemoAction> &actions, const QList<quint64> &heights,
    const Genesis &genesis, const DemoSpec &spec, const QHash<QByteArray, crypto::Sm2PrivateKey> &keys)
{
    if (heights.size() != actions.size())
        return makeError(ErrorKind::Internal, QStringLiteral("demo history: one height per action is needed"));
    return Builder(actions, heights, genesis, spec, keys).run();
}

} // namespace credit::devnet
