#include "core/enums.h"

#include <gtest/gtest.h>

using namespace daicho;

TEST(Enums, IdsRoundTrip)
{
    for (int i = 0; i < AssetKindCount; ++i) {
        const auto k = static_cast<AssetKind>(i);
        EXPECT_EQ(Enums::assetKindFromId(Enums::id(k)), k);
    }
    for (int i = 0; i < NetworkSegmentCount; ++i) {
        const auto s = static_cast<NetworkSegment>(i);
        EXPECT_EQ(Enums::segmentFromId(Enums::id(s)), s);
    }
    EXPECT_FALSE(Enums::assetKindFromId(QStringLiteral("nonsense")).has_value());
}

#include "core/audit.h"

#include <QCryptographicHash>
#include <QJsonDocument>

// The hand-written canonical serialisation must give the bytes QJsonDocument gives,
// so that the hashes stay what docs/exchange-format.md describes.
TEST(Audit, RowHashIsTheHashOfCompactJson)
{
    QJsonObject o{{QStringLiteral("name"), QStringLiteral("住民票 \"写し\"\\\n\t😀")},
                  {QStringLiteral("id"), 42},
                  {QStringLiteral("big"), 1234567890123LL},
                  {QStringLiteral("frac"), 0.5},
                  {QStringLiteral("flag"), true},
                  {QStringLiteral("none"), QJsonValue::Null},
                  {QStringLiteral("list"), QJsonArray{QStringLiteral("a"), 1, false, QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}}}},
                  {QStringLiteral("ctl"), QString(QChar(0x01))}};
    const QByteArray expected = QJsonDocument(o).toJson(QJsonDocument::Compact);
    EXPECT_EQ(daicho::rowHash(o),
              QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()))
        << expected.constData();
}

TEST(Audit, EntryHashCoversEveryField)
{
    daicho::AuditEntry e;
    e.seq = 7;
    e.at = QDateTime(QDate(2025, 4, 1), QTime(9, 30, 15, 123), Qt::UTC);
    e.osUser = QStringLiteral("yamada");
    e.person = QStringLiteral("山田 太郎");
    e.entity = QStringLiteral("asset");
    e.entityId = 12;
    e.action = QStringLiteral("update");
    e.changes = {{QStringLiteral("name"), QStringLiteral("旧"), QStringLiteral("新")}};
    e.rowHash = QStringLiteral("ab");
    e.prevHash = QStringLiteral("cd");
    const QString h = e.computeHash();
    EXPECT_EQ(h.size(), 64);
    auto changed = [&](auto mutate) {
        daicho::AuditEntry x = e;
        mutate(x);
        return x.computeHash() != h;
    };
    EXPECT_TRUE(changed([](daicho::AuditEntry &x) { x.seq = 8; }));
    EXPECT_TRUE(changed([](daicho::AuditEntry &x) { x.at = x.at.addMSecs(1); }));
    EXPECT_TRUE(changed([](daicho::AuditEntry &x) { x.osUser += QLatin1Char('x'); }));
    EXPECT_TRUE(changed([](daicho::AuditEntry &x) { x.person.clear(); }));
    EXPECT_TRUE(changed([](daicho::AuditEntry &x) { x.entity = QStringLiteral("link"); }));
    EXPECT_TRUE(changed([](daicho::AuditEntry &x) { x.entityId = 13; }));
    EXPECT_TRUE(changed([](daicho::AuditEntry &x) { x.action = QStringLiteral("delete"); }));
    EXPECT_TRUE(changed([](daicho::AuditEntry &x) { x.changes[0].newValue = QStringLiteral("別"); }));
    EXPECT_TRUE(changed([](daicho::AuditEntry &x) { x.rowHash = QStringLiteral("ac"); }));
    EXPECT_TRUE(changed([](daicho::AuditEntry &x) { x.prevHash = QStringLiteral("ce"); }));
}
