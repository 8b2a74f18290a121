#pragma once

#include <QDate>
#include <QLineEdit>

namespace daicho {

/// A date field that shows 和暦 (令和7年4月1日) and accepts what people type:
/// 令和7年4月1日, R7.4.1, 2025/4/1, 2025-04-01 … (Wareki::parse). Empty = no date.
class WarekiDateEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit WarekiDateEdit(QWidget *parent = nullptr);

    /// The date typed, or the one set; invalid when empty or not a date (see isAcceptable()).
    QDate date() const;
    void setDate(const QDate &date);
    /// Empty or a date.
    bool isAcceptable() const;
    /// The message for a text that is not a date (translated).
    static QString notADateMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace daicho
