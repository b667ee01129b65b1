// SPDX-License-Identifier: Apache-2.0
#include "TerminalShell.h"
#include "VersionFlag.h"
#include "common/Clock.h"
#include "common/FirstPaintProbe.h"
#include "i18n/LanguageLoader.h"
#include "settings/TerminalSettings.h"
#include "tour/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
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

    credit::SystemClock clock;
    credit::ui::TerminalShell shell(*settings, clock, credit::ui::TerminalShell::defaultPaths());
    if (const QStringList packs = parser.positionalArguments(); !packs.isEmpty())
        shell.openEvidencePack(QFileInfo(packs.first()).absoluteFilePath());
    if (parser.isSet(demo))
        shell.startAtWelcome();
    else
        shell.start();
    std::unique_ptr<credit::ui::FirstPaintProbe> probe;
    if (parser.isSet(quitWhenShown))
        probe = std::make_unique<credit::ui::FirstPaintProbe>();
    return QApplication::exec();
}
