// Test main: one QApplication for the process (fonts, widgets and the PDF
// writer need it), offscreen unless the caller chose a platform, and the
// C locale so that results do not depend on the machine.
#include "core/i18n.h"

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("DaichoTest"));
    app.setApplicationName(QStringLiteral("daicho-tests"));
    return RUN_ALL_TESTS();
}
