#include "core/xlsxreader.h"

#include "core/exceptions.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QLoggingCategory>
#include <QUrl>
#include <QXmlStreamReader>

#include <unzip.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace daicho {

namespace {

Q_LOGGING_CATEGORY(lcXlsx, "daicho.xlsx", QtInfoMsg) // which parser read a sheet; off unless asked for

constexpr int kMaxRows = 1048576; // Excel's limits: XFD1048576
constexpr int kMaxColumns = 16384;

QString nativePath(const QString &path) { return QDir::toNativeSeparators(path); }

[[noreturn]] void damaged(const QString &path, const QString &detail)
{
    throw ValidationError(XlsxReader::tr("The Excel file %1 is damaged: %2").arg(nativePath(path), detail));
}

// ---------------------------------------------------------------------------------------------
// The zip archive, read through QFile (so that any path Qt can open works, also on Windows).

voidpf zipOpen(voidpf, const void *filename, int mode)
{
    if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ)
        return nullptr;
    auto file = std::make_unique<QFile>(*static_cast<const QString *>(filename));
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return file.release();
}

uLong zipRead(voidpf, voidpf stream, void *buf, uLong size)
{
    const qint64 n = static_cast<QFile *>(stream)->read(static_cast<char *>(buf), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong zipWrite(voidpf, voidpf, const void *, uLong) { return 0; }

ZPOS64_T zipTell(voidpf, voidpf stream) { return ZPOS64_T(static_cast<QFile *>(stream)->pos()); }

long zipSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *file = static_cast<QFile *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = file->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = file->size();
    return file->seek(base + qint64(offset)) ? 0 : -1;
}

int zipClose(voidpf, voidpf stream)
{
    delete static_cast<QFile *>(stream);
    return 0;
}

int zipError(voidpf, voidpf stream) { return static_cast<QFile *>(stream)->error() == QFileDevice::NoError ? 0 : 1; }

/// One part (file) of the archive as a sequential device, for QXmlStreamReader. Stops with
/// an error, instead of reading on, when the part grows past kMaxPartBytes or does not inflate.
class ZipEntryDevice : public QIODevice {
public:
    enum class Failure { None, Damaged, TooLarge };

    explicit ZipEntryDevice(unzFile zip) : mZip(zip) {}
    ~ZipEntryDevice() override
    {
        if (mStarted && !mEnded)
            unzCloseCurrentFile(mZip);
    }
    bool isSequential() const override { return true; }
    Failure failure() const { return mFailure; }

    bool start()
    {
        if (unzOpenCurrentFile(mZip) != UNZ_OK)
            return false;
        mStarted = true;
        return open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (mFailure != Failure::None)
            return -1;
        if (mEnded)
            return 0;
        const int n = unzReadCurrentFile(mZip, data, unsigned(std::min<qint64>(maxSize, 1 << 20)));
        if (n < 0) {
            mFailure = Failure::Damaged;
            return -1;
        }
        if (n == 0) {
            // The end: only now does minizip compare the CRC.
            mEnded = true;
            if (unzCloseCurrentFile(mZip) != UNZ_OK) {
                mFailure = Failure::Damaged;
                return -1;
            }
            return 0;
        }
        mTotal += n;
        if (mTotal > XlsxReader::kMaxPartBytes) {
            mFailure = Failure::TooLarge;
            return -1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    unzFile mZip;
    qint64 mTotal = 0;
    bool mStarted = false;
    bool mEnded = false;
    Failure mFailure = Failure::None;
};

class ZipArchive {
public:
    explicit ZipArchive(const QString &path) : mPath(path)
    {
        QFile probe(path);
        if (!probe.open(QIODevice::ReadOnly))
            throw FileError(XlsxReader::tr("The file %1 could not be opened: %2").arg(nativePath(path), probe.errorString()));
        const QByteArray head = probe.read(8);
        if (probe.error() != QFileDevice::NoError)
            throw FileError(XlsxReader::tr("The file %1 could not be read: %2").arg(nativePath(path), probe.errorString()));
        probe.close();
        if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
            throw ValidationError(XlsxReader::tr("%1 is an old Excel file (.xls) or a password-protected workbook. Save it in "
                                                 "Excel as an Excel workbook (.xlsx) without a password and import that.")
                                      .arg(nativePath(path)));
        zlib_filefunc64_def io{};
        io.zopen64_file = &zipOpen;
        io.zread_file = &zipRead;
        io.zwrite_file = &zipWrite;
        io.ztell64_file = &zipTell;
        io.zseek64_file = &zipSeek;
        io.zclose_file = &zipClose;
        io.zerror_file = &zipError;
        mZip = unzOpen2_64(&mPath, &io);
        if (!mZip)
            throw ValidationError(XlsxReader::tr("%1 is not an Excel workbook (.xlsx): it is not a zip archive.").arg(nativePath(path)));
        // An index of the parts; part names are case-insensitive in Office Open XML.
        for (int rc = unzGoToFirstFile(mZip); rc == UNZ_OK; rc = unzGoToNextFile(mZip)) {
            char name[1024];
            unz_file_info64 info;
            if (unzGetCurrentFileInfo64(mZip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK) {
                unzClose(mZip);
                damaged(path, XlsxReader::tr("its table of contents cannot be read."));
            }
            unz64_file_pos pos;
            unzGetFilePos64(mZip, &pos);
            QString key = QString::fromUtf8(name).toLower();
            key.replace(QLatin1Char('\\'), QLatin1Char('/'));
            mEntries.insert(key, {pos, qint64(info.uncompressed_size), (info.flag & 1) != 0});
        }
        if (mEntries.isEmpty()) {
            unzClose(mZip);
            damaged(path, XlsxReader::tr("its table of contents cannot be read."));
        }
    }
    ~ZipArchive()
    {
        mDevice.reset();
        if (mZip)
            unzClose(mZip);
    }
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    const QString &path() const { return mPath; }
    bool contains(const QString &part) const { return mEntries.contains(part.toLower()); }

    /// Opens a part for reading; one at a time (the previous device is closed).
    QIODevice *open(const QString &part)
    {
        mDevice.reset();
        const auto it = mEntries.constFind(part.toLower());
        if (it == mEntries.cend())
            damaged(mPath, XlsxReader::tr("the part %1 is missing.").arg(part));
        if (it->encrypted)
            damaged(mPath, XlsxReader::tr("the part %1 is encrypted.").arg(part));
        if (it->size > XlsxReader::kMaxPartBytes)
            tooLarge(part);
        unz64_file_pos pos = it->pos;
        auto device = std::make_unique<ZipEntryDevice>(mZip);
        if (unzGoToFilePos64(mZip, &pos) != UNZ_OK || !device->start())
            damaged(mPath, XlsxReader::tr("the part %1 cannot be unpacked.").arg(part));
        mDevice = std::move(device);
        mPart = part;
        return mDevice.get();
    }

    /// After reading the open part: throws for a part that did not inflate, grew too large or
    /// is not well-formed XML.
    void check(const QXmlStreamReader &xml) const
    {
        if (mDevice) {
            if (mDevice->failure() == ZipEntryDevice::Failure::TooLarge)
                tooLarge(mPart);
            if (mDevice->failure() == ZipEntryDevice::Failure::Damaged)
                damaged(mPath, XlsxReader::tr("the part %1 cannot be unpacked.").arg(mPart));
        }
        if (xml.hasError() && xml.error() != QXmlStreamReader::CustomError)
            damaged(mPath, XlsxReader::tr("the part %1 is not valid XML (line %2: %3).")
                               .arg(mPart, QString::number(xml.lineNumber()), xml.errorString()));
    }

private:
    [[noreturn]] void tooLarge(const QString &part) const
    {
        throw ValidationError(XlsxReader::tr("The Excel file %1 cannot be imported: its part %2 is larger than %3 MB.")
                                  .arg(nativePath(mPath), part, QString::number(XlsxReader::kMaxPartBytes / (1024 * 1024))));
    }

    struct Entry {
        unz64_file_pos pos;
        qint64 size = 0;
        bool encrypted = false;
    };
    QString mPath;
    unzFile mZip = nullptr;
    QHash<QString, Entry> mEntries;
    std::unique_ptr<ZipEntryDevice> mDevice;
    QString mPart;
};

// ---------------------------------------------------------------------------------------------
// Relationships and the workbook.

struct Relationship {
    QString id;
    QString type; ///< the last segment of the type URI: worksheet, sharedStrings, styles, officeDocument
    QString target; ///< the part's name in the archive
};

/// The folder of a part ("xl/" for "xl/workbook.xml").
QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash + 1);
}

/// A relationship's target as a part name: relative to the source's folder, or absolute.
QString resolve(const QString &folder, const QString &target)
{
    const QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    const QString joined = decoded.startsWith(QLatin1Char('/')) ? decoded.mid(1) : folder + decoded;
    QStringList parts;
    for (const QString &p : joined.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p == QLatin1String(".."))
            parts.isEmpty() ? void() : parts.removeLast();
        else if (p != QLatin1String("."))
            parts.append(p);
    }
    return parts.join(QLatin1Char('/'));
}

/// The relationships of a part ("_rels/.rels" for the package, "" as the part). Empty if
/// the part has none.
QList<Relationship> relationships(ZipArchive &zip, const QString &part)
{
    const QString folder = folderOf(part);
    const QString relsPart = folder + QStringLiteral("_rels/") + part.mid(folder.size()) + QStringLiteral(".rels");
    QList<Relationship> out;
    if (!zip.contains(relsPart))
        return out;
    QXmlStreamReader xml(zip.open(relsPart));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Relationship")) {
            const QXmlStreamAttributes a = xml.attributes();
            if (a.value(QLatin1String("TargetMode")) == QLatin1String("External"))
                continue;
            QString type = a.value(QLatin1String("Type")).toString();
            type = type.mid(type.lastIndexOf(QLatin1Char('/')) + 1);
            out.append({a.value(QLatin1String("Id")).toString(), type, resolve(folder, a.value(QLatin1String("Target")).toString())});
        }
    }
    zip.check(xml);
    return out;
}

