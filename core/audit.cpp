#include "core/audit.h"

#include "core/canonicaljson.h"
#include "core/sha256.h"

#include <QJsonDocument>

#include <cstdio>

namespace daicho {

QString AuditEntry::computeHash() const
{
    return computeHash(at.toUTC().toString(Qt::ISODateWithMs));
}

QString AuditEntry::computeHash(const QString &atText) const
{
    // The same canonical object as before, keys in sorted order.
    QByteArray b;
    b.reserve(512);
    b += "{\"action\":";
    CanonicalJson::appendString(b, action);
    b += ",\"at\":";
    CanonicalJson::appendString(b, atText);
    b += ",\"changes\":";
    CanonicalJson::appendValue(b, changesToJson());
    b += ",\"entity\":";
    CanonicalJson::appendString(b, entity);
    b += ",\"entityId\":";
    b += QByteArray::number(entityId);
    b += ",\"osUser\":";
    CanonicalJson::appendString(b, osUser);
    b += ",\"person\":";
    CanonicalJson::appendString(b, person);
    b += ",\"prevHash\":";
    CanonicalJson::appendString(b, prevHash);
    b += ",\"rowHash\":";
    CanonicalJson::appendString(b, rowHash);
    b += ",\"seq\":";
    b += QByteArray::number(seq);
    b += '}';
    return Sha256::hex(b);
}

QJsonArray AuditEntry::changesToJson() const
{
    QJsonArray a;
    for (const FieldChange &c : changes) {
        QJsonObject o;
        o.insert(QStringLiteral("field"), c.field);
        o.insert(QStringLiteral("old"), c.oldValue);
        o.insert(QStringLiteral("new"), c.newValue);
        a.append(o);
    }
    return a;
}

QList<FieldChange> AuditEntry::changesFromJson(const QJsonArray &a)
{
    QList<FieldChange> out;
    out.reserve(a.size());
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("field")).toString(), o.value(QStringLiteral("old")),
                    o.value(QStringLiteral("new"))});
    }
    return out;
}

QString rowHash(const QJsonObject &row)
{
    QByteArray b;
    b.reserve(1024);
    CanonicalJson::appendObject(b, row);
    return Sha256::hex(b);
}

} // namespace daicho
