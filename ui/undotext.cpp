#include "ui/undotext.h"

namespace daicho {

QString UndoText::editField(const QString &fieldLabel, const QString &assetNumber)
{
    return tr("Edit %1 of %2").arg(fieldLabel, assetNumber);
}
QString UndoText::editAsset(const QString &assetNumber) { return tr("Edit %1").arg(assetNumber); }
QString UndoText::newAsset(const QString &assetNumber) { return tr("New asset %1").arg(assetNumber); }
QString UndoText::deleteAsset(const QString &assetNumber) { return tr("Delete asset %1").arg(assetNumber); }
QString UndoText::deleteAssets(int count) { return tr("Delete %n asset(s)", nullptr, count); }
QString UndoText::addLink() { return tr("Add link"); }
QString UndoText::removeLink() { return tr("Remove link"); }
QString UndoText::newDepartment(const QString &name) { return tr("New department %1").arg(name); }
QString UndoText::editDepartment(const QString &name) { return tr("Edit department %1").arg(name); }
QString UndoText::deleteDepartment(const QString &name) { return tr("Delete department %1").arg(name); }
QString UndoText::newPerson(const QString &name) { return tr("New person %1").arg(name); }
QString UndoText::editPerson(const QString &name) { return tr("Edit person %1").arg(name); }
QString UndoText::deletePerson(const QString &name) { return tr("Delete person %1").arg(name); }
QString UndoText::measureDone(const QString &measure, bool done)
{
    return done ? tr("Mark measure done: %1").arg(measure) : tr("Mark measure not done: %1").arg(measure);
}

QString UndoText::numberInUse(const QString &number)
{
    return tr("The management number %1 is already used by another asset.").arg(number);
}
QString UndoText::unknownLevel(const QString &axisName, const QString &level)
{
    return tr("%1 has no level \"%2\" in this register's classification scheme.").arg(axisName, level);
}
QString UndoText::importanceNotDirect()
{
    return tr("In this register's classification scheme the importance is derived and cannot be set by hand.");
}
QString UndoText::unknownImportance(const QString &level)
{
    return tr("The importance \"%1\" does not exist in this register's classification scheme.").arg(level);
}
QString UndoText::unknownDepartment() { return tr("The chosen department does not exist in this register."); }
QString UndoText::unknownManager() { return tr("The chosen manager does not exist in this register."); }
QString UndoText::unknownSystem()
{
    return tr("The related information system must be an asset of the kind \"Information system\" in this register.");
}
QString UndoText::systemIsSelf() { return tr("An asset cannot be its own related information system."); }
QString UndoText::assetMissing() { return tr("The asset no longer exists in the register."); }
QString UndoText::linkToSelf() { return tr("An asset cannot be linked to itself."); }
QString UndoText::linkExists() { return tr("These two assets are already linked in this way."); }
QString UndoText::linkMissing() { return tr("The link no longer exists in the register."); }
QString UndoText::departmentCodeInUse(const QString &code)
{
    return tr("The department code %1 is already used by another department.").arg(code);
}
QString UndoText::departmentLoop()
{
    return tr("A department cannot be placed under itself or under one of its own sub-departments.");
}
QString UndoText::departmentInUse(int assets, int people, int children)
{
    return tr("This department cannot be deleted: it still has %1 asset(s), %2 person(s) and %3 "
              "sub-department(s). Move them first, or set an end date (valid to) instead.")
        .arg(assets)
        .arg(people)
        .arg(children);
}
QString UndoText::departmentMissing() { return tr("The department no longer exists in the register."); }
QString UndoText::personMissing() { return tr("The person no longer exists in the register."); }
QString UndoText::personIsManager(int assets)
{
    return tr("This person cannot be deleted: they are the manager of %1 asset(s). Choose another manager "
              "for them first.")
        .arg(assets);
}

QString UndoText::newPlace(const QString &name) { return tr("New place %1").arg(name); }
QString UndoText::editPlace(const QString &name) { return tr("Edit place %1").arg(name); }
QString UndoText::deletePlace(const QString &name) { return tr("Delete place %1").arg(name); }
QString UndoText::acceptFinding(const QString &code, const QString &assetNumber)
{
    return tr("Accept %1 of %2").arg(code, assetNumber);
}
QString UndoText::withdrawAcceptance(const QString &code, const QString &assetNumber)
{
    return tr("Withdraw the acceptance of %1 of %2").arg(code, assetNumber);
}
QString UndoText::editZoneTable() { return tr("Edit the zone table"); }
QString UndoText::setNetworkModel(const QString &model) { return tr("Set the network model to %1").arg(model); }

QString UndoText::placeMissing() { return tr("The place no longer exists."); }
QString UndoText::placeNeedsName() { return tr("A place needs a name."); }
QString UndoText::placeLevelInvalid() { return tr("The level must be L0 to L4."); }
QString UndoText::placeInUse(int assets, int children)
{
    return tr("The place cannot be deleted: %1 assets are used or kept there and it contains %2 places. "
              "Move them first.")
        .arg(assets)
        .arg(children);
}
QString UndoText::placeNamedByAcceptances(int count)
{
    return tr("The place cannot be deleted: %n acceptance(s) of findings name it. Withdraw them first "
              "(in the asset's findings).", nullptr, count);
}
QString UndoText::placeParentInvalid()
{
    return tr("A site has no parent; a building belongs to a site, a floor to a building, and an area "
              "to a floor or to another area.");
}
QString UndoText::placeLoop() { return tr("A place cannot be put inside itself or a place under it."); }
QString UndoText::placeNotArea() { return tr("Assets can only be placed in an area (a room, container, rack or counter), not in a site, building or floor."); }
QString UndoText::acceptanceMissing() { return tr("The acceptance no longer exists."); }
QString UndoText::acceptanceNeedsReason() { return tr("An acceptance needs a reason."); }
QString UndoText::acceptanceNeedsPerson() { return tr("An acceptance needs the person who accepts it."); }
QString UndoText::acceptanceNeedsFutureDate() { return tr("The acceptance must run until today or a later date."); }

QString UndoText::drawArea(const QString &name) { return tr("Draw %1").arg(name); }
QString UndoText::pasteAreas(int count) { return tr("Paste %n area(s)", nullptr, count); }
QString UndoText::deleteAreas(int count) { return tr("Delete %n area(s)", nullptr, count); }
QString UndoText::moveOnPlan(int count) { return tr("Move %n item(s) on the plan", nullptr, count); }
QString UndoText::reshapeArea(const QString &name) { return tr("Reshape %1").arg(name); }
QString UndoText::removeOutline(const QString &name) { return tr("Remove %1 from the plan").arg(name); }
QString UndoText::placeAsset(const QString &assetNumber, const QString &areaName)
{
    return tr("Place %1 in %2").arg(assetNumber, areaName);
}
QString UndoText::addDoor() { return tr("Add door"); }
QString UndoText::editDoor() { return tr("Edit door"); }
QString UndoText::deleteDoor() { return tr("Delete door"); }
QString UndoText::setBackground() { return tr("Set background image"); }
QString UndoText::calibrate() { return tr("Calibrate background"); }
QString UndoText::editPlan() { return tr("Edit plan properties"); }
QString UndoText::outlineNotSimple(const QString &name)
{
    return tr("The outline of %1 must have three or more corners and its edges must not cross.").arg(name);
}
QString UndoText::areaOutsideParent(const QString &name, const QString &parent)
{
    return tr("%1 must stay inside %2.").arg(name, parent);
}
QString UndoText::calibrationOutOfRange()
{
    return tr("The calibration is out of range: one image pixel must be between 0.001 mm and 100 m.");
}
QString UndoText::deletePlan(const QString &floor) { return tr("Delete the zone plan of %1").arg(floor); }
QString UndoText::pointNotInArea(const QString &assetNumber)
{
    return tr("%1 must be placed inside an area drawn on the plan.").arg(assetNumber);
}

} // namespace daicho
