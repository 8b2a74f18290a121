#include "core/wareki.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace daicho {

namespace {

Q_LOGGING_CATEGORY(lcWareki, "daicho.wareki")

const QString kEraFile = QStringLiteral(":/data/eras.json");

// Index of the era in force on a date, or -1. The table is short (a handful of
// eras), so a backwards scan is simpler than a binary search and as fast.
qsizetype eraIndex(const QList<Era> &eras, QDate date)
{
    if (!date.isValid())
        return -1;
    for (qsizetype i = eras.size() - 1; i >= 0; --i) {
        if (eras.at(i).firstDay <= date)
            return i;
    }
    return -1;
}

int yearInEra(const Era &era, int gregorianYear) { return gregorianYear - era.firstDay.year() + 1; }

// 元年 in formal text; the abbreviated form keeps the digit (R1.5.1, domain.md §5.1).
QString longYear(int eraYear) { return eraYear == 1 ? QStringLiteral("元") : QString::number(eraYear); }

QString seirekiLong(QDate d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString seirekiShort(QDate d) { return QStringLiteral("%1/%2/%3").arg(d.year()).arg(d.month()).arg(d.day()); }

// Reads the parts of typed or imported dates. Built once from the era table, so a
// new era in eras.json is accepted without code change.
class DateParser {
public:
    explicit DateParser(const QList<Era> &eras) : mEras(eras)
    {
        QStringList names;
        for (const Era &e : eras)
            names << QRegularExpression::escape(e.name);
        // Longest first, in case one era name ever begins with another.
        std::sort(names.begin(), names.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        const QString name = names.isEmpty() ? QStringLiteral("(?!)") : names.join(QLatin1Char('|'));
        const QString s = QStringLiteral("\\s*");
        const QString year = QStringLiteral("(元|\\d{1,3})");
        const QString num = QStringLiteral("(\\d{1,2})");
        const QString sep = QStringLiteral("([./-])");
        const auto opts = QRegularExpression::CaseInsensitiveOption;

        // 令和7年4月1日
        mEraLong.setPattern(QStringLiteral("^(%1)%2%3%2年%2%4%2月%2%4%2日$").arg(name, s, year, num));
        // R7.4.1, 令和7.4.1 (公用文's 昭和24.4.1); the same separator twice.
        mEraShort.setPattern(
            QStringLiteral("^(%1|[A-Z])%2%3%2%4%2%5%2\\3%2%5$").arg(name, s, year, sep, num));
        // 2025年4月1日 and 2025年（令和7年）4月1日
        mSeirekiLong.setPattern(QStringLiteral("^(\\d{4})%2年%2(?:\\(%2(%1)%2%3%2年%2\\)%2)?%4%2月%2%4%2日$")
                                    .arg(name, s, year, num));
        // 2025/4/1, 2025-04-01, 2025.4.1 and 2025(R7)/4/1
        mSeirekiShort.setPattern(QStringLiteral("^(\\d{4})%2(?:\\(%2(%1|[A-Z])%2%3%2\\)%2)?%4%2%5%2\\4%2%5$")
                                     .arg(name, s, year, sep, num));
        for (QRegularExpression *re : {&mEraLong, &mEraShort, &mSeirekiLong, &mSeirekiShort}) {
            re->setPatternOptions(opts);
            Q_ASSERT(re->isValid());
        }
    }

    QDate parse(const QString &text) const
    {
        const QString t = normalize(text);
        if (t.isEmpty())
            return {};
        if (const auto m = mEraLong.match(t); m.hasMatch())
            return eraDate(m.captured(1), m.captured(2), m.captured(3), m.captured(4));
        if (const auto m = mEraShort.match(t); m.hasMatch())
            return eraDate(m.captured(1), m.captured(2), m.captured(4), m.captured(5));
        if (const auto m = mSeirekiLong.match(t); m.hasMatch())
            return seirekiDate(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5));
        if (const auto m = mSeirekiShort.match(t); m.hasMatch())
            return seirekiDate(m.captured(1), m.captured(2), m.captured(3), m.captured(5), m.captured(6));
        return {};
    }

private:
    // Full-width digits, slashes and parentheses (what a Japanese IME types) become
    // ASCII through NFKC, which also expands the square era signs ㍻ and ㋿.
    // NFKC leaves the Unicode dashes alone, so map the ones spreadsheets produce.
    static QString normalize(const QString &text)
    {
        QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
        for (QChar &c : t) {
            const char16_t u = c.unicode();
            if ((u >= 0x2010 && u <= 0x2015) || u == 0x2212)
                c = QLatin1Char('-');
        }
        return t;
    }

    const Era *findEra(const QString &nameOrAbbreviation) const
    {
        for (const Era &e : mEras) {
            if (e.name == nameOrAbbreviation
                || e.abbreviation.compare(nameOrAbbreviation, Qt::CaseInsensitive) == 0)
                return &e;
        }
        return nullptr;
    }

    static int yearNumber(const QString &year) { return year == QStringLiteral("元") ? 1 : year.toInt(); }

    // The date must fall inside the named era: 平成31年5月1日 does not exist.
    QDate eraDate(const QString &eraText, const QString &yearText, const QString &month, const QString &day) const
    {
        const Era *era = findEra(eraText);
        const int y = yearNumber(yearText);
        if (!era || y < 1)
            return {};
        const QDate d(era->firstDay.year() + y - 1, month.toInt(), day.toInt());
        const qsizetype i = eraIndex(mEras, d);
        if (i < 0 || mEras.at(i).name != era->name)
            return {};
        return d;
    }

    // The era in parentheses, when given, must agree with the Gregorian date.
    QDate seirekiDate(const QString &yearText, const QString &eraText, const QString &eraYearText,
                      const QString &month, const QString &day) const
    {
        const QDate d(yearText.toInt(), month.toInt(), day.toInt());
        if (!d.isValid() || eraText.isEmpty())
            return d;
        if (eraDate(eraText, eraYearText, month, day) != d)
            return {};
        return d;
    }

    const QList<Era> &mEras;
    QRegularExpression mEraLong;
    QRegularExpression mEraShort;
    QRegularExpression mSeirekiLong;
    QRegularExpression mSeirekiShort;
};

const DateParser &parser()
{
    static const DateParser instance(Wareki::eras());
    return instance;
}

} // namespace

const QList<Era> &Wareki::eras()
{
    // A function-local static: initialised once, thread-safe, and only when first used.
    static const QList<Era> table = [] {
        QFile file(kEraFile);
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcWareki) << "cannot open the era table" << kEraFile << file.errorString();
            return QList<Era>{};
        }
        return erasFromJson(file.readAll());
    }();
    return table;
}

