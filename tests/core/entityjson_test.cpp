#include "core/entityjson.h"
#include "core/exceptions.h"

#include <QJsonArray>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace daicho;

namespace {

QString longText()
{
    QString s;
    const QString unit = QStringLiteral("情報資産🗂abc"); // 8 UTF-16 units, one surrogate pair
    while (s.size() < 10000)
        s += unit;
    return s.left(10000);
}

Asset fullAsset()
{
    Asset a;
    a.id = 4711;
    a.number = QStringLiteral("2010-0001");
    a.departmentId = 12;
    a.businessCategory = QStringLiteral("住民基本台帳事務");
    a.name = QStringLiteral("住民基本台帳データ 🏠");
    a.kind = AssetKind::InformationElectronic;
    a.systemId = 3;
    a.segment = NetworkSegment::MyNumber;
    a.userScope = QStringLiteral("市民課職員");
    a.managerId = 7;
    a.medium = QStringLiteral("住民記録システム（DB）");
    a.personalInfo = true;
    a.sensitivePersonalInfo = true;
    a.myNumber = true;
    a.subjectCount = 120000;
    a.confidentiality = QStringLiteral("3");
    a.integrity = QStringLiteral("2");
    a.availability = QStringLiteral("2");
    a.importance = QStringLiteral("A");
    a.restrictions = {QStringLiteral("複製禁止"), QStringLiteral("持出禁止")};
    a.measures = {{QStringLiteral("ENCRYPT_ON_SEND"), true}, {QStringLiteral("BACKUP"), false}};
    a.encrypted = true;
    a.wireLocked = true;
    a.canRemoteOperate = true;
    a.provision = Provision::Private;
    a.retentionPeriod = QStringLiteral("永年");
    a.retentionUntil = QDate(2055, 3, 31);
    a.registeredOn = QDate(2020, 4, 1);
    a.updatedOn = QDate(2026, 1, 15);
    a.updatedBy = QStringLiteral("佐藤　花子");
    a.notes = longText();
    a.status = AssetStatus::Disposed;
    return a;
}

/// The message of the ValidationError `f` throws, or "" if it throws none.
template <typename F>
QString validationMessage(F f)
{
    try {
        f();
    } catch (const ValidationError &e) {
        return e.message();
    }
    return {};
}

} // namespace

TEST(EntityJson, DepartmentRoundTrips)
{
    Department d{8, QStringLiteral("1030"), QStringLiteral("情報政策課 💻"), 2, QDate(2023, 4, 1),
                 QDate(2030, 3, 31)};
    EXPECT_EQ(EntityJson::departmentFromJson(EntityJson::toJson(d)), d);

    Department top{1, QStringLiteral("1000"), longText(), 0, {}, {}};
    const QJsonObject o = EntityJson::toJson(top);
    EXPECT_TRUE(o.value(QStringLiteral("parentId")).isNull());
    EXPECT_TRUE(o.value(QStringLiteral("validFrom")).isNull());
    EXPECT_TRUE(o.value(QStringLiteral("validTo")).isNull());
    EXPECT_EQ(EntityJson::departmentFromJson(o), top);
}

TEST(EntityJson, PersonRoundTrips)
{
    Person p{5, QStringLiteral("髙橋　𠮷男"), 8,
             {QStringLiteral("情報セキュリティ責任者"), QStringLiteral("情報システム管理者")}};
    EXPECT_EQ(EntityJson::personFromJson(EntityJson::toJson(p)), p);
    Person empty{6, QString(), 0, {}};
    EXPECT_EQ(EntityJson::personFromJson(EntityJson::toJson(empty)), empty);
}

