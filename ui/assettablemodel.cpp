#include "ui/assettablemodel.h"

#include "core/enums.h"
#include "core/exceptions.h"
#include "core/wareki.h"
#include "ui/assetfields.h"
#include "ui/commands/editassetcommand.h"
#include "ui/document.h"
#include "ui/findingstyle.h"
#include "ui/warekidateedit.h"

#include <QFont>

namespace daicho {

namespace {

// Field keys in column order.
const char *const kFields[AssetTableModel::ColumnCount] = {
    "number", "departmentId", "businessCategory", "name", "kind", "systemId", "segment", "userScope",
    "managerId", "medium", "personalInfo", "sensitivePersonalInfo", "myNumber", "subjectCount",
    "confidentiality", "integrity", "availability", "importance", "restrictions", "measures", "encrypted",
    "wireLocked", "canRemoteOperate", "provision", "retentionPeriod", "retentionUntil", "registeredOn",
    "updatedOn", "updatedBy", "notes", "status", "usePlaceId", "storePlaceId", "findings",
};

QVariantList pair(const QString &label, const QVariant &value) { return {label, value}; }

// Templates so that one table serves const reads and edits.
template <typename A>
auto boolField(A &a, int column) -> decltype(&a.personalInfo)
{
    switch (column) {
    case AssetTableModel::PersonalInfoColumn:
        return &a.personalInfo;
    case AssetTableModel::SensitivePersonalInfoColumn:
        return &a.sensitivePersonalInfo;
    case AssetTableModel::MyNumberColumn:
        return &a.myNumber;
    case AssetTableModel::EncryptedColumn:
        return &a.encrypted;
    case AssetTableModel::WireLockedColumn:
        return &a.wireLocked;
    case AssetTableModel::RemoteOperateColumn:
        return &a.canRemoteOperate;
    default:
        return nullptr;
    }
}

template <typename A>
auto textField(A &a, int column) -> decltype(&a.number)
{
    switch (column) {
    case AssetTableModel::NumberColumn:
        return &a.number;
    case AssetTableModel::BusinessCategoryColumn:
        return &a.businessCategory;
    case AssetTableModel::NameColumn:
        return &a.name;
    case AssetTableModel::UserScopeColumn:
        return &a.userScope;
    case AssetTableModel::MediumColumn:
        return &a.medium;
    case AssetTableModel::RetentionPeriodColumn:
        return &a.retentionPeriod;
    case AssetTableModel::NotesColumn:
        return &a.notes;
    default:
        return nullptr;
    }
}

template <typename A>
auto dateField(A &a, int column) -> decltype(&a.registeredOn)
{
    switch (column) {
    case AssetTableModel::RetentionUntilColumn:
        return &a.retentionUntil;
    case AssetTableModel::RegisteredOnColumn:
        return &a.registeredOn;
    case AssetTableModel::UpdatedOnColumn:
        return &a.updatedOn;
    default:
        return nullptr;
    }
}

} // namespace

AssetTableModel::AssetTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), mDocument(document)
{
    // The sort keys are announced before the signals a QSortFilterProxyModel acts on.
    connect(document, &Document::assetAboutToBeInserted, this,
            [this](int row) { beginInsertRows(QModelIndex(), row, row); });
    connect(document, &Document::assetInserted, this, [this] {
        emit sortKeysReset();
        endInsertRows();
    });
    connect(document, &Document::assetAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows(QModelIndex(), row, row); });
    connect(document, &Document::assetRemoved, this, [this] {
        emit sortKeysReset();
        endRemoveRows();
    });
    connect(document, &Document::assetsChanged, this, &AssetTableModel::sortKeysChanged);
    connect(document, &Document::assetChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(document, &Document::departmentsChanged, this, [this] { columnsChanged(DepartmentColumn); });
    connect(document, &Document::peopleChanged, this, [this] { columnsChanged(ManagerColumn); });
    connect(document, &Document::placesChanged, this, [this] {
        columnsChanged(UsePlaceColumn);
        columnsChanged(StorePlaceColumn);
    });
    // findingsChanged() rows are part of the assetsChanged() that follows; a reset is not.
    connect(document, &Document::findingsReset, this, [this] { columnsChanged(FindingsColumn); });
}

