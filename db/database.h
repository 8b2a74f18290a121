#pragma once

#include "core/exceptions.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace daicho {

/// A database error: the translated message names what failed; the driver's
/// own text and the SQL follow for the technically minded.
class DbError : public RuntimeError {
public:
    using RuntimeError::RuntimeError;
};

/// One Qt Sql connection with a unique name. Every failure throws DbError;
/// values are always bound, never spliced into SQL.
class Database {
    Q_DECLARE_TR_FUNCTIONS(daicho::Database)
public:
    enum class Mode { ReadOnly, ReadWrite };

    Database(const QString &path, Mode mode); // can throw
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return mDb; }
    const QString &path() const { return mPath; }

    QSqlQuery prepare(const QString &sql);                 // can throw
    void exec(QSqlQuery &query);                            // can throw
    QSqlQuery exec(const QString &sql);                     // can throw
    /// First column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql);                    // can throw

    void begin();    // can throw
    void commit();   // can throw
    void rollback() noexcept;
    bool inTransaction() const { return mDepth > 0; }
    /// How many transactions have been rolled back: what a caller cached from the database
    /// during a transaction (the audit head) is stale once this number has moved.
    quint64 rollbacks() const { return mRollbacks; }

private:
    [[noreturn]] void fail(const QString &what, const QSqlError &error, const QString &sql) const;

    QString mPath;
    QString mName;
    QSqlDatabase mDb;
    int mDepth = 0;
    quint64 mRollbacks = 0;
};

/// Scoped transaction: commit() or it rolls back when it goes out of scope.
/// Nested guards join the outer transaction.
class Transaction {
public:
    explicit Transaction(Database &db); // can throw
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit(); // can throw

private:
    Database &mDb;
    bool mOwner;
    bool mDone = false;
};

} // namespace daicho