TEST(EntityJson, AssetRoundTripsEveryField)
{
    const Asset a = fullAsset();
    const QJsonObject o = EntityJson::toJson(a);
    EXPECT_EQ(o.value(QStringLiteral("notes")).toString().size(), 10000);
    EXPECT_EQ(EntityJson::assetFromJson(o), a);

    // The canonical form: every member of the struct, under its own name.
    const QStringList keys{
        "id", "number", "departmentId", "businessCategory", "name", "kind", "systemId", "segment",
        "userScope", "managerId", "medium", "personalInfo", "sensitivePersonalInfo", "myNumber",
        "subjectCount", "confidentiality", "integrity", "availability", "importance", "restrictions",
        "measures", "encrypted", "wireLocked", "canRemoteOperate", "provision", "retentionPeriod",
        "retentionUntil", "registeredOn", "updatedOn", "updatedBy", "notes", "status"};
    QStringList sorted = keys;
    sorted.sort();
    EXPECT_EQ(o.keys(), sorted);
    EXPECT_EQ(o.value(QStringLiteral("kind")).toString(), QStringLiteral("information"));
    EXPECT_EQ(o.value(QStringLiteral("registeredOn")).toString(), QStringLiteral("2020-04-01"));
    EXPECT_EQ(o.value(QStringLiteral("measures")).toArray().at(0).toObject(),
              (QJsonObject{{QStringLiteral("tag"), QStringLiteral("ENCRYPT_ON_SEND")},
                           {QStringLiteral("done"), true}}));
}

TEST(EntityJson, AssetDefaultsRoundTripWithNulls)
{
    Asset a; // every reference 0, every date unset, subject count unknown
    const QJsonObject o = EntityJson::toJson(a);
    for (const char *key : {"departmentId", "systemId", "managerId", "subjectCount", "retentionUntil",
                            "registeredOn", "updatedOn"}) {
        EXPECT_TRUE(o.value(QLatin1String(key)).isNull()) << key;
    }
    EXPECT_EQ(EntityJson::assetFromJson(o), a);
}

TEST(EntityJson, EveryEnumValueRoundTrips)
{
    Asset a = fullAsset();
    for (int k = 0; k < AssetKindCount; ++k) {
        a.kind = static_cast<AssetKind>(k);
        for (int s = 0; s < NetworkSegmentCount; ++s) {
            a.segment = static_cast<NetworkSegment>(s);
            EXPECT_EQ(EntityJson::assetFromJson(EntityJson::toJson(a)), a);
        }
    }
    for (AssetStatus st : {AssetStatus::Active, AssetStatus::Disposed}) {
        for (Provision pr : {Provision::Issued, Provision::Private}) {
            a.status = st;
            a.provision = pr;
            EXPECT_EQ(EntityJson::assetFromJson(EntityJson::toJson(a)), a);
        }
    }
    for (int t = 0; t < LinkTypeCount; ++t) {
        const AssetLink l{9, 1, 2, static_cast<LinkType>(t)};
        EXPECT_EQ(EntityJson::linkFromJson(EntityJson::toJson(l)), l);
    }
    Place p{3, 2, PlaceKind::Room, QStringLiteral("室"), 2, true, {}, {}, 0, false, false, {}, {}};
    for (int k = 0; k < PlaceKindCount; ++k) {
        p.kind = static_cast<PlaceKind>(k);
        EXPECT_EQ(EntityJson::placeFromJson(EntityJson::toJson(p)), p);
    }
    for (int bits = 0; bits < (1 << EntryControlCount); ++bits) {
        p.entryControl = EntryControls::fromInt(bits);
        EXPECT_EQ(EntityJson::placeFromJson(EntityJson::toJson(p)), p);
    }
}

TEST(EntityJson, PlaceRoundTripsEveryField)
{
    const Place p{17, 4, PlaceKind::ServerRack, QStringLiteral("サーバラック 髙 🗄"), 4, false, QStringLiteral("08:30-17:15"),
                  EntryControl::IcCard | EntryControl::Biometric, 7, true, true, longText(), {}};
    const QJsonObject o = EntityJson::toJson(p);
    EXPECT_EQ(EntityJson::placeFromJson(o), p);
    QStringList keys{"id", "parentId", "kind", "name", "level", "lockedAfterHours", "businessHours", "entryControl",
                     "managerId", "controlledArea", "handlingArea", "notes"};
    keys.sort();
    EXPECT_EQ(o.keys(), keys);
    EXPECT_EQ(o.value(QStringLiteral("kind")).toString(), QStringLiteral("server-rack"));
    EXPECT_EQ(o.value(QStringLiteral("entryControl")).toArray(),
              (QJsonArray{QStringLiteral("ic-card"), QStringLiteral("biometric")}));

    const Place site{1, 0, PlaceKind::Site, QStringLiteral("敷地"), 0, false, {}, {}, 0, false, false, {}, {}};
    const QJsonObject s = EntityJson::toJson(site);
    EXPECT_TRUE(s.value(QStringLiteral("parentId")).isNull());
    EXPECT_TRUE(s.value(QStringLiteral("managerId")).isNull());
    EXPECT_EQ(s.value(QStringLiteral("entryControl")).toArray(), QJsonArray());
    EXPECT_EQ(EntityJson::placeFromJson(s), site);
}

