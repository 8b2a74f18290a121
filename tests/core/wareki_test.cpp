#include "core/wareki.h"

#include <gtest/gtest.h>

using namespace daicho;

namespace {

using Style = Wareki::DateStyle;
using Rule = Wareki::Fy2019Rule;

QString s(const char *utf8) { return QString::fromUtf8(utf8); }

} // namespace

// GoogleTest finds these by ADL and prints QDate and QString readably in failure
// messages. static, so that another test file may define its own.
static void PrintTo(const QDate &d, std::ostream *os) { *os << d.toString(Qt::ISODate).toStdString(); }
static void PrintTo(const QString &t, std::ostream *os) { *os << '"' << t.toStdString() << '"'; }

TEST(WarekiTable, BuiltInTableHasTheFiveModernEras)
{
    const QList<Era> &eras = Wareki::eras();
    ASSERT_EQ(eras.size(), 5);
    EXPECT_EQ(eras.at(0), (Era{s("明治"), s("M"), QDate(1868, 1, 25)}));
    EXPECT_EQ(eras.at(1), (Era{s("大正"), s("T"), QDate(1912, 7, 30)}));
    EXPECT_EQ(eras.at(2), (Era{s("昭和"), s("S"), QDate(1926, 12, 25)}));
    EXPECT_EQ(eras.at(3), (Era{s("平成"), s("H"), QDate(1989, 1, 8)}));
    EXPECT_EQ(eras.at(4), (Era{s("令和"), s("R"), QDate(2019, 5, 1)}));
}

TEST(WarekiTable, ReadsAnyTableSortedByFirstDay)
{
    // A future era needs only one more entry; the order in the file does not matter.
    const QList<Era> eras = Wareki::erasFromJson(R"({"eras": [
        {"name": "未来", "abbreviation": "X", "firstDay": "2050-06-01"},
        {"name": "令和", "abbreviation": "R", "firstDay": "2019-05-01"}]})");
    ASSERT_EQ(eras.size(), 2);
    EXPECT_EQ(eras.at(0).name, s("令和"));
    EXPECT_EQ(eras.at(1).name, s("未来"));
    EXPECT_EQ(eras.at(1).firstDay, QDate(2050, 6, 1));
}

TEST(WarekiTable, RejectsBrokenTables)
{
    EXPECT_TRUE(Wareki::erasFromJson("not json").isEmpty());
    EXPECT_TRUE(Wareki::erasFromJson(R"({"eras": []})").isEmpty());
    EXPECT_TRUE(Wareki::erasFromJson(R"({"eras": [{"name": "令和", "abbreviation": "R"}]})").isEmpty());
    EXPECT_TRUE(
        Wareki::erasFromJson(R"({"eras": [{"name": "令和", "abbreviation": "RR", "firstDay": "2019-05-01"}]})")
            .isEmpty());
    EXPECT_TRUE(
        Wareki::erasFromJson(R"({"eras": [{"name": "", "abbreviation": "R", "firstDay": "2019-05-01"}]})")
            .isEmpty());
    EXPECT_TRUE(
        Wareki::erasFromJson(R"({"eras": [{"name": "令和", "abbreviation": "R", "firstDay": "2019-02-30"}]})")
            .isEmpty());
    // Duplicate abbreviation: R7.4.1 would be ambiguous.
    EXPECT_TRUE(Wareki::erasFromJson(R"({"eras": [
        {"name": "令和", "abbreviation": "R", "firstDay": "2019-05-01"},
        {"name": "未来", "abbreviation": "R", "firstDay": "2050-06-01"}]})")
                    .isEmpty());
}

TEST(WarekiTable, EraOfAndEraYear)
{
    EXPECT_EQ(Wareki::eraOf(QDate(1989, 1, 7))->name, s("昭和"));
    EXPECT_EQ(Wareki::eraOf(QDate(1989, 1, 8))->name, s("平成"));
    EXPECT_EQ(Wareki::eraOf(QDate(2019, 4, 30))->name, s("平成"));
    EXPECT_EQ(Wareki::eraOf(QDate(2019, 5, 1))->name, s("令和"));
    EXPECT_FALSE(Wareki::eraOf(QDate(1868, 1, 24)).has_value());
    EXPECT_FALSE(Wareki::eraOf(QDate()).has_value());
    EXPECT_EQ(Wareki::eraYear(QDate(1989, 1, 7)), 64);
    EXPECT_EQ(Wareki::eraYear(QDate(2025, 4, 1)), 7);
    EXPECT_EQ(Wareki::eraYear(QDate(1800, 1, 1)), 0);
}

