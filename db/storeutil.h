#pragma once

#include "core/audit.h"
#include "core/entities.h"

#include <QJsonObject>
#include <QVariant>

// Helpers shared by the files that implement RegisterStore (not part of its interface).
namespace daicho {

/// ISO "yyyy-MM-dd", or SQL NULL for an invalid date.
QVariant dateValue(const QDate &d);
QDate toDate(const QVariant &v);
/// SQL NULL for 0 ("none").
QVariant idValue(Id id);
/// "" for a null QString: text columns are NOT NULL.
QString txt(const QString &s);
/// The fields of `after` that differ from `before` (a delete records none).
QList<FieldChange> diff(const QJsonObject &before, const QJsonObject &after, const QStringList &ignore = {});
QList<FieldChange> allFields(const QJsonObject &row);
/// "INSERT INTO table(columns) VALUES(?, …)" for a column list that starts with "id, ";
/// without the id when `withId` is false (the database gives it).
QString insertSql(const QString &table, const QString &columns, bool withId);
/// "UPDATE table SET c1 = ?, … WHERE id = ?" for the same column list (the id is not set).
QString updateSql(const QString &table, const QString &columns);
/// Plan points as "x,y" and outlines as "x,y x,y …", whole millimetres. A damaged value reads
/// as nothing rather than as a wrong shape.
QString encodePoint(QPoint p);
std::optional<QPoint> decodePoint(QStringView s);
QString encodeOutline(const QList<QPoint> &outline);
QList<QPoint> decodeOutline(const QString &s);

} // namespace daicho