struct Workbook {
    struct Sheet {
        QString name;
        QString part;
    };
    QList<Sheet> sheets;
    bool date1904 = false;
    QString sharedStringsPart;
    QString stylesPart;
};

bool xmlTrue(QStringView v) { return v == QLatin1String("1") || v == QLatin1String("true"); }

Workbook readWorkbook(ZipArchive &zip)
{
    QString workbookPart;
    for (const Relationship &r : relationships(zip, QString())) {
        if (r.type == QLatin1String("officeDocument"))
            workbookPart = r.target;
    }
    if (workbookPart.isEmpty() || !zip.contains(workbookPart))
        workbookPart = QStringLiteral("xl/workbook.xml");
    if (!zip.contains(workbookPart))
        throw ValidationError(XlsxReader::tr("%1 is not an Excel workbook (.xlsx): it holds no workbook.").arg(nativePath(zip.path())));

    Workbook book;
    QHash<QString, QString> partById;
    for (const Relationship &r : relationships(zip, workbookPart)) {
        partById.insert(r.id, r.target);
        if (r.type == QLatin1String("sharedStrings"))
            book.sharedStringsPart = r.target;
        else if (r.type == QLatin1String("styles"))
            book.stylesPart = r.target;
    }
    QXmlStreamReader xml(zip.open(workbookPart));
    bool sawWorkbook = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("workbook")) {
            sawWorkbook = true;
        } else if (name == QLatin1String("workbookPr")) {
            book.date1904 = xmlTrue(xml.attributes().value(QLatin1String("date1904")));
        } else if (name == QLatin1String("sheet")) {
            QString sheetName, id;
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == QLatin1String("name"))
                    sheetName = a.value().toString();
                else if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
                    id = a.value().toString(); // r:id, in the relationships namespace
            }
            const QString part = partById.value(id);
            if (part.isEmpty())
                damaged(zip.path(), XlsxReader::tr("the sheet %1 has no part.").arg(sheetName));
            book.sheets.append({sheetName, part});
        } else if (name == QLatin1String("sheets") || name == QLatin1String("bookViews")
                   || name == QLatin1String("fileVersion") || name == QLatin1String("workbookView")) {
            continue;
        } else if (sawWorkbook) {
            xml.skipCurrentElement(); // defined names, calculation properties, extensions
        }
    }
    zip.check(xml);
    if (!sawWorkbook)
        damaged(zip.path(), XlsxReader::tr("the part %1 is not a workbook.").arg(workbookPart));
    return book;
}