TEST(EntityJson, AcceptanceRoundTripsEveryField)
{
    const Acceptance a{5, 4711, QStringLiteral("ZONE-STORE-LOW"), 17, QStringLiteral("STORE_A"),
                       QStringLiteral("年度末の移設まで 🔒"), QStringLiteral("佐藤　花子"), QDate(2027, 3, 31),
                       QDateTime(QDate(2026, 11, 22), QTime(4, 40, 0, 123), Qt::UTC)};
    const QJsonObject o = EntityJson::toJson(a);
    EXPECT_EQ(EntityJson::acceptanceFromJson(o), a);
    QStringList keys{"id", "assetId", "code", "placeId", "subject", "reason", "person", "until", "acceptedAt"};
    keys.sort();
    EXPECT_EQ(o.keys(), keys);
    EXPECT_EQ(o.value(QStringLiteral("until")).toString(), QStringLiteral("2027-03-31"));
    EXPECT_EQ(o.value(QStringLiteral("acceptedAt")).toString(), QStringLiteral("2026-11-22T04:40:00.123Z"));

    Acceptance noPlace = a;
    noPlace.placeId = 0;
    noPlace.subject.clear();
    // A time in another zone is the same moment, written in UTC.
    noPlace.acceptedAt = QDateTime(QDate(2026, 11, 22), QTime(13, 40, 0, 123), QTimeZone(9 * 3600));
    const QJsonObject n = EntityJson::toJson(noPlace);
    EXPECT_TRUE(n.value(QStringLiteral("placeId")).isNull());
    EXPECT_EQ(n.value(QStringLiteral("acceptedAt")).toString(), QStringLiteral("2026-11-22T04:40:00.123Z"));
    EXPECT_EQ(EntityJson::acceptanceFromJson(n), noPlace);
}

TEST(EntityJson, AssetPlacesAreWrittenOnlyWhenSet)
{
    Asset a = fullAsset();
    const QJsonObject unplaced = EntityJson::toJson(a);
    EXPECT_FALSE(unplaced.contains(QStringLiteral("usePlaceId")));
    EXPECT_FALSE(unplaced.contains(QStringLiteral("storePlaceId")));
    a.usePlaceId = 21;
    const QJsonObject used = EntityJson::toJson(a);
    EXPECT_EQ(used.value(QStringLiteral("usePlaceId")).toInteger(), 21);
    EXPECT_FALSE(used.contains(QStringLiteral("storePlaceId")));
    EXPECT_EQ(EntityJson::assetFromJson(used), a);
    a.storePlaceId = 22;
    const QJsonObject both = EntityJson::toJson(a);
    EXPECT_EQ(both.value(QStringLiteral("storePlaceId")).toInteger(), 22);
    EXPECT_EQ(EntityJson::assetFromJson(both), a);
    // Written as null by hand, they mean "none" as well.
    QJsonObject nulls = both;
    nulls.insert(QStringLiteral("usePlaceId"), QJsonValue::Null);
    nulls.insert(QStringLiteral("storePlaceId"), QJsonValue::Null);
    EXPECT_EQ(EntityJson::assetFromJson(nulls), fullAsset());
    // The hash of an unplaced asset is the one it had before places existed.
    EXPECT_EQ(rowHash(unplaced), rowHash(EntityJson::toJson(fullAsset())));
    EXPECT_NE(rowHash(used), rowHash(unplaced));
}

