// daicho-ledger-bench: the speed targets of the ledger exports and imports (issue #5),
// measured in a Release build, each step a run of daicho-cli as a user would start it
// (opening the register included), with its own peak memory.
//
//   daicho-ledger-bench [--assets N] [--runs R] [--file PATH] [--keep] [--only csv|xlsx|import]
//
// Targets at 100,000 assets: xlsx < 3 s and < 150 MB; CSV < 1 s; CSV import < 5 s. The same
// rows are also written by a small Python xlsxwriter script (scripts/bench_xlsxwriter.py), and
// the ratio is reported; and by libxlsxwriter alone, cell by cell, the floor of the xlsx export.
#include "core/csvformat.h"
#include "core/jsonexchange.h"
#include "db/demoregister.h"
#include "db/registerstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

extern char **environ;

using namespace daicho;

namespace {

struct Run {
    double seconds = 0;
    double peakMb = 0;
    int code = -1;
};

/// Runs a program and waits for it; its wall time and its own peak memory (wait4).
Run run(const QString &program, const QStringList &args)
{
    std::vector<QByteArray> bytes{QFile::encodeName(program)};
    for (const QString &a : args)
        bytes.push_back(QFile::encodeName(a));
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0); // the CLI's own report
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    Run r;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return r;
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    r.peakMb = double(usage.ru_maxrss) / 1024.0;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

/// Runs `work` in a child process and waits for it. The bench's own memory must stay small:
/// Linux reports a spawned program's peak memory as at least that of the process that
/// spawned it (the peak of the old address space is kept across exec), so the register is
/// made and read only in children.
template <typename Work>
bool inChild(Work work)
{
    std::fflush(stdout);
    const pid_t pid = fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        int code = 0;
        try {
            work();
        } catch (...) {
            code = 1;
        }
        std::fflush(stdout);
        _exit(code);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/// libxlsxwriter alone (constant memory, as the export) writing the cells of `csv` into one
/// sheet, without formats: the floor of any export through it. Seconds of the writing only.
double libxlsxwriterAlone(const QString &csv, const QString &xlsx)
{
    QFile in(csv);
    if (!in.open(QIODevice::ReadOnly))
        return -1;
    const QList<QStringList> rows = CsvFormat::read(in.readAll());
    QElapsedTimer t;
    t.start();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray path = QFile::encodeName(xlsx);
    lxw_workbook *workbook = workbook_new_opt(path.constData(), &options);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            if (!rows.at(r).at(c).isEmpty())
                worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), rows.at(r).at(c).toUtf8().constData(), nullptr);
        }
    }
    if (workbook_close(workbook) != LXW_NO_ERROR)
        return -1;
    return double(t.nsecsElapsed()) / 1e9;
}

/// The best of `runs` runs (the least disturbed by other work on the machine), and the highest peak.
Run best(int runs, const QString &program, const QStringList &args)
{
    Run out;
    for (int i = 0; i < runs; ++i) {
        const Run r = run(program, args);
        if (r.code != 0)
            return r;
        if (i == 0 || r.seconds < out.seconds)
            out.seconds = r.seconds;
        out.peakMb = std::max(out.peakMb, r.peakMb);
        out.code = 0;
    }
    return out;
}