// ---------------------------------------------------------------------------------------------
// Strings and number formats.

/// Decodes the _xHHHH_ escapes of Office Open XML strings (_x000D_ is a carriage return).
QString unescapeOoxml(QString s)
{
    if (!s.contains(QLatin1String("_x")))
        return s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('_') && i + 6 < s.size() && s.at(i + 1) == QLatin1Char('x') && s.at(i + 6) == QLatin1Char('_')) {
            bool ok = false;
            const ushort code = QStringView(s).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += s.at(i);
    }
    return out;
}

/// The text of an <si> or <is> element: its <t>, or its rich text runs <r><t> joined; the
/// phonetic guide (<rPh>, furigana) is left out. The reader stands on the element's start.
/// The _xHHHH_ escapes are left in (see unescapeOoxml()).
QString richText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == QLatin1String("t")) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (xml.name() == QLatin1String("rPh") || xml.name() == QLatin1String("rPr")
                       || xml.name() == QLatin1String("phoneticPr")) {
                xml.skipCurrentElement();
            } else {
                ++depth;
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    return text;
}

QList<QString> readSharedStrings(ZipArchive &zip, const QString &part)
{
    QList<QString> strings;
    if (part.isEmpty() || !zip.contains(part))
        return strings;
    QXmlStreamReader xml(zip.open(part));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("sst")) {
            const qsizetype unique = xml.attributes().value(QLatin1String("uniqueCount")).toLongLong();
            if (unique > 0 && unique < 10'000'000)
                strings.reserve(unique);
        } else if (xml.name() == QLatin1String("si")) {
            strings.append(unescapeOoxml(richText(xml)));
        }
    }
    zip.check(xml);
    return strings;
}

/// How a number in a cell reads.
enum class NumberKind : quint8 {
    Number,
    Date,        ///< yyyy-MM-dd
    Time,        ///< H:mm or H:mm:ss, the time of day
    ElapsedTime, ///< [h]:mm: hours past 24
};

struct NumberStyle {
    NumberKind kind = NumberKind::Number;
    bool seconds = false;
};

/// Excel's built-in formats (ids below 164) that show a date or a time, as Excel in Japanese
/// defines them (27–36 and 50–58 are the Japanese date formats; 32 and 33 are 時・分).
NumberStyle builtInStyle(int id)
{
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
        return {NumberKind::Date, false};
    switch (id) {
    case 18: case 20: case 32:
        return {NumberKind::Time, false};
    case 19: case 21: case 33: case 45: case 47:
        return {NumberKind::Time, true};
    case 46:
        return {NumberKind::ElapsedTime, true};
    default:
        return {};
    }
}

/// Whether a custom format code shows a date (y, d, m without h/s, 和暦's g and e) or a time
/// (h, s, [h]); quoted text, [colours and locales], escaped and padding characters, "General",
/// the E+ of scientific formats and AM/PM are not codes. Only the first section counts.
NumberStyle customStyle(const QString &code)
{
    bool date = false, month = false, time = false, elapsed = false, seconds = false;
    const QString c = code.toLower();
    for (qsizetype i = 0; i < c.size(); ++i) {
        const QChar ch = c.at(i);
        if (ch == QLatin1Char(';')) {
            break;
        } else if (ch == QLatin1Char('"')) {
            const qsizetype end = c.indexOf(QLatin1Char('"'), i + 1);
            i = end < 0 ? c.size() : end;
        } else if (ch == QLatin1Char('\\') || ch == QLatin1Char('_') || ch == QLatin1Char('*')) {
            ++i;
        } else if (ch == QLatin1Char('[')) {
            const qsizetype end = c.indexOf(QLatin1Char(']'), i + 1);
            const QString inner = c.mid(i + 1, (end < 0 ? c.size() : end) - i - 1);
            static const QList<QChar> units = {QLatin1Char('h'), QLatin1Char('m'), QLatin1Char('s')};
            if (!inner.isEmpty() && units.contains(inner.at(0)) && inner.count(inner.at(0)) == inner.size()) {
                time = elapsed = true;
                seconds = seconds || inner.at(0) == QLatin1Char('s');
            }
            i = end < 0 ? c.size() : end;
        } else if (c.mid(i, 7) == QLatin1String("general")) {
            i += 6;
        } else if (ch == QLatin1Char('e') && i + 1 < c.size() && (c.at(i + 1) == QLatin1Char('+') || c.at(i + 1) == QLatin1Char('-'))) {
            ++i;
        } else if (c.mid(i, 5) == QLatin1String("am/pm")) {
            i += 4;
        } else if (c.mid(i, 3) == QLatin1String("a/p")) {
            i += 2;
        } else if (ch == QLatin1Char('y') || ch == QLatin1Char('d') || ch == QLatin1Char('g') || ch == QLatin1Char('e')) {
            date = true;
        } else if (ch == QLatin1Char('m')) {
            month = true;
        } else if (ch == QLatin1Char('h')) {
            time = true;
        } else if (ch == QLatin1Char('s')) {
            time = seconds = true;
        }
    }
    if (date || (month && !time))
        return {NumberKind::Date, false};
    if (time)
        return {elapsed ? NumberKind::ElapsedTime : NumberKind::Time, seconds};
    return {};
}

/// The number style of each cell format (the s attribute of a cell indexes cellXfs).
QList<NumberStyle> readStyles(ZipArchive &zip, const QString &part)
{
    QList<NumberStyle> styles;
    if (part.isEmpty() || !zip.contains(part))
        return styles;
    QHash<int, QString> custom;
    QXmlStreamReader xml(zip.open(part));
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("numFmt")) {
            const QXmlStreamAttributes a = xml.attributes();
            custom.insert(a.value(QLatin1String("numFmtId")).toInt(), a.value(QLatin1String("formatCode")).toString());
        } else if (name == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (name == QLatin1String("xf") && inCellXfs) {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            const auto it = custom.constFind(id);
            styles.append(it != custom.cend() ? customStyle(*it) : builtInStyle(id));
            xml.skipCurrentElement();
        } else if (name == QLatin1String("fonts") || name == QLatin1String("fills") || name == QLatin1String("borders")
                   || name == QLatin1String("cellStyleXfs") || name == QLatin1String("dxfs")
                   || name == QLatin1String("cellStyles") || name == QLatin1String("extLst")) {
            xml.skipCurrentElement();
        }
    }
    zip.check(xml);
    return styles;
}

