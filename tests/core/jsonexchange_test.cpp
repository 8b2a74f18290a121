#include "core/entityjson.h"
#include "core/exceptions.h"
#include "core/jsonexchange.h"
#include "core/zonetable.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>

using namespace daicho;

namespace {

RegisterData sample()
{
    RegisterData d;
    d.title = QStringLiteral("テスト市 情報資産管理台帳 📒");
    d.scheme = QJsonObject{{QStringLiteral("id"), QStringLiteral("soumu")},
                           {QStringLiteral("axes"), QJsonArray{QStringLiteral("C"), QStringLiteral("I")}}};
    d.settings.insert(QStringLiteral("roles"), QStringLiteral("情報セキュリティ責任者\n担当者"));
    d.settings.insert(QStringLiteral("dateStyle"), QStringLiteral("wareki"));

    d.departments = {{1, QStringLiteral("1000"), QStringLiteral("総務部"), 0, QDate(2020, 4, 1), {}},
                     {2, QStringLiteral("1010"), QStringLiteral("総務課"), 1, QDate(2020, 4, 1), {}}};
    d.people = {{1, QStringLiteral("佐藤　一郎"), 2, {QStringLiteral("情報セキュリティ責任者")}},
                {2, QStringLiteral("鈴木　花子"), 2, {}}};

    Asset system;
    system.id = 10;
    system.number = QStringLiteral("1010-0001");
    system.departmentId = 2;
    system.name = QStringLiteral("文書管理システム");
    system.kind = AssetKind::InformationSystem;
    system.managerId = 1;
    system.confidentiality = QStringLiteral("2");
    Asset server = system;
    server.id = 11;
    server.number = QStringLiteral("1010-0002");
    server.name = QStringLiteral("文書管理サーバ");
    server.kind = AssetKind::Server;
    Asset info;
    info.id = 12;
    info.number = QStringLiteral("1010-0003");
    info.departmentId = 2;
    info.name = QStringLiteral("起案文書 🗂");
    info.systemId = 10;
    info.personalInfo = true;
    info.subjectCount = 300;
    info.restrictions = {QStringLiteral("関係者限り")};
    info.measures = {{QStringLiteral("BACKUP"), true}};
    info.registeredOn = QDate(2024, 5, 1);
    ZoneTable zones = ZoneTable::preset();
    zones.setMinimum(zones.categories().first().code, 3, 4);
    d.zoneTable = zones.toJson();
    // Listed child first: a parent may come after its child.
    d.places = {{5, 4, PlaceKind::Container, QStringLiteral("施錠キャビネット①"), 3, true, {}, EntryControl::Key, 1, false, true, {}, {}},
                {1, 0, PlaceKind::Site, QStringLiteral("本庁舎敷地"), 0, false, {}, {}, 0, false, false, {}, {}},
                {2, 1, PlaceKind::Building, QStringLiteral("本庁舎"), 1, true, QStringLiteral("08:30-17:15"), {}, 0, false, false, {}, {}},
                {3, 2, PlaceKind::Floor, QStringLiteral("2階"), 1, true, {}, {}, 0, false, false, {}, {}},
                {4, 3, PlaceKind::Room, QStringLiteral("総務課 執務室"), 2, false, QStringLiteral("08:30-17:15"),
                 EntryControl::IcCard | EntryControl::EntryLog, 2, true, false, QStringLiteral("夜間は無施錠"), {}},
                {6, 3, PlaceKind::ServerRack, QStringLiteral("ラック"), 4, true, {}, EntryControl::Biometric, 0, true, true, {}, {}}};
    server.usePlaceId = 6;
    info.usePlaceId = 4;
    info.storePlaceId = 5;
    d.assets = {system, server, info};
    d.links = {{1, 12, 10, LinkType::StoredOn}, {2, 10, 11, LinkType::RunsOn}};
    d.acceptances = {{3, 12, QStringLiteral("ZONE-STORE-LOW"), 4, QStringLiteral("STORE_A"), QStringLiteral("移設まで"),
                      QStringLiteral("佐藤　一郎"), QDate(2026, 3, 31), QDateTime(QDate(2025, 4, 2), QTime(10, 0, 0, 42), Qt::UTC)},
                     {4, 10, QStringLiteral("MEASURE-NOT-DONE"), 0, QString(), QStringLiteral("予算措置待ち"),
                      QStringLiteral("鈴木　花子"), QDate(2025, 9, 30), QDateTime(QDate(2025, 4, 3), QTime(8, 0), Qt::UTC)}};

    AuditEntry e;
    e.seq = 1;
    e.at = QDateTime(QDate(2025, 4, 1), QTime(9, 0, 0, 5), Qt::UTC);
    e.osUser = QStringLiteral("sato");
    e.entity = QStringLiteral("asset");
    e.entityId = 12;
    e.action = QStringLiteral("create");
    e.changes = {{QStringLiteral("name"), QJsonValue(), QStringLiteral("起案文書")}};
    e.hash = e.computeHash();
    d.audit = {e};
    return d;
}

QJsonObject sampleObject()
{
    return QJsonDocument::fromJson(JsonExchange::write(sample())).object();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

/// Replaces element `index` of the array `key` by what `edit` makes of it.
QJsonObject editElement(const QString &key, int index, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject doc = sampleObject();
    QJsonArray a = doc.value(key).toArray();
    QJsonObject e = a.at(index).toObject();
    edit(e);
    a.replace(index, e);
    doc.insert(key, a);
    return doc;
}

/// "ValidationError: …" / "FileError: …" for what read() throws, "" when it accepts.
std::string readError(const QByteArray &json)
{
    try {
        JsonExchange::read(json);
    } catch (const FileError &e) {
        return "FileError: " + e.message().toStdString();
    } catch (const ValidationError &e) {
        return "ValidationError: " + e.message().toStdString();
    }
    return {};
}

std::string readError(const QJsonObject &doc) { return readError(bytes(doc)); }

} // namespace

using ::testing::HasSubstr;
using ::testing::StartsWith;

TEST(JsonExchange, RoundTripsLosslessly)
{
    const RegisterData d = sample();
    const QByteArray first = JsonExchange::write(d);
    const RegisterData back = JsonExchange::read(first);
    EXPECT_EQ(back, d);
    EXPECT_EQ(JsonExchange::write(back), first);
}

TEST(JsonExchange, EmptyRegisterRoundTrips)
{
    RegisterData d;
    const QByteArray first = JsonExchange::write(d);
    EXPECT_EQ(JsonExchange::read(first), d);
    EXPECT_EQ(JsonExchange::write(JsonExchange::read(first)), first);
}

TEST(JsonExchange, WritesHeaderFirstAndIndented)
{
    const QByteArray json = JsonExchange::write(sample());
    EXPECT_TRUE(json.startsWith("{\n    \"format\": \"daicho-register\",\n    \"version\": 3,\n"
                                "    \"generator\": \"Daicho "))
        << json.left(120).toStdString();
    EXPECT_TRUE(json.endsWith("\n}\n"));
    // Japanese is written as UTF-8, not as \u escapes.
    EXPECT_TRUE(json.contains("\"テスト市 情報資産管理台帳 📒\""));
    // Qt's own parser reads the document back to the same object.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    const QStringList keys{"format", "version", "generator", "title", "scheme", "settings", "zoneTable",
                           "departments", "people", "places", "assets", "links", "acceptances", "plans", "audit"};
    for (const QString &key : keys)
        EXPECT_TRUE(doc.object().contains(key)) << key.toStdString();
    EXPECT_EQ(doc.object().size(), keys.size());