TEST(EntityJson, BadPlacesAndAcceptancesAreRejected)
{
    const QJsonObject place = EntityJson::toJson(
        Place{3, 2, PlaceKind::Room, QStringLiteral("室"), 2, true, {}, EntryControl::Key, 0, false, false, {}, {}});
    auto placeError = [&](const char *key, const QJsonValue &v) {
        QJsonObject o = place;
        o.insert(QLatin1String(key), v);
        return validationMessage([&] { EntityJson::placeFromJson(o); });
    };
    EXPECT_EQ(placeError("level", 5), QStringLiteral("Place: field \"level\" must be a level from 0 to 4, not 5."));
    EXPECT_EQ(placeError("level", -1), QStringLiteral("Place: field \"level\" must be a level from 0 to 4, not -1."));
    EXPECT_TRUE(placeError("kind", QStringLiteral("garage")).startsWith(QStringLiteral("Place: field \"kind\" has the unknown value \"garage\"")));
    EXPECT_EQ(placeError("entryControl", QJsonArray{QStringLiteral("key"), QStringLiteral("moat")}),
              QStringLiteral("Place: field \"entryControl\" has the unknown value \"moat\" (expected one of: key, ic-card, "
                             "pin, biometric, entry-log)."));
    EXPECT_FALSE(placeError("entryControl", QStringLiteral("key")).isEmpty());
    EXPECT_FALSE(placeError("lockedAfterHours", 1).isEmpty());
    EXPECT_FALSE(placeError("parentId", QStringLiteral("2")).isEmpty());
    QJsonObject missing = place;
    missing.remove(QStringLiteral("handlingArea"));
    EXPECT_EQ(validationMessage([&] { EntityJson::placeFromJson(missing); }),
              QStringLiteral("Place: field \"handlingArea\" is missing."));

    const QJsonObject acceptance = EntityJson::toJson(
        Acceptance{1, 2, QStringLiteral("ZONE-L0"), 0, QStringLiteral("use"), QStringLiteral("理由"), QStringLiteral("承認者"),
                   QDate(2027, 3, 31), QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)});
    auto acceptanceError = [&](const char *key, const QJsonValue &v) {
        QJsonObject o = acceptance;
        o.insert(QLatin1String(key), v);
        return validationMessage([&] { EntityJson::acceptanceFromJson(o); });
    };
    EXPECT_EQ(acceptanceError("until", QJsonValue::Null),
              QStringLiteral("Acceptance: field \"until\" must be a date (yyyy-MM-dd), not null."));
    EXPECT_FALSE(acceptanceError("until", QStringLiteral("2027/03/31")).isEmpty());
    EXPECT_TRUE(acceptanceError("acceptedAt", QJsonValue::Null).startsWith(QStringLiteral("Acceptance: field \"acceptedAt\" must be a date and time")));
    EXPECT_FALSE(acceptanceError("acceptedAt", QStringLiteral("yesterday")).isEmpty());
    EXPECT_FALSE(acceptanceError("reason", 3).isEmpty());
    EXPECT_FALSE(acceptanceError("assetId", -4).isEmpty());
}

TEST(EntityJson, AuditEntryRoundTrips)
{
    AuditEntry e;
    e.seq = 42;
    e.at = QDateTime(QDate(2025, 4, 1), QTime(9, 30, 15, 123), Qt::UTC);
    e.osUser = QStringLiteral("tanaka");
    e.person = QStringLiteral("田中　一郎 🙂");
    e.entity = QStringLiteral("asset");
    e.entityId = 4711;
    e.action = QStringLiteral("update");
    e.changes = {{QStringLiteral("name"), QStringLiteral("旧名称"), QStringLiteral("新名称")},
                 {QStringLiteral("subjectCount"), QJsonValue(QJsonValue::Null), 1200},
                 {QStringLiteral("notes"), longText(), QString()}};
    e.rowHash = QStringLiteral("ab12");
    e.prevHash = QStringLiteral("cd34");
    e.hash = e.computeHash();

    const QJsonObject o = EntityJson::toJson(e);
    EXPECT_EQ(o.value(QStringLiteral("at")).toString(), QStringLiteral("2025-04-01T09:30:15.123Z"));
    const AuditEntry back = EntityJson::auditFromJson(o);
    EXPECT_EQ(back, e);
    EXPECT_EQ(back.computeHash(), e.hash);

    // A local time is written as the same instant in UTC.
    AuditEntry local = e;
    local.at = QDateTime(QDate(2025, 4, 1), QTime(18, 30, 15, 123), QTimeZone(9 * 3600));
    EXPECT_EQ(EntityJson::toJson(local).value(QStringLiteral("at")).toString(),
              QStringLiteral("2025-04-01T09:30:15.123Z"));
}

