#pragma once

#include <QString>

namespace daicho {

/// Loads Daicho's and Qt's own translations for a language ("ja", "en") and
/// installs them in the running application. Japanese is the default.
class I18n {
public:
    static void install(const QString &language);
    /// The language currently installed.
    static QString current();
    /// "ja" unless the settings or DAICHO_LANG say otherwise.
    static QString preferredLanguage();
};

} // namespace daicho
