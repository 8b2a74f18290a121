#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>

#include <cstring>

namespace daicho {

/// Writes `s` as UTF-8 at `out` (room for 3 bytes per UTF-16 unit) and returns the end: the
/// same bytes as QString::toUtf8(), without a QByteArray per string. Hashes and stored text
/// depend on these bytes, so a lone surrogate becomes '?' as toUtf8() makes it (a
/// QStringEncoder would write U+FFFD).
inline char *appendUtf8(char *out, QStringView s)
{
    for (const QChar c : s) {
        if (c.isSurrogate()) { // rare: take Qt's own conversion
            const QByteArray utf8 = s.toUtf8();
            std::memcpy(out, utf8.constData(), size_t(utf8.size()));
            return out + utf8.size();
        }
    }
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    return encoder.appendToBuffer(out, s);
}

} // namespace daicho
