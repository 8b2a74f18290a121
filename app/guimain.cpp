// daicho: the desktop application.
//
//   daicho [FILE]                      open FILE, or the demo register
//   daicho --screenshot OUT.png [FILE] save a picture of the main window and exit
//   daicho --select NUMBER [FILE]      open with the asset of that 管理番号 selected
//   daicho --plan FLOOR [FILE]         open on the zone plan of that floor
//
// With no display at all it says so and writes a screenshot and the demo
// register's JSON export instead, printing their paths.
#include "core/i18n.h"
#include "core/jsonexchange.h"
#include "db/demoregister.h"
#include "ui/document.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

bool haveDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

/// The demo register in the user's data folder, created on first use.
QString demoRegisterPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("demo.daicho"));
    if (!QFileInfo::exists(path))
        daicho::createDemoRegister(path, 500, 1);
    return path;
}

void print(const QString &s) { std::fprintf(stdout, "%s\n", s.toLocal8Bit().constData()); }

} // namespace

int main(int argc, char **argv)
{
    // 1. No display: fall back to the offscreen platform and say so.
    const bool headless = !haveDisplay();
    if (headless)
        qputenv("QT_QPA_PLATFORM", "offscreen");

    // 2. The application, its identity and the font named for screen and print.
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Daicho"));
    QApplication::setApplicationName(QStringLiteral("daicho"));
    QApplication::setApplicationVersion(QStringLiteral(DAICHO_VERSION));
    QFont font(QStringLiteral("Noto Sans CJK JP"));
    font.setPointSize(10);
    QApplication::setFont(font);

    // 3. Japanese unless the user chose English.
    daicho::I18n::install(daicho::I18n::preferredLanguage());

    // 4. Arguments.
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Daicho — information asset register"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Save a picture of the main window to FILE and exit."),
                                  QStringLiteral("FILE"));
    parser.addOption(shotOption);
    QCommandLineOption selectOption(QStringLiteral("select"),
                                    QApplication::translate("main", "Select the asset with this management number."),
                                    QStringLiteral("NUMBER"));
    parser.addOption(selectOption);
    QCommandLineOption planOption(QStringLiteral("plan"),
                                  QApplication::translate("main", "Show the zone plan of this floor (its name or path)."),
                                  QStringLiteral("FLOOR"));
    parser.addOption(planOption);
    parser.addPositionalArgument(QStringLiteral("register"), QApplication::translate("main", "The register file to open."));
    parser.process(app);

    QString screenshot = parser.value(shotOption);
    QString file = parser.positionalArguments().value(0);
    try {
        if (file.isEmpty())
            file = demoRegisterPath();
    } catch (const daicho::Exception &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 3;
    }

    if (headless && screenshot.isEmpty()) {
        // 5a. Nothing to show a window on: leave a picture and the data instead.
        // Beside the demo register in the user's data folder, not in whatever folder we were started from.
        const QDir data(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        data.mkpath(QStringLiteral("."));
        const QString out = data.absoluteFilePath(QStringLiteral("daicho-screenshot.png"));
        const QString json = data.absoluteFilePath(QStringLiteral("daicho-demo.json"));
        print(QApplication::translate("main", "No display was found, so Daicho cannot open its window here."));
        try {
            auto store = daicho::RegisterStore::open(file);
            QSaveFile f(json);
            const QByteArray bytes = daicho::JsonExchange::write(store->load(true));
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
                throw daicho::FileError(QApplication::translate("main", "The file %1 could not be written.").arg(json));
        } catch (const daicho::Exception &e) {
            std::fprintf(stderr, "%s\n", e.what());
            return 3;
        }
        print(QApplication::translate("main", "JSON export of the register: %1").arg(json));
        screenshot = out;
    }

    // 6. The window.
    daicho::MainWindow window;
    window.resize(1400, 860);
    if (!window.openFile(file) && !screenshot.isEmpty())
        return 3;
    if (parser.isSet(selectOption) && window.document()) {
        const QString number = parser.value(selectOption);
        const auto &assets = window.document()->assets();
        const auto it = std::find_if(assets.cbegin(), assets.cend(), [&](const daicho::Asset &a) { return a.number == number; });
        if (it == assets.cend())
            std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "No asset has the management number %1.").arg(number)));
        else
            window.selectAsset(it->id);
    }
    if (parser.isSet(planOption) && !window.showPlan(parser.value(planOption)))
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "No floor is named %1.").arg(parser.value(planOption))));
    window.show();

    if (!screenshot.isEmpty()) {
        QTimer::singleShot(600, &window, [&] {
            const bool ok = window.grab().save(screenshot);
            if (ok)
                print(QApplication::translate("main", "Screenshot of the main window: %1").arg(QFileInfo(screenshot).absoluteFilePath()));
            QApplication::exit(ok ? 0 : 3);
        });
    }
    return app.exec();
}
