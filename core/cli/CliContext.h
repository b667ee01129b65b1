// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace credit::cli {

//! Exit codes every verb uses (documented in `creditctl --help`).
enum ExitCode : int {
    kExitOk = 0,
    kExitNegative = 1, //!< the answer is "no": invalid signature, invalid code
    kExitUsage = 2, //!< the command line is wrong
    kExitFailure = 3, //!< the work failed: bad input data, I/O, crypto
};

//! One verb's arguments: positionals and --options (`--name value` or `--flag`).
class Args {
public:
    //! Parses args; valueOptions take a value, flagOptions do not. Anything else is a usage error.
    static Result<Args> parse(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions);

    const QStringList &positional() const { return m_positional; }
    bool has(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    //! Every value of an option given more than once (`--document A --document B`), in order.
    QStringList values(const QString &name) const { return m_repeated.value(name); }

private:
    QStringList m_positional;
    QHash<QString, QString> m_values;
    QHash<QString, QStringList> m_repeated;
    QStringList m_flags;
};

//! Where a verb writes: a JSON object on stdout with --json, readable text
//! otherwise; errors always on stderr as "creditctl: <what>. <advice>".
class Output {
public:
    Output(QTextStream &out, QTextStream &err, bool json) : m_out(out), m_err(err), m_json(json) { }

    bool json() const { return m_json; }
    //! Prints the result; text lines are "key: value" in the object's key order given.
    void result(const QJsonObject &object, const QStringList &textOrder);
    int usage(const QString &message);
    int fail(const Error &error);
    //! A result among several (--follow): with --json one compact object per line.
    void streamResult(const QJsonObject &object, const QStringList &textOrder);
    //! A problem worth telling that does not end the command, on stderr.
    void warn(const QString &message);
    int fail(const QString &message);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json;
};

} // namespace credit::cli
