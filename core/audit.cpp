#include "core/audit.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <cstdio>

namespace daicho {

namespace {

// A compact, canonical serialisation for hashing: the same bytes as
// QJsonDocument::toJson(Compact) gives for these values, written directly because
// a bulk import hashes every row and QJsonDocument would dominate its time.
void writeString(QByteArray &out, const QString &s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    bool plain = true;
    for (const char c : utf8) {
        if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) {
            plain = false;
            break;
        }
    }
    if (plain) {
        out += utf8;
        out += '"';
        return;
    }
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void writeValue(QByteArray &out, const QJsonValue &v);

void writeObject(QByteArray &out, const QJsonObject &o)
{
    out += '{';
    bool first = true;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!first)
            out += ',';
        first = false;
        writeString(out, it.key());
        out += ':';
        writeValue(out, it.value());
    }
    out += '}';
}

void writeValue(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 i = v.toInteger();
        if (double(i) == d)
            out += QByteArray::number(i);
        else
            out += QByteArray::number(d, 'g', 17);
        break;
    }
    case QJsonValue::String:
        writeString(out, v.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += ',';
            writeValue(out, a.at(i));
        }
        out += ']';
        break;
    }
    case QJsonValue::Object:
        writeObject(out, v.toObject());
        break;
    }
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

QString AuditEntry::computeHash() const
{
    // The same canonical object as before, keys in sorted order.
    QByteArray b;
    b.reserve(512);
    b += "{\"action\":";
    writeString(b, action);
    b += ",\"at\":";
    writeString(b, at.toUTC().toString(Qt::ISODateWithMs));
    b += ",\"changes\":";
    writeValue(b, changesToJson());
    b += ",\"entity\":";
    writeString(b, entity);
    b += ",\"entityId\":";
    b += QByteArray::number(entityId);
    b += ",\"osUser\":";
    writeString(b, osUser);
    b += ",\"person\":";
    writeString(b, person);
    b += ",\"prevHash\":";
    writeString(b, prevHash);
    b += ",\"rowHash\":";
    writeString(b, rowHash);
    b += ",\"seq\":";
    b += QByteArray::number(seq);
    b += '}';
    return sha256Hex(b);
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
    writeObject(b, row);
    return sha256Hex(b);
}

} // namespace daicho
