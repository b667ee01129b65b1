// SPDX-License-Identifier: Apache-2.0
#include "market/StateRecords.h"

#include "codec/Rlp.h"

#include <QtEndian>

#include <limits>
#include <optional>

namespace credit::market::state {

namespace {

constexpr qsizetype kAddressSize = 20;
constexpr qsizetype kHashSize = 32;

QByteArray idKey(char prefix, quint64 id)
{
    QByteArray key(2 + 8, '\0');
    key[0] = prefix;
    key[1] = '/';
    qToBigEndian(id, key.data() + 2);
    return key;
}

rlp::Item flag(bool value)
{
    return rlp::Item::fromUInt(value ? 1 : 0);
}

// Walks the fields of one record, remembering the first problem, so a
// decoder reads like the record's layout instead of a ladder of checks.
class FieldReader final {
public:
    FieldReader(QByteArrayView value, const char *what, qsizetype fieldCount) : m_what(QString::fromLatin1(what))
    {
        auto item = rlp::decode(value);
        if (!item)
            fail(item.error().message);
        else if (!item->isList || item->items.size() != fieldCount)
            fail(QStringLiteral("expected a list of %1 fields").arg(fieldCount));
        else
            m_fields = std::move(item->items);
    }

    quint64 uint(quint64 max)
    {
        const rlp::Item *field = next();
        if (!field)
            return 0;
        auto value = rlp::decodeUInt(*field);
        if (!value || *value > max) {
            fail(QStringLiteral("field %1 is not an integer up to %2").arg(m_index - 1).arg(max));
            return 0;
        }
        return *value;
    }

    bool boolean() { return uint(1) == 1; }

    QByteArray bytes()
    {
        const rlp::Item *field = next();
        if (field && field->isList)
            fail(QStringLiteral("field %1 is a list, expected bytes").arg(m_index - 1));
        return field && !field->isList ? field->bytes : QByteArray();
    }

    QByteArray fixed(qsizetype size)
    {
        QByteArray value = bytes();
        if (m_error.isEmpty() && value.size() != size)
            fail(QStringLiteral("field %1 has %2 bytes, expected %3").arg(m_index - 1).arg(value.size()).arg(size));
        return value;
    }

    //! The next field when it is a list; null (failed) when it is bytes or missing.
    const rlp::Item *listField()
    {
        const rlp::Item *field = next();
        if (field && !field->isList) {
            fail(QStringLiteral("field %1 is bytes, expected a list").arg(m_index - 1));
            return nullptr;
        }
        return field;
    }

    QList<QByteArray> fixedList(qsizetype size)
    {
        const rlp::Item *field = listField();
        QList<QByteArray> out;
        if (!field)
            return out;
        for (const rlp::Item &element : field->items) {
            if (element.isList || element.bytes.size() != size) {
                fail(QStringLiteral("field %1 has an element that is not %2 bytes").arg(m_index - 1).arg(size));
                return {};
            }
            out += element.bytes;
        }
        return out;
    }

    QList<quint64> uintList(quint64 max)
    {
        const rlp::Item *field = listField();
        QList<quint64> out;
        if (!field)
            return out;
        for (const rlp::Item &element : field->items) {
            auto value = rlp::decodeUInt(element);
            if (!value || *value > max) {
                fail(QStringLiteral("field %1 has an element that is not an integer up to %2")
                         .arg(m_index - 1)
                         .arg(max));
                return {};
            }
            out += *value;
        }
        return out;
    }

    template<typename Enum> Enum enumeration(std::optional<Enum> (*fromNumber)(quint64))
    {
        const quint64 number = uint(std::numeric_limits<quint8>::max());
        const std::optional<Enum> value = fromNumber(number);
        if (!value) {
            fail(QStringLiteral("field %1 holds %2, which names nothing").arg(m_index - 1).arg(number));
            return Enum {};
        }
        return *value;
    }

    template<typename T> Result<T> finish(T record) const
    {
        if (!m_error.isEmpty())
            return makeError(ErrorKind::Corrupt, QStringLiteral("%1 record: %2").arg(m_what, m_error));
        return record;
    }

private:
    const rlp::Item *next()
    {
        if (!m_error.isEmpty() || m_index >= m_fields.size())
            return nullptr;
        return &m_fields[m_index++];
    }

    void fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = what;
    }

    QString m_what;
    QList<rlp::Item> m_fields;
    qsizetype m_index = 0;
    QString m_error;
};

} // namespace

