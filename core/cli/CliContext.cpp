// SPDX-License-Identifier: Apache-2.0
#include "cli/CliContext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace credit::cli {

Result<Args> Args::parse(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions)
{
    Args out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!a.startsWith(QStringLiteral("--")) || a == QStringLiteral("--")) {
            out.m_positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString inlineValue;
        const qsizetype eq = name.indexOf(u'=');
        if (eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (flagOptions.contains(name) && eq < 0) {
            out.m_flags << name;
        } else if (valueOptions.contains(name)) {
            if (eq >= 0) {
                out.m_values.insert(name, inlineValue);
            } else if (i + 1 < args.size()) {
                out.m_values.insert(name, args[++i]);
            } else {
                return makeError(ErrorKind::InvalidInput, QStringLiteral("option --%1 needs a value").arg(name));
            }
            out.m_repeated[name] << out.m_values.value(name);
        } else {
            return makeError(ErrorKind::InvalidInput, QStringLiteral("unknown option --%1").arg(name));
        }
    }
    return out;
}

void Output::result(const QJsonObject &object, const QStringList &textOrder)
{
    if (m_json) {
        m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        m_out.flush();
        return;
    }
    for (const QString &key : textOrder) {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            continue;
        QString text;
        if (v.isBool())
            text = v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        else if (v.isDouble())
            text = QString::number(v.toInteger());
        else if (v.isArray() || v.isObject())
            text = QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        else
            text = v.toString();
        m_out << key << ": " << text << '\n';
    }
    m_out.flush();
}

int Output::usage(const QString &message)
{
    m_err << "creditctl: " << message << "\n(run 'creditctl --help' for usage)\n";
    m_err.flush();
    return kExitUsage;
}

int Output::fail(const Error &error)
{
    m_err << "creditctl: " << error.message << '\n';
    m_err.flush();
    if (m_json) {
        m_out << QJsonDocument(
            QJsonObject { { QStringLiteral("error"), error.message }, { QStringLiteral("kind"), error.kindName() } })
                     .toJson(QJsonDocument::Indented);
        m_out.flush();
    }
    return kExitFailure;
}

void Output::streamResult(const QJsonObject &object, const QStringList &textOrder)
{
    if (!m_json)
        return result(object, textOrder);
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}

void Output::warn(const QString &message)
{
    m_err << "creditctl: " << message << '\n';
    m_err.flush();
}

int Output::fail(const QString &message)
{
    return fail(makeError(ErrorKind::InvalidInput, message));
}

} // namespace credit::cli
