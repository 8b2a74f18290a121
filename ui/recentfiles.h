#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QMenu;

namespace daicho {

/// The registers opened last (QSettings "ui/recentFiles"), newest first.
class RecentFiles {
    Q_DECLARE_TR_FUNCTIONS(daicho::RecentFiles)
public:
    static constexpr int Max = 8;

    static QStringList list();
    static void add(const QString &path);
    /// Fills File ▸ Open Recent; `open` is called with the chosen path.
    static void fillMenu(QMenu *menu, const std::function<void(const QString &)> &open);
};

} // namespace daicho
