// SPDX-License-Identifier: Apache-2.0
#include "i18n/LanguageLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace credit::ui {

LanguageLoader::LanguageLoader(QObject *parent) : QObject(parent) { }

LanguageLoader::~LanguageLoader()
{
    QCoreApplication::removeTranslator(&m_terminal);
    QCoreApplication::removeTranslator(&m_qt);
}

QLocale LanguageLoader::localeFor(const QString &setting)
{
    if (setting == u"zh_CN")
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    if (setting == u"en")
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale::system();
}

bool LanguageLoader::install(const QLocale &locale)
{
    QCoreApplication::removeTranslator(&m_terminal);
    QCoreApplication::removeTranslator(&m_qt);
    QLocale::setDefault(locale);
    // Qt's own strings (standard buttons, file and print dialogs): the copy built into the
    // program (ui/CMakeLists.txt) first, so they never depend on what the desk has installed;
    // else a language we do not ship may still find Qt's in the system's folder.
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || m_qt.load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    // The source language is English; its .qm holds only the plural forms of the
    // "%n …(s)" texts. A language we do not ship shows English, so gets them too.
    const bool translated = locale.language() != QLocale::English
        && m_terminal.load(locale, QStringLiteral("credit-terminal"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (translated || m_terminal.load(QStringLiteral(":/i18n/credit-terminal_en.qm")))
        QCoreApplication::installTranslator(&m_terminal);
    return translated;
}

} // namespace credit::ui