    // The top-level keys appear in the documented order.
    qsizetype last = -1;
    for (const QString &key : keys) {
        const qsizetype at = json.indexOf("\n    \"" + key.toUtf8() + "\": ");
        EXPECT_GT(at, last) << key.toStdString();
        last = at;
    }
}

TEST(JsonExchange, RejectsWhatIsNotJson)
{
    const std::string msg = readError(QByteArray("{\n  \"format\": \"daicho-register\",\n  \"version\": 1,,\n}"));
    EXPECT_THAT(msg, StartsWith("FileError: The file is not valid JSON"));
    EXPECT_THAT(msg, HasSubstr("line 3"));
    EXPECT_THAT(readError(QByteArray()), StartsWith("FileError: The file is not valid JSON"));
}

TEST(JsonExchange, RejectsOtherDocuments)
{
    EXPECT_THAT(readError(QByteArray("[1, 2]")), StartsWith("FileError: This is not a Daicho register"));
    EXPECT_THAT(readError(QByteArray("{\"format\": \"something-else\", \"version\": 1}")),
                StartsWith("FileError: This is not a Daicho register"));
    EXPECT_THAT(readError(QByteArray("{\"name\": \"x\"}")), StartsWith("FileError: This is not a Daicho register"));
}

TEST(JsonExchange, RejectsNewerAndInvalidVersions)
{
    QJsonObject doc = sampleObject();
    doc.insert(QStringLiteral("version"), 4);
    EXPECT_EQ(readError(doc), "FileError: This file was written by a newer version of Daicho (format version 4); "
                              "this version reads up to 3.");
    doc.insert(QStringLiteral("version"), QStringLiteral("1"));
    EXPECT_THAT(readError(doc), HasSubstr("\"version\""));
    doc.insert(QStringLiteral("version"), 0);
    EXPECT_THAT(readError(doc), HasSubstr("\"version\""));
    doc.remove(QStringLiteral("version"));
    EXPECT_THAT(readError(doc), StartsWith("FileError:"));
}

