#pragma once

#include "core/entities.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPointer>

namespace daicho {

class Document;

/// The register's places as a tree: sites › buildings › floors › areas, areas nested (a
/// locker inside an office). Children keep the document's id order, i.e. the order of
/// creation. Property edits repaint the rows; a change of the tree's shape resets the model.
class PlaceTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, LevelColumn, KindColumn, AfterHoursColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, LevelRole };

    explicit PlaceTreeModel(QObject *parent = nullptr);

    void setDocument(Document *document);
    Document *document() const { return mDocument; }

    Id idAt(const QModelIndex &index) const;
    /// The index of a place in `column`; invalid when unknown.
    QModelIndex indexOf(Id id, int column = NameColumn) const;
    /// The UI language changed: headers and texts are asked for again.
    void retranslate();

    /// The colour of a level on the tree and on plans (L0 grey … L4 red).
    static QColor levelColor(int level);
    /// A small square of the level's colour.
    static QIcon levelIcon(int level);
    /// What the level means (domain.md §3.1): 「L3: 常時施錠…」
    static QString levelDescription(int level);

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Drag and drop: a place is moved under another one (an EditPlaceCommand, so undoable).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    /// Moves the dragged place under `parent` through an EditPlaceCommand. Returns false even
    /// when it moved it, so that the view removes nothing itself: the tree is rebuilt from the
    /// document when the command has run.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    /// A drop was refused; the message is translated and says why.
    void moveRejected(const QString &message);

private:
    struct Node {
        Id id = 0;
        int parent = -1;   ///< node index; -1 = top level
        int row = 0;       ///< position under its parent
        QList<int> children;
    };
    void rebuild();
    void reset(QList<Node> nodes);
    void emitAllChanged();
    /// The nodes of the document's places; places whose parent is missing or loops hang at the top.
    QList<Node> buildNodes() const;
    const Node *nodeAt(const QModelIndex &index) const;
    QString toolTip(const Place &p) const;

    QPointer<Document> mDocument;
    QList<Node> mNodes;
    QList<int> mTop;
    QHash<Id, int> mIndex;
};

} // namespace daicho