QString AssetTableModel::findingsText(int row) const
{
    const std::optional<Severity> worst = mDocument->findings().worstAt(row);
    if (!worst)
        return QString();
    // 「エラー 1 +3」: how many of the worst severity, and how many others.
    int worstCount = 0, others = 0;
    for (const Finding &f : mDocument->findingsAt(row)) {
        if (f.accepted)
            continue;
        (f.severity == *worst ? worstCount : others) += 1;
    }
    if (others == 0)
        return tr("%1 %2").arg(FindingChecker::severityLabel(*worst)).arg(worstCount);
    return tr("%1 %2 +%3").arg(FindingChecker::severityLabel(*worst)).arg(worstCount).arg(others);
}

QString AssetTableModel::findingsToolTip(int row) const
{
    QStringList lines;
    const FindingChecker &checker = mDocument->checker();
    for (const Finding &f : mDocument->findingsAt(row)) {
        lines << (f.accepted ? tr("[%1, accepted] %2: %3") : tr("[%1] %2: %3"))
                     .arg(FindingChecker::severityLabel(f.severity), FindingChecker::title(f.code),
                          checker.message(f));
    }
    return lines.join(QLatin1Char('\n'));
}

QString AssetTableModel::fieldOf(int column)
{
    return column >= 0 && column < ColumnCount ? QLatin1String(kFields[column]) : QString();
}

int AssetTableModel::columnOf(const QString &field)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (field == QLatin1String(kFields[c]))
            return c;
    }
    return -1;
}

QString AssetTableModel::axisIdOf(int column)
{
    switch (column) {
    case ConfidentialityColumn:
        return QStringLiteral("C");
    case IntegrityColumn:
        return QStringLiteral("I");
    case AvailabilityColumn:
        return QStringLiteral("A");
    default:
        return {};
    }
}

bool AssetTableModel::isBoolColumn(int column)
{
    switch (column) {
    case PersonalInfoColumn:
    case SensitivePersonalInfoColumn:
    case MyNumberColumn:
    case EncryptedColumn:
    case WireLockedColumn:
    case RemoteOperateColumn:
        return true;
    default:
        return false;
    }
}

bool AssetTableModel::isDateColumn(int column)
{
    return column == RetentionUntilColumn || column == RegisteredOnColumn || column == UpdatedOnColumn;
}

bool AssetTableModel::isColumnUsed(int column) const
{
    const QString axis = axisIdOf(column);
    return axis.isEmpty() || mDocument->scheme().axis(axis) != nullptr;
}

Id AssetTableModel::assetIdAt(int row) const
{
    return row >= 0 && row < mDocument->assetCount() ? mDocument->assetAt(row).id : 0;
}

std::pair<int, int> AssetTableModel::measureCounts(const Asset &asset, const QStringList &required)
{
    int done = 0;
    for (const QString &tag : required)
        done += asset.measureDone(tag);
    return {done, int(required.size())};
}

QModelIndex AssetTableModel::index(int row, int column, const QModelIndex &parent) const
{
    // Without the virtual rowCount()/columnCount() calls of hasIndex(): sorting calls this millions of times.
    if (parent.isValid() || row < 0 || column < 0 || column >= ColumnCount || row >= mDocument->assetCount())
        return {};
    return createIndex(row, column);
}

int AssetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mDocument->assetCount();
}

int AssetTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case UsePlaceColumn:
            return tr("Place of use");
        case StorePlaceColumn:
            return tr("Place of storage");
        case FindingsColumn:
            return tr("Findings");
        default:
            return AssetFields::label(fieldOf(section), &mDocument->scheme());
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == ImportanceColumn)
            return tr("Effective importance: the highest of the asset's own, the one derived from its "
                      "values and the one of what it holds. \"(set by hand)\" marks a value set by hand.");
        if (!axisIdOf(section).isEmpty())
            return tr("Effective value: the higher of the asset's own value and the highest value of "
                      "what it holds. Italic: raised by what it holds.");
    }
    return {};
}

