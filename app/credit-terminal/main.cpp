// SPDX-License-Identifier: Apache-2.0
#include "TerminalShell.h"
#include "common/Clock.h"
#include "i18n/LanguageLoader.h"
#include "settings/TerminalSettings.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CreditChain Terminal"));
    QApplication::setOrganizationName(QStringLiteral("CreditChain"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Language for this run: zh_CN or en (default: the setting, else the system's)."),
                                      QStringLiteral("code"));
    parser.addOption(language);
    parser.process(app);

    auto settings = credit::ui::TerminalSettings::forUser();
    credit::ui::LanguageLoader translations;
    translations.install(credit::ui::LanguageLoader::localeFor(
        parser.isSet(language) ? parser.value(language) : settings->language()));

    credit::ui::SteadyClock clock;
    credit::ui::TerminalShell shell(*settings, clock, credit::ui::TerminalShell::defaultPaths());
    shell.start();
    return QApplication::exec();
}