TEST(WarekiFormat, EraBoundaries)
{
    EXPECT_EQ(Wareki::formatLong(QDate(1989, 1, 7)), s("昭和64年1月7日"));
    EXPECT_EQ(Wareki::formatShort(QDate(1989, 1, 7)), s("S64.1.7"));
    EXPECT_EQ(Wareki::formatLong(QDate(1989, 1, 8)), s("平成元年1月8日"));
    EXPECT_EQ(Wareki::formatShort(QDate(1989, 1, 8)), s("H1.1.8"));
    EXPECT_EQ(Wareki::formatLong(QDate(2019, 4, 30)), s("平成31年4月30日"));
    EXPECT_EQ(Wareki::formatShort(QDate(2019, 4, 30)), s("H31.4.30"));
    EXPECT_EQ(Wareki::formatLong(QDate(2019, 5, 1)), s("令和元年5月1日"));
    EXPECT_EQ(Wareki::formatShort(QDate(2019, 5, 1)), s("R1.5.1"));
    EXPECT_EQ(Wareki::formatLong(QDate(2020, 1, 1)), s("令和2年1月1日"));
    EXPECT_EQ(Wareki::formatLong(QDate(1926, 12, 24)), s("大正15年12月24日"));
    EXPECT_EQ(Wareki::formatLong(QDate(1926, 12, 25)), s("昭和元年12月25日"));
    EXPECT_EQ(Wareki::formatLong(QDate(1912, 7, 29)), s("明治45年7月29日"));
    EXPECT_EQ(Wareki::formatShort(QDate(1912, 7, 30)), s("T1.7.30"));
    EXPECT_EQ(Wareki::formatLong(QDate(1868, 1, 25)), s("明治元年1月25日"));
}

TEST(WarekiFormat, BeforeMeijiFallsBackToSeireki)
{
    EXPECT_EQ(Wareki::formatLong(QDate(1868, 1, 24)), s("1868年1月24日"));
    EXPECT_EQ(Wareki::formatShort(QDate(1800, 12, 31)), s("1800/12/31"));
    EXPECT_EQ(Wareki::format(QDate(1800, 12, 31), Style::Both, false), s("1800年12月31日"));
}

TEST(WarekiFormat, InvalidDateGivesEmptyString)
{
    EXPECT_TRUE(Wareki::formatLong(QDate()).isEmpty());
    EXPECT_TRUE(Wareki::formatShort(QDate()).isEmpty());
    EXPECT_TRUE(Wareki::formatAsOf(QDate()).isEmpty());
}

TEST(WarekiFormat, Styles)
{
    const QDate d(2025, 4, 1);
    EXPECT_EQ(Wareki::format(d, Style::Wareki, false), s("令和7年4月1日"));
    EXPECT_EQ(Wareki::format(d, Style::Wareki, true), s("R7.4.1"));
    EXPECT_EQ(Wareki::format(d, Style::Seireki, false), s("2025年4月1日"));
    EXPECT_EQ(Wareki::format(d, Style::Seireki, true), s("2025/4/1"));
    EXPECT_EQ(Wareki::format(d, Style::Both, false), s("2025年（令和7年）4月1日"));
    EXPECT_EQ(Wareki::format(d, Style::Both, true), s("2025(R7)/4/1"));
    EXPECT_EQ(Wareki::format(QDate(2019, 5, 1), Style::Both, false), s("2019年（令和元年）5月1日"));
    EXPECT_EQ(Wareki::format(QDate(2019, 5, 1), Style::Both, true), s("2019(R1)/5/1"));
}

TEST(WarekiFormat, AsOf)
{
    EXPECT_EQ(Wareki::formatAsOf(QDate(2025, 4, 1)), s("令和7年4月1日現在"));
    EXPECT_EQ(Wareki::formatAsOf(QDate(2019, 5, 1)), s("令和元年5月1日現在"));
    EXPECT_EQ(Wareki::formatAsOf(QDate(2025, 4, 1), Style::Seireki), s("2025年4月1日現在"));
}

