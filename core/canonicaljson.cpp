#include "core/canonicaljson.h"

#include "core/utf8.h"

#include <QJsonArray>

#include <cstdio>

namespace daicho {

// A compact, canonical serialisation for hashing: the same bytes as
// QJsonDocument::toJson(Compact) gives for these values, written directly because
// a bulk import hashes every row and QJsonDocument would dominate its time.
void CanonicalJson::appendString(QByteArray &out, const QString &s)
{
    // Encoded straight onto the end of `out` (the audit log hashes a few dozen strings per
    // row: no temporary per string); escaped afterwards in the rare string that needs it.
    const qsizetype start = out.size() + 1;
    out.resize(start + 3 * s.size() + 1); // UTF-8 takes at most 3 bytes per UTF-16 unit
    out[start - 1] = '"';
    char *const begin = out.data() + start;
    char *const end = appendUtf8(begin, s);
    bool plain = true;
    for (const char *c = begin; c != end; ++c) {
        if (*c == '"' || *c == '\\' || static_cast<unsigned char>(*c) < 0x20) {
            plain = false;
            break;
        }
    }
    if (plain) {
        *end = '"';
        out.truncate(end + 1 - out.constData());
        return;
    }
    const QByteArray text(begin, end - begin);
    out.truncate(start);
    for (const char c : text) {
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

void CanonicalJson::appendObject(QByteArray &out, const QJsonObject &o)
{
    out += '{';
    bool first = true;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, it.key());
        out += ':';
        appendValue(out, it.value());
    }
    out += '}';
}

void CanonicalJson::appendValue(QByteArray &out, const QJsonValue &v)
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
        appendString(out, v.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += ',';
            appendValue(out, a.at(i));
        }
        out += ']';
        break;
    }
    case QJsonValue::Object:
        appendObject(out, v.toObject());
        break;
    }
}

} // namespace daicho