TEST(JsonExchange, NamesArrayIndexAndField)
{
    const QJsonObject doc = editElement(QStringLiteral("assets"), 1,
                                        [](QJsonObject &a) { a.remove(QStringLiteral("kind")); });
    EXPECT_EQ(readError(doc), "ValidationError: Asset #2: field \"kind\" is missing.");

    const QJsonObject bad = editElement(QStringLiteral("assets"), 2, [](QJsonObject &a) {
        a.insert(QStringLiteral("kind"), QStringLiteral("spreadsheet"));
    });
    EXPECT_THAT(readError(bad), StartsWith("ValidationError: Asset #3: field \"kind\" has the unknown value"));

    const QJsonObject person = editElement(QStringLiteral("people"), 0, [](QJsonObject &p) {
        p.insert(QStringLiteral("roles"), QStringLiteral("担当者"));
    });
    EXPECT_THAT(readError(person), StartsWith("ValidationError: Person #1: field \"roles\""));

    QJsonObject notObject = sampleObject();
    QJsonArray links = notObject.value(QStringLiteral("links")).toArray();
    links.append(7);
    notObject.insert(QStringLiteral("links"), links);
    EXPECT_EQ(readError(notObject), "ValidationError: Link #3 is not a JSON object.");
}

TEST(JsonExchange, RejectsMissingOrMistypedTopLevelFields)
{
    for (const char *key : {"title", "scheme", "settings", "departments", "people", "places", "assets", "links",
                            "acceptances", "audit"}) {
        QJsonObject doc = sampleObject();
        doc.remove(QLatin1String(key));
        EXPECT_THAT(readError(doc), HasSubstr(std::string("\"") + key + "\"")) << key;
        doc.insert(QLatin1String(key), 3);
        EXPECT_THAT(readError(doc), HasSubstr(std::string("\"") + key + "\"")) << key;
    }
    QJsonObject doc = sampleObject();
    doc.insert(QStringLiteral("settings"), QJsonObject{{QStringLiteral("a"), 1}});
    EXPECT_THAT(readError(doc), HasSubstr("\"settings\""));
}

