#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <QTextStream>

namespace daicho {

/// daicho-cli: batch work on registers with no display.
/// Exit codes: 0 ok, 1 rejected input, failed verification or findings of severity error,
/// 2 usage, 3 file or database error.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(daicho::Cli)
public:
    enum Exit { Ok = 0, Rejected = 1, Usage = 2, FileOrDb = 3 };

    Cli(QTextStream &out, QTextStream &err) : mOut(out), mErr(err) {}
    /// Runs one command; `args` excludes the program name.
    int run(const QStringList &args);
    /// Whether the command paints (needs a QGuiApplication rather than a QCoreApplication);
    /// `args` as for run().
    static bool needsGui(const QStringList &args);

private:
    int cmdNew(const QStringList &args);
    int cmdDemo(const QStringList &args);
    int cmdExport(const QStringList &args);
    int exportPdf(const QString &file, const QMap<QString, QString> &values);
    int cmdImport(const QStringList &args);
    int importCsv(const QString &file, const QString &input, const QMap<QString, QString> &values);
    int cmdVerify(const QStringList &args);
    int cmdCheck(const QStringList &args);
    int cmdPlan(const QStringList &args);
    int usage(const QString &problem = {});
    QString usageText() const;

    QTextStream &mOut;
    QTextStream &mErr;
};

} // namespace daicho
