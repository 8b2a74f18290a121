#include "core/render/plansheetdata.h"

#include "core/exceptions.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace daicho {

QRectF PlanSheetData::extent() const
{
    QRectF r;
    auto unite = [&r](const QRectF &b) { r = r.isNull() ? b : r.united(b); };
    for (const PlanSheetArea &a : areas)
        unite(a.outline.boundingRect());
    for (const Door &d : doors)
        unite(QRectF(QPointF(d.a), QPointF(d.b)).normalized());
    if (!background.isEmpty() && backgroundSize.isValid() && backgroundMmPerPixel > 0)
        unite(QRectF(backgroundOrigin, QSizeF(backgroundSize) * backgroundMmPerPixel));
    return r;
}

QStringList PlanSheetBuilder::defaultApprovalRoles()
{
    return {tr("Information security head (section chief)"), tr("Information security staff")};
}

PlanSheetData PlanSheetBuilder::build(const PlanSheetInput &in)
{
    const auto floor = std::find_if(in.places.cbegin(), in.places.cend(),
                                    [&](const Place &p) { return p.id == in.floorId; });
    if (floor == in.places.cend() || floor->kind != PlaceKind::Floor)
        throw ValidationError(tr("There is no floor with the id %1.").arg(in.floorId));
    if (!in.checker)
        throw LogicError(QStringLiteral("PlanSheetBuilder::build needs a checker"));
    const FindingChecker &checker = *in.checker;
    const FloorPlan plan = in.plan ? *in.plan : FloorPlan{};

    PlanSheetData d;
    d.floorPath = checker.placePath(in.floorId);
    d.title = PlanContent::title(plan, d.floorPath);
    for (const Department &dep : in.departments) {
        if (dep.id == plan.departmentId && plan.departmentId)
            d.department = dep.name;
    }
    d.author = plan.author;
    d.approver = plan.approver;
    d.edition = plan.edition;
    d.classification = plan.classification;
    d.createdOn = plan.createdOn;
    d.updatedOn = plan.updatedOn;
    d.printedOn = in.today;
    d.approvalRoles = in.approvalRoles.value_or(defaultApprovalRoles());
    d.afterHours = in.afterHours;
    d.northDegrees = plan.northDegrees;
    d.background = plan.background;
    d.backgroundSize = plan.backgroundSize;
    d.backgroundOrigin = plan.backgroundOrigin;
    d.backgroundMmPerPixel = plan.backgroundMmPerPixel;
    d.backgroundOpacity = plan.backgroundOpacity;
    d.doors = plan.doors;

    // Areas, parents first; a parent that is not drawn does not hold its children on paper.
    const QList<const Place *> areas = PlanContent::areasOf(in.floorId, in.places);
    QSet<Id> onFloor;
    QSet<Id> drawn;
    for (const Place *p : areas) {
        onFloor.insert(p->id);
        if (p->outline.size() >= 3)
            drawn.insert(p->id);
    }
    for (const Place *p : areas) {
        if (!drawn.contains(p->id)) {
            d.undrawnAreas.append(p->name);
            continue;
        }
        PlanSheetArea a;
        a.id = p->id;
        a.parentId = drawn.contains(p->parentId) ? p->parentId : 0;
        a.kind = p->kind;
        a.name = p->name;
        a.level = p->level;
        a.afterHoursLevel = FindingChecker::effectiveLevel(*p, Asset{}, true);
        a.controlledArea = p->controlledArea;
        a.handlingArea = p->handlingArea;
        for (const QPoint &pt : p->outline)
            a.outline.append(QPointF(pt));
        d.areas.append(a);
    }

    // The assets on this floor (in use), and their markers.
    QList<Asset> here;
    for (const Asset &a : in.assets) {
        if (a.status == AssetStatus::Disposed)
            continue;
        if (onFloor.contains(a.usePlaceId) || onFloor.contains(a.effectiveStorePlaceId()))
            here.append(a);
    }
    QHash<Id, const Asset *> byId;
    for (const Asset &a : std::as_const(here))
        byId.insert(a.id, &a);
    auto findingsOf = [&](Id id) -> const std::vector<Finding> * {
        return in.findingsOf ? in.findingsOf(id) : nullptr;
    };
    auto worstFor = [&](Id assetId, Id areaId, bool storage) -> std::optional<Severity> {
        std::optional<Severity> worst;
        const std::vector<Finding> *fs = findingsOf(assetId);
        if (!fs)
            return worst;
        for (const Finding &f : *fs) {
            const bool concerns = f.placeId == areaId || (!storage && f.placeId == 0);
            if (concerns && !f.accepted && (!worst || f.severity > *worst))
                worst = f.severity;
        }
        return worst;
    };
    for (const PlanMarker &m : PlanContent::markers(areas, here)) {
        const Asset *a = byId.value(m.assetId);
        if (!a)
            continue;
        d.markers.append({a->id, a->number, a->kind, m.storage, m.pos, worstFor(a->id, m.areaId, m.storage)});
    }

    // Findings about this floor: those naming one of its areas, and the asset's own (no area).
    const QString floorPrefix = d.floorPath + FindingChecker::tr(" › ");
    for (const Asset &a : std::as_const(here)) {
        const std::vector<Finding> *fs = findingsOf(a.id);
        if (!fs)
            continue;
        for (const Finding &f : *fs) {
            if (f.placeId && !onFloor.contains(f.placeId))
                continue;
            if (f.accepted) {
                ++d.acceptedFindings;
                continue;
            }
            QString area = f.placeId ? checker.placePath(f.placeId) : QString();
            if (area.startsWith(floorPrefix))
                area = area.mid(floorPrefix.size());
            d.findings.append({f.severity, FindingChecker::codeId(f.code), a.number, area, checker.message(f)});
        }
    }
    // Worst first; of the same severity, the zone rules first: they are what the plan shows.
    auto zone = [](const PlanSheetFinding &f) { return f.code.startsWith(QLatin1String("ZONE-")) ? 0 : 1; };
    std::stable_sort(d.findings.begin(), d.findings.end(), [&](const PlanSheetFinding &x, const PlanSheetFinding &y) {
        if (x.severity != y.severity)
            return x.severity > y.severity;
        if (zone(x) != zone(y))
            return zone(x) < zone(y);
        if (x.assetNumber != y.assetNumber)
            return x.assetNumber < y.assetNumber;
        return x.code < y.code;
    });
    return d;
}

} // namespace daicho
