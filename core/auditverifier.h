#pragma once

#include "core/registerdata.h"

namespace daicho {

/// Checks a register's audit log: the hash chain, and every row against the
/// hash the last audit entry for it recorded. Works on plain data, so the same
/// check serves an open file (db/) and a document being imported.
class AuditVerifier {
    Q_DECLARE_TR_FUNCTIONS(daicho::AuditVerifier)
public:
    /// Translated problems found; empty when everything matches.
    static QStringList verify(const RegisterData &data, int maxProblems = 50);
    /// The row of the register's settings as hashed by the audit log
    /// (title, scheme and the other settings together).
    static QJsonObject settingsRow(const RegisterData &data);
};

} // namespace daicho
