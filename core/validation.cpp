#include "core/validation.h"

#include "core/exceptions.h"

#include <QRegularExpression>

namespace daicho {

namespace {

// Characters as the user counts them: a kanji outside the BMP (𠮷) is one, not two.
qsizetype length(const QString &s) { return s.toUcs4().size(); }

// Line breaks (also U+2028/U+2029) and other control characters would break the
// one-line cells of the printed ledger, CSV export and lookups by number.
bool hasControlCharacter(const QString &s)
{
    for (const QChar c : s) {
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return true;
        default:
            break;
        }
    }
    return false;
}

// Fills in a "must be at most %1 characters (currently %2)" message.
QString limitMessage(const QString &translated, int max, const QString &value)
{
    return translated.arg(max).arg(length(value));
}

// A blank-only value is as empty as an empty one: nobody can find a row by it.
bool isBlank(const QString &s) { return s.trimmed().isEmpty(); }

void add(QList<FieldIssue> &issues, const char *field, const QString &message)
{
    issues.append({QString::fromLatin1(field), message});
}

void throwIfAny(const QList<FieldIssue> &issues)
{
    if (issues.isEmpty())
        return;
    QStringList messages;
    for (const FieldIssue &i : issues)
        messages << i.message;
    throw ValidationError(messages.join(QLatin1Char('\n')));
}

} // namespace

QList<FieldIssue> Validation::validate(const Asset &a)
{
    QList<FieldIssue> issues;
    if (isBlank(a.number))
        add(issues, "number", tr("The management number must not be empty."));
    else if (hasControlCharacter(a.number))
        add(issues, "number",
            tr("The management number must not contain line breaks or other control characters."));
    if (length(a.number) > MaxNumberLength)
        add(issues, "number",
            limitMessage(tr("The management number must be at most %1 characters long (currently %2)."),
                         MaxNumberLength, a.number));

    if (a.departmentId <= 0)
        add(issues, "departmentId", tr("The department must be set."));

    if (length(a.businessCategory) > MaxBusinessCategoryLength)
        add(issues, "businessCategory",
            limitMessage(tr("The business category must be at most %1 characters long (currently %2)."),
                         MaxBusinessCategoryLength, a.businessCategory));

    if (isBlank(a.name))
        add(issues, "name", tr("The asset name must not be empty."));
    if (length(a.name) > MaxNameLength)
        add(issues, "name",
            limitMessage(tr("The asset name must be at most %1 characters long (currently %2)."),
                         MaxNameLength, a.name));

    if (length(a.userScope) > MaxUserScopeLength)
        add(issues, "userScope",
            limitMessage(tr("The user scope must be at most %1 characters long (currently %2)."),
                         MaxUserScopeLength, a.userScope));
    if (length(a.medium) > MaxMediumLength)
        add(issues, "medium",
            limitMessage(tr("The medium / storage location must be at most %1 characters long (currently %2)."),
                         MaxMediumLength, a.medium));

    // 特定個人情報 and 要配慮個人情報 are kinds of 個人情報; the flag drives the 個人情報ファイル簿.
    if ((a.myNumber || a.sensitivePersonalInfo) && !a.personalInfo) {
        add(issues, "personalInfo",
            tr("Personal information must be marked when the asset holds specific personal information "
               "(My Number) or special care-required personal information."));
    }
    if (a.subjectCount < -1) {
        add(issues, "subjectCount",
            tr("The number of data subjects must be zero or more, or -1 when it is unknown."));
    }

    // Dates are checked only when both are set: an unset date is allowed.
    if (a.retentionUntil.isValid() && a.registeredOn.isValid() && a.retentionUntil < a.registeredOn)
        add(issues, "retentionUntil", tr("The retention deadline must not be before the registration date."));
    if (a.updatedOn.isValid() && a.registeredOn.isValid() && a.updatedOn < a.registeredOn)
        add(issues, "updatedOn", tr("The update date must not be before the registration date."));

    if (length(a.notes) > MaxNotesLength)
        add(issues, "notes",
            limitMessage(tr("The notes must be at most %1 characters long (currently %2)."),
                         MaxNotesLength, a.notes));
    return issues;
}

QList<FieldIssue> Validation::validate(const Department &d)
{
    // ASCII only: the code is a key in exports and file names and is typed on any keyboard.
    // \z, not $: $ would also match before a trailing newline.
    static const QRegularExpression codePattern(QStringLiteral("\\A[0-9A-Za-z_-]+\\z"));

    QList<FieldIssue> issues;
    if (isBlank(d.code)) {
        add(issues, "code", tr("The department code must not be empty."));
    } else if (length(d.code) > MaxDepartmentCodeLength) {
        add(issues, "code",
            limitMessage(tr("The department code must be at most %1 characters long (currently %2)."),
                         MaxDepartmentCodeLength, d.code));
    } else if (!codePattern.match(d.code).hasMatch()) {
        add(issues, "code",
            tr("The department code may contain only letters A-Z and a-z, digits 0-9, hyphens and underscores."));
    }
    if (isBlank(d.name))
        add(issues, "name", tr("The department name must not be empty."));
    if (d.id != 0 && d.parentId == d.id)
        add(issues, "parentId", tr("A department cannot be its own parent department."));
    if (d.validFrom.isValid() && d.validTo.isValid() && d.validTo < d.validFrom)
        add(issues, "validTo", tr("The end of the department's validity must not be before its start."));
    return issues;
}

QList<FieldIssue> Validation::validate(const Person &p)
{
    QList<FieldIssue> issues;
    if (isBlank(p.name))
        add(issues, "name", tr("The person's name must not be empty."));
    if (p.departmentId <= 0)
        add(issues, "departmentId", tr("The person's department must be set."));
    return issues;
}

void Validation::require(const Asset &asset) { throwIfAny(validate(asset)); }

void Validation::require(const Department &department) { throwIfAny(validate(department)); }

void Validation::require(const Person &person) { throwIfAny(validate(person)); }

} // namespace daicho