TEST(JsonExchange, RejectsDuplicates)
{
    EXPECT_EQ(readError(editElement(QStringLiteral("assets"), 2,
                                    [](QJsonObject &a) { a.insert(QStringLiteral("id"), 10); })),
              "ValidationError: Asset #3 has the id 10, which Asset #1 already has.");
    EXPECT_EQ(readError(editElement(QStringLiteral("assets"), 1,
                                    [](QJsonObject &a) { a.insert(QStringLiteral("number"), QStringLiteral("1010-0001")); })),
              "ValidationError: Asset #2 has the management number \"1010-0001\", which Asset #1 already has.");
    EXPECT_THAT(readError(editElement(QStringLiteral("assets"), 1,
                                      [](QJsonObject &a) { a.insert(QStringLiteral("number"), QString()); })),
                HasSubstr("Asset #2 has no management number"));
    EXPECT_THAT(readError(editElement(QStringLiteral("departments"), 1,
                                      [](QJsonObject &d) { d.insert(QStringLiteral("code"), QStringLiteral("1000")); })),
                HasSubstr("Department #2 has the department code \"1000\""));
    EXPECT_THAT(readError(editElement(QStringLiteral("people"), 1,
                                      [](QJsonObject &p) { p.insert(QStringLiteral("id"), 1); })),
                HasSubstr("Person #2 has the id 1"));
    EXPECT_THAT(readError(editElement(QStringLiteral("links"), 1, [](QJsonObject &l) {
                    l.insert(QStringLiteral("fromId"), 12);
                    l.insert(QStringLiteral("toId"), 10);
                    l.insert(QStringLiteral("type"), QStringLiteral("stored-on"));
                })),
                HasSubstr("Link #2 repeats Link #1"));
    EXPECT_THAT(readError(editElement(QStringLiteral("assets"), 0,
                                      [](QJsonObject &a) { a.insert(QStringLiteral("id"), 0); })),
                HasSubstr("Asset #1: field \"id\" must be a positive whole number"));
}

TEST(JsonExchange, RejectsDanglingReferences)
{
    const auto asset = [](int i, const char *key, const QJsonValue &v) {
        return readError(editElement(QStringLiteral("assets"), i,
                                     [&](QJsonObject &a) { a.insert(QLatin1String(key), v); }));
    };
    EXPECT_EQ(asset(2, "departmentId", 99),
              "ValidationError: Asset #3: field \"departmentId\" refers to department id 99, which is not in the file.");
    EXPECT_THAT(asset(2, "departmentId", QJsonValue::Null), HasSubstr("must refer to a department"));
    EXPECT_THAT(asset(2, "managerId", 99), HasSubstr("refers to person id 99"));
    EXPECT_THAT(asset(2, "systemId", 99), HasSubstr("refers to asset id 99"));
    EXPECT_THAT(asset(2, "systemId", 11), HasSubstr("which is not an information system"));

    EXPECT_THAT(readError(editElement(QStringLiteral("people"), 0,
                                      [](QJsonObject &p) { p.insert(QStringLiteral("departmentId"), 5); })),
                HasSubstr("Person #1: field \"departmentId\" refers to department id 5"));
    EXPECT_THAT(readError(editElement(QStringLiteral("departments"), 0,
                                      [](QJsonObject &d) { d.insert(QStringLiteral("parentId"), 2); })),
                HasSubstr("form a loop"));
    EXPECT_THAT(readError(editElement(QStringLiteral("departments"), 1,
                                      [](QJsonObject &d) { d.insert(QStringLiteral("parentId"), 7); })),
                HasSubstr("Department #2: field \"parentId\" refers to department id 7"));

    const auto link = [](const char *key, const QJsonValue &v) {
        return readError(editElement(QStringLiteral("links"), 0,
                                     [&](QJsonObject &l) { l.insert(QLatin1String(key), v); }));
    };
    EXPECT_THAT(link("toId", 404), HasSubstr("Link #1: field \"toId\" refers to asset id 404"));
    EXPECT_THAT(link("fromId", QJsonValue::Null), HasSubstr("Link #1: field \"fromId\" must refer to an asset"));
    EXPECT_THAT(link("toId", 12), HasSubstr("Link #1 links an asset to itself"));
    EXPECT_THAT(link("type", QStringLiteral("backs-up")),
                StartsWith("ValidationError: Link #1: field \"type\" has the unknown value \"backs-up\""));
}