TEST(EntityJson, MissingFieldNamesEntityAndField)
{
    QJsonObject o = EntityJson::toJson(fullAsset());
    o.remove(QStringLiteral("kind"));
    const QString msg = validationMessage([&] { EntityJson::assetFromJson(o); });
    EXPECT_TRUE(msg.contains(QStringLiteral("Asset"))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(QStringLiteral("\"kind\""))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(QStringLiteral("missing"))) << msg.toStdString();

    QJsonObject p = EntityJson::toJson(Person{1, QStringLiteral("x"), 1, {}});
    p.remove(QStringLiteral("roles"));
    const QString pmsg = validationMessage([&] { EntityJson::personFromJson(p, QStringLiteral("Person #3")); });
    EXPECT_TRUE(pmsg.startsWith(QStringLiteral("Person #3: "))) << pmsg.toStdString();
    EXPECT_TRUE(pmsg.contains(QStringLiteral("\"roles\""))) << pmsg.toStdString();
}

TEST(EntityJson, WrongTypesAreRejected)
{
    const QJsonObject good = EntityJson::toJson(fullAsset());
    const auto rejects = [&](const char *key, const QJsonValue &v, const char *expectInMessage) {
        QJsonObject o = good;
        o.insert(QLatin1String(key), v);
        const QString msg = validationMessage([&] { EntityJson::assetFromJson(o); });
        EXPECT_TRUE(msg.contains(QLatin1String(key))) << key << ": " << msg.toStdString();
        EXPECT_TRUE(msg.contains(QLatin1String(expectInMessage))) << key << ": " << msg.toStdString();
    };
    rejects("name", 12, "must be text");
    rejects("personalInfo", QStringLiteral("true"), "true or false");
    rejects("id", -1, "id");
    rejects("id", 1.5, "id");
    rejects("departmentId", 0, "positive");
    rejects("departmentId", QStringLiteral("12"), "positive");
    rejects("subjectCount", -3, "0 or more");
    rejects("registeredOn", QStringLiteral("2020/04/01"), "yyyy-MM-dd");
    rejects("registeredOn", QStringLiteral("2020-02-30"), "2020-02-30");
    rejects("restrictions", QJsonArray{QStringLiteral("複製禁止"), 3}, "list of texts");
    rejects("measures", QJsonArray{QJsonObject{{QStringLiteral("tag"), QStringLiteral("X")}}}, "tag");
    rejects("measures", QStringLiteral("BACKUP"), "list");
}

TEST(EntityJson, UnknownEnumIdsAreRejected)
{
    QJsonObject o = EntityJson::toJson(fullAsset());
    o.insert(QStringLiteral("segment"), QStringLiteral("intranet"));
    const QString msg = validationMessage([&] { EntityJson::assetFromJson(o); });
    EXPECT_TRUE(msg.contains(QStringLiteral("\"segment\""))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(QStringLiteral("intranet"))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(QStringLiteral("mynumber"))) << msg.toStdString(); // lists the valid ids

    QJsonObject l = EntityJson::toJson(AssetLink{1, 2, 3, LinkType::RunsOn});
    l.insert(QStringLiteral("type"), QStringLiteral("hosted-by"));
    const QString lmsg = validationMessage([&] { EntityJson::linkFromJson(l); });
    EXPECT_TRUE(lmsg.startsWith(QStringLiteral("Link"))) << lmsg.toStdString();
    EXPECT_TRUE(lmsg.contains(QStringLiteral("hosted-by"))) << lmsg.toStdString();
}