QList<Era> Wareki::erasFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull()) {
        qCCritical(lcWareki) << "era table is not valid JSON:" << error.errorString();
        return {};
    }
    const QJsonValue list = doc.object().value(QLatin1String("eras"));
    if (!list.isArray() || list.toArray().isEmpty()) {
        qCCritical(lcWareki) << "era table has no \"eras\" array";
        return {};
    }

    static const QRegularExpression letter(QStringLiteral("^[A-Z]$"));
    QList<Era> eras;
    QSet<QString> names;
    QSet<QString> abbreviations;
    QSet<QDate> firstDays;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        Era era;
        era.name = o.value(QLatin1String("name")).toString().trimmed();
        era.abbreviation = o.value(QLatin1String("abbreviation")).toString();
        era.firstDay = QDate::fromString(o.value(QLatin1String("firstDay")).toString(), Qt::ISODate);
        if (era.name.isEmpty() || !letter.match(era.abbreviation).hasMatch() || !era.firstDay.isValid()) {
            qCCritical(lcWareki) << "era table entry is incomplete or invalid:" << o;
            return {};
        }
        // A duplicate would make parsing ambiguous (R7 or 令和7 of which era?).
        if (names.contains(era.name) || abbreviations.contains(era.abbreviation)
            || firstDays.contains(era.firstDay)) {
            qCCritical(lcWareki) << "era table has a duplicate entry:" << o;
            return {};
        }
        names.insert(era.name);
        abbreviations.insert(era.abbreviation);
        firstDays.insert(era.firstDay);
        eras.append(era);
    }
    std::sort(eras.begin(), eras.end(), [](const Era &a, const Era &b) { return a.firstDay < b.firstDay; });
    return eras;
}

