// SPDX-License-Identifier: Apache-2.0
// Input: a type list, then ABI data for it. The type list is either generated
// from the leading bytes (first byte < 0x80, so every input means some
// types) or, to fuzz the parser too, written out as text up to a newline.
// Whatever decodes must re-encode canonically to data that decodes to the
// same values and encodes to itself again.
#include "FuzzCheck.h"
#include "codec/AbiCodec.h"

#include <QStringList>

using namespace credit;

namespace {

class TypeGenerator {
public:
    explicit TypeGenerator(QByteArrayView input) : m_input(input) { }

    QString type(int depth)
    {
        const int choice = next() % 10;
        const bool leafOnly = depth >= 4;
        switch (leafOnly ? choice % 7 : choice) {
        case 0:
            return QStringLiteral("uint%1").arg((next() % 32 + 1) * 8);
        case 1:
            return QStringLiteral("int%1").arg((next() % 32 + 1) * 8);
        case 2:
            return QStringLiteral("address");
        case 3:
            return QStringLiteral("bool");
        case 4:
            return QStringLiteral("bytes%1").arg(next() % 32 + 1);
        case 5:
            return QStringLiteral("bytes");
        case 6:
            return QStringLiteral("string");
        case 7:
            return type(depth + 1) + QStringLiteral("[]");
        case 8:
            return type(depth + 1) + QStringLiteral("[%1]").arg(next() % 3 + 1);
        default: {
            QStringList components;
            for (int count = next() % 3 + 1; count > 0; --count)
                components.append(type(depth + 1));
            return QLatin1Char('(') + components.join(QLatin1Char(',')) + QLatin1Char(')');
        }
        }
    }
    QByteArrayView rest() const { return m_input.sliced(m_pos); }

private:
    int next() { return m_pos < m_input.size() ? static_cast<unsigned char>(m_input[m_pos++]) : 0; }

    QByteArrayView m_input;
    qsizetype m_pos = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    const QByteArrayView input = fuzz::bytesOf(data, size);
    if (input.isEmpty())
        return 0;

    QList<abi::Type> types;
    QByteArrayView abiData;
    if (static_cast<unsigned char>(input[0]) & 0x80) {
        const QByteArrayView text = input.sliced(1);
        const qsizetype newline = text.indexOf('\n');
        if (newline < 0 || newline > 512)
            return 0;
        auto parsed = abi::Type::parseList(QString::fromLatin1(text.first(newline)));
        if (!parsed)
            return 0;
        types = *parsed;
        abiData = text.sliced(newline + 1);
    } else {
        TypeGenerator generator(input.sliced(1));
        QStringList names;
        for (int count = input[0] % 4 + 1; count > 0; --count)
            names.append(generator.type(0));
        const QString text = names.join(QLatin1Char(','));
        auto parsed = abi::Type::parseList(text);
        FUZZ_CHECK(parsed.ok()); // the generator only writes valid canonical types
        types = *parsed;
        FUZZ_CHECK(abi::tupleName(types) == QLatin1Char('(') + text + QLatin1Char(')'));
        abiData = generator.rest();
    }

    const auto values = abi::decode(types, abiData);
    if (!values) {
        FUZZ_CHECK(!values.error().message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(values->size() == types.size());
    const auto canonical = abi::encode(types, *values);
    FUZZ_CHECK(canonical.ok());
    FUZZ_CHECK(canonical->size() % abi::kWordSize == 0);
    const auto again = abi::decode(types, *canonical);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(*again == *values);
    FUZZ_CHECK(abi::encode(types, *again).value() == *canonical);
    return 0;
}