/// A number as Excel shows it in a General cell: integers without ".0", others with 15
/// significant digits.
QString numberText(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

/// A serial number as a date (1900 system with Excel's 29 February 1900, or the 1904 system).
std::optional<QDate> serialDate(double v, bool date1904)
{
    if (!std::isfinite(v) || v < 0 || v >= 2958466) // after 9999-12-31
        return std::nullopt;
    const qint64 day = qint64(std::floor(v));
    if (date1904)
        return QDate(1904, 1, 1).addDays(day);
    if (day >= 61)
        return QDate(1899, 12, 30).addDays(day);
    if (day >= 1 && day < 60)
        return QDate(1899, 12, 31).addDays(day);
    return std::nullopt; // 0 (1900-01-00) and 60 (1900-02-29) are no real days
}

QString formattedNumber(const QString &raw, const NumberStyle &style, bool date1904)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (style.kind == NumberKind::Date) {
        if (const auto d = serialDate(v, date1904))
            return d->toString(Qt::ISODate);
    } else if (style.kind != NumberKind::Number && v >= 0 && v < 2958466) {
        const qint64 total = std::llround(v * 86400.0);
        const qint64 hours = style.kind == NumberKind::ElapsedTime ? total / 3600 : (total / 3600) % 24;
        QString t = QStringLiteral("%1:%2").arg(hours).arg((total / 60) % 60, 2, 10, QLatin1Char('0'));
        if (style.seconds)
            t += QStringLiteral(":%1").arg(total % 60, 2, 10, QLatin1Char('0'));
        return t;
    }
    return numberText(v);
}

// ---------------------------------------------------------------------------------------------
// A worksheet.

unsigned codeOf(QChar c) { return c.unicode(); }
unsigned codeOf(char c) { return static_cast<unsigned char>(c); }

/// "AB12" → column 27 (0-based), row 11 (0-based). Letters only (no digits) gives row -1.
/// For QStringView (QXmlStreamReader) and std::string_view (the UTF-8 scanner).
template <typename View>
bool parseReference(View ref, int &row, int &column)
{
    qsizetype i = 0;
    int c = 0;
    const qsizetype size = qsizetype(ref.size());
    for (; i < size && i < 4; ++i) {
        const unsigned ch = codeOf(ref[i]);
        if (ch >= 'A' && ch <= 'Z')
            c = c * 26 + int(ch - 'A' + 1);
        else if (ch >= 'a' && ch <= 'z')
            c = c * 26 + int(ch - 'a' + 1);
        else
            break;
    }
    if (c == 0 || c > kMaxColumns)
        return false;
    int r = 0;
    const qsizetype digits = i;
    for (; i < size; ++i) {
        const unsigned ch = codeOf(ref[i]);
        if (ch < '0' || ch > '9' || r > kMaxRows)
            return false;
        r = r * 10 + int(ch - '0');
    }
    if (i == digits) {
        row = -1;
    } else {
        if (r < 1 || r > kMaxRows)
            return false;
        row = r - 1;
    }
    column = c - 1;
    return true;
}

/// A row number (the r of <row>), 1-based; 0 if it is not one.
template <typename View>
int parseRowNumber(View text)
{
    int r = 0;
    for (qsizetype i = 0; i < qsizetype(text.size()); ++i) {
        const unsigned ch = codeOf(text[i]);
        if (ch < '0' || ch > '9' || r > kMaxRows)
            return 0;
        r = r * 10 + int(ch - '0');
    }
    return r <= kMaxRows ? r : 0;
}

template <typename View>
int parseStyle(View text)
{
    int s = 0;
    for (qsizetype i = 0; i < qsizetype(text.size()) && s < (1 << 20); ++i) {
        const unsigned ch = codeOf(text[i]);
        if (ch < '0' || ch > '9')
            return 0;
        s = s * 10 + int(ch - '0');
    }
    return s;
}

/// The t attribute of a cell.
enum class CellKind { Number, Shared, Inline, Text, Boolean, Error, IsoDate };

template <typename View>
CellKind cellKind(View t)
{
    auto is = [&](const char *word) {
        const qsizetype n = qsizetype(std::strlen(word));
        if (qsizetype(t.size()) != n)
            return false;
        for (qsizetype i = 0; i < n; ++i) {
            if (codeOf(t[i]) != unsigned(word[i]))
                return false;
        }
        return true;
    };
    if (is("s"))
        return CellKind::Shared;
    if (is("inlineStr"))
        return CellKind::Inline;
    if (is("str"))
        return CellKind::Text;
    if (is("b"))
        return CellKind::Boolean;
    if (is("e"))
        return CellKind::Error;
    if (is("d"))
        return CellKind::IsoDate;
    return CellKind::Number;
}

/// The tokens of XML in UTF-8 as worksheet parts use it: elements and attributes, text with
/// the five entities and character references, CDATA, comments and processing instructions.
/// Anything else — a DTD, another encoding, a broken tag, an unknown entity — is Unsupported, and
/// QXmlStreamReader reads the part instead. Names come without their prefix ("x:c" → "c").
class Utf8Scanner {
public:
    enum class Token { StartElement, EndElement, Text, End, Unsupported };

    explicit Utf8Scanner(QIODevice *device) : mDevice(device) {}

    /// The next token. The text of a Text token (and of CDATA) is appended, decoded, to `text`
    /// when `capture` is set.
    Token next(std::string &text, bool capture)
    {
        if (mFirst) {
            mFirst = false;
            if (!need(3))
                return need(0) ? Token::Unsupported : Token::End;
            const auto b = [&](size_t i) { return static_cast<unsigned char>(mBuffer[mPos + i]); };
            if (b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF)
                mPos += 3;
            else if (b(0) == 0xFF || b(0) == 0xFE || b(0) == 0)
                return Token::Unsupported; // UTF-16 or UTF-32
        }
        if (!need(0))
            return Token::End;
        if (mBuffer[mPos] != '<') {
            const size_t end = find('<', 0);
            const size_t length = end == npos ? mBuffer.size() - mPos : end;
            if (capture && !decode(std::string_view(mBuffer).substr(mPos, length), text))
                return Token::Unsupported;
            mPos += length;
            return Token::Text;
        }
        if (!need(1))
            return Token::Unsupported;
        const char second = mBuffer[mPos + 1];
        if (second == '?')
            return instruction();
        if (second == '!')
            return markup(text, capture);
        if (second == '/')
            return endTag();
        return startTag();
    }

