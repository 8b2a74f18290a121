// daicho-cli: the register without a display (see Cli for the commands).
#include "app/cli.h"
#include "core/i18n.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    // 1. A core application only: this program never needs a display.
    QCoreApplication app(argc, argv);
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
