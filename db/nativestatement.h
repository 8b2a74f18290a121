#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <vector>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace daicho {

/// A prepared statement on the SQLite connection under a QSqlDatabase, for the
/// bulk paths (import) where Qt Sql's QVariant per bound value costs a quarter of
/// the time. It joins the connection's transaction. isValid() is false when the
/// connection is not SQLite; the caller then uses Qt Sql. Failures throw DbError.
class NativeStatement {
    Q_DISABLE_COPY_MOVE(NativeStatement)
public:
    NativeStatement(QSqlDatabase &db, const QString &sql); // can throw
    ~NativeStatement();

    bool isValid() const { return mStmt != nullptr; }
    /// Text is always bound as text ("" for a null QString): the columns are NOT NULL.
    void bind(int index, const QString &text);
    void bind(int index, qint64 value);
    void bindNull(int index);
    /// Runs the statement once and makes it ready for the next values.
    void run(); // can throw

private:
    sqlite3 *mDb = nullptr;
    sqlite3_stmt *mStmt = nullptr;
    // One UTF-8 buffer per parameter, kept until the parameter is bound again: SQLite reads
    // the text in place (no copy), and a bulk import allocates nothing per value.
    std::vector<QByteArray> mText;
};

} // namespace daicho
