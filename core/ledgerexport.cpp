#include "core/ledgerexport.h"

#include "core/exceptions.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

namespace daicho {

namespace {

FileError writeError(const QString &path, const QString &reason)
{
    return FileError(LedgerExport::tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

void LedgerExport::writeCsv(const LedgerRowSource &rows, CsvFormat::Encoding encoding, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw writeError(path, f.errorString());
    CsvFormat::write(rows, encoding, [&](const QByteArray &bytes) {
        if (f.write(bytes) != bytes.size())
            throw writeError(path, f.errorString());
    });
    if (!f.commit())
        throw writeError(path, f.errorString());
}

void LedgerExport::writeXlsx(const LedgerRowSource &rows, const XlsxExport::Options &options, const QString &path)
{
    QTemporaryDir temp;
    if (!temp.isValid())
        throw writeError(path, temp.errorString());
    const QString partial = temp.filePath(QStringLiteral("ledger.xlsx"));
    XlsxExport::write(rows, options, partial); // can throw FileError
    QFile in(partial);
    if (!in.open(QIODevice::ReadOnly))
        throw writeError(path, in.errorString());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw writeError(path, out.errorString());
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size())
            throw writeError(path, chunk.isEmpty() ? in.errorString() : out.errorString());
    }
    if (!out.commit())
        throw writeError(path, out.errorString());
}

} // namespace daicho
