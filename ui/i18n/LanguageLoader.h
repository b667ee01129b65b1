// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>

namespace credit::ui {

//! Installs the terminal's translation (embedded .qm) and Qt's own for one language.
class LanguageLoader final : public QObject {
    Q_OBJECT
public:
    explicit LanguageLoader(QObject *parent = nullptr);
    ~LanguageLoader() override;

    //! The locale to use: "zh_CN"/"en" from the settings, or the system's when empty.
    static QLocale localeFor(const QString &setting);
    //! Loads and installs the translators for locale; false when the terminal has no
    //! translation for it: the English source strings are shown then, with the
    //! English singular and plural of "%n order(s)" texts (which English also gets).
    bool install(const QLocale &locale);

private:
    QTranslator m_terminal;
    QTranslator m_qt;
};

} // namespace credit::ui
