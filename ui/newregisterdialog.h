#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace daicho {

/// File ▸ New…: the register's title, its classification preset and where to save it.
class NewRegisterDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewRegisterDialog(QWidget *parent = nullptr);

    QString path() const;
    QString title() const;
    QString presetId() const;

    void accept() override;

private:
    void browse();
    void showDescription();

    QLineEdit *mTitle;
    QComboBox *mPreset;
    QLabel *mDescription;
    QLineEdit *mPath;
    QLabel *mMessage;
};

} // namespace daicho
