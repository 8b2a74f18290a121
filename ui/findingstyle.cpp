#include "ui/findingstyle.h"

#include <QApplication>
#include <QStyle>

namespace daicho {

QIcon severityIcon(Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xf8, 0xd7, 0xda);
    case Severity::Warning:
        return QColor(0xff, 0xf3, 0xcd);
    case Severity::Info:
        return QColor(0xdb, 0xea, 0xfe);
    }
    return {};
}

} // namespace daicho