Qt::ItemFlags AssetTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const int c = index.column();
    if (isBoolColumn(c))
        return f | Qt::ItemIsUserCheckable;
    switch (c) {
    case MeasuresColumn:
    case UpdatedOnColumn:
    case UpdatedByColumn:
    case UsePlaceColumn:
    case StorePlaceColumn:
    case FindingsColumn:
        return f;
    case ImportanceColumn:
        return mDocument->scheme().importanceDirect() ? f | Qt::ItemIsEditable : f;
    default:
        return isColumnUsed(c) ? f | Qt::ItemIsEditable : f;
    }
}

QVariant AssetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mDocument->assetCount() || index.column() >= ColumnCount)
        return {};
    const int row = index.row();
    const int column = index.column();
    const Asset &a = mDocument->assetAt(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(a, row, column);
    case Qt::EditRole:
        return edit(a, column);
    case Qt::CheckStateRole:
        if (const bool *flag = boolField(a, column))
            return *flag ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        const QString axis = axisIdOf(column);
        if (!axis.isEmpty() && isColumnUsed(column))
            return mDocument->engine().axisExplanation(a.id, axis);
        if (column == ImportanceColumn || column == MeasuresColumn)
            return mDocument->engine().explanation(a.id);
        if (column == NotesColumn || column == NameColumn)
            return display(a, row, column);
        if (column == UsePlaceColumn)
            return mDocument->placePath(a.usePlaceId);
        if (column == StorePlaceColumn)
            return mDocument->placePath(a.effectiveStorePlaceId());
        if (column == FindingsColumn)
            return findingsToolTip(row);
        return {};
    }
    case Qt::DecorationRole:
        if (column == FindingsColumn) {
            if (const std::optional<Severity> worst = mDocument->findings().worstAt(row))
                return severityIcon(*worst);
        }
        return {};
    case SeverityRole: {
        const std::optional<Severity> worst = mDocument->findings().worstAt(row);
        return worst ? int(*worst) : -1;
    }
    case Qt::FontRole: {
        const QString axis = axisIdOf(column);
        const EffectiveClassification *c = axis.isEmpty() ? nullptr : mDocument->classificationAt(row);
        const AxisClassification *ax = c ? c->axis(axis) : nullptr;
        if (ax && ax->effective && ax->effective != ax->manual) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        if (column == SubjectCountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case AssetIdRole:
        return qlonglong(a.id);
    case ChoicesRole:
        return choices(column);
    default:
        return {};
    }
}

