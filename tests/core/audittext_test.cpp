#include "core/audittext.h"
#include "core/classificationscheme.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace daicho;

namespace {

QString value(const QString &field, const QJsonValue &v, AuditText::Dates dates = AuditText::Dates::Short)
{
    static const ClassificationScheme scheme = ClassificationScheme::preset(QStringLiteral("soumu"));
    const AuditText::NameOf names = [](const QString &field, Id id) -> QString {
        if (field == QLatin1String("departmentId") && id == 3)
            return QStringLiteral("市民課");
        if (field == QLatin1String("usePlaceId") && id == 7)
            return QStringLiteral("市民課 執務室");
        return {};
    };
    return AuditText::value(field, v, scheme, names, dates, QStringLiteral("、"));
}

} // namespace

TEST(AuditText, ValuesReadAsTheLedgerWritesThem)
{
    // Names rather than ids, for places too; an unknown id keeps its number; none is "—".
    EXPECT_EQ(value(QStringLiteral("departmentId"), 3), QStringLiteral("市民課"));
    EXPECT_EQ(value(QStringLiteral("usePlaceId"), 7), QStringLiteral("市民課 執務室"));
    EXPECT_EQ(value(QStringLiteral("managerId"), 12), QStringLiteral("#12"));
    EXPECT_EQ(value(QStringLiteral("storePlaceId"), 0), QStringLiteral("—"));
    EXPECT_EQ(value(QStringLiteral("notes"), QJsonValue()), QStringLiteral("—"));
    EXPECT_EQ(value(QStringLiteral("notes"), QString()), QStringLiteral("—"));
    EXPECT_EQ(value(QStringLiteral("encrypted"), true), QStringLiteral("Yes"));
    // 和暦, short for the printed 個票 and long for the history dialog.
    EXPECT_EQ(value(QStringLiteral("registeredOn"), QStringLiteral("2025-04-01")), QStringLiteral("R7.4.1"));
    EXPECT_EQ(value(QStringLiteral("registeredOn"), QStringLiteral("2025-04-01"), AuditText::Dates::Long),
              QStringLiteral("令和7年4月1日"));
    // Level labels of the register's scheme; an empty level is "not set".
    EXPECT_EQ(value(QStringLiteral("confidentiality"), QStringLiteral("3")), QStringLiteral("機密性3"));
    EXPECT_EQ(value(QStringLiteral("confidentiality"), QString()), QStringLiteral("Not set"));
    EXPECT_EQ(value(QStringLiteral("restrictions"), QJsonArray{QStringLiteral("複製禁止"), QStringLiteral("持出禁止")}),
              QStringLiteral("複製禁止、持出禁止"));
    EXPECT_EQ(value(QStringLiteral("restrictions"), QJsonArray()), QStringLiteral("—"));
    const QJsonArray measures{QJsonObject{{QStringLiteral("tag"), QStringLiteral("X")}, {QStringLiteral("done"), true}}};
    EXPECT_EQ(value(QStringLiteral("measures"), measures), QStringLiteral("X: done"));
    EXPECT_EQ(AuditText::action(QStringLiteral("create")), QStringLiteral("Registered"));
    EXPECT_EQ(AuditText::action(QStringLiteral("import")), QStringLiteral("Imported"));
}
