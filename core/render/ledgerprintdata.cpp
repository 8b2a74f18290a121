#include "core/render/ledgerprintdata.h"

#include "core/audittext.h"
#include "core/exceptions.h"
#include "core/registercheck.h"
#include "core/render/plansheetdata.h"
#include "core/wareki.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace daicho {

namespace {

/// Keeps the keys the scheme has, in the given order.
QStringList available(const QStringList &wanted, const ClassificationScheme &scheme)
{
    const QStringList all = LedgerColumns::keys(scheme);
    QStringList out;
    for (const QString &k : wanted) {
        if (all.contains(k))
            out.append(k);
    }
    return out;
}

/// The department with `code` and every department under it; empty for all departments.
/// The same selection as LedgerColumns::build() makes, which has already refused an unknown code.
QSet<Id> departmentSelection(const RegisterData &data, const QString &code)
{
    QSet<Id> wanted;
    if (code.isEmpty())
        return wanted;
    for (const Department &d : data.departments) {
        if (d.code == code)
            wanted.insert(d.id);
    }
    bool grew = !wanted.isEmpty();
    while (grew) {
        grew = false;
        for (const Department &d : data.departments) {
            if (d.parentId && wanted.contains(d.parentId) && !wanted.contains(d.id)) {
                wanted.insert(d.id);
                grew = true;
            }
        }
    }
    return wanted;
}

/// The links of `id` as 関係, 管理番号, 名称, 種別.
QList<QStringList> linkRows(Id id, const QList<AssetLink> &links, const QHash<Id, const Asset *> &assets)
{
    QList<QStringList> rows;
    for (const AssetLink &l : links) {
        if (l.fromId != id && l.toId != id)
            continue;
        const bool outgoing = l.fromId == id;
        QString relation;
        switch (l.type) {
        case LinkType::StoredOn:
            relation = outgoing ? LedgerPrintBuilder::tr("Stored on") : LedgerPrintBuilder::tr("Stored here");
            break;
        case LinkType::CanAccess:
            relation = outgoing ? LedgerPrintBuilder::tr("Can access") : LedgerPrintBuilder::tr("Accessed from");
            break;
        case LinkType::RunsOn:
            relation = outgoing ? LedgerPrintBuilder::tr("Runs on") : LedgerPrintBuilder::tr("Runs here");
            break;
        }
        const Asset *other = assets.value(outgoing ? l.toId : l.fromId);
        rows.append({relation, other ? other->number : QStringLiteral("—"), other ? other->name : QString(),
                     other ? Enums::label(other->kind) : QString()});
    }
    return rows;
}

} // namespace

QStringList LedgerPrintBuilder::defaultColumns(const ClassificationScheme &scheme)
{
    return available({QStringLiteral("number"), QStringLiteral("departmentId"), QStringLiteral("name"),
                      QStringLiteral("kind"), QStringLiteral("confidentiality"), QStringLiteral("integrity"),
                      QStringLiteral("availability"),
                      // 重要度 only where it is set by hand (岸和田 A/B/C); elsewhere it is derived
                      // from the columns before it.
                      scheme.importanceDirect() ? QStringLiteral("importance") : QString(),
                      QStringLiteral("restrictions"),
                      QStringLiteral("managerId"), QStringLiteral("usePlaceId"), QStringLiteral("storePlaceId"),
                      QStringLiteral("personalInfo"), QStringLiteral("notes")},
                     scheme);
}

QStringList LedgerPrintBuilder::checkColumns(const ClassificationScheme &scheme)
{
    return available({QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("kind"),
                      QStringLiteral("departmentId"), QStringLiteral("usePlaceId"), QStringLiteral("storePlaceId"),
                      QStringLiteral("managerId")},
                     scheme);
}

QStringList LedgerPrintBuilder::columnsFor(LedgerLayout layout, const ClassificationScheme &scheme)
{
    switch (layout) {
    case LedgerLayout::List:
        return defaultColumns(scheme);
    case LedgerLayout::Check:
        return checkColumns(scheme);
    case LedgerLayout::Sheet:
        break;
    }
    return LedgerColumns::keys(scheme);
}

