// daicho-cli: the register without a display (see Cli for the commands).
#include "app/cli.h"
#include "core/i18n.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    // 1. A core application, except for the commands that paint (fonts need a GUI
    //    application): those get one on the "offscreen" platform unless the caller chose
    //    one, so that they too run on a machine without a display.
    std::unique_ptr<QCoreApplication> application;
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (daicho::Cli::needsGui(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Daicho"));
    QCoreApplication::setApplicationName(QStringLiteral("daicho"));

    // 2. Messages in the user's language (Japanese unless DAICHO_LANG or the settings say otherwise).
    daicho::I18n::install(daicho::I18n::preferredLanguage());

    // 3. Run the command.
    QTextStream out(stdout);
    QTextStream err(stderr);
    daicho::Cli cli(out, err);
    const int rc = cli.run(app.arguments().mid(1));
    out.flush();
    err.flush();
    return rc;
}
