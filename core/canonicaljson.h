#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace daicho {

/// A compact, canonical JSON writer for hashing: the same bytes as
/// QJsonDocument::toJson(Compact) gives for the same values (keys in sorted order),
/// written directly because a bulk import hashes every row and QJsonDocument
/// would dominate its time.
class CanonicalJson {
public:
    static void appendString(QByteArray &out, const QString &s);
    static void appendValue(QByteArray &out, const QJsonValue &v);
    static void appendObject(QByteArray &out, const QJsonObject &o);
};

} // namespace daicho
