// SPDX-License-Identifier: Apache-2.0
#include "cli/Commands.h"
#include "market/Uscc.h"

namespace credit::cli {

int uscc(const Args &args, Output &out)
{
    if (args.positional().size() != 1)
        return out.usage(QStringLiteral("uscc needs exactly one CODE"));
    const QString code = args.positional().first();
    const auto verdict = uscc::validate(code);
    QJsonObject o { { QStringLiteral("code"), code }, { QStringLiteral("valid"), verdict.ok() } };
    if (!verdict.ok())
        o.insert(QStringLiteral("reason"), verdict.error().message);
    if (out.json()) {
        out.result(o, {});
    } else {
        o.insert(QStringLiteral("result"), verdict.ok() ? QStringLiteral("valid") : QStringLiteral("invalid"));
        out.result(o, { QStringLiteral("code"), QStringLiteral("result"), QStringLiteral("reason") });
    }
    return verdict.ok() ? kExitOk : kExitNegative;
}

} // namespace credit::cli