void report(const char *what, const Run &r, double targetSeconds, double targetMb = 0)
{
    if (r.code != 0) {
        std::printf("%-40s FAILED (exit code %d)\n", what, r.code);
        return;
    }
    const bool ok = r.seconds < targetSeconds && (targetMb <= 0 || r.peakMb < targetMb);
    std::printf("%-40s %7.2f s %7.0f MB   (target < %.0f s%s) %s\n", what, r.seconds, r.peakMb, targetSeconds,
                targetMb > 0 ? qPrintable(QStringLiteral(", < %1 MB").arg(targetMb)) : "", ok ? "ok" : "MISSED");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int assets = 100000;
    int runs = 3;
    QString file;
    bool keep = false;
    QString only; // csv, xlsx or import: that step alone
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--assets") && i + 1 < args.size())
            assets = args[++i].toInt();
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--file") && i + 1 < args.size())
            file = args[++i];
        else if (args[i] == QLatin1String("--keep"))
            keep = true;
        else if (args[i] == QLatin1String("--only") && i + 1 < args.size())
            only = args[++i];
    }
    const QString cli = QStringLiteral(DAICHO_CLI_PATH);
    QTemporaryDir tmp;
    tmp.setAutoRemove(!keep); // --keep also keeps the exports and the import's register, for profiling
    if (file.isEmpty())
        file = tmp.filePath(QStringLiteral("bench.daicho"));
    if (!keep || !QFile::exists(file)) {
        for (const QString &s : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + s);
        if (!inChild([&] { createDemoRegister(file, assets, 1); })) {
            std::printf("daicho-ledger-bench: the register %s could not be made\n", qPrintable(file));
            return 1;
        }
    }
    std::printf("daicho-ledger-bench: %d assets, %s, best of %d runs\n", assets, qPrintable(file), runs);
    if (keep)
        std::printf("  outputs kept in %s\n", qPrintable(tmp.path()));
    const auto step = [&only](const char *name) { return only.isEmpty() || only == QLatin1String(name); };

    const QString csv = tmp.filePath(QStringLiteral("ledger.csv"));
    const QString sjis = tmp.filePath(QStringLiteral("ledger-sjis.csv"));
    const QString xlsx = tmp.filePath(QStringLiteral("ledger.xlsx"));
    const QString exp = QStringLiteral("export");
    const QString fmt = QStringLiteral("--format");
    const QString out = QStringLiteral("--out");
    if (!only.isEmpty() || step("csv")) // the other steps read this CSV
        report("CSV export (UTF-8 with BOM)", best(runs, cli, {exp, file, fmt, QStringLiteral("csv"), out, csv}), 1);
    if (step("csv"))
        report("CSV export (Shift_JIS)", best(runs, cli, {exp, file, fmt, QStringLiteral("csv"), out, sjis,
                                                      QStringLiteral("--encoding"), QStringLiteral("cp932")}), 1);
    const Run x = step("xlsx") ? best(runs, cli, {exp, file, fmt, QStringLiteral("xlsx"), out, xlsx}) : Run{};
    if (step("xlsx")) {
        report("xlsx export", x, 3, 150);
        std::printf("  (CSV %.1f MB, xlsx %.1f MB)\n", double(QFileInfo(csv).size()) / 1e6, double(QFileInfo(xlsx).size()) / 1e6);
        // The columns of the printed 台帳一覧 (15 of the 36): what most sections hand on.
        const QString fifteen = QStringLiteral("number,departmentId,name,kind,confidentiality,integrity,availability,"
                                               "restrictions,managerId,usePlaceId,storePlaceId,personalInfo,"
                                               "registeredOn,status,notes");
        report("xlsx export, 15 columns", best(runs, cli, {exp, file, fmt, QStringLiteral("xlsx"), out,
                                                           tmp.filePath(QStringLiteral("ledger15.xlsx")),
                                                           QStringLiteral("--columns"), fifteen}),
               3, 150);
    }

    if (step("xlsx") && x.code == 0) {
        // In a child: reading the CSV takes memory the bench must not keep (see inChild()).
        const bool ok = inChild([&] {
            double best = 1e9;
            for (int i = 0; i < runs; ++i)
                best = std::min(best, libxlsxwriterAlone(csv, tmp.filePath(QStringLiteral("alone.xlsx"))));
            if (best < 0)
                throw 1;
            std::printf("%-40s %7.2f s              (the same cells without formats; Daicho takes %.2f×)\n",
                        "libxlsxwriter alone, same cells", best, x.seconds / best);
        });
        if (!ok)
            std::printf("libxlsxwriter alone: failed\n");
    }

    // Python xlsxwriter writing the same rows (read from the CSV export), constant memory as ours.
    // Debian's python3 has python3-xlsxwriter; a python3 earlier on PATH (pyenv) may not.
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                            : QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString script = QStringLiteral(DAICHO_SOURCE_DIR "/scripts/bench_xlsxwriter.py");
    if (step("xlsx") && !python.isEmpty() && x.code == 0) {
        const Run py = best(1, python, {script, csv, tmp.filePath(QStringLiteral("python.xlsx"))});
        if (py.code == 0) {
            std::printf("%-40s %7.2f s %7.0f MB   (Daicho takes %.2f× Python's time)\n", "Python xlsxwriter, same rows",
                        py.seconds, py.peakMb, x.seconds / py.seconds);
        } else {
            std::printf("Python xlsxwriter: not run (exit code %d; is python3-xlsxwriter installed?)\n", py.code);
        }
    }

    // CSV import into a register with the same departments, people and places but no assets.
    if (step("import")) {
        // The register with the same departments, people and places but no assets, made once
        // (in a child) and copied before each run.
        const QString emptyFile = tmp.filePath(QStringLiteral("skeleton-empty.daicho"));
        const QString skeletonFile = tmp.filePath(QStringLiteral("skeleton.daicho"));
        const bool made = inChild([&] {
            auto source = RegisterStore::open(file);
            RegisterData skeleton = source->load();
            skeleton.assets.clear();
            skeleton.links.clear();
            skeleton.acceptances.clear();
            skeleton.plans.clear();
            skeleton.audit.clear();
            source.reset();
            for (const QString &s : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(emptyFile + s);
            auto target = RegisterStore::create(emptyFile, skeleton.scheme, skeleton.title);
            target->import(skeleton);
        });
        if (!made) {
            std::printf("daicho-ledger-bench: the register to import into could not be made\n");
            return 1;
        }
        double seconds = 1e9;
        Run imported;
        for (int i = 0; i < runs; ++i) {
            for (const QString &s : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(skeletonFile + s);
            if (!QFile::copy(emptyFile, skeletonFile)) // closed above: no -wal to copy
                break;
            const Run r = run(cli, {QStringLiteral("import"), skeletonFile, csv, fmt, QStringLiteral("csv")});
            if (r.code != 0) {
                imported = r;
                break;
            }
            seconds = std::min(seconds, r.seconds);
            imported.peakMb = std::max(imported.peakMb, r.peakMb);
            imported.code = 0;
        }
        imported.seconds = seconds;
        report("CSV import (all rows, one transaction)", imported, 5);
    }
    return 0;
}