QStringList LedgerPrintBuilder::approvalRoles(const QMap<QString, QString> &settings)
{
    const QString value = settings.value(SettingKey::ApprovalRoles).trimmed();
    if (value.isEmpty())
        return PlanSheetBuilder::defaultApprovalRoles();
    if (value == QLatin1String("-"))
        return {};
    QStringList roles;
    for (const QString &r : value.split(QRegularExpression(QStringLiteral("[\\n,、]")), Qt::SkipEmptyParts)) {
        if (!r.trimmed().isEmpty())
            roles.append(r.trimmed());
    }
    return roles;
}

QString LedgerPrintBuilder::approvalRolesSetting(const QStringList &roles)
{
    QStringList kept;
    for (const QString &r : roles) {
        if (!r.trimmed().isEmpty())
            kept.append(r.trimmed());
    }
    return kept.isEmpty() ? QStringLiteral("-") : kept.join(u'\n');
}

QString LedgerPrintBuilder::defaultPrintedBy()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

QList<LedgerHistoryRow> LedgerPrintBuilder::historyRows(const QList<AuditEntry> &entries, const RegisterData &data,
                                                        const ClassificationScheme &scheme, int limit)
{
    QList<LedgerHistoryRow> rows;
    const QString separator = QStringLiteral("、");
    const AuditText::NameOf nameOf = [&data](const QString &field, Id id) -> QString {
        auto find = [id](const auto &list) -> QString {
            for (const auto &x : list) {
                if (x.id == id)
                    return x.name;
            }
            return {};
        };
        if (field == QLatin1String("departmentId"))
            return find(data.departments);
        if (field == QLatin1String("managerId"))
            return find(data.people);
        if (field == QLatin1String("systemId")) {
            for (const Asset &a : data.assets) {
                if (a.id == id)
                    return a.number + u' ' + a.name;
            }
            return {};
        }
        return find(data.places);
    };
    for (auto it = entries.crbegin(); it != entries.crend() && rows.size() < limit; ++it) {
        const AuditEntry &e = *it;
        const QDateTime local = e.at.toLocalTime();
        LedgerHistoryRow r;
        r.when = Wareki::formatShort(local.date()) + u' ' + local.time().toString(QStringLiteral("HH:mm"));
        r.action = AuditText::action(e.action);
        r.by = e.person.isEmpty() ? e.osUser : tr("%1 (%2)").arg(e.person, e.osUser);
        if (e.action == QLatin1String("update")) {
            QStringList parts;
            for (const FieldChange &c : e.changes) {
                QString label = LedgerColumns::header(c.field, scheme);
                if (label.isEmpty()) {
                    if (c.field == QLatin1String("measures"))
                        label = tr("Measures");
                    else if (c.field == QLatin1String("usePoint") || c.field == QLatin1String("storePoint"))
                        label = tr("Position on the plan");
                    else
                        label = c.field;
                }
                if (c.field == QLatin1String("usePoint") || c.field == QLatin1String("storePoint"))
                    parts << label;
                else
                    parts << tr("%1: %2 → %3")
                                 .arg(label, AuditText::value(c.field, c.oldValue, scheme, nameOf, AuditText::Dates::Short, separator),
                                      AuditText::value(c.field, c.newValue, scheme, nameOf, AuditText::Dates::Short, separator));
            }
            r.what = parts.join(QStringLiteral("　"));
        } else if (e.action == QLatin1String("create")) {
            r.what = tr("Registered in the ledger");
        } else if (e.action == QLatin1String("import")) {
            r.what = tr("Imported into the ledger");
        }
        rows.append(r);
    }
    return rows;
}

