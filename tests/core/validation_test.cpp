#include "core/exceptions.h"
#include "core/validation.h"

#include <gtest/gtest.h>

using namespace daicho;

// Readable QString in failure messages (found by ADL; static, so other test files may have their own).
static void PrintTo(const QString &t, std::ostream *os) { *os << '"' << t.toStdString() << '"'; }

namespace {

Asset validAsset()
{
    Asset a;
    a.number = QStringLiteral("A-0001");
    a.departmentId = 3;
    a.businessCategory = QString::fromUtf8("住民記録");
    a.name = QString::fromUtf8("住民基本台帳");
    a.userScope = QString::fromUtf8("市民課職員");
    a.medium = QString::fromUtf8("住基サーバ");
    a.personalInfo = true;
    a.myNumber = true;
    a.sensitivePersonalInfo = true;
    a.subjectCount = 120000;
    a.registeredOn = QDate(2024, 4, 1);
    a.updatedOn = QDate(2025, 4, 1);
    a.retentionUntil = QDate(2029, 3, 31);
    a.notes = QString::fromUtf8("備考");
    return a;
}

Department validDepartment()
{
    Department d;
    d.id = 5;
    d.code = QStringLiteral("SHIMIN_01-a");
    d.name = QString::fromUtf8("市民課");
    d.parentId = 2;
    d.validFrom = QDate(2020, 4, 1);
    d.validTo = QDate(2025, 3, 31);
    return d;
}

Person validPerson()
{
    Person p;
    p.name = QString::fromUtf8("山田 太郎");
    p.departmentId = 5;
    return p;
}

// The field names of the issues, in order: the tests compare these, and check
// separately that every message is a real sentence.
template <typename T>
QStringList fields(const T &entity)
{
    QStringList out;
    for (const FieldIssue &i : Validation::validate(entity)) {
        EXPECT_FALSE(i.message.isEmpty()) << i.field.toStdString();
        EXPECT_FALSE(i.message.contains(QLatin1Char('%'))) << i.message.toStdString();
        out << i.field;
    }
    return out;
}

QStringList one(const char *field) { return {QString::fromLatin1(field)}; }

QString repeat(qsizetype n, const char *utf8 = "x") { return QString::fromUtf8(utf8).repeated(n); }

} // namespace

TEST(ValidationAsset, ValidAssetPasses)
{
    EXPECT_TRUE(Validation::validate(validAsset()).isEmpty());
    EXPECT_NO_THROW(Validation::require(validAsset()));

    // Unset optional fields are fine too.
    Asset a;
    a.number = QStringLiteral("1");
    a.name = QStringLiteral("n");
    a.departmentId = 1;
    EXPECT_EQ(fields(a), QStringList());
}

TEST(ValidationAsset, DisposedAssetIsAllowed)
{
    Asset a = validAsset();
    a.status = AssetStatus::Disposed;
    EXPECT_EQ(fields(a), QStringList());
}

TEST(ValidationAsset, NumberRequired)
{
    Asset a = validAsset();
    a.number.clear();
    EXPECT_EQ(fields(a), one("number"));
    a.number = QStringLiteral("  ");
    EXPECT_EQ(fields(a), one("number"));
}

TEST(ValidationAsset, NumberLength)
{
    Asset a = validAsset();
    a.number = repeat(64);
    EXPECT_EQ(fields(a), QStringList());
    a.number = repeat(65);
    EXPECT_EQ(fields(a), one("number"));
    // Counted in characters: 64 characters outside the BMP (128 UTF-16 units) are fine.
    a.number = repeat(64, "𠮷");
    EXPECT_EQ(fields(a), QStringList());
    a.number = repeat(65, "𠮷");
    EXPECT_EQ(fields(a), one("number"));
}

TEST(ValidationAsset, NumberWithoutControlCharacters)
{
    Asset a = validAsset();
    for (const char *bad : {"A\n1", "A\r1", "A\t1", "A\x01", "A\xe2\x80\xa8" "1"}) {
        a.number = QString::fromUtf8(bad);
        EXPECT_EQ(fields(a), one("number")) << bad;
    }
    a.number = QString::fromUtf8("情報-001 (旧 12)");
    EXPECT_EQ(fields(a), QStringList());
}

TEST(ValidationAsset, NameRequiredAndLength)
{
    Asset a = validAsset();
    a.name.clear();
    EXPECT_EQ(fields(a), one("name"));
    a.name = QString::fromUtf8("　"); // an ideographic space only
    EXPECT_EQ(fields(a), one("name"));
    a.name = repeat(200, "名");
    EXPECT_EQ(fields(a), QStringList());
    a.name = repeat(201, "名");
    EXPECT_EQ(fields(a), one("name"));
}

TEST(ValidationAsset, TextLengths)
{
    struct Case {
        QString Asset::*member;
        int max;
        const char *field;
    };
    for (const Case &c : {Case{&Asset::businessCategory, 100, "businessCategory"},
                          Case{&Asset::userScope, 200, "userScope"}, Case{&Asset::medium, 200, "medium"},
                          Case{&Asset::notes, 4000, "notes"}}) {
        Asset a = validAsset();
        a.*c.member = repeat(c.max, "あ");
        EXPECT_EQ(fields(a), QStringList()) << c.field;
        a.*c.member = repeat(c.max + 1, "あ");
        EXPECT_EQ(fields(a), one(c.field)) << c.field;
        // Empty is allowed for all of these.
        a.*c.member = QString();
        EXPECT_EQ(fields(a), QStringList()) << c.field;
    }
}