QVariant AssetTableModel::display(const Asset &a, int row, int column) const
{
    const Document &doc = *mDocument;
    switch (column) {
    case DepartmentColumn:
        return doc.departmentName(a.departmentId);
    case KindColumn:
        return Enums::label(a.kind);
    case SystemColumn: {
        const Asset *system = a.systemId ? doc.asset(a.systemId) : nullptr;
        return system ? system->name : QString();
    }
    case SegmentColumn:
        return Enums::label(a.segment);
    case ManagerColumn:
        return doc.personName(a.managerId);
    case SubjectCountColumn:
        return a.subjectCount >= 0 ? QVariant(a.subjectCount) : QVariant();
    case ConfidentialityColumn:
    case IntegrityColumn:
    case AvailabilityColumn: {
        const SchemeAxis *axis = doc.scheme().axis(axisIdOf(column));
        const EffectiveClassification *c = doc.classificationAt(row);
        const QString value = c ? c->effectiveValue(axisIdOf(column)) : a.axisValue(axisIdOf(column));
        const SchemeLevel *level = axis ? axis->level(value) : nullptr;
        return level ? level->label.text() : value;
    }
    case ImportanceColumn: {
        const EffectiveClassification *c = doc.classificationAt(row);
        if (!c || !c->importance)
            return QString();
        if (c->ownImportanceManual && c->ownImportance == c->importance)
            return tr("%1 (set by hand)").arg(c->importance->id);
        return c->importance->id;
    }
    case RestrictionsColumn:
        return a.restrictions.join(AssetFields::listSeparator());
    case MeasuresColumn: {
        const EffectiveClassification *c = doc.classificationAt(row);
        if (!c || c->requiredMeasures.isEmpty())
            return QString();
        const auto [done, required] = measureCounts(a, c->requiredMeasures);
        return tr("%1/%2 done").arg(done).arg(required);
    }
    case ProvisionColumn:
        return Enums::label(a.provision);
    case RetentionUntilColumn:
        return Wareki::formatShort(a.retentionUntil);
    case RegisteredOnColumn:
        return Wareki::formatShort(a.registeredOn);
    case UpdatedOnColumn:
        return Wareki::formatShort(a.updatedOn);
    case UpdatedByColumn:
        return a.updatedBy;
    case NotesColumn: {
        QString notes = a.notes;
        return notes.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    case StatusColumn:
        return Enums::label(a.status);
    case UsePlaceColumn: {
        const Place *p = a.usePlaceId ? doc.place(a.usePlaceId) : nullptr;
        return p ? p->name : QString();
    }
    case StorePlaceColumn: {
        const Place *p = a.effectiveStorePlaceId() ? doc.place(a.effectiveStorePlaceId()) : nullptr;
        return p ? p->name : QString();
    }
    case FindingsColumn:
        return findingsText(row);
    default:
        if (const QString *text = textField(a, column))
            return *text;
        return {};
    }
}

QVariant AssetTableModel::edit(const Asset &a, int column) const
{
    if (const QString *text = textField(a, column))
        return *text;
    if (const bool *flag = boolField(a, column))
        return *flag;
    if (const QDate *date = dateField(a, column))
        return Wareki::formatLong(*date);
    switch (column) {
    case DepartmentColumn:
        return qlonglong(a.departmentId);
    case KindColumn:
        return int(a.kind);
    case SystemColumn:
        return qlonglong(a.systemId);
    case SegmentColumn:
        return int(a.segment);
    case ManagerColumn:
        return qlonglong(a.managerId);
    case SubjectCountColumn:
        return a.subjectCount;
    case ConfidentialityColumn:
    case IntegrityColumn:
    case AvailabilityColumn:
        return a.axisValue(axisIdOf(column));
    case ImportanceColumn:
        return a.importance;
    case RestrictionsColumn:
        return a.restrictions.join(AssetFields::listSeparator());
    case ProvisionColumn:
        return int(a.provision);
    case StatusColumn:
        return int(a.status);
    default:
        return display(a, mDocument->rowOf(a.id), column);
    }
}

QVariant AssetTableModel::choices(int column) const
{
    const Document &doc = *mDocument;
    QVariantList out;
    switch (column) {
    case DepartmentColumn:
        for (const Department &d : doc.departments())
            out.append(QVariant(pair(d.name, qlonglong(d.id))));
        break;
    case KindColumn:
        for (int i = 0; i < AssetKindCount; ++i)
            out.append(QVariant(pair(Enums::label(AssetKind(i)), i)));
        break;
    case SystemColumn:
        out.append(QVariant(pair(tr("None (paper or standalone)"), qlonglong(0))));
        for (Id id : doc.systemIds())
            out.append(QVariant(pair(doc.assetLabel(id), qlonglong(id))));
        break;
    case SegmentColumn:
        for (int i = 0; i < NetworkSegmentCount; ++i)
            out.append(QVariant(pair(Enums::label(NetworkSegment(i)), i)));
        break;
    case ManagerColumn:
        out.append(QVariant(pair(tr("Not set"), qlonglong(0))));
        for (const Person &p : doc.people())
            out.append(QVariant(pair(p.name, qlonglong(p.id))));
        break;
    case ConfidentialityColumn:
    case IntegrityColumn:
    case AvailabilityColumn:
        if (const SchemeAxis *axis = doc.scheme().axis(axisIdOf(column))) {
            out.append(QVariant(pair(tr("Not set"), QString())));
            for (const SchemeLevel &l : axis->levels)
                out.append(QVariant(pair(l.label.text(), l.id)));
        }
        break;
    case ImportanceColumn:
        out.append(QVariant(pair(tr("Derived"), QString())));
        for (const SchemeLevel &l : doc.scheme().importanceLevels())
            out.append(QVariant(pair(l.label.text(), l.id)));
        break;
    case ProvisionColumn:
        for (Provision p : {Provision::Issued, Provision::Private})
            out.append(QVariant(pair(Enums::label(p), int(p))));
        break;
    case StatusColumn:
        for (AssetStatus s : {AssetStatus::Active, AssetStatus::Disposed})
            out.append(QVariant(pair(Enums::label(s), int(s))));
        break;
    default:
        return {};
    }
    return out;
}

bool AssetTableModel::applyEdit(Asset &a, int column, const QVariant &value, int role)
{
    if (role == Qt::CheckStateRole) {
        bool *flag = boolField(a, column);
        if (!flag)
            return false;
        *flag = value.toInt() == Qt::Checked;
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    if (bool *flag = boolField(a, column)) {
        *flag = value.toBool();
        return true;
    }
    if (QString *text = textField(a, column)) {
        *text = column == NotesColumn ? value.toString() : value.toString().trimmed();
        return true;
    }
    if (QDate *date = dateField(a, column)) {
        if (value.typeId() == QMetaType::QDate) {
            *date = value.toDate();
            return true;
        }
        const QString text = value.toString().trimmed();
        *date = text.isEmpty() ? QDate() : Wareki::parse(text);
        if (!text.isEmpty() && !date->isValid())
            throw ValidationError(WarekiDateEdit::notADateMessage(text));
        return true;
    }
    bool ok = true;
    switch (column) {
    case DepartmentColumn:
        a.departmentId = value.toLongLong(&ok);
        break;
    case SystemColumn:
        a.systemId = value.toLongLong(&ok);
        break;
    case ManagerColumn:
        a.managerId = value.toLongLong(&ok);
        break;
    case KindColumn: {
        const int v = value.toInt(&ok);
        ok = ok && v >= 0 && v < AssetKindCount;
        if (ok)
            a.kind = AssetKind(v);
        break;
    }
    case SegmentColumn: {
        const int v = value.toInt(&ok);
        ok = ok && v >= 0 && v < NetworkSegmentCount;
        if (ok)
            a.segment = NetworkSegment(v);
        break;
    }
    case ProvisionColumn: {
        const int v = value.toInt(&ok);
        ok = ok && (v == int(Provision::Issued) || v == int(Provision::Private));
        if (ok)
            a.provision = Provision(v);
        break;
    }
    case StatusColumn: {
        const int v = value.toInt(&ok);
        ok = ok && (v == int(AssetStatus::Active) || v == int(AssetStatus::Disposed));
        if (ok)
            a.status = AssetStatus(v);
        break;
    }
    case SubjectCountColumn:
        a.subjectCount = value.isNull() || value.toString().isEmpty() ? -1 : value.toInt(&ok);
        break;
    case ConfidentialityColumn:
    case IntegrityColumn:
    case AvailabilityColumn:
        a.setAxisValue(axisIdOf(column), value.toString());
        break;
    case ImportanceColumn:
        a.importance = value.toString();
        break;
    case RestrictionsColumn:
        a.restrictions = AssetFields::splitList(value.toString());
        break;
    default:
        return false;
    }
    return ok;
}

bool AssetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= mDocument->assetCount() || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    try {
        Asset after = mDocument->assetAt(index.row());
        if (!applyEdit(after, index.column(), value, role))
            return false;
        if (after == mDocument->assetAt(index.row()))
            return true;
        return mDocument->execute(new EditAssetCommand(mDocument, after, fieldOf(index.column())));
    } catch (const Exception &e) {
        emit editRejected(e.message());
        return false;
    }
}

void AssetTableModel::columnsChanged(int column)
{
    emit sortKeysReset();
    if (rowCount() > 0)
        emit dataChanged(index(0, column), index(rowCount() - 1, column));
}

void AssetTableModel::retranslate()
{
    emit sortKeysReset();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace daicho