QByteArray operatorKey()
{
    return QByteArrayLiteral("operator");
}

QByteArray institutionKey(QByteArrayView account)
{
    return QByteArrayLiteral("i/") + account.toByteArray();
}

QByteArray userKey(QByteArrayView account)
{
    return QByteArrayLiteral("u/") + account.toByteArray();
}

QByteArray authorisationKey(quint64 authorisationId)
{
    return idKey('a', authorisationId);
}

QByteArray productKey(quint64 productId)
{
    return idKey('p', productId);
}

QByteArray orderKey(quint64 orderId)
{
    return idKey('o', orderId);
}

QByteArray orderPartKey(quint64 orderId, QByteArrayView bureau)
{
    return idKey('q', orderId) + bureau.toByteArray();
}

QByteArray encodeOperator(QByteArrayView address)
{
    return rlp::encodeBytes(address);
}

QByteArray encode(const InstitutionRecord &r)
{
    return rlp::encode(rlp::Item::list({
        rlp::Item::fromUInt(static_cast<quint64>(r.role)),
        rlp::Item::fromUInt(r.regionCode),
        flag(r.active),
        rlp::Item::fromBytes(r.code),
        rlp::Item::fromBytes(r.name),
        rlp::Item::fromBytes(r.publicKey),
    }));
}

QByteArray encode(const UserRecord &r)
{
    return rlp::encode(rlp::Item::list({
        rlp::Item::fromBytes(r.institution),
        flag(r.active),
        rlp::Item::fromBytes(r.name),
        rlp::Item::fromBytes(r.publicKey),
    }));
}

QByteArray encode(const ProductRecord &r)
{
    QList<rlp::Item> partners;
    for (const QByteArray &partner : r.partnerBureaus)
        partners += rlp::Item::fromBytes(partner);
    return rlp::encode(rlp::Item::list({
        rlp::Item::fromBytes(r.bureau),
        rlp::Item::fromUInt(static_cast<quint64>(r.series)),
        rlp::Item::fromBytes(r.name),
        rlp::Item::fromBytes(r.description),
        rlp::Item::fromUInt(r.priceFen),
        rlp::Item::fromUInt(r.slaHours),
        rlp::Item::fromBytes(r.deliveryFormat),
        flag(r.authorisationRequired),
        rlp::Item::list(std::move(partners)),
        flag(r.listed),
    }));
}

QByteArray encode(const OrderRecord &r)
{
    return rlp::encode(rlp::Item::list({
        rlp::Item::fromUInt(r.productId),
        rlp::Item::fromBytes(r.bank),
        rlp::Item::fromBytes(r.bureau),
        rlp::Item::fromUInt(static_cast<quint64>(r.state)),
        rlp::Item::fromUInt(r.priceFen),
        rlp::Item::fromUInt(r.slaHours),
        rlp::Item::fromBytes(r.authorisationHash),
        rlp::Item::fromBytes(r.requestDocument),
        rlp::Item::fromBytes(r.reportHash),
        rlp::Item::fromBytes(r.reportDocument),
        rlp::Item::fromBytes(r.mediator),
        rlp::Item::fromBytes(r.disputeRaisedBy),
        rlp::Item::fromUInt(r.placedAt),
        rlp::Item::fromUInt(r.updatedAt),
    }));
}

QByteArray encode(const AuthorisationRecord &r)
{
    QList<rlp::Item> productIds;
    for (quint64 id : r.productIds)
        productIds += rlp::Item::fromUInt(id);
    return rlp::encode(rlp::Item::list({
        rlp::Item::fromBytes(r.bank),
        rlp::Item::fromBytes(r.enterpriseCommitment),
        rlp::Item::fromBytes(r.letterHash),
        rlp::Item::fromBytes(r.letterDocument),
        rlp::Item::fromUInt(r.series),
        rlp::Item::list(std::move(productIds)),
        rlp::Item::fromBytes(r.purpose),
        rlp::Item::fromUInt(r.validFrom),
        rlp::Item::fromUInt(r.validUntil),
        flag(r.revoked),
        rlp::Item::fromUInt(r.uses),
    }));
}

QByteArray encode(const OrderPartRecord &r)
{
    return rlp::encode(rlp::Item::list({
        rlp::Item::fromBytes(r.partHash),
        rlp::Item::fromBytes(r.partDocument),
        rlp::Item::fromUInt(r.deliveredAt),
    }));
}