    /// The name of the element just read, without its prefix. Valid until next().
    std::string_view localName() const { return mName; }
    bool selfClosing() const { return mSelfClosing; }
    /// An attribute's decoded value; empty if the tag has none of that name. Valid until next().
    std::string_view attribute(std::string_view name) const
    {
        for (size_t i = 0; i < mAttributeCount; ++i) {
            const Attribute &a = mAttributes[i];
            if (a.name == name)
                return a.decoded ? std::string_view(a.decodedValue) : a.value;
        }
        return {};
    }

private:
    static constexpr size_t npos = std::string::npos;
    static constexpr qint64 kChunk = 1 << 20;

    /// Makes sure that the byte at mPos + offset is in the buffer; false at the end.
    bool need(size_t offset)
    {
        while (mBuffer.size() <= mPos + offset) {
            if (mEnd)
                return false;
            mBuffer.erase(0, mPos);
            mPos = 0;
            const size_t old = mBuffer.size();
            mBuffer.resize(old + size_t(kChunk));
            const qint64 n = mDevice->read(mBuffer.data() + old, kChunk);
            mBuffer.resize(old + size_t(std::max<qint64>(n, 0)));
            if (n <= 0)
                mEnd = true;
        }
        return true;
    }

    /// The offset from mPos of the next `c` at or after `from`; npos if there is none.
    size_t find(char c, size_t from)
    {
        for (;;) {
            if (!need(from))
                return npos;
            const char *begin = mBuffer.data() + mPos + from;
            const void *at = std::memchr(begin, c, mBuffer.size() - mPos - from);
            if (at)
                return size_t(static_cast<const char *>(at) - mBuffer.data()) - mPos;
            from = mBuffer.size() - mPos;
        }
    }

    size_t find(std::string_view sequence, size_t from)
    {
        for (;;) {
            const size_t at = find(sequence.front(), from);
            if (at == npos || !need(at + sequence.size() - 1))
                return npos;
            if (std::string_view(mBuffer).substr(mPos + at, sequence.size()) == sequence)
                return at;
            from = at + 1;
        }
    }

    Token instruction()
    {
        const size_t end = find(std::string_view("?>"), 2);
        if (end == npos)
            return Token::Unsupported;
        const std::string_view body = std::string_view(mBuffer).substr(mPos + 2, end - 2);
        if (body.substr(0, 4) == "xml " || body.substr(0, 4) == "xml\t" || body.substr(0, 4) == "xml\r" || body.substr(0, 4) == "xml\n") {
            // The declaration: only UTF-8 (or no encoding, which means UTF-8) is ours.
            const size_t encoding = body.find("encoding");
            if (encoding != std::string_view::npos) {
                std::string value;
                for (size_t i = encoding + 8; i < body.size(); ++i) {
                    const char ch = body[i];
                    if (ch == '"' || ch == '\'') {
                        const size_t close = body.find(ch, i + 1);
                        if (close == std::string_view::npos)
                            return Token::Unsupported;
                        value = std::string(body.substr(i + 1, close - i - 1));
                        break;
                    }
                }
                for (char &ch : value)
                    ch = char(std::tolower(static_cast<unsigned char>(ch)));
                if (value != "utf-8" && value != "utf8")
                    return Token::Unsupported;
            }
        }
        mPos += end + 2;
        return Token::Text; // nothing to report
    }

    Token markup(std::string &text, bool capture)
    {
        if (!need(8))
            return Token::Unsupported;
        const std::string_view head = std::string_view(mBuffer).substr(mPos, 9);
        if (head.substr(0, 4) == "<!--") {
            const size_t end = find(std::string_view("-->"), 4);
            if (end == npos)
                return Token::Unsupported;
            mPos += end + 3;
            return Token::Text;
        }
        if (head == "<![CDATA[") {
            const size_t end = find(std::string_view("]]>"), 9);
            if (end == npos)
                return Token::Unsupported;
            if (capture)
                text.append(mBuffer, mPos + 9, end - 9);
            mPos += end + 3;
            return Token::Text;
        }
        return Token::Unsupported; // <!DOCTYPE …>
    }

    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
    static bool isNameEnd(char c) { return isSpace(c) || c == '>' || c == '/' || c == '='; }

    void setName(std::string_view qualified)
    {
        const size_t colon = qualified.rfind(':');
        mName = colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
    }

    Token endTag()
    {
        const size_t end = find('>', 2);
        if (end == npos)
            return Token::Unsupported;
        std::string_view name = std::string_view(mBuffer).substr(mPos + 2, end - 2);
        while (!name.empty() && isSpace(name.back()))
            name.remove_suffix(1);
        if (name.empty())
            return Token::Unsupported;
        setName(name);
        mSelfClosing = false;
        mPos += end + 1;
        return Token::EndElement;
    }

