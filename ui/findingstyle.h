#pragma once

#include "core/findings.h"

#include <QColor>
#include <QIcon>

namespace daicho {

/// How findings look everywhere (table, panel, detail view, plan): one icon and one colour
/// per severity. The icons are the style's message icons, so they follow the platform theme.
QIcon severityIcon(Severity severity);
/// A muted background tint for rows and markers; readable with black text.
QColor severityColor(Severity severity);

} // namespace daicho
