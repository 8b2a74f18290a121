#include "ui/warekidateedit.h"

#include "core/wareki.h"

#include <QEvent>

namespace daicho {

WarekiDateEdit::WarekiDateEdit(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    retranslate();
    // Show the typed date in the long form once it is finished, so the user sees what was understood.
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (isAcceptable() && !text().trimmed().isEmpty())
            setText(Wareki::formatLong(date()));
    });
}

QDate WarekiDateEdit::date() const
{
    const QString t = text().trimmed();
    return t.isEmpty() ? QDate() : Wareki::parse(t);
}

void WarekiDateEdit::setDate(const QDate &date) { setText(Wareki::formatLong(date)); }

bool WarekiDateEdit::isAcceptable() const { return text().trimmed().isEmpty() || date().isValid(); }

QString WarekiDateEdit::notADateMessage(const QString &text)
{
    return tr("\"%1\" is not a date. Enter a date such as 令和7年4月1日, R7.4.1 or 2025/4/1.").arg(text.trimmed());
}

void WarekiDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void WarekiDateEdit::retranslate()
{
    setPlaceholderText(tr("e.g. 令和7年4月1日 or R7.4.1"));
    setToolTip(tr("和暦 (令和7年4月1日, R7.4.1) or 西暦 (2025/4/1). Leave empty for no date."));
}

} // namespace daicho
