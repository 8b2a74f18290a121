#include "testutil.h"

#include <QDir>

namespace daicho::test {

TempDir::TempDir() : mDir(std::make_unique<QTemporaryDir>()) {}

QString TempDir::path(const QString &name) const { return mDir->filePath(name); }

QString dataPath(const QString &name) { return QDir(QStringLiteral(DAICHO_TEST_DATA)).filePath(name); }

} // namespace daicho::test
