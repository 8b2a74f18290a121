#pragma once

#include "core/entities.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace daicho {

/// One problem with one field of an entity.
struct FieldIssue {
    QString field;   ///< the JSON/DB field name, e.g. "number", "subjectCount"
    QString message; ///< translated, names the field in the user's words

    bool operator==(const FieldIssue &o) const = default;
};

/// Field rules of the register's entities, shared by the editors, the importer and
/// the CLI so that all of them accept exactly the same rows. Classification level
/// values are not checked here: they depend on the register's scheme.
class Validation {
    Q_DECLARE_TR_FUNCTIONS(daicho::Validation)
public:
    // Upper limits, in characters (Unicode code points, so a rare kanji counts as one).
    static constexpr int MaxNumberLength = 64;
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxBusinessCategoryLength = 100;
    static constexpr int MaxUserScopeLength = 200;
    static constexpr int MaxMediumLength = 200;
    static constexpr int MaxNotesLength = 4000;
    static constexpr int MaxDepartmentCodeLength = 32;

    /// All problems of the entity, in field order; empty = valid.
    static QList<FieldIssue> validate(const Asset &asset);
    static QList<FieldIssue> validate(const Department &department);
    static QList<FieldIssue> validate(const Person &person);

    /// Throws ValidationError with every message, one per line, if there is a problem.
    static void require(const Asset &asset);
    static void require(const Department &department);
    static void require(const Person &person);
};

} // namespace daicho
