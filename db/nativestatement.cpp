#include "db/nativestatement.h"

#include "core/utf8.h"
#include "db/database.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

namespace daicho {

NativeStatement::NativeStatement(QSqlDatabase &db, const QString &sql)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    mDb = *static_cast<sqlite3 *const *>(handle.data());
    if (!mDb)
        return;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(mDb, utf8.constData(), int(utf8.size()), &mStmt, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(mDb));
        mStmt = nullptr;
        throw DbError(Database::tr("A database statement could not be prepared.") + QLatin1Char('\n')
                      + Database::tr("Database message: %1").arg(message));
    }
}

NativeStatement::~NativeStatement()
{
    if (mStmt)
        sqlite3_finalize(mStmt);
}

void NativeStatement::bind(int index, const QString &text)
{
    if (text.isEmpty()) {
        sqlite3_bind_text(mStmt, index, "", 0, SQLITE_STATIC);
        return;
    }
    if (size_t(index) >= mText.size())
        mText.resize(size_t(index) + 1);
    QByteArray &buffer = mText[size_t(index)];
    buffer.resize(3 * text.size()); // keeps its capacity when it shrinks
    const char *end = appendUtf8(buffer.data(), text);
    sqlite3_bind_text(mStmt, index, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC);
}

void NativeStatement::bind(int index, qint64 value) { sqlite3_bind_int64(mStmt, index, value); }

void NativeStatement::bindNull(int index) { sqlite3_bind_null(mStmt, index); }

void NativeStatement::run()
{
    const int rc = sqlite3_step(mStmt);
    sqlite3_reset(mStmt);
    sqlite3_clear_bindings(mStmt);
    if (rc != SQLITE_DONE)
        throw DbError(Database::tr("A database statement failed.") + QLatin1Char('\n')
                      + Database::tr("Database message: %1").arg(QString::fromUtf8(sqlite3_errmsg(mDb))));
}

} // namespace daicho
