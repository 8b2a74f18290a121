#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace daicho {

class ClassificationScheme;

/// The user's words for the fields of the register's entities, keyed by the field
/// names of the JSON form (EntityJson) that FieldIssue and the audit log also use.
/// One place, so that the table header, the detail panel, validation messages next
/// to a field and the history dialog all call a field the same thing.
class AssetFields {
    Q_DECLARE_TR_FUNCTIONS(daicho::AssetFields)
public:
    /// Label of an asset field ("number" → 管理番号). Classification axes take the
    /// scheme's axis name when a scheme is given. Unknown keys come back as they are.
    static QString label(const QString &field, const ClassificationScheme *scheme = nullptr);
    /// Label of a department, person or link field ("code", "roles", "fromId", …).
    static QString otherLabel(const QString &entity, const QString &field);
    /// The axis field of an axis id: "C" → "confidentiality"; "" if none.
    static QString axisField(const QString &axisId);
    /// Splits a typed list of 取扱制限 ("複製禁止、配付禁止" or with commas) into items.
    static QStringList splitList(const QString &text);
    /// The separator used to show such a list.
    static QString listSeparator();
    /// Values a 保存期間 usually takes, offered in editors.
    static QStringList retentionPeriodSuggestions();
};

} // namespace daicho