TEST(EntityJson, BadAuditEntriesAreRejected)
{
    AuditEntry e;
    e.seq = 1;
    e.at = QDateTime(QDate(2025, 4, 1), QTime(9, 0), Qt::UTC);
    const QJsonObject good = EntityJson::toJson(e);

    QJsonObject o = good;
    o.insert(QStringLiteral("at"), QStringLiteral("yesterday"));
    EXPECT_TRUE(validationMessage([&] { EntityJson::auditFromJson(o); }).contains(QStringLiteral("\"at\"")));

    o = good;
    o.insert(QStringLiteral("changes"), QJsonArray{QJsonObject{{QStringLiteral("old"), 1}}});
    EXPECT_TRUE(validationMessage([&] { EntityJson::auditFromJson(o); }).contains(QStringLiteral("\"changes\"")));

    o = good;
    o.remove(QStringLiteral("hash"));
    EXPECT_TRUE(validationMessage([&] { EntityJson::auditFromJson(o); }).startsWith(QStringLiteral("Audit entry")));
}

#include "core/demogenerator.h"

TEST(EntityJsonHash, DirectAssetHashEqualsTheHashOfItsJson)
{
    const daicho::RegisterData data = daicho::DemoGenerator::generate(600, 11);
    ASSERT_EQ(data.assets.size(), 600);
    for (const daicho::Asset &a : data.assets)
        ASSERT_EQ(daicho::EntityJson::rowHash(a), daicho::rowHash(daicho::EntityJson::toJson(a))) << qPrintable(a.number);
    daicho::Asset odd;
    odd.id = 9;
    odd.name = QStringLiteral("\"引用\"\\ 改行\n😀");
    odd.restrictions = {QStringLiteral("複製禁止"), QStringLiteral("a\tb")};
    odd.measures = {{QStringLiteral("X"), true}, {QStringLiteral("Y"), false}};
    odd.subjectCount = 0;
    odd.retentionUntil = QDate(2030, 3, 31);
    odd.registeredOn = QDate(2025, 1, 5); // one-digit month and day
    odd.updatedOn = QDate(999, 12, 1);    // a year of three digits: Qt's own formatting
    EXPECT_EQ(daicho::EntityJson::rowHash(odd), daicho::rowHash(daicho::EntityJson::toJson(odd)));
    // With places: the keys sort between status and subjectCount, and updatedOn and userScope.
    odd.usePlaceId = 12;
    EXPECT_EQ(daicho::EntityJson::rowHash(odd), daicho::rowHash(daicho::EntityJson::toJson(odd)));
    odd.storePlaceId = 9007199254740991;
    EXPECT_EQ(daicho::EntityJson::rowHash(odd), daicho::rowHash(daicho::EntityJson::toJson(odd)));
    odd.usePlaceId = 0;
    EXPECT_EQ(daicho::EntityJson::rowHash(odd), daicho::rowHash(daicho::EntityJson::toJson(odd)));
    daicho::Asset placed = data.assets.first();
    placed.usePlaceId = 3;
    placed.storePlaceId = 4;
    EXPECT_EQ(daicho::EntityJson::rowHash(placed), daicho::rowHash(daicho::EntityJson::toJson(placed)));
}

#include "core/canonicaljson.h"

TEST(CanonicalJson, StringsAreTheBytesOfToUtf8Escaped)
{
    // The audit log's hashes cover these bytes: they must stay what QString::toUtf8() and the
    // JSON escapes gave when the entries were written, a lone surrogate included ('?').
    auto reference = [](const QString &s) {
        QByteArray out = "\"";
        for (const char c : s.toUtf8()) {
            switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20)
                    out += QByteArray("\\u00") + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
                else
                    out += c;
            }
        }
        return out + "\"";
    };
    QString lone = QStringLiteral("a");
    lone.append(QChar(0xD800));
    lone.append(QStringLiteral("住"));
    QString trailing = QStringLiteral("x");
    trailing.append(QChar(0xDC00));
    const QStringList cases{QString(), QStringLiteral("plain"), QStringLiteral("住民基本台帳データ"),
                            QStringLiteral("\"引用\"\\ 改行\n😀"), QStringLiteral("ctl\x01\x1f"), lone, trailing};
    for (const QString &s : cases) {
        QByteArray out = "prefix";
        daicho::CanonicalJson::appendString(out, s);
        EXPECT_EQ(out, "prefix" + reference(s)) << qPrintable(s);
    }
}
