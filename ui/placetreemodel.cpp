#include "ui/placetreemodel.h"

#include "core/render/planstyle.h"

#include "core/exceptions.h"
#include "ui/commands/placecommands.h"
#include "ui/document.h"

#include <QMimeData>
#include <QPainter>
#include <QPixmap>
#include <QSet>

#include <algorithm>

namespace daicho {

PlaceTreeModel::PlaceTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void PlaceTreeModel::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    reset(buildNodes());
    if (mDocument) {
        connect(mDocument, &Document::placesChanged, this, &PlaceTreeModel::rebuild);
        // Person names appear in the tool tips.
        connect(mDocument, &Document::peopleChanged, this, &PlaceTreeModel::rebuild);
    }
}

void PlaceTreeModel::rebuild()
{
    QList<Node> nodes = buildNodes();
    const bool sameShape = nodes.size() == mNodes.size()
                           && std::equal(nodes.cbegin(), nodes.cend(), mNodes.cbegin(), [](const Node &a, const Node &b) {
                                  return a.id == b.id && a.parent == b.parent && a.row == b.row;
                              });
    if (sameShape) {
        // Only properties changed: repaint, so that selection and expansion stay as they are.
        emitAllChanged();
        return;
    }
    reset(std::move(nodes));
}

void PlaceTreeModel::emitAllChanged()
{
    if (!mNodes.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (const Node &n : std::as_const(mNodes)) {
        if (!n.children.isEmpty()) {
            const QModelIndex parent = indexOf(n.id);
            emit dataChanged(index(0, 0, parent), index(int(n.children.size()) - 1, ColumnCount - 1, parent));
        }
    }
}

void PlaceTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emitAllChanged();
}

void PlaceTreeModel::reset(QList<Node> nodes)
{
    beginResetModel();
    mNodes = std::move(nodes);
    mIndex.clear();
    mTop.clear();
    for (int i = 0; i < mNodes.size(); ++i) {
        mIndex.insert(mNodes.at(i).id, i);
        if (mNodes.at(i).parent < 0)
            mTop.append(i);
    }
    endResetModel();
}

QList<PlaceTreeModel::Node> PlaceTreeModel::buildNodes() const
{
    QList<Node> nodes;
    if (!mDocument)
        return nodes;
    const QList<Place> &places = mDocument->places();
    QHash<Id, int> at;
    for (const Place &p : places) {
        at.insert(p.id, int(nodes.size()));
        nodes.append({p.id, -1, 0, {}});
    }
    // Parent links, unless the parent is missing or the chain loops (bad data): then the top.
    for (int i = 0; i < places.size(); ++i) {
        const Id parentId = places.at(i).parentId;
        if (!parentId || !at.contains(parentId))
            continue;
        QSet<Id> seen{places.at(i).id};
        bool loops = false;
        for (Id up = parentId; up && at.contains(up); up = places.at(at.value(up)).parentId) {
            if (seen.contains(up)) {
                loops = true;
                break;
            }
            seen.insert(up);
        }
        if (!loops)
            nodes[i].parent = at.value(parentId);
    }
    int topRow = 0;
    for (int i = 0; i < nodes.size(); ++i) {
        Node &n = nodes[i];
        if (n.parent < 0) {
            n.row = topRow++;
        } else {
            n.row = int(nodes[n.parent].children.size());
            nodes[n.parent].children.append(i);
        }
    }
    return nodes;
}

Id PlaceTreeModel::idAt(const QModelIndex &index) const
{
    const Node *n = nodeAt(index);
    return n ? n->id : 0;
}

QModelIndex PlaceTreeModel::indexOf(Id id, int column) const
{
    const auto it = mIndex.constFind(id);
    if (it == mIndex.cend())
        return {};
    return createIndex(mNodes.at(*it).row, column, quintptr(*it));
}

const PlaceTreeModel::Node *PlaceTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= quintptr(mNodes.size()))
        return nullptr;
    return &mNodes.at(int(index.internalId()));
}

QModelIndex PlaceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < mTop.size() ? createIndex(row, column, quintptr(mTop.at(row))) : QModelIndex();
    const Node *p = nodeAt(parent);
    if (!p || row >= p->children.size())
        return {};
    return createIndex(row, column, quintptr(p->children.at(row)));
}

QModelIndex PlaceTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeAt(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(mNodes.at(n->parent).row, 0, quintptr(n->parent));
}

int PlaceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(mTop.size());
    if (parent.column() != 0)
        return 0;
    const Node *n = nodeAt(parent);
    return n ? int(n->children.size()) : 0;
}

int PlaceTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant PlaceTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeAt(index);
    const Place *p = n && mDocument ? mDocument->place(n->id) : nullptr;
    if (!p)
        return {};
    if (role == IdRole)
        return qlonglong(p->id);
    if (role == LevelRole)
        return p->isArea() ? QVariant(p->level) : QVariant();
    if (role == Qt::ToolTipRole)
        return toolTip(*p);
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return p->name;
        if (role == Qt::DecorationRole && p->isArea())
            return levelIcon(p->level);
        break;
    case LevelColumn:
        if (role == Qt::DisplayRole && p->isArea())
            return Enums::levelLabel(p->level);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        break;
    case KindColumn:
        if (role == Qt::DisplayRole) {
            QStringList parts{Enums::label(p->kind)};
            if (p->isArea() && p->controlledArea)
                parts << tr("Controlled area");
            if (p->isArea() && p->handlingArea)
                parts << tr("Handling area");
            return parts.join(tr(", "));
        }
        break;
    case AfterHoursColumn:
        if (role == Qt::DisplayRole && p->isArea()) {
            if (p->lockedAfterHours)
                return tr("Locked");
            return p->level == 2 ? tr("Not locked (L1 after hours)") : tr("Not locked");
        }
        break;
    default:
        break;
    }
    return {};
}

namespace {
const QString kPlaceMime = QStringLiteral("application/x-daicho-place-id");
} // namespace

Qt::ItemFlags PlaceTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return f;
    f |= Qt::ItemIsDropEnabled;
    const Place *p = mDocument ? mDocument->place(idAt(index)) : nullptr;
    if (p && p->kind != PlaceKind::Site)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

Qt::DropActions PlaceTreeModel::supportedDropActions() const { return Qt::MoveAction; }

QStringList PlaceTreeModel::mimeTypes() const { return {kPlaceMime}; }

QMimeData *PlaceTreeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (const Id id = idAt(index)) {
            auto *data = new QMimeData;
            data->setData(kPlaceMime, QByteArray::number(id));
            return data;
        }
    }
    return nullptr;
}

bool PlaceTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &parent) const
{
    if (!mDocument || !data || action != Qt::MoveAction || !data->hasFormat(kPlaceMime))
        return false;
    const Id id = data->data(kPlaceMime).toLongLong();
    const Id target = idAt(parent);
    // Not onto itself or under itself; whether the kinds fit is the command's to say.
    return id && target && id != target && !mDocument->placeSubtree(id).contains(target);
}

bool PlaceTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Place *moved = mDocument->place(data->data(kPlaceMime).toLongLong());
    if (!moved || moved->parentId == idAt(parent))
        return false;
    Place after = *moved;
    after.parentId = idAt(parent);
    try {
        mDocument->execute(new EditPlaceCommand(mDocument, after)); // can throw
    } catch (const Exception &e) {
        emit moveRejected(e.message());
    }
    return false;
}

QVariant PlaceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Place");
    case LevelColumn:
        return tr("Level");
    case KindColumn:
        return tr("Kind");
    case AfterHoursColumn:
        return tr("After hours");
    default:
        return {};
    }
}

QString PlaceTreeModel::toolTip(const Place &p) const
{
    QStringList lines{mDocument->placePath(p.id), Enums::label(p.kind)};
    if (p.isArea()) {
        lines << levelDescription(p.level);
        lines << (p.lockedAfterHours ? tr("Locked after hours") : tr("Not locked after hours"));
        lines << tr("Entry control: %1").arg(Enums::label(p.entryControl));
        if (p.controlledArea)
            lines << tr("Controlled area");
        if (p.handlingArea)
            lines << tr("Handling area");
    }
    if (p.managerId)
        lines << tr("Manager: %1").arg(mDocument->personName(p.managerId));
    return lines.join(QLatin1Char('\n'));
}

QColor PlaceTreeModel::levelColor(int level) { return PlanStyle::levelColor(level); }

QIcon PlaceTreeModel::levelIcon(int level)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(level);
    if (it != cache.cend())
        return *it;
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(levelColor(level).darker(140));
    painter.setBrush(levelColor(level));
    painter.drawRect(QRectF(0.5, 0.5, 11, 11));
    painter.end();
    return *cache.insert(level, QIcon(pixmap));
}

QString PlaceTreeModel::levelDescription(int level)
{
    switch (level) {
    case 0:
        return tr("L0: unspecified people move about fairly freely (public road, corridor, the public side of the "
                  "counter)");
    case 1:
        return tr("L1: unspecified people come and go, watched by those in the room (an office not locked after "
                  "hours)");
    case 2:
        return tr("L2: people come and go with the manager's explicit permission, watched by those in the room (an "
                  "office locked after hours)");
    case 3:
        return tr("L3: always locked; only a few people with the manager's explicit permission can get at it "
                  "(locker, rack or desk drawer kept locked). For storage only");
    case 4:
        return tr("L4: always locked, with strict entry control and controlled work inside (server room, server "
                  "rack kept locked)");
    default:
        return Enums::levelLabel(level);
    }
}

} // namespace daicho
