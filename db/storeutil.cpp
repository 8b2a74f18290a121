#include "db/storeutil.h"

namespace daicho {

QVariant dateValue(const QDate &d)
{
    if (!d.isValid())
        return QVariant();
    // QDate::toString goes through printf-style formatting; bulk imports write
    // hundreds of thousands of dates.
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (y < 1 || y > 9999)
        return QVariant(d.toString(Qt::ISODate));
    char buf[11] = {char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10), '-',
                    char('0' + m / 10), char('0' + m % 10), '-', char('0' + day / 10), char('0' + day % 10), 0};
    return QVariant(QString::fromLatin1(buf, 10));
}

QDate toDate(const QVariant &v) { return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate); }

QVariant idValue(Id id) { return id > 0 ? QVariant(id) : QVariant(); }

// Qt binds a null QString as SQL NULL; text columns are NOT NULL, so bind "" instead.
QString txt(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

QList<FieldChange> diff(const QJsonObject &before, const QJsonObject &after, const QStringList &ignore)
{
    QList<FieldChange> out;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (ignore.contains(it.key()) || it.key() == QLatin1String("id"))
            continue;
        const QJsonValue old = before.value(it.key());
        if (old != it.value())
            out.append({it.key(), old, it.value()});
    }
    // Fields written only when set (an asset's places) disappear when cleared. A delete
    // (an empty `after`) records no fields, as it always has.
    if (!after.isEmpty()) {
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            if (!after.contains(it.key()) && !ignore.contains(it.key()))
                out.append({it.key(), it.value(), QJsonValue(QJsonValue::Undefined)});
        }
    }
    return out;
}

QString insertSql(const QString &table, const QString &columns, bool withId)
{
    const QString cols = withId ? columns : columns.mid(columns.indexOf(QLatin1Char(',')) + 2);
    const QStringList marks(cols.count(QLatin1Char(',')) + 1, QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1(%2) VALUES(%3)").arg(table, cols, marks.join(QLatin1Char(',')));
}

QString updateSql(const QString &table, const QString &columns)
{
    QString sets = columns.mid(columns.indexOf(QLatin1Char(',')) + 2);
    sets.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
    return QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, sets);
}

QList<FieldChange> allFields(const QJsonObject &row)
{
    return diff(QJsonObject(), row);
}



QString encodePoint(QPoint p) { return QString::number(p.x()) + QLatin1Char(',') + QString::number(p.y()); }
std::optional<QPoint> decodePoint(QStringView s)
{
    const qsizetype comma = s.indexOf(QLatin1Char(','));
    bool okX = false, okY = false;
    const int x = comma > 0 ? s.left(comma).toInt(&okX) : 0;
    const int y = comma > 0 ? s.mid(comma + 1).toInt(&okY) : 0;
    if (!okX || !okY)
        return std::nullopt;
    return QPoint(x, y);
}
QString encodeOutline(const QList<QPoint> &outline)
{
    QStringList parts;
    for (const QPoint &p : outline)
        parts.append(encodePoint(p));
    return parts.join(QLatin1Char(' '));
}
QList<QPoint> decodeOutline(const QString &s)
{
    QList<QPoint> out;
    for (const QStringView part : QStringView(s).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const std::optional<QPoint> p = decodePoint(part);
        if (!p)
            return {};
        out.append(*p);
    }
    return out;
}

} // namespace daicho
