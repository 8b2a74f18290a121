#include "db/nativestatement.h"

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
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(mStmt, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
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
