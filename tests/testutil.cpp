#include "testutil.h"

#include <QDir>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>

namespace daicho::test {

TempDir::TempDir() : mDir(std::make_unique<QTemporaryDir>()) {}

QString TempDir::path(const QString &name) const { return mDir->filePath(name); }

QString dataPath(const QString &name) { return QDir(QStringLiteral(DAICHO_TEST_DATA)).filePath(name); }

QString nfkc(const QString &s)
{
    static const QHash<char16_t, char16_t> supplement{
        {0x2EC4, u'西'}, {0x2ED1, u'長'}, {0x2ED8, u'青'}, {0x2EDD, u'食'}, {0x2EE3, u'骨'},
        {0x2EE4, u'鬼'}, {0x2EE8, u'麦'}, {0x2EE9, u'黄'}, {0x2EED, u'歯'}, {0x2EEF, u'竜'},
        {0x2EF2, u'亀'}, {0x2ECC, u'辶'}, {0x2ECD, u'辶'}, {0x2EA9, u'王'}, {0x2E8C, u'小'},
        {0x2EA0, u'民'}, {0x2E9F, u'母'},
    };
    QString out = s.normalized(QString::NormalizationForm_KC);
    for (QChar &c : out) {
        const auto it = supplement.constFind(c.unicode());
        if (it != supplement.constEnd())
            c = QChar(*it);
    }
    return out;
}

QString pdfText(const QString &path, bool layout)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return QString();
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    args << path << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return QString();
    return nfkc(QString::fromUtf8(p.readAllStandardOutput()));
}

bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
           && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

} // namespace daicho::test