TEST(WarekiFiscalYear, TurnsOnFirstApril)
{
    EXPECT_EQ(Wareki::fiscalYear(QDate(2025, 3, 31)), 2024);
    EXPECT_EQ(Wareki::fiscalYear(QDate(2025, 4, 1)), 2025);
    EXPECT_EQ(Wareki::fiscalYear(QDate(2025, 12, 31)), 2025);
    EXPECT_EQ(Wareki::fiscalYear(QDate(2026, 1, 1)), 2025);
    EXPECT_EQ(Wareki::fiscalYear(QDate(2026, 3, 31)), 2025);
    EXPECT_EQ(Wareki::fiscalYear(QDate()), 0);
    EXPECT_EQ(Wareki::fiscalYearStart(2025), QDate(2025, 4, 1));
    EXPECT_EQ(Wareki::fiscalYearEnd(2025), QDate(2026, 3, 31));
}

TEST(WarekiFiscalYear, Names)
{
    EXPECT_EQ(Wareki::formatFiscalYear(2025), s("令和7年度"));
    EXPECT_EQ(Wareki::formatFiscalYear(Wareki::fiscalYear(QDate(2025, 3, 31))), s("令和6年度"));
    EXPECT_EQ(Wareki::formatFiscalYear(2020), s("令和2年度"));
    EXPECT_EQ(Wareki::formatFiscalYear(2018), s("平成30年度"));
    // 昭和 ended on 1989-01-07, inside FY1988: that year keeps the name of its 1 April
    // under either rule, and FY1989 is 平成元年度.
    EXPECT_EQ(Wareki::formatFiscalYear(1988, Rule::Reiwa), s("昭和63年度"));
    EXPECT_EQ(Wareki::formatFiscalYear(1988, Rule::Heisei), s("昭和63年度"));
    EXPECT_EQ(Wareki::formatFiscalYear(1989, Rule::Reiwa), s("平成元年度"));
    EXPECT_EQ(Wareki::formatFiscalYear(1989, Rule::Heisei), s("平成元年度"));
    EXPECT_EQ(Wareki::formatFiscalYear(1867), s("1867年度"));
}

TEST(WarekiFiscalYear, Fy2019BothWays)
{
    EXPECT_EQ(Wareki::formatFiscalYear(2019), s("令和元年度"));
    EXPECT_EQ(Wareki::formatFiscalYear(2019, Rule::Reiwa), s("令和元年度"));
    EXPECT_EQ(Wareki::formatFiscalYear(2019, Rule::Heisei), s("平成31年度"));
    EXPECT_EQ(Wareki::formatFiscalYear(2019, Style::Both, Rule::Heisei), s("2019年度（平成31年度）"));
    EXPECT_EQ(Wareki::formatFiscalYear(2019, Style::Both), s("2019年度（令和元年度）"));
    EXPECT_EQ(Wareki::formatFiscalYear(2019, Style::Seireki), s("2019年度"));
    // The years around it are not affected by the rule.
    EXPECT_EQ(Wareki::formatFiscalYear(2018, Rule::Reiwa), s("平成30年度"));
    EXPECT_EQ(Wareki::formatFiscalYear(2020, Rule::Heisei), s("令和2年度"));
}

TEST(WarekiParse, AcceptedForms)
{
    const QDate d(2025, 4, 1);
    for (const char *text : {"令和7年4月1日", "R7.4.1", "r7.4.1", "R7/4/1", "R07.04.01", "令和7.4.1", "2025/4/1",
                             "2025-04-01", "2025.4.1", "2025年4月1日", "2025年（令和7年）4月1日",
                             "2025(R7)/4/1", "２０２５／４／１", "令和７年４月１日", "Ｒ７．４．１",
                             "  2025/4/1  ", "\t令和7年4月1日\n", "　R7.4.1　", "令和 7年 4月 1日",
                             "2025年 4月 1日"}) {
        EXPECT_EQ(Wareki::parse(s(text)), d) << text;
    }
}