TEST(JsonExchange, RejectsDuplicateAuditSequence)
{
    QJsonObject doc = sampleObject();
    QJsonArray audit = doc.value(QStringLiteral("audit")).toArray();
    audit.append(audit.at(0));
    doc.insert(QStringLiteral("audit"), audit);
    EXPECT_THAT(readError(doc), HasSubstr("Audit entry #2 has the sequence number 1"));
}

TEST(JsonExchange, IgnoresUnknownExtraFields)
{
    // A later 2.x writer may add fields; this version reads what it knows.
    QJsonObject doc = editElement(QStringLiteral("assets"), 0,
                                  [](QJsonObject &a) { a.insert(QStringLiteral("futureField"), 1); });
    doc.insert(QStringLiteral("floorPlans"), QJsonArray());
    EXPECT_EQ(JsonExchange::read(bytes(doc)), sample());
}

TEST(JsonExchange, EmptyZoneTableIsWrittenAsAnEmptyObjectAndMayBeLeftOut)
{
    RegisterData d = sample();
    d.zoneTable = {};
    const QByteArray json = JsonExchange::write(d);
    EXPECT_TRUE(json.contains("\n    \"zoneTable\": {},\n"));
    EXPECT_EQ(JsonExchange::read(json), d);
    QJsonObject doc = QJsonDocument::fromJson(json).object();
    doc.remove(QStringLiteral("zoneTable"));
    EXPECT_EQ(JsonExchange::read(bytes(doc)), d);
    doc.insert(QStringLiteral("zoneTable"), 3);
    EXPECT_THAT(readError(doc), HasSubstr("\"zoneTable\""));
    doc.insert(QStringLiteral("zoneTable"), QJsonObject{{QStringLiteral("format"), QStringLiteral("x")}});
    EXPECT_THAT(readError(doc), StartsWith("ValidationError: The document's zone table is not valid: "));
}

TEST(JsonExchange, ReadsVersion1WithoutPlaces)
{
    RegisterData d = sample();
    QJsonObject doc = sampleObject();
    doc.insert(QStringLiteral("version"), 1);
    doc.remove(QStringLiteral("zoneTable"));
    doc.remove(QStringLiteral("places"));
    doc.remove(QStringLiteral("acceptances"));
    QJsonArray assets = doc.value(QStringLiteral("assets")).toArray();
    for (int i = 0; i < assets.size(); ++i) {
        QJsonObject a = assets.at(i).toObject();
        a.remove(QStringLiteral("usePlaceId"));
        a.remove(QStringLiteral("storePlaceId"));
        assets.replace(i, a);
    }
    doc.insert(QStringLiteral("assets"), assets);
    d.zoneTable = {};
    d.places.clear();
    d.acceptances.clear();
    for (Asset &a : d.assets)
        a.usePlaceId = a.storePlaceId = 0;
    EXPECT_EQ(JsonExchange::read(bytes(doc)), d);
    // A version 1 document has no places, so an asset cannot be placed in one.
    assets = doc.value(QStringLiteral("assets")).toArray();
    QJsonObject placed = assets.at(0).toObject();
    placed.insert(QStringLiteral("usePlaceId"), 4);
    assets.replace(0, placed);
    doc.insert(QStringLiteral("assets"), assets);
    EXPECT_THAT(readError(doc), HasSubstr("Asset #1: field \"usePlaceId\" refers to place id 4, which is not in the file."));
}