Result<QByteArray> decodeOperator(QByteArrayView value)
{
    auto item = rlp::decode(value);
    if (!item || item->isList || item->bytes.size() != kAddressSize)
        return makeError(ErrorKind::Corrupt, QStringLiteral("operator record: expected a 20-byte address"));
    return item->bytes;
}

Result<InstitutionRecord> decodeInstitution(QByteArrayView value)
{
    FieldReader in(value, "institution", 6);
    InstitutionRecord r;
    r.role = in.enumeration(roleFromNumber);
    r.regionCode = static_cast<quint32>(in.uint(std::numeric_limits<quint32>::max()));
    r.active = in.boolean();
    r.code = in.bytes();
    r.name = in.bytes();
    r.publicKey = in.bytes();
    return in.finish(std::move(r));
}

Result<UserRecord> decodeUser(QByteArrayView value)
{
    FieldReader in(value, "user", 4);
    UserRecord r;
    r.institution = in.fixed(kAddressSize);
    r.active = in.boolean();
    r.name = in.bytes();
    r.publicKey = in.bytes();
    return in.finish(std::move(r));
}

Result<ProductRecord> decodeProduct(QByteArrayView value)
{
    FieldReader in(value, "product", 10);
    ProductRecord r;
    r.bureau = in.fixed(kAddressSize);
    r.series = in.enumeration(seriesFromNumber);
    r.name = in.bytes();
    r.description = in.bytes();
    r.priceFen = in.uint(std::numeric_limits<quint64>::max());
    r.slaHours = static_cast<quint32>(in.uint(std::numeric_limits<quint32>::max()));
    r.deliveryFormat = in.bytes();
    r.authorisationRequired = in.boolean();
    r.partnerBureaus = in.fixedList(kAddressSize);
    r.listed = in.boolean();
    return in.finish(std::move(r));
}

Result<OrderRecord> decodeOrder(QByteArrayView value)
{
    FieldReader in(value, "order", 14);
    OrderRecord r;
    r.productId = in.uint(std::numeric_limits<quint64>::max());
    r.bank = in.fixed(kAddressSize);
    r.bureau = in.fixed(kAddressSize);
    r.state = in.enumeration(orderStateFromNumber);
    r.priceFen = in.uint(std::numeric_limits<quint64>::max());
    r.slaHours = static_cast<quint32>(in.uint(std::numeric_limits<quint32>::max()));
    r.authorisationHash = in.fixed(kHashSize);
    r.requestDocument = in.fixed(kHashSize);
    r.reportHash = in.fixed(kHashSize);
    r.reportDocument = in.fixed(kHashSize);
    r.mediator = in.fixed(kAddressSize);
    r.disputeRaisedBy = in.fixed(kAddressSize);
    r.placedAt = in.uint(std::numeric_limits<quint64>::max());
    r.updatedAt = in.uint(std::numeric_limits<quint64>::max());
    auto record = in.finish(std::move(r));
    // A stored order always exists: state None is what an absent key means.
    if (record && record->state == OrderState::None)
        return makeError(ErrorKind::Corrupt, QStringLiteral("order record: state None is never stored"));
    return record;
}

Result<AuthorisationRecord> decodeAuthorisation(QByteArrayView value)
{
    FieldReader in(value, "authorisation", 11);
    AuthorisationRecord r;
    r.bank = in.fixed(kAddressSize);
    r.enterpriseCommitment = in.fixed(kHashSize);
    r.letterHash = in.fixed(kHashSize);
    r.letterDocument = in.fixed(kHashSize);
    r.series = static_cast<quint8>(in.uint(std::numeric_limits<quint8>::max()));
    r.productIds = in.uintList(std::numeric_limits<quint64>::max());
    r.purpose = in.bytes();
    r.validFrom = in.uint(std::numeric_limits<quint64>::max());
    r.validUntil = in.uint(std::numeric_limits<quint64>::max());
    r.revoked = in.boolean();
    r.uses = static_cast<quint32>(in.uint(std::numeric_limits<quint32>::max()));
    return in.finish(std::move(r));
}

Result<OrderPartRecord> decodeOrderPart(QByteArrayView value)
{
    FieldReader in(value, "order part", 3);
    OrderPartRecord r;
    r.partHash = in.fixed(kHashSize);
    r.partDocument = in.fixed(kHashSize);
    r.deliveredAt = in.uint(std::numeric_limits<quint64>::max());
    return in.finish(std::move(r));
}

} // namespace credit::market::state
