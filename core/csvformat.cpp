#include "core/csvformat.h"

#include "core/exceptions.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <future>
#include <thread>
#include <vector>

namespace daicho {

namespace {

const char *cp932Name = "CP932";

bool needsQuotes(const QString &field)
{
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            return true;
    }
    return false;
}

void appendField(QString &out, const QString &field)
{
    if (!needsQuotes(field)) {
        out += field;
        return;
    }
    out += QLatin1Char('"');
    for (const QChar c : field) {
        if (c == QLatin1Char('"'))
            out += QLatin1Char('"');
        out += c;
    }
    out += QLatin1Char('"');
}

void appendLine(QString &line, const QStringList &row)
{
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i)
            line += QLatin1Char(',');
        appendField(line, row.at(i));
    }
    line += QLatin1String("\r\n");
}

/// The first character (code point) of `field` that CP932 cannot encode; empty if none.
QString firstUnencodable(const QString &field)
{
    for (qsizetype i = 0; i < field.size();) {
        const qsizetype len = (field.at(i).isHighSurrogate() && i + 1 < field.size()) ? 2 : 1;
        const QString ch = field.mid(i, len);
        QStringEncoder enc(cp932Name, QStringConverter::Flag::Stateless);
        const QByteArray b = enc.encode(ch);
        if (enc.hasError() || b.isEmpty())
            return ch;
        i += len;
    }
    return {};
}

} // namespace

QString CsvFormat::toText(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows)
        appendLine(out, row);
    return out;
}

QByteArray CsvFormat::write(const QList<QStringList> &rows, Encoding encoding)
{
    Writer writer(encoding);
    QByteArray out;
    for (const QStringList &row : rows)
        writer.append(row, out);
    if (rows.isEmpty() && encoding == Encoding::Utf8Bom)
        out = QByteArray("\xEF\xBB\xBF");
    return out;
}

CsvFormat::Writer::Writer(Encoding encoding)
    : mEncoding(encoding)
{
    if (encoding == Encoding::Cp932) {
        mEncoder = std::make_unique<QStringEncoder>(cp932Name);
        if (!mEncoder->isValid())
            throw LogicError(QStringLiteral("this Qt has no CP932 encoder"));
    }
}

CsvFormat::Writer::Writer(Encoding encoding, const QStringList &headers, qsizetype recordsBefore)
    : Writer(encoding == Encoding::Utf8Bom ? Encoding::Utf8 : encoding)
{
    mHeaders = headers;
    mRow = recordsBefore;
}

CsvFormat::Writer::~Writer() = default;