    Token startTag()
    {
        // The end of the tag: the first '>' outside a quoted attribute value.
        size_t end = 0;
        size_t from = 1;
        for (;;) {
            end = find('>', from);
            if (end == npos)
                return Token::Unsupported;
            char quote = 0;
            const char *p = mBuffer.data() + mPos;
            for (size_t i = 1; i < end; ++i) {
                const char ch = p[i];
                if (quote) {
                    quote = ch == quote ? 0 : quote;
                } else if (ch == '"' || ch == '\'') {
                    quote = ch;
                } else if (ch == '<') {
                    return Token::Unsupported;
                }
            }
            if (!quote)
                break;
            from = end + 1; // the '>' was inside a value
        }
        const std::string_view tag = std::string_view(mBuffer).substr(mPos + 1, end - 1);
        mPos += end + 1;
        size_t i = 0;
        while (i < tag.size() && !isNameEnd(tag[i]))
            ++i;
        if (i == 0)
            return Token::Unsupported;
        setName(tag.substr(0, i));
        mSelfClosing = false;
        mAttributeCount = 0;
        for (;;) {
            while (i < tag.size() && isSpace(tag[i]))
                ++i;
            if (i == tag.size())
                return Token::StartElement;
            if (tag[i] == '/') {
                if (i + 1 != tag.size())
                    return Token::Unsupported;
                mSelfClosing = true;
                return Token::StartElement;
            }
            const size_t nameStart = i;
            while (i < tag.size() && !isNameEnd(tag[i]))
                ++i;
            const std::string_view name = tag.substr(nameStart, i - nameStart);
            while (i < tag.size() && isSpace(tag[i]))
                ++i;
            if (name.empty() || i == tag.size() || tag[i] != '=')
                return Token::Unsupported;
            ++i;
            while (i < tag.size() && isSpace(tag[i]))
                ++i;
            if (i == tag.size() || (tag[i] != '"' && tag[i] != '\''))
                return Token::Unsupported;
            const size_t close = tag.find(tag[i], i + 1);
            if (close == std::string_view::npos)
                return Token::Unsupported;
            if (mAttributes.size() <= mAttributeCount)
                mAttributes.resize(mAttributeCount + 1);
            Attribute &a = mAttributes[mAttributeCount++];
            a.name = name;
            a.value = tag.substr(i + 1, close - i - 1);
            a.decoded = a.value.find('&') != std::string_view::npos;
            if (a.decoded) {
                a.decodedValue.clear();
                if (!decode(a.value, a.decodedValue))
                    return Token::Unsupported;
            }
            i = close + 1;
            if (i < tag.size() && !isSpace(tag[i]) && tag[i] != '/')
                return Token::Unsupported;
        }
    }

