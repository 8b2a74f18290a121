#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace daicho::test {

/// A temporary folder for one test; removed when the test ends.
class TempDir {
public:
    TempDir();
    QString path(const QString &name) const;

private:
    std::unique_ptr<QTemporaryDir> mDir;
};

/// Path of a file under tests/data.
QString dataPath(const QString &name);

/// Text as Qt's PDFs give it back, made comparable: Qt's ToUnicode map turns some kanji into
/// radicals (environment.md §5). NFKC undoes the Kangxi radicals (U+2F00…); the CJK Radicals
/// Supplement forms (U+2E80…, e.g. ⻑ for 長, ⻄ for 西) have no decomposition, so they are mapped.
QString nfkc(const QString &s);
/// Text of a PDF through poppler's pdftotext (`layout`: -layout), NFKC-normalised, pages
/// separated by form feeds; empty when pdftotext is missing or fails.
QString pdfText(const QString &path, bool layout = false);
/// Whether pdftotext and pdfinfo are on PATH.
bool havePoppler();

} // namespace daicho::test