TEST(JsonExchange, ChecksPlacesPlacementsAndAcceptances)
{
    const auto place = [](int i, const char *key, const QJsonValue &v) {
        return readError(editElement(QStringLiteral("places"), i,
                                     [&](QJsonObject &p) { p.insert(QLatin1String(key), v); }));
    };
    EXPECT_EQ(place(2, "parentId", 99),
              "ValidationError: Place #3: field \"parentId\" refers to place id 99, which is not in the file.");
    EXPECT_EQ(place(3, "parentId", 1),
              "ValidationError: Place #4: a place of kind \"floor\" cannot be inside a place of kind \"site\".");
    EXPECT_THAT(place(2, "parentId", QJsonValue::Null),
                StartsWith("ValidationError: Place #3: a place of kind \"building\" must be inside another place"));
    EXPECT_THAT(place(1, "parentId", 4), HasSubstr("Place #2: a place of kind \"site\" cannot be inside"));
    // The room into its own cabinet: both are areas, so only the loop is wrong.
    EXPECT_THAT(place(4, "parentId", 5), HasSubstr("its parent places form a loop."));
    EXPECT_THAT(place(4, "managerId", 9), HasSubstr("Place #5: field \"managerId\" refers to person id 9"));
    EXPECT_THAT(place(4, "name", QStringLiteral(" ")), HasSubstr("Place #5: field \"name\" must not be empty."));
    EXPECT_THAT(place(4, "level", 5), HasSubstr("Place #5: field \"level\" must be a level from 0 to 4"));
    EXPECT_THAT(place(4, "entryControl", QJsonArray{QStringLiteral("guard-dog")}),
                HasSubstr("Place #5: field \"entryControl\" has the unknown value \"guard-dog\""));
    EXPECT_THAT(place(0, "id", 6), HasSubstr("Place #6 has the id 6, which Place #1 already has."));

    const auto asset = [](int i, const char *key, const QJsonValue &v) {
        return readError(editElement(QStringLiteral("assets"), i,
                                     [&](QJsonObject &a) { a.insert(QLatin1String(key), v); }));
    };
    EXPECT_EQ(asset(0, "usePlaceId", 3),
              "ValidationError: Asset #1: field \"usePlaceId\" refers to place id 3 (2階), which is not an area.");
    EXPECT_THAT(asset(0, "storePlaceId", 77), HasSubstr("Asset #1: field \"storePlaceId\" refers to place id 77"));
    EXPECT_THAT(asset(0, "storePlaceId", 0), HasSubstr("Asset #1: field \"storePlaceId\" must be an id"));

    const auto acceptance = [](int i, const char *key, const QJsonValue &v) {
        return readError(editElement(QStringLiteral("acceptances"), i,
                                     [&](QJsonObject &a) { a.insert(QLatin1String(key), v); }));
    };
    EXPECT_THAT(acceptance(0, "assetId", 99), HasSubstr("Acceptance #1: field \"assetId\" refers to asset id 99"));
    EXPECT_THAT(acceptance(0, "assetId", QJsonValue::Null), HasSubstr("Acceptance #1: field \"assetId\" must refer to an asset"));
    EXPECT_THAT(acceptance(1, "placeId", 42), HasSubstr("Acceptance #2: field \"placeId\" refers to place id 42"));
    EXPECT_THAT(acceptance(1, "reason", QString()), HasSubstr("Acceptance #2: field \"reason\" must not be empty."));
    EXPECT_THAT(acceptance(1, "until", QJsonValue::Null), HasSubstr("Acceptance #2: field \"until\" must be a date (yyyy-MM-dd)"));
    EXPECT_THAT(acceptance(1, "acceptedAt", QStringLiteral("gestern")), HasSubstr("Acceptance #2: field \"acceptedAt\" must be a date and time"));
}