    /// Appends text with its entities and character references replaced.
    static bool decode(std::string_view in, std::string &out)
    {
        for (;;) {
            const size_t amp = in.find('&');
            if (amp == std::string_view::npos) {
                out.append(in);
                return true;
            }
            out.append(in.substr(0, amp));
            const size_t semicolon = in.find(';', amp);
            if (semicolon == std::string_view::npos)
                return false;
            const std::string_view entity = in.substr(amp + 1, semicolon - amp - 1);
            if (entity == "lt") {
                out += '<';
            } else if (entity == "gt") {
                out += '>';
            } else if (entity == "amp") {
                out += '&';
            } else if (entity == "quot") {
                out += '"';
            } else if (entity == "apos") {
                out += '\'';
            } else if (entity.size() > 1 && entity[0] == '#') {
                const bool hex = entity[1] == 'x';
                const std::string_view digits = entity.substr(hex ? 2 : 1);
                unsigned code = 0;
                const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
                if (error != std::errc() || end != digits.data() + digits.size() || digits.empty() || code == 0
                    || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                    return false;
                appendUtf8(code, out);
            } else {
                return false;
            }
            in.remove_prefix(semicolon + 1);
        }
    }

    static void appendUtf8(unsigned code, std::string &out)
    {
        if (code < 0x80) {
            out += char(code);
        } else if (code < 0x800) {
            out += char(0xC0 | (code >> 6));
            out += char(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += char(0xE0 | (code >> 12));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        } else {
            out += char(0xF0 | (code >> 18));
            out += char(0x80 | ((code >> 12) & 0x3F));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        }
    }

    QIODevice *mDevice;
    std::string mBuffer;
    size_t mPos = 0;
    bool mEnd = false;
    bool mFirst = true;
    std::string_view mName; // into mBuffer, valid until next()
    bool mSelfClosing = false;
    struct Attribute {
        std::string_view name;  ///< into mBuffer
        std::string_view value; ///< into mBuffer, as written
        bool decoded = false;   ///< it had entities: the value is decodedValue
        std::string decodedValue;
    };
    std::vector<Attribute> mAttributes; // reused from tag to tag
    size_t mAttributeCount = 0;
};

/// The cells of one worksheet part. Two parsers feed the same cell logic: a UTF-8 scanner for
/// the worksheet's subset of XML, because QXmlStreamReader alone tokenises only about 25 MB/s
/// here and a 100,000-row ledger is a 200 MB part; and QXmlStreamReader itself, which reads
/// anything the scanner does not take (a DTD, another encoding, a mistake of the file) and
/// gives the message for a damaged part.
class SheetReader {
public:
    SheetReader(ZipArchive &zip, const QList<QString> &strings, const QList<NumberStyle> &styles, bool date1904)
        : mZip(zip), mStrings(strings), mStyles(styles), mDate1904(date1904)
    {
    }

    QList<QStringList> read(const QString &sheetName, const QString &part)
    {
        mSheet = sheetName;
        reset();
        if (!scan(part)) {
            qCDebug(lcXlsx) << "sheet" << sheetName << "(" << part << ") is read with QXmlStreamReader";
            reset();
            readWithQt(part);
        }
        applyMerges();
        // Trailing empty rows (formatted but blank cells leave no text, see setCell).
        while (!mRows.isEmpty() && mRows.last().isEmpty())
            mRows.removeLast();
        mCellsBefore = mCells;
        return std::move(mRows);
    }

private:
    void reset()
    {
        mRows.clear();
        mMerges.clear();
        mCells = mCellsBefore;
        mRow = -1;
        mColumn = -1;
    }

    [[noreturn]] void badReference(const QString &ref) const
    {
        damaged(mZip.path(), XlsxReader::tr("the sheet %1 has a wrong cell reference %2.").arg(mSheet, ref));
    }

    // --- The cell logic both parsers share.

    template <typename View>
    void beginRow(View r)
    {
        if (r.size() == 0) {
            ++mRow;
        } else {
            const int n = parseRowNumber(r);
            if (n < 1)
                badReference(QString::fromUtf8(toUtf8(r)));
            mRow = n - 1;
        }
        mColumn = -1;
    }

    /// A cell's reference; empty = the cell right of the last one. The reference wins over
    /// the row's, and rows without r follow the last one seen.
    template <typename View>
    void beginCell(View r)
    {
        if (r.size() == 0) {
            ++mColumn;
        } else if (!parseReference(r, mRow, mColumn) || mRow < 0) {
            badReference(QString::fromUtf8(toUtf8(r)));
        }
        if (mRow < 0 || mColumn >= kMaxColumns)
            badReference(QString::fromUtf8(toUtf8(r)));
    }

    static QByteArray toUtf8(QStringView v) { return v.toUtf8(); }
    static QStringView slice(QStringView v, qsizetype from, qsizetype n = -1) { return v.mid(from, n); }
    static std::string_view slice(std::string_view v, qsizetype from, qsizetype n = -1)
    {
        return v.substr(size_t(from), n < 0 ? std::string_view::npos : size_t(n));
    }
    static QByteArray toUtf8(std::string_view v) { return QByteArray(v.data(), qsizetype(v.size())); }

    void endCell(CellKind kind, int style, const QString &value)
    {
        if (!value.isEmpty())
            setCell(mRow, mColumn, cellText(kind, style, value));
    }

    /// What a cell shows, from the text of its <v> (or <is>).
    QString cellText(CellKind kind, int style, QString value) const
    {
        switch (kind) {
        case CellKind::Shared: {
            bool ok = false;
            const qsizetype index = value.toLongLong(&ok);
            if (!ok || index < 0 || index >= mStrings.size())
                damaged(mZip.path(), XlsxReader::tr("the sheet %1 refers to a text that does not exist.").arg(mSheet));
            value = mStrings.at(index);
            break;
        }
        case CellKind::Inline:
        case CellKind::Text:
            value = unescapeOoxml(value);
            break;
        case CellKind::Boolean:
            value = value == QLatin1String("0") ? QStringLiteral("FALSE") : QStringLiteral("TRUE");
            break;
        case CellKind::Error:
            break;
        case CellKind::IsoDate:
            if (value.size() >= 10 && QDate::fromString(value.left(10), Qt::ISODate).isValid()
                && (value.size() == 10 || QStringView(value).mid(10) == QLatin1String("T00:00:00")))
                value = value.left(10);
            break;
        case CellKind::Number:
            value = formattedNumber(value, style >= 0 && style < mStyles.size() ? mStyles.at(style) : NumberStyle{}, mDate1904);
            break;
        }
        return value;
    }

    template <typename View>
    void addMerge(View ref)
    {
        qsizetype colon = -1;
        for (qsizetype i = 0; i < qsizetype(ref.size()); ++i) {
            if (codeOf(ref[i]) == ':')
                colon = i;
        }
        int r0 = 0, c0 = 0, r1 = 0, c1 = 0;
        if (colon < 0 || !parseReference(slice(ref, 0, colon), r0, c0) || !parseReference(slice(ref, colon + 1), r1, c1)
            || r0 < 0 || r1 < 0)
            badReference(QString::fromUtf8(toUtf8(ref)));
        mMerges.append({std::min(r0, r1), std::min(c0, c1), std::max(r0, r1), std::max(c0, c1)});
    }

    void setCell(int row, int column, const QString &value)
    {
        if (value.isEmpty())
            return;
        if (mRows.size() <= row)
            mRows.resize(row + 1);
        QStringList &cells = mRows[row];
        if (cells.size() <= column) {
            mCells += column + 1 - cells.size();
            if (mCells > XlsxReader::kMaxCells)
                throw ValidationError(XlsxReader::tr("The Excel file %1 cannot be imported: it has more than %3 cells (the sheet %2 "
                                                     "reached the limit).")
                                          .arg(nativePath(mZip.path()), mSheet, QString::number(XlsxReader::kMaxCells)));
            cells.resize(column + 1);
        }
        cells[column] = value;
    }

    /// The top-left value of each merged range goes into all its cells, within the rows and
    /// columns that hold values (a range merged to the end of the sheet adds no rows).
    void applyMerges()
    {
        qsizetype width = 0;
        for (const QStringList &r : std::as_const(mRows))
            width = std::max(width, r.size());
        const int height = int(mRows.size());
        for (const auto &[r0, c0, r1, c1] : std::as_const(mMerges)) {
            if (r0 >= height || c0 >= mRows.at(r0).size())
                continue;
            const QString value = mRows.at(r0).at(c0);
            if (value.isEmpty())
                continue;
            for (int r = r0; r <= std::min(r1, height - 1); ++r) {
                for (int c = c0; c <= std::min<qsizetype>(c1, width - 1); ++c)
                    setCell(r, c, value);
            }
        }
    }

    // --- QXmlStreamReader.

    void readWithQt(const QString &part)
    {
        QXmlStreamReader xml(mZip.open(part));
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = xml.name();
            if (name == QLatin1String("c")) {
                readCell(xml);
            } else if (name == QLatin1String("row")) {
                const QXmlStreamAttributes attributes = xml.attributes();
                beginRow(attributes.value(QLatin1String("r")));
            } else if (name == QLatin1String("mergeCell")) {
                const QXmlStreamAttributes attributes = xml.attributes();
                addMerge(attributes.value(QLatin1String("ref")));
            } else if (name != QLatin1String("sheetData") && name != QLatin1String("worksheet")
                       && name != QLatin1String("mergeCells")) {
                xml.skipCurrentElement(); // views, columns, print settings, conditional formats…
            }
        }
        mZip.check(xml);
    }

    void readCell(QXmlStreamReader &xml)
    {
        const QXmlStreamAttributes attributes = xml.attributes();
        beginCell(attributes.value(QLatin1String("r")));
        const CellKind kind = cellKind(attributes.value(QLatin1String("t")));
        const int style = parseStyle(attributes.value(QLatin1String("s")));
        QString value;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::EndElement)
                break; // </c>
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("v"))
                value = xml.readElementText();
            else if (xml.name() == QLatin1String("is"))
                value = richText(xml);
            else
                xml.skipCurrentElement(); // <f>: the cached <v> is what Excel shows
        }
        if (!xml.hasError())
            endCell(kind, style, value);
    }

    // --- The UTF-8 scanner.

    /// Reads the part with the scanner; false if it met something it leaves to QXmlStreamReader.
    bool scan(const QString &part)
    {
        // The elements that matter, told apart once per tag.
        enum Element : quint8 { Other, SheetData, Row, C, V, Is, T, RPh, MergeCell };
        auto elementOf = [](std::string_view name) {
            switch (name.size()) {
            case 1:
                return name[0] == 'c' ? C : name[0] == 'v' ? V : name[0] == 't' ? T : Other;
            case 2:
                return name == "is" ? Is : Other;
            case 3:
                return name == "row" ? Row : name == "rPh" ? RPh : Other;
            case 9:
                return name == "sheetData" ? SheetData : name == "mergeCell" ? MergeCell : Other;
            default:
                return Other;
            }
        };
        QIODevice *device = mZip.open(part);
        Utf8Scanner s(device);
        // The open elements: their names (to check each end tag) and what they are.
        std::vector<std::string> names;
        std::vector<Element> open;
        std::string text; // the text of the current <v> or <t>
        bool capture = false;
        bool inCell = false, inInline = false;
        int phonetic = 0; // depth inside <rPh>
        CellKind kind = CellKind::Number;
        int style = 0;
        std::string value;
        for (;;) {
            const Utf8Scanner::Token t = s.next(text, capture);
            if (t == Utf8Scanner::Token::End) {
                if (static_cast<ZipEntryDevice *>(device)->failure() != ZipEntryDevice::Failure::None)
                    return fallBack(device); // throws
                break;
            }
            if (t == Utf8Scanner::Token::Unsupported)
                return fallBack(device);
            if (t == Utf8Scanner::Token::Text)
                continue;
            const std::string_view name = s.localName();
            if (t == Utf8Scanner::Token::EndElement) {
                if (open.empty() || names[open.size() - 1] != name)
                    return fallBack(device);
                const Element e = open.back();
                open.pop_back();
                if (e == C && inCell) {
                    inCell = inInline = false;
                    if (!value.empty())
                        setCell(mRow, mColumn, sharedCellText(kind, style, value));
                } else if (capture && (e == V || e == T)) {
                    value += text;
                    capture = false;
                } else if (e == RPh && phonetic > 0) {
                    --phonetic;
                }
                continue;
            }
            // A start tag; <x/> comes as a StartElement that is selfClosing().
            const Element e = elementOf(name);
            const Element parent = open.empty() ? Other : open.back();
            if (e == C && parent == Row) {
                inCell = !s.selfClosing(); // <c r="A1" s="3"/>: only formatting
                value.clear();
                beginCell(s.attribute("r"));
                kind = cellKind(s.attribute("t"));
                style = parseStyle(s.attribute("s"));
            } else if (e == Row && parent == SheetData) {
                beginRow(s.attribute("r"));
            } else if (e == MergeCell) {
                addMerge(s.attribute("ref"));
            } else if (inCell && e == Is) {
                inInline = true;
                value.clear();
            } else if (inCell && e == RPh) {
                ++phonetic;
            } else if (inCell && (e == V || (e == T && inInline && !phonetic))) {
                if (e == V)
                    value.clear();
                text.clear();
                capture = !s.selfClosing(); // <v/>: an empty value
            }
            if (!s.selfClosing()) {
                if (names.size() <= open.size())
                    names.resize(open.size() + 1);
                names[open.size()].assign(name);
                open.push_back(e);
            }
        }
        if (!open.empty())
            return fallBack(device);
        return true;
    }

    /// cellText(), the same QString for the same short value of a column: a ledger repeats its
    /// levels, flags, dates and names in every row, and a copy of a QString costs no memory.
    /// A column with many different values (numbers, names) stops being looked up.
    QString sharedCellText(CellKind kind, int style, const std::string &bytes)
    {
        if (kind == CellKind::Shared || bytes.size() > 48 || mColumn >= 1024)
            return cellText(kind, style, QString::fromUtf8(bytes.data(), qsizetype(bytes.size())));
        if (mColumnTexts.size() <= size_t(mColumn))
            mColumnTexts.resize(size_t(mColumn) + 1);
        ColumnTexts &column = mColumnTexts[size_t(mColumn)];
        if (column.gaveUp)
            return cellText(kind, style, QString::fromUtf8(bytes.data(), qsizetype(bytes.size())));
        mKey.assign(bytes);
        mKey += char(kind);
        mKey.append(reinterpret_cast<const char *>(&style), sizeof style);
        const auto it = column.texts.find(std::string_view(mKey));
        if (it != column.texts.end())
            return it->second;
        QString text = cellText(kind, style, QString::fromUtf8(bytes.data(), qsizetype(bytes.size())));
        if (column.texts.size() < 1000) {
            column.texts.emplace(mKey, text);
        } else {
            column.gaveUp = true;
            column.texts = {};
        }
        return text;
    }

    /// The scanner stops: a zip problem is reported now; anything else goes to QXmlStreamReader.
    bool fallBack(QIODevice *device)
    {
        const auto *entry = static_cast<ZipEntryDevice *>(device);
        if (entry->failure() != ZipEntryDevice::Failure::None) {
            QXmlStreamReader none;
            mZip.check(none); // throws
        }
        return false;
    }

    ZipArchive &mZip;
    const QList<QString> &mStrings;
    const QList<NumberStyle> &mStyles;
    bool mDate1904;
    QString mSheet;
    QList<QStringList> mRows;
    QList<std::array<int, 4>> mMerges;
    struct TextHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    struct ColumnTexts {
        std::unordered_map<std::string, QString, TextHash, std::equal_to<>> texts;
        bool gaveUp = false;
    };
    std::vector<ColumnTexts> mColumnTexts; // by column; kept from sheet to sheet
    std::string mKey;
    qint64 mCells = 0;       ///< the cells of the workbook so far, empty ones left of a value included
    qint64 mCellsBefore = 0; ///< … before this sheet
    int mRow = -1;
    int mColumn = -1;
};

} // namespace

QList<SpreadsheetSheet> XlsxReader::read(const QString &path)
{
    ZipArchive zip(path);
    const Workbook book = readWorkbook(zip);
    const QList<QString> strings = readSharedStrings(zip, book.sharedStringsPart);
    const QList<NumberStyle> styles = readStyles(zip, book.stylesPart);
    SheetReader reader(zip, strings, styles, book.date1904);
    QList<SpreadsheetSheet> sheets;
    for (const Workbook::Sheet &s : book.sheets)
        sheets.append({s.name, reader.read(s.name, s.part)});
    return sheets;
}

QStringList XlsxReader::sheetNames(const QString &path)
{
    ZipArchive zip(path);
    QStringList names;
    for (const Workbook::Sheet &s : readWorkbook(zip).sheets)
        names.append(s.name);
    return names;
}

} // namespace daicho
