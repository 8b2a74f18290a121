#include "db/database.h"

#include <QDir>
#include <QSqlError>
#include <QUuid>

namespace daicho {

Database::Database(const QString &path, Mode mode)
    : mPath(path), mName(QStringLiteral("daicho-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        throw DbError(tr("The SQLite driver of Qt (QSQLITE) is not installed."));
    mDb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), mName);
    mDb.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    mDb.setConnectOptions(options);
    if (!mDb.open()) {
        const QSqlError err = mDb.lastError();
        mDb = QSqlDatabase();
        QSqlDatabase::removeDatabase(mName);
        fail(tr("The file %1 could not be opened as a database.").arg(path), err, QString());
    }
}

Database::~Database()
{
    if (mDepth > 0)
        rollback();
    mDb.close();
    mDb = QSqlDatabase();
    QSqlDatabase::removeDatabase(mName);
}

void Database::fail(const QString &what, const QSqlError &error, const QString &sql) const
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): say what it means for the user.
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("11") || code == QLatin1String("26"))
        throw FileError(tr("The register %1 is damaged and cannot be read. Restore it from a backup.\n%2")
                            .arg(QDir::toNativeSeparators(mPath), error.text().trimmed()));
    QString message = what;
    const QString detail = error.text().trimmed();
    if (!detail.isEmpty())
        message += QLatin1Char('\n') + tr("Database message: %1").arg(detail);
    if (!sql.isEmpty())
        message += QLatin1Char('\n') + QStringLiteral("SQL: ") + sql.simplified().left(300);
    throw DbError(message);
}

QSqlQuery Database::prepare(const QString &sql)
{
    QSqlQuery q(mDb);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        fail(tr("A database statement could not be prepared."), q.lastError(), sql);
    return q;
}

void Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(tr("A database statement failed."), query.lastError(), query.lastQuery());
}

QSqlQuery Database::exec(const QString &sql)
{
    QSqlQuery q(mDb);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        fail(tr("A database statement failed."), q.lastError(), sql);
    return q;
}

QVariant Database::scalar(const QString &sql)
{
    QSqlQuery q = exec(sql);
    return q.next() ? q.value(0) : QVariant();
}

void Database::begin()
{
    if (mDepth == 0)
        exec(QStringLiteral("BEGIN IMMEDIATE"));
    ++mDepth;
}

void Database::commit()
{
    if (mDepth == 0)
        throw DbError(tr("The change was not saved because an earlier step of it failed."));
    if (mDepth == 1)
        exec(QStringLiteral("COMMIT"));
    if (mDepth > 0)
        --mDepth;
}

void Database::rollback() noexcept
{
    if (mDepth == 0)
        return;
    mDepth = 0;
    ++mRollbacks;
    QSqlQuery q(mDb);
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qWarning("Daicho: rollback failed: %s", qPrintable(q.lastError().text()));
}

Transaction::Transaction(Database &db) : mDb(db), mOwner(!db.inTransaction())
{
    mDb.begin();
}

Transaction::~Transaction()
{
    if (!mDone) {
        // An inner guard that did not commit poisons the whole transaction.
        mDb.rollback();
    }
}

void Transaction::commit()
{
    mDb.commit();
    mDone = true;
}

} // namespace daicho
