#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace daicho {

/// One Japanese era (元号) of the era table.
struct Era {
    QString name;         ///< 令和
    QString abbreviation; ///< R: one Latin capital letter
    QDate firstDay;       ///< Gregorian day of 元年; the previous era ends the day before

    bool operator==(const Era &o) const = default;
};

/// 和暦 (Japanese era dates) and 年度 (April–March fiscal years), domain.md §5.1–5.2.
///
/// Qt has no Japanese calendar, so this converts itself. The eras are data
/// (":/data/eras.json", loaded once) so that a future 改元 needs no code change.
/// Dates are stored as ISO dates everywhere; these functions are for display,
/// print and input only.
///
/// The output is document text in Japanese notation (令和7年4月1日, R7.4.1, 2025年4月1日),
/// not UI text: it does not go through tr(), because switching the UI language must
/// not change what prints on an official ledger.
class Wareki {
public:
    enum class DateStyle {
        Wareki,  ///< 令和7年4月1日 / R7.4.1
        Seireki, ///< 2025年4月1日 / 2025/4/1
        Both,    ///< 2025年（令和7年）4月1日 / 2025(R7)/4/1
    };

    /// How to name a fiscal year in which a new era begins (FY2019: 2019-04-01 was
    /// still 平成31年, 令和 began on 2019-05-01). Applies to any era that begins after
    /// 1 April and before the next 1 January, so a future 改元 follows the same setting.
    enum class Fy2019Rule {
        Reiwa,  ///< by the new era: 令和元年度 (the product owner's default)
        Heisei, ///< by the era in force on 1 April: 平成31年度
    };

    // Era table

    /// The eras, oldest first. Empty only if the built-in table is broken (logged).
    static const QList<Era> &eras();
    /// Reads an era table in the format of eras.json; entries come back sorted by
    /// first day. Returns an empty list (and logs why) if the table is not usable:
    /// bad JSON, a missing or invalid field, a duplicate name, abbreviation or first day.
    static QList<Era> erasFromJson(const QByteArray &json);
    /// The era in force on a date; nullopt before the first era or for an invalid date.
    static std::optional<Era> eraOf(QDate date);
    /// The year of the era in force on a date (1 = 元年); 0 if there is none.
    static int eraYear(QDate date);

    // Formatting. An invalid date gives an empty string; a date before the first
    // era falls back to 西暦.

    /// 令和7年4月1日; year 1 is 令和元年5月1日.
    static QString formatLong(QDate date);
    /// R7.4.1; year 1 is R1.5.1.
    static QString formatShort(QDate date);
    /// Any style, long or short form (see DateStyle for the forms).
    static QString format(QDate date, DateStyle style, bool shortForm);
    /// 令和7年4月1日現在 (the as-of line of a printed ledger).
    static QString formatAsOf(QDate date, DateStyle style = DateStyle::Wareki);

    // Fiscal years (年度), April to March, named by the year in which they begin.

    /// 2025-04-01 … 2026-03-31 → 2025; 0 for an invalid date.
    static int fiscalYear(QDate date);
    /// First day (1 April) of a fiscal year.
    static QDate fiscalYearStart(int fiscalYear);
    /// Last day (31 March of the next year) of a fiscal year.
    static QDate fiscalYearEnd(int fiscalYear);
    /// 令和7年度. A fiscal year is named by the era in force on its 1 April, except
    /// one in which a new era begins (see Fy2019Rule). Before the first era: 1867年度.
    static QString formatFiscalYear(int fiscalYear, Fy2019Rule rule = Fy2019Rule::Reiwa);
    /// Seireki: 2025年度; Both: 2025年度（令和7年度）; Wareki: as above.
    static QString formatFiscalYear(int fiscalYear, DateStyle style,
                                    Fy2019Rule rule = Fy2019Rule::Reiwa);

    // Parsing

    /// Reads a date typed by a user or found in an imported file:
    /// 令和7年4月1日, 令和元年5月1日, R7.4.1 (any case, also R7/4/1, 令和7.4.1),
    /// 2025/4/1, 2025-04-01, 2025.4.1, 2025年4月1日, 2025年（令和7年）4月1日, 2025(R7)/4/1;
    /// full-width characters and spaces around and between the parts are accepted.
    /// Returns an invalid QDate for anything else, including a day that does not
    /// exist and an era date outside its era (平成31年5月1日, 令和0年…).
    static QDate parse(const QString &text);
    /// As parse(), nullopt instead of an invalid date.
    static std::optional<QDate> tryParse(const QString &text);
};

} // namespace daicho
