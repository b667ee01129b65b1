// SPDX-License-Identifier: Apache-2.0
#include "cli/CliMain.h"

#include "cli/ChainSession.h"
#include "cli/Commands.h"

#include <QTextStream>

namespace credit::cli {

namespace {

struct Verb {
    QStringList words; //!< e.g. {"key", "new"}
    QStringList valueOptions;
    QStringList flagOptions;
    int (*run)(const Args &, Output &);
    const char *synopsis;
};

const QList<Verb> &verbs()
{
    static const QList<Verb> all = {
        { { QStringLiteral("key"), QStringLiteral("new") }, { QStringLiteral("out") }, { QStringLiteral("force") },
            keyNew, "key new --out FILE [--force]        create an SM2 key, saved encrypted" },
        { { QStringLiteral("key"), QStringLiteral("info") }, {}, {}, keyInfo,
            "key info FILE                       address and public key of a key file" },
        { { QStringLiteral("key"), QStringLiteral("import") }, { QStringLiteral("in"), QStringLiteral("out") },
            { QStringLiteral("force") }, keyImport,
            "key import --in PLAIN.pem --out FILE  protect an SDK account PEM with a password" },
        { { QStringLiteral("sign") }, { QStringLiteral("data-hex") }, {}, sign,
            "sign FILE --data-hex HEX            SM2 signature r‖s‖pub over the data" },
        { { QStringLiteral("verify") }, { QStringLiteral("pub"), QStringLiteral("data-hex"), QStringLiteral("sig") },
            {}, verify, "verify --pub HEX --data-hex HEX --sig HEX   valid (exit 0) or invalid (exit 1)" },
        { { QStringLiteral("encrypt") }, { QStringLiteral("to"), QStringLiteral("in"), QStringLiteral("out") }, {},
            encrypt, "encrypt --to PUB[,PUB…] --in F --out F   document envelope for the recipients" },
        { { QStringLiteral("decrypt") }, { QStringLiteral("in"), QStringLiteral("out") }, {}, decrypt,
            "decrypt KEYFILE --in F --out F      open an envelope addressed to the key" },
        { { QStringLiteral("tx"), QStringLiteral("decode") }, {}, {}, txDecode,
            "tx decode HEX                       fields, hash, sender, signature validity" },
        { { QStringLiteral("uscc") }, {}, {}, uscc,
            "uscc CODE                           check a unified social credit code" },
        { { QStringLiteral("chain"), QStringLiteral("info") }, chainValueOptions(), {}, chainInfo,
            "chain info --endpoint URL           client version, height, sealers" },
        { { QStringLiteral("tx"), QStringLiteral("send") },
            chainValueOptions()
                + QStringList { QStringLiteral("key"), QStringLiteral("to"), QStringLiteral("data-hex") },
            {}, txSend,
            "tx send --endpoint URL --key FILE --to ADDR --data-hex HEX   sign, send, wait for the receipt" },
        { { QStringLiteral("market") }, marketValueOptions(), { QStringLiteral("authorisation-required") }, market,
            "market ACTION --endpoint URL --key FILE --contract ADDR [options]   one CreditMarket call" },
        { { QStringLiteral("bank"), QStringLiteral("order") }, deskValueOptions(), {}, bankOrder,
            "bank order DESK --product N --enterprise NAME --credit-code USCC --purpose TEXT\n"
            "       [--letter FILE --letter-from DATE --letter-until DATE]   place an order, as the terminal does" },
        { { QStringLiteral("bank"), QStringLiteral("confirm") }, deskValueOptions(), {}, bankConfirm,
            "bank confirm DESK --order N         confirm receipt of a delivered report" },
        { { QStringLiteral("bank"), QStringLiteral("cancel") }, deskValueOptions(), {}, bankCancel,
            "bank cancel DESK --order N          cancel an order the bureau has not accepted" },
        { { QStringLiteral("bank"), QStringLiteral("report") }, deskValueOptions(), {}, bankReport,
            "bank report DESK --order N --out FILE   fetch, check and decrypt the report; write it with its SM3 "
            "sidecar" },
        { { QStringLiteral("bureau"), QStringLiteral("accept") }, deskValueOptions(), {}, bureauAccept,
            "bureau accept DESK --order N       accept an order" },
        { { QStringLiteral("bureau"), QStringLiteral("reject") }, deskValueOptions(), {}, bureauReject,
            "bureau reject DESK --order N --reason TEXT   reject an order" },
        { { QStringLiteral("bureau"), QStringLiteral("deliver") }, deskValueOptions(), {}, bureauDeliver,
            "bureau deliver DESK --order N --pdf FILE   seal the report for its readers and deliver it" },
        { { QStringLiteral("evidence"), QStringLiteral("export") },
            { QStringLiteral("data"), QStringLiteral("order"), QStringLiteral("key"), QStringLiteral("out"),
                QStringLiteral("profile") },
            {}, evidenceExport,
            "evidence export --data DIR --order ID --key FILE --out FILE --profile FILE\n"
            "       the order's evidence bundle, signed by the key (steps from the store, proofs from a node)" },
        { { QStringLiteral("evidence"), QStringLiteral("verify") },
            { QStringLiteral("anchor"), QStringLiteral("document") }, {}, evidenceVerify,
            "evidence verify BUNDLE [--anchor HASH] [--document FILE]…   check a bundle offline; exit 1 names the "
            "failing check" },
        { { QStringLiteral("sync") }, { QStringLiteral("profile"), QStringLiteral("data"), QStringLiteral("timeout") },
            { QStringLiteral("follow") }, lightSync,
            "sync --profile FILE --data DIR [--timeout S] [--follow]   verify and store the chain; --follow keeps up" },
        { { QStringLiteral("status") }, { QStringLiteral("data") }, {}, lightStatus,
            "status --data DIR                   local height, head hash, table counts" },
        { { QStringLiteral("orders") }, { QStringLiteral("data"), QStringLiteral("state") }, {}, lightOrders,
            "orders --data DIR [--state S]       orders as projected from verified blocks" },
    };
    return all;
}

void printHelp(QTextStream &out)
{
    out << "creditctl — command-line companion of CreditChain Terminal\n\n"
           "Usage: creditctl [--json] <verb> [arguments]\n\nVerbs:\n";
    for (const Verb &v : verbs())
        out << "  " << v.synopsis << '\n';
    out << "\nDESK is --profile FILE --data DIR --key FILE [--timeout S]: the bank and bureau verbs sync the\n"
           "profile's chain into DIR (verified, like the terminal), act through the terminal's own desks and\n"
           "wait until a verified block confirms the transaction (default 120 s).\n";
    out << "\nKey passwords come from the CREDITCTL_PASSWORD environment variable, or are asked on the terminal.\n"
           "--json prints one JSON object on stdout. Errors go to stderr.\n"
           "Exit codes: 0 success, 1 negative answer (invalid signature or code), 2 usage error, 3 failure.\n";
    out.flush();
}

} // namespace

int run(const QStringList &arguments)
{
    QTextStream stdOut(stdout);
    QTextStream stdErr(stderr);
    QStringList rest = arguments;
    const bool json = rest.removeAll(QStringLiteral("--json")) > 0;
    Output out(stdOut, stdErr, json);

    if (rest.isEmpty() || rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        printHelp(rest.isEmpty() ? stdErr : stdOut);
        return rest.isEmpty() ? kExitUsage : kExitOk;
    }
    for (const Verb &verb : verbs()) {
        if (rest.size() < verb.words.size() || rest.mid(0, verb.words.size()) != verb.words)
            continue;
        auto args = Args::parse(rest.mid(verb.words.size()), verb.valueOptions, verb.flagOptions);
        if (!args)
            return out.usage(args.error().message);
        return verb.run(*args, out);
    }
    return out.usage(QStringLiteral("unknown verb '%1'").arg(rest.mid(0, 2).join(u' ')));
}

} // namespace credit::cli
