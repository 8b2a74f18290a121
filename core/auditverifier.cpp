#include "core/auditverifier.h"

#include "core/entityjson.h"

#include <QHash>

namespace daicho {

QJsonObject AuditVerifier::settingsRow(const RegisterData &data)
{
    QJsonObject settings;
    for (auto it = data.settings.cbegin(); it != data.settings.cend(); ++it)
        settings.insert(it.key(), it.value());
    QJsonObject o;
    o.insert(QStringLiteral("title"), data.title);
    o.insert(QStringLiteral("scheme"), data.scheme);
    o.insert(QStringLiteral("settings"), settings);
    return o;
}

namespace {
template <typename T>
QString hashOf(const T &row)
{
    return rowHash(EntityJson::toJson(row));
}
QString hashOf(const Asset &row) { return EntityJson::rowHash(row); }
} // namespace

QStringList AuditVerifier::verify(const RegisterData &data, int maxProblems)
{
    QStringList problems;
    auto add = [&](const QString &p) {
        if (problems.size() < maxProblems)
            problems.append(p);
    };

    // 1. The chain: numbering, links and each entry's own hash.
    QString prev;
    qint64 expectedSeq = 1;
    QHash<QString, QHash<Id, const AuditEntry *>> latest;
    for (const AuditEntry &e : data.audit) {
        if (e.seq != expectedSeq)
            add(tr("Audit log entry %1 is missing: the log jumps from %2 to %3.")
                    .arg(expectedSeq).arg(expectedSeq - 1).arg(e.seq));
        if (e.prevHash != prev)
            add(tr("Audit log entry %1 does not follow the entry before it (the chain is broken).").arg(e.seq));
        if (e.computeHash() != e.hash)
            add(tr("Audit log entry %1 was changed after it was written.").arg(e.seq));
        prev = e.hash;
        expectedSeq = e.seq + 1;
        latest[e.entity][e.entityId] = &e;
    }

    // 2. Every row against its last recorded hash.
    auto checkRows = [&](const QString &entity, const QString &label, auto const &rows) {
        QHash<Id, const AuditEntry *> &last = latest[entity];
        QSet<Id> seen;
        for (const auto &row : rows) {
            seen.insert(row.id);
            const AuditEntry *e = last.value(row.id, nullptr);
            if (!e) {
                add(tr("%1 %2 is not recorded in the audit log (added outside Daicho).").arg(label).arg(row.id));
                continue;
            }
            if (e->rowHash != hashOf(row))
                add(tr("%1 %2 was changed outside Daicho after audit log entry %3.").arg(label).arg(row.id).arg(e->seq));
        }
        for (auto it = last.cbegin(); it != last.cend(); ++it) {
            if (!seen.contains(it.key()) && it.value()->action != QLatin1String("delete"))
                add(tr("%1 %2 was deleted outside Daicho (last audit log entry %3).")
                        .arg(label).arg(it.key()).arg(it.value()->seq));
        }
    };
    checkRows(QStringLiteral("department"), tr("Department"), data.departments);
    checkRows(QStringLiteral("person"), tr("Person"), data.people);
    checkRows(QStringLiteral("asset"), tr("Asset"), data.assets);
    checkRows(QStringLiteral("link"), tr("Link"), data.links);

    const AuditEntry *s = latest.value(QStringLiteral("setting")).value(0, nullptr);
    if (!s)
        add(tr("The register's settings are not recorded in the audit log."));
    else if (s->rowHash != rowHash(settingsRow(data)))
        add(tr("The register's settings were changed outside Daicho after audit log entry %1.").arg(s->seq));
    return problems;
}

} // namespace daicho
