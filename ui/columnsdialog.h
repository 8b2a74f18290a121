#pragma once

#include <QDialog>

class QHeaderView;
class QListWidget;

namespace daicho {

/// Chooses which columns of the ledger table show, and in which order.
class ColumnsDialog : public QDialog {
    Q_OBJECT
public:
    /// `unused` columns (axes the scheme lacks) are not offered.
    ColumnsDialog(QHeaderView *header, const QList<int> &unused, QWidget *parent = nullptr);

    void accept() override;

private:
    void move(int delta);
    void reset();
    void fill(bool defaults);

    QHeaderView *mHeader;
    QList<int> mUnused;
    QListWidget *mList;
};

} // namespace daicho
