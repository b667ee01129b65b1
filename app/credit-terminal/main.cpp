// SPDX-License-Identifier: Apache-2.0
#include "TerminalShell.h"
#include "VersionFlag.h"
#include "common/Clock.h"
#include "common/FirstPaintProbe.h"
#include "common/SortArrowStyle.h"
#include "i18n/LanguageLoader.h"
#include "main/SingleInstance.h"
#include "settings/TerminalSettings.h"
#include "tour/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>

#include <memory>

int main(int argc, char **argv)
{
    if (credit::printVersionIfAsked(argc, argv, "credit-terminal"))
        return 0; // before QApplication: works without a display
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CreditChain Terminal"));
    QApplication::setApplicationVersion(QString::fromLatin1(credit::kVersion));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(credit::kAppId));
    QApplication::setOrganizationName(QStringLiteral("CreditChain"));
    credit::ui::SortArrowStyle::installForApplication(); // every table's sort arrow points the way its rows run

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(QStringLiteral("language"),
        QStringLiteral("Language for this run: zh_CN or en (default: the setting, else the system's)."),
        QStringLiteral("code"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), QStringLiteral("Open on the welcome page, the demo network one click away."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("With --demo: write PNGs of every role's main screens to DIR and exit."), QStringLiteral("DIR"));
    const QCommandLineOption quitWhenShown(
        QStringLiteral("quit-when-shown"), QStringLiteral("Exit once the first window has painted (start-up timing)."));
    parser.addOptions({ language, demo, screenshot, quitWhenShown });
    parser.addPositionalArgument(QStringLiteral("pack"),
        QStringLiteral("An evidence pack to check once you are signed in (what a double click on a .ccevidence file "
                       "runs)."),
        QStringLiteral("[pack]"));
    parser.process(app);

    auto settings = credit::ui::TerminalSettings::forUser();
    credit::ui::LanguageLoader translations;
    translations.install(
        credit::ui::LanguageLoader::localeFor(parser.isSet(language) ? parser.value(language) : settings->language()));

    if (parser.isSet(screenshot)) {
        QApplication::setQuitOnLastWindowClosed(false); // windows come and go between roles
        credit::ui::ScreenshotTour tour(parser.value(screenshot));
        QObject::connect(&tour, &credit::ui::ScreenshotTour::finished, &app, [](bool ok, const QString &message) {
            QTextStream(ok ? stdout : stderr) << "credit-terminal: " << message << '\n';
            QCoreApplication::exit(ok ? 0 : 1);
        });
        tour.start();
        return QApplication::exec();
    }

    // An evidence pack to check (a double click in the file manager), as an
    // absolute path: a running terminal may have another working folder.
    QStringList packs;
    for (const QString &pack : parser.positionalArguments())
        packs << QFileInfo(pack).absoluteFilePath();

    // One terminal per user: a second start hands its pack to the running one, which comes to the front.
    credit::ui::SingleInstance instance(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    switch (instance.claim(packs)) {
    case credit::ui::SingleInstance::Claim::First:
        break;
    case credit::ui::SingleInstance::Claim::HandedOver:
        QTextStream(stdout) << "credit-terminal: already running for this user; brought it to the front\n";
        return 0;
    case credit::ui::SingleInstance::Claim::Unreachable:
        QTextStream(stderr) << "credit-terminal: already running for this user, not answering\n";
        QMessageBox::warning(nullptr, QApplication::applicationName(), credit::ui::SingleInstance::unreachableText());
        return 1;
    }

    credit::SystemClock clock;
    credit::ui::TerminalShell shell(*settings, clock, credit::ui::TerminalShell::defaultPaths());
    if (!packs.isEmpty())
        shell.openEvidencePack(packs.first());
    QObject::connect(
        &instance, &credit::ui::SingleInstance::activationRequested, &shell, [&shell](const QStringList &handedPacks) {
            shell.bringToFront();
            if (!handedPacks.isEmpty())
                shell.openEvidencePack(handedPacks.first());
        });
    if (parser.isSet(demo))
        shell.startAtWelcome();
    else
        shell.start();
    std::unique_ptr<credit::ui::FirstPaintProbe> probe;
    if (parser.isSet(quitWhenShown))
        probe = std::make_unique<credit::ui::FirstPaintProbe>();
    return QApplication::exec();
}