TEST(WarekiParse, EraBoundariesAndGannen)
{
    EXPECT_EQ(Wareki::parse(s("令和元年5月1日")), QDate(2019, 5, 1));
    EXPECT_EQ(Wareki::parse(s("令和1年5月1日")), QDate(2019, 5, 1));
    EXPECT_EQ(Wareki::parse(s("R1.5.1")), QDate(2019, 5, 1));
    EXPECT_EQ(Wareki::parse(s("R元.5.1")), QDate(2019, 5, 1));
    EXPECT_EQ(Wareki::parse(s("平成元年1月8日")), QDate(1989, 1, 8));
    EXPECT_EQ(Wareki::parse(s("H31.4.30")), QDate(2019, 4, 30));
    EXPECT_EQ(Wareki::parse(s("h31.4.30")), QDate(2019, 4, 30));
    EXPECT_EQ(Wareki::parse(s("S64.1.7")), QDate(1989, 1, 7));
    EXPECT_EQ(Wareki::parse(s("昭和64年1月7日")), QDate(1989, 1, 7));
    EXPECT_EQ(Wareki::parse(s("2019年（令和元年）5月1日")), QDate(2019, 5, 1));
    EXPECT_EQ(Wareki::parse(s("M45.7.29")), QDate(1912, 7, 29));
    EXPECT_EQ(Wareki::parse(s("T1.7.30")), QDate(1912, 7, 30));
}

TEST(WarekiParse, LeapDays)
{
    EXPECT_EQ(Wareki::parse(s("R2.2.29")), QDate(2020, 2, 29));
    EXPECT_EQ(Wareki::parse(s("令和2年2月29日")), QDate(2020, 2, 29));
    EXPECT_FALSE(Wareki::parse(s("R3.2.29")).isValid());
    EXPECT_FALSE(Wareki::parse(s("令和3年2月29日")).isValid());
    EXPECT_EQ(Wareki::parse(s("2000/2/29")), QDate(2000, 2, 29));
    EXPECT_FALSE(Wareki::parse(s("1900/2/29")).isValid());
}

TEST(WarekiParse, Rejections)
{
    for (const char *text : {
             "", "   ", "abc", "令和", "R7", "R7.4", "2025/4", "2025", "25/4/1",
             // outside its era
             "平成31年5月1日", "H31.5.1", "令和1年4月30日", "R1.4.30", "昭和64年1月8日", "S64.1.8",
             "平成0年1月8日", "令和0年5月1日", "R0.5.1", "明治元年1月1日",
             // days that do not exist
             "2025年2月30日", "令和7年2月30日", "R7.2.30", "2025/2/30", "2025/13/1", "2025/4/31", "R7.0.1",
             "2025/4/0",
             // unknown era, mixed separators, era not matching the Gregorian year
             "X7.4.1", "Q7.4.1", "2025/4-1", "R7.4/1", "2025年（平成37年）4月1日", "2019(H31)/5/1",
             "2025年4月1日現在", "令和7年4月1", "R7.4.1.", "-2025/4/1", "2025/4/1x"}) {
        EXPECT_FALSE(Wareki::parse(s(text)).isValid()) << text;
        EXPECT_FALSE(Wareki::tryParse(s(text)).has_value()) << text;
    }
}

TEST(WarekiParse, TryParse)
{
    EXPECT_EQ(Wareki::tryParse(s("R7.4.1")), QDate(2025, 4, 1));
    EXPECT_EQ(Wareki::tryParse(s("R7.2.30")), std::nullopt);
}

// Every day of 平成 and 令和 (and the last days of 昭和) survives a round trip in
// every style, both forms.
TEST(WarekiParse, RoundTripEveryDay1989To2030)
{
    int failures = 0;
    const QDate last(2030, 12, 31);
    int days = 0;
    for (QDate d(1989, 1, 1); d <= last && failures < 10; d = d.addDays(1), ++days) {
        for (const Style style : {Style::Wareki, Style::Seireki, Style::Both}) {
            for (const bool shortForm : {false, true}) {
                const QString text = Wareki::format(d, style, shortForm);
                const QDate back = Wareki::parse(text);
                if (back != d) {
                    ++failures;
                    ADD_FAILURE() << text.toStdString() << " parsed as " << back.toString(Qt::ISODate).toStdString()
                                  << ", expected " << d.toString(Qt::ISODate).toStdString();
                }
            }
        }
    }
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(days, QDate(1989, 1, 1).daysTo(last) + 1);
}