TEST(ValidationAsset, LengthMessageNamesLimitAndCount)
{
    Asset a = validAsset();
    a.notes = repeat(4001);
    const QList<FieldIssue> issues = Validation::validate(a);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_TRUE(issues.at(0).message.contains(QStringLiteral("4000"))) << issues.at(0).message.toStdString();
    EXPECT_TRUE(issues.at(0).message.contains(QStringLiteral("4001"))) << issues.at(0).message.toStdString();
}

TEST(ValidationAsset, SubjectCount)
{
    Asset a = validAsset();
    for (int ok : {-1, 0, 1, 1000000}) {
        a.subjectCount = ok;
        EXPECT_EQ(fields(a), QStringList()) << ok;
    }
    for (int bad : {-2, -100}) {
        a.subjectCount = bad;
        EXPECT_EQ(fields(a), one("subjectCount")) << bad;
    }
}

TEST(ValidationAsset, SpecialPersonalInfoImpliesPersonalInfo)
{
    Asset a = validAsset();
    a.personalInfo = false;
    a.myNumber = true;
    a.sensitivePersonalInfo = false;
    EXPECT_EQ(fields(a), one("personalInfo"));
    a.myNumber = false;
    a.sensitivePersonalInfo = true;
    EXPECT_EQ(fields(a), one("personalInfo"));
    a.myNumber = true;
    EXPECT_EQ(fields(a), one("personalInfo"));
    a.myNumber = false;
    a.sensitivePersonalInfo = false;
    EXPECT_EQ(fields(a), QStringList());
    a.personalInfo = true;
    EXPECT_EQ(fields(a), QStringList());
}

TEST(ValidationAsset, RetentionNotBeforeRegistration)
{
    Asset a = validAsset();
    a.retentionUntil = a.registeredOn.addDays(-1);
    EXPECT_EQ(fields(a), one("retentionUntil"));
    a.retentionUntil = a.registeredOn;
    EXPECT_EQ(fields(a), QStringList());
    // Either date unset: nothing to compare.
    a.retentionUntil = QDate(2000, 1, 1);
    a.registeredOn = QDate();
    a.updatedOn = QDate();
    EXPECT_EQ(fields(a), QStringList());
}

TEST(ValidationAsset, UpdateNotBeforeRegistration)
{
    Asset a = validAsset();
    a.updatedOn = a.registeredOn.addDays(-1);
    EXPECT_EQ(fields(a), one("updatedOn"));
    a.updatedOn = a.registeredOn;
    EXPECT_EQ(fields(a), QStringList());
}

TEST(ValidationAsset, DepartmentRequired)
{
    Asset a = validAsset();
    a.departmentId = 0;
    EXPECT_EQ(fields(a), one("departmentId"));
    a.departmentId = -4;
    EXPECT_EQ(fields(a), one("departmentId"));
}

TEST(ValidationAsset, SeveralProblemsAreAllReported)
{
    Asset a = validAsset();
    a.number.clear();
    a.name.clear();
    a.subjectCount = -5;
    EXPECT_EQ(fields(a), (QStringList{QStringLiteral("number"), QStringLiteral("name"),
                                      QStringLiteral("subjectCount")}));
}

TEST(ValidationAsset, RequireThrowsWithEveryMessage)
{
    Asset a = validAsset();
    a.number.clear();
    a.departmentId = 0;
    const QList<FieldIssue> issues = Validation::validate(a);
    ASSERT_EQ(issues.size(), 2);
    try {
        Validation::require(a);
        FAIL() << "require() did not throw";
    } catch (const ValidationError &e) {
        EXPECT_EQ(e.message(), issues.at(0).message + QLatin1Char('\n') + issues.at(1).message);
    }
}

TEST(ValidationDepartment, ValidPasses)
{
    EXPECT_EQ(fields(validDepartment()), QStringList());
    Department d = validDepartment();
    d.id = 0; // not stored yet
    d.parentId = 0;
    d.validFrom = QDate();
    d.validTo = QDate();
    EXPECT_EQ(fields(d), QStringList());
    EXPECT_NO_THROW(Validation::require(d));
}

TEST(ValidationDepartment, Code)
{
    Department d = validDepartment();
    d.code.clear();
    EXPECT_EQ(fields(d), one("code"));
    d.code = repeat(32, "9");
    EXPECT_EQ(fields(d), QStringList());
    d.code = repeat(33, "9");
    EXPECT_EQ(fields(d), one("code"));
    for (const char *bad : {"A 1", "市民課", "A.1", "A/1", "ＡＢ", " A1", "A1\n"}) {
        d.code = QString::fromUtf8(bad);
        EXPECT_EQ(fields(d), one("code")) << bad;
    }
}

TEST(ValidationDepartment, NameRequired)
{
    Department d = validDepartment();
    d.name = QStringLiteral(" ");
    EXPECT_EQ(fields(d), one("name"));
}

TEST(ValidationDepartment, ValidToNotBeforeValidFrom)
{
    Department d = validDepartment();
    d.validTo = d.validFrom.addDays(-1);
    EXPECT_EQ(fields(d), one("validTo"));
    d.validTo = d.validFrom;
    EXPECT_EQ(fields(d), QStringList());
    d.validFrom = QDate();
    d.validTo = QDate(1999, 1, 1);
    EXPECT_EQ(fields(d), QStringList());
}

TEST(ValidationDepartment, NotItsOwnParent)
{
    Department d = validDepartment();
    d.parentId = d.id;
    EXPECT_EQ(fields(d), one("parentId"));
    EXPECT_THROW(Validation::require(d), ValidationError);
}

TEST(ValidationPerson, Rules)
{
    EXPECT_EQ(fields(validPerson()), QStringList());
    Person p = validPerson();
    p.name.clear();
    EXPECT_EQ(fields(p), one("name"));
    p = validPerson();
    p.departmentId = 0;
    EXPECT_EQ(fields(p), one("departmentId"));
    EXPECT_THROW(Validation::require(p), ValidationError);
}