LedgerPrintData LedgerPrintBuilder::build(const LedgerPrintInput &in)
{
    if (!in.data || !in.engine)
        throw LogicError(QStringLiteral("LedgerPrintBuilder::build needs the register and its engine"));
    const RegisterData &data = *in.data;
    const ClassificationScheme &scheme = in.engine->scheme();
    LedgerPrintData out;
    out.approvalRoles = in.approvalRoles;
    out.printedBy = in.printedBy;
    out.printedAt = in.printedAt;

    LedgerOptions options = in.ledger;
    if (options.columns.isEmpty())
        options.columns = columnsFor(in.layout, scheme);
    out.table = LedgerColumns::build(data, scheme, *in.engine, options); // can throw
    if (in.layout != LedgerLayout::Sheet)
        return out;

    // The 個票: every column of the ledger, whatever the list shows.
    LedgerOptions all = options;
    all.columns = LedgerColumns::keys(scheme);
    const LedgerTable fields = LedgerColumns::build(data, scheme, *in.engine, all);
    const QSet<Id> wanted = departmentSelection(data, options.departmentCode);
    QList<const Asset *> assets;
    QHash<Id, const Asset *> byId;
    for (const Asset &a : data.assets) {
        byId.insert(a.id, &a);
        if (wanted.isEmpty() || wanted.contains(a.departmentId))
            assets.append(&a);
    }
    if (assets.size() != fields.rows.size())
        throw LogicError(QStringLiteral("LedgerPrintBuilder: the ledger's rows do not match the assets"));
    QHash<Id, QString> departments;
    for (const Department &d : data.departments)
        departments.insert(d.id, d.name);

    out.assets.reserve(assets.size());
    for (int i = 0; i < assets.size(); ++i) {
        const Asset &a = *assets.at(i);
        LedgerSheetAsset s;
        s.assetId = a.id;
        s.number = a.number;
        s.name = a.name;
        s.department = departments.value(a.departmentId);
        const QStringList &row = fields.rows.at(i);
        for (int c = 0; c < fields.columns.size(); ++c) {
            const LedgerColumn &col = fields.columns.at(c);
            s.fields.append({col.header, row.at(c), col.wrap});
        }
        s.restrictions = a.restrictions.join(QStringLiteral("、"));

        // The measures the effective classification requires, and whether each is done.
        const EffectiveClassification *eff = in.engine->of(a.id);
        const QStringList required =
            eff ? eff->requiredMeasures : scheme.requiredMeasures(
                                              {{QStringLiteral("C"), a.confidentiality},
                                               {QStringLiteral("I"), a.integrity},
                                               {QStringLiteral("A"), a.availability}},
                                              a.importance);
        for (const QString &tag : required)
            s.measures.append({scheme.measureLabel(tag), a.measureDone(tag) ? tr("done") : tr("not done")});

        s.links = linkRows(a.id, data.links, byId);

        if (in.checker && in.findingsOf) {
            if (const std::vector<Finding> *found = in.findingsOf(a.id)) {
                // Measures not done are in the table of measures already: one line says how many.
                int notDone = 0, notDoneAccepted = 0;
                std::optional<Severity> notDoneSeverity;
                for (const Finding &f : *found) {
                    if (f.code == FindingCode::MeasureNotDone) {
                        ++notDone;
                        notDoneAccepted += f.accepted;
                        if (!notDoneSeverity || f.severity > *notDoneSeverity)
                            notDoneSeverity = f.severity;
                        continue;
                    }
                    s.findings.append({FindingChecker::severityLabel(f.severity), FindingChecker::codeId(f.code),
                                       in.checker->message(f), f.accepted ? tr("Accepted") : QString()});
                }
                if (notDone > 0) {
                    s.findings.append({FindingChecker::severityLabel(*notDoneSeverity),
                                       FindingChecker::codeId(FindingCode::MeasureNotDone),
                                       tr("%n measure(s) the classification requires are not done (see the measures above).",
                                          nullptr, notDone),
                                       notDoneAccepted > 0 ? tr("%1 of %2").arg(notDoneAccepted).arg(notDone) : QString()});
                }
            }
        }
        if (in.historyOf) {
            const QList<AuditEntry> entries = in.historyOf(a.id);
            s.historyTotal = int(entries.size());
            s.history = historyRows(entries, data, scheme, in.historyLimit);
        }
        out.assets.append(s);
    }
    return out;
}

} // namespace daicho
