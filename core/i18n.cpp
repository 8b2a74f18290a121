#include "core/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace daicho {

namespace {
QTranslator *gApp = nullptr;
QTranslator *gQt = nullptr;
QString gCurrent;
} // namespace

void I18n::install(const QString &language)
{
    auto *core = QCoreApplication::instance();
    if (!core)
        return;
    for (QTranslator **t : {&gApp, &gQt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    gApp = new QTranslator(core);
    if (gApp->load(QStringLiteral(":/i18n/daicho_%1.qm").arg(language)))
        QCoreApplication::installTranslator(gApp);
    gQt = new QTranslator(core);
    if (gQt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(gQt);
    gCurrent = language;
}

QString I18n::current() { return gCurrent; }

QString I18n::preferredLanguage()
{
    const QString env = qEnvironmentVariable("DAICHO_LANG");
    if (env == QLatin1String("ja") || env == QLatin1String("en"))
        return env;
    const QString stored = QSettings().value(QStringLiteral("ui/language")).toString();
    if (stored == QLatin1String("ja") || stored == QLatin1String("en"))
        return stored;
    return QStringLiteral("ja");
}

} // namespace daicho