std::optional<Era> Wareki::eraOf(QDate date)
{
    const QList<Era> &table = eras();
    const qsizetype i = eraIndex(table, date);
    if (i < 0)
        return std::nullopt;
    return table.at(i);
}

int Wareki::eraYear(QDate date)
{
    const std::optional<Era> era = eraOf(date);
    return era ? yearInEra(*era, date.year()) : 0;
}

QString Wareki::formatLong(QDate date) { return format(date, DateStyle::Wareki, false); }

QString Wareki::formatShort(QDate date) { return format(date, DateStyle::Wareki, true); }

QString Wareki::format(QDate date, DateStyle style, bool shortForm)
{
    if (!date.isValid())
        return {};
    const std::optional<Era> era = eraOf(date);
    if (!era || style == DateStyle::Seireki)
        return shortForm ? seirekiShort(date) : seirekiLong(date);

    const int y = yearInEra(*era, date.year());
    if (style == DateStyle::Wareki) {
        if (shortForm)
            return QStringLiteral("%1%2.%3.%4").arg(era->abbreviation).arg(y).arg(date.month()).arg(date.day());
        return QStringLiteral("%1%2年%3月%4日").arg(era->name, longYear(y)).arg(date.month()).arg(date.day());
    }
    // Both: the era year follows the Gregorian year, as municipal documents print it.
    if (shortForm) {
        return QStringLiteral("%1(%2%3)/%4/%5")
            .arg(date.year())
            .arg(era->abbreviation)
            .arg(y)
            .arg(date.month())
            .arg(date.day());
    }
    return QStringLiteral("%1年（%2%3年）%4月%5日")
        .arg(QString::number(date.year()), era->name, longYear(y))
        .arg(date.month())
        .arg(date.day());
}

QString Wareki::formatAsOf(QDate date, DateStyle style)
{
    if (!date.isValid())
        return {};
    return format(date, style, false) + QStringLiteral("現在");
}

int Wareki::fiscalYear(QDate date)
{
    if (!date.isValid())
        return 0;
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

QDate Wareki::fiscalYearStart(int fiscalYear) { return QDate(fiscalYear, 4, 1); }

QDate Wareki::fiscalYearEnd(int fiscalYear) { return QDate(fiscalYear + 1, 3, 31); }

QString Wareki::formatFiscalYear(int fiscalYear, Fy2019Rule rule)
{
    return formatFiscalYear(fiscalYear, DateStyle::Wareki, rule);
}

QString Wareki::formatFiscalYear(int fiscalYear, DateStyle style, Fy2019Rule rule)
{
    const QString seireki = QStringLiteral("%1年度").arg(fiscalYear);
    const QList<Era> &table = eras();
    qsizetype i = eraIndex(table, fiscalYearStart(fiscalYear));
    if (style == DateStyle::Seireki || i < 0)
        return seireki;

    // An era that begins later in the same calendar year (令和, 2019-05-01) makes this
    // fiscal year its 元年度 under the Reiwa rule. One that begins in January–March
    // belongs to the next fiscal year anyway, which its 1 April already names.
    if (rule == Fy2019Rule::Reiwa && i + 1 < table.size()
        && table.at(i + 1).firstDay.year() == fiscalYear)
        ++i;
    const Era &era = table.at(i);
    const QString wareki = QStringLiteral("%1%2年度").arg(era.name, longYear(yearInEra(era, fiscalYear)));
    if (style == DateStyle::Both)
        return seireki + QStringLiteral("（") + wareki + QStringLiteral("）");
    return wareki;
}

QDate Wareki::parse(const QString &text) { return parser().parse(text); }

std::optional<QDate> Wareki::tryParse(const QString &text)
{
    const QDate d = parse(text);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

} // namespace daicho
