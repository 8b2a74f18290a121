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

} // namespace daicho::test
