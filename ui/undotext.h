#pragma once

#include <QCoreApplication>
#include <QString>

namespace daicho {

/// Names of the undo commands (Edit ▸ Undo "…") and the messages the commands give
/// when they refuse an edit, in one translation context. The commands live in
/// ui/commands/; their texts live here, where lupdate reads them.
class UndoText {
    Q_DECLARE_TR_FUNCTIONS(daicho::UndoText)
public:
    // Command names
    static QString editField(const QString &fieldLabel, const QString &assetNumber);
    static QString editAsset(const QString &assetNumber);
    static QString newAsset(const QString &assetNumber);
    static QString deleteAsset(const QString &assetNumber);
    static QString deleteAssets(int count);
    static QString addLink();
    static QString removeLink();
    static QString newDepartment(const QString &name);
    static QString editDepartment(const QString &name);
    static QString deleteDepartment(const QString &name);
    static QString newPerson(const QString &name);
    static QString editPerson(const QString &name);
    static QString deletePerson(const QString &name);
    static QString measureDone(const QString &measure, bool done);
    static QString newPlace(const QString &name);
    static QString editPlace(const QString &name);
    static QString deletePlace(const QString &name);
    static QString acceptFinding(const QString &code, const QString &assetNumber);
    static QString withdrawAcceptance(const QString &code, const QString &assetNumber);
    static QString editZoneTable();
    static QString setNetworkModel(const QString &model);

    // Refusals
    static QString numberInUse(const QString &number);
    static QString unknownLevel(const QString &axisName, const QString &level);
    static QString importanceNotDirect();
    static QString unknownImportance(const QString &level);
    static QString unknownDepartment();
    static QString unknownManager();
    static QString unknownSystem();
    static QString systemIsSelf();
    static QString assetMissing();
    static QString linkToSelf();
    static QString linkExists();
    static QString linkMissing();
    static QString departmentCodeInUse(const QString &code);
    static QString departmentLoop();
    static QString departmentInUse(int assets, int people, int children);
    static QString departmentMissing();
    static QString personMissing();
    static QString personIsManager(int assets);
    static QString placeMissing();
    static QString placeNeedsName();
    static QString placeLevelInvalid();
    static QString placeInUse(int assets, int children);
    static QString placeNamedByAcceptances(int count);
    static QString placeParentInvalid();
    static QString placeLoop();
    static QString placeNotArea();
    static QString acceptanceMissing();
    static QString acceptanceNeedsReason();
    static QString acceptanceNeedsPerson();
    static QString acceptanceNeedsFutureDate();

    // The plan (区画図)
    static QString drawArea(const QString &name);
    static QString pasteAreas(int count);
    static QString deleteAreas(int count);
    static QString moveOnPlan(int count);
    static QString reshapeArea(const QString &name);
    static QString removeOutline(const QString &name);
    static QString placeAsset(const QString &assetNumber, const QString &areaName);
    static QString addDoor();
    static QString editDoor();
    static QString deleteDoor();
    static QString setBackground();
    static QString calibrate();
    static QString editPlan();
    static QString outlineNotSimple(const QString &name);
    static QString areaOutsideParent(const QString &name, const QString &parent);
    static QString pointNotInArea(const QString &assetNumber);
    static QString calibrationOutOfRange();
    static QString deletePlan(const QString &floor);
};

} // namespace daicho