void CsvFormat::Writer::append(const QStringList &row, QByteArray &out)
{
    if (mRow == 0) {
        mHeaders = row;
        if (mEncoding == Encoding::Utf8Bom)
            out += "\xEF\xBB\xBF";
    }
    ++mRow;
    mLine.resize(0);
    appendLine(mLine, row);
    if (!mEncoder) {
        out += mLine.toUtf8();
        return;
    }
    const QByteArray bytes = mEncoder->encode(mLine);
    if (mEncoder->hasError()) {
        mEncoder->resetState();
        // Find the field and the character to name them.
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QString ch = firstUnencodable(row.at(c));
            if (ch.isEmpty())
                continue;
            const QString header = c < mHeaders.size() ? mHeaders.at(c) : QString::number(c + 1);
            throw ValidationError(
                CsvFormat::tr("Row %1, column %2: the character %3 (U+%4) cannot be written in Shift_JIS (CP932). "
                   "Change it or export as UTF-8.")
                    .arg(mRow)
                    .arg(header, ch, QString::number(ch.toUcs4().value(0), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
        }
        throw ValidationError(CsvFormat::tr("Row %1 cannot be written in Shift_JIS (CP932).").arg(mRow));
    }
    out += bytes;
}

void CsvFormat::write(const LedgerRowSource &rows, Encoding encoding, const std::function<void(const QByteArray &)> &sink)
{
    QStringList headers;
    for (const LedgerColumn &c : rows.head().columns)
        headers.append(c.header);
    {
        Writer writer(encoding);
        QByteArray bytes;
        writer.append(headers, bytes);
        sink(bytes);
    }
    // Blocks of rows formatted side by side, handed on in order.
    constexpr qsizetype block = 2048;
    const qsizetype n = rows.size();
    const int threads = int(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
    auto format = [&](qsizetype begin) {
        Writer writer(encoding, headers, begin + 1);
        QByteArray out;
        QStringList row;
        for (qsizetype i = begin; i < std::min(n, begin + block); ++i) {
            rows.row(i, row);
            writer.append(row, out);
        }
        return out;
    };
    for (qsizetype begin = 0; begin < n; begin += block * threads) {
        std::vector<std::future<QByteArray>> others;
        for (int t = 1; t < threads && begin + t * block < n; ++t)
            others.push_back(std::async(std::launch::async, format, begin + t * block));
        // The first block on this thread; an exception waits for the others (~future).
        sink(format(begin));
        for (std::future<QByteArray> &f : others)
            sink(f.get());
    }
}

QString CsvFormat::decode(const QByteArray &bytes, Encoding *detected)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder d(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString text = d.decode(bytes.mid(3));
        if (d.hasError())
            throw ValidationError(tr("The file starts as UTF-8 but holds bytes that are not UTF-8."));
        if (detected)
            *detected = Encoding::Utf8Bom;
        return text;
    }
    {
        QStringDecoder d(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString text = d.decode(bytes);
        if (!d.hasError()) {
            if (detected)
                *detected = Encoding::Utf8;
            return text;
        }
    }
    QStringDecoder d(cp932Name, QStringConverter::Flag::Stateless);
    if (!d.isValid())
        throw LogicError(QStringLiteral("this Qt has no CP932 decoder"));
    const QString text = d.decode(bytes);
    if (d.hasError())
        throw ValidationError(tr("The file is neither UTF-8 nor Shift_JIS (CP932) text. Save it as CSV "
                                 "(UTF-8 or Shift_JIS) and try again."));
    if (detected)
        *detected = Encoding::Cp932;
    return text;
}

QList<QStringList> CsvFormat::parse(const QString &text)
{
    // Fields are cut out of the text whole (a quoted one in pieces between doubled quotes),
    // not built a character at a time: a 100,000-row ledger has millions of them.
    QList<QStringList> rows;
    QStringList row;
    const QChar *const data = text.constData();
    const qsizetype n = text.size();
    int line = 1;
    qsizetype i = 0;
    bool any = false; // the current row has begun
    while (i < n) {
        QString field;
        if (data[i] == u'"') {
            const int quoteLine = line;
            qsizetype start = ++i;
            for (;;) {
                if (i >= n)
                    throw ValidationError(tr("Line %1: a quoted field is not closed.").arg(quoteLine));
                const QChar c = data[i];
                if (c == u'"') {
                    field.append(data + start, i - start);
                    if (i + 1 < n && data[i + 1] == u'"') {
                        field.append(u'"');
                        i += 2;
                        start = i;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (c == u'\n')
                    ++line;
                ++i;
            }
            // Text after the closing quote (not RFC 4180) is kept as it is, up to the separator.
            const qsizetype rest = i;
            while (i < n && data[i] != u',' && data[i] != u'\r' && data[i] != u'\n')
                ++i;
            if (i > rest)
                field.append(data + rest, i - rest);
        } else {
            const qsizetype start = i;
            while (i < n && data[i] != u',' && data[i] != u'\r' && data[i] != u'\n')
                ++i; // a stray quote inside an unquoted field is kept as it is
            if (i > start)
                field = QString(data + start, i - start);
        }
        row.append(std::move(field));
        any = true;
        if (i >= n)
            break;
        if (data[i] == u',') {
            ++i;
            if (i >= n)
                row.append(QString()); // a trailing separator ends with an empty field
            continue;
        }
        // The end of a record: CRLF, LF or CR.
        if (data[i] == u'\r' && i + 1 < n && data[i + 1] == u'\n')
            ++i;
        ++i;
        ++line;
        rows.append(std::move(row));
        row = QStringList();
        row.reserve(rows.last().size());
        any = false;
    }
    if (any)
        rows.append(std::move(row));
    return rows;
}

QList<QStringList> CsvFormat::read(const QByteArray &bytes, Encoding *detected)
{
    return parse(decode(bytes, detected));
}

} // namespace daicho
