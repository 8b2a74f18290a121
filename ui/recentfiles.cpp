#include "ui/recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace daicho {

namespace {
const QString kKey = QStringLiteral("ui/recentFiles");
}

QStringList RecentFiles::list() { return QSettings().value(kKey).toStringList(); }

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > Max)
        files.removeLast();
    QSettings().setValue(kKey, files);
}

void RecentFiles::fillMenu(QMenu *menu, const std::function<void(const QString &)> &open)
{
    menu->clear();
    const QStringList files = list();
    for (const QString &file : files) {
        QAction *a = menu->addAction(QDir::toNativeSeparators(file));
        a->setEnabled(QFileInfo::exists(file));
        QObject::connect(a, &QAction::triggered, menu, [open, file] { open(file); });
    }
    if (files.isEmpty())
        menu->addAction(tr("No recent registers"))->setEnabled(false);
}

} // namespace daicho
