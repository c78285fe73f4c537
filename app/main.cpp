#include "MainWindow.h"

#include "support/Settings.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

void installTranslations(QApplication& app)
{
    const QLocale locale;

    // Qt's own strings (standard buttons, file dialogs) in the user's language.
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);

    // Mailroom's strings are compiled in under :/i18n by qt_add_translations.
    auto* ownTranslator = new QTranslator(&app);
    // The C locale (minimal containers, CI) still gets the English plural forms.
    if (ownTranslator->load(locale, u"mailroom"_s, u"_"_s, u":/i18n"_s)
        || ownTranslator->load(u"mailroom_en"_s, u":/i18n"_s))
        QApplication::installTranslator(ownTranslator);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Mailroom"_s);
    QApplication::setApplicationName(u"Mailroom"_s);
    QApplication::setApplicationVersion(QStringLiteral(MAILROOM_VERSION));
    QApplication::setWindowIcon(QIcon::fromTheme(u"mail-send-receive"_s));
    installTranslations(app);

    Settings settings;
    MainWindow window(settings);
    window.show();
    window.start();
    return QApplication::exec();
}
