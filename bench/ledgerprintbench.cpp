// daicho-ledger-print-bench: the ledger on paper (issue #5, "Print and PDF"), in a Release build.
//
//   daicho-ledger-print-bench [--assets N] [--out DIR]
//
// The demo register of N assets (5,000 by default): the 台帳一覧 PDF (A4 landscape, the paper
// columns) from the register in memory, in its steps: effective classification and findings,
// the table of texts, the page layout (row heights, pages), and painting into the PDF.
// Target: the whole 台帳一覧 PDF of 5,000 rows < 10 s. The 点検表 and the 個票 are measured too
// (no target). With --out the PDFs are kept there to look at.
#include "core/classificationscheme.h"
#include "core/demogenerator.h"
#include "core/registercheck.h"
#include "core/render/ledgerprint.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <sys/resource.h>

#include <cstdio>
#include <memory>

using namespace daicho;

namespace {

double seconds(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e9; }

double peakMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

/// Builds, lays out and writes one layout; returns the seconds of the whole.
double run(const RegisterData &data, const RegisterCheck &check, LedgerLayout layout, const QString &out, int *pages,
           double *fontPt)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    LedgerPrintInput in;
    in.data = &data;
    in.engine = &check.engine();
    in.checker = &check.checker();
    in.findingsOf = [&check](Id id) { return check.findingsOf(id); };
    in.layout = layout;
    in.approvalRoles = LedgerPrintBuilder::approvalRoles(data.settings);
    in.printedBy = QStringLiteral("bench");
    LedgerPrintData printData = LedgerPrintBuilder::build(in);
    const double build = seconds(step);
    step.restart();
    LedgerPrintOptions options;
    options.layout = layout;
    const LedgerPrint print(std::move(printData), options);
    const double layoutTime = seconds(step);
    step.restart();
    const QByteArray pdf = print.pdf();
    const double paint = seconds(step);
    if (!out.isEmpty())
        writeFileOrThrow(out, pdf);
    const double all = seconds(total);
    std::printf("  %-24s texts %6.2f s, layout %6.2f s, PDF %6.2f s: %d pages, %.1f pt, %.1f MB\n",
                qPrintable(LedgerPrint::layoutName(layout)), build, layoutTime, paint, print.pageCount(),
                print.fontSizePt(), double(pdf.size()) / 1e6);
    *pages = print.pageCount();
    *fontPt = print.fontSizePt();
    return all;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int assets = 5000;
    QString outDir;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--assets") && i + 1 < args.size())
            assets = args[++i].toInt();
        else if (args[i] == QLatin1String("--out") && i + 1 < args.size())
            outDir = args[++i];
    }
    auto path = [&](const char *name) { return outDir.isEmpty() ? QString() : QDir(outDir).filePath(QLatin1String(name)); };

    RegisterData data = DemoGenerator::generate(assets, 1);
    data.scheme = ClassificationScheme::preset(QStringLiteral("soumu")).toJson();
    QElapsedTimer t;
    t.start();
    const RegisterCheck check(data); // what daicho-cli computes before printing
    const double checkTime = seconds(t);
    std::printf("daicho-ledger-print-bench: %d assets (demo, seed 1); classification and findings %.2f s\n", assets,
                checkTime);

    int pages = 0;
    double font = 0;
    const double list = run(data, check, LedgerLayout::List, path("list.pdf"), &pages, &font) + checkTime;
    std::printf("%-48s %8.2f s  (target < 10 s) %s\n", "台帳一覧 PDF, A4 landscape, check included", list,
                list < 10 ? "ok" : "MISSED");
    run(data, check, LedgerLayout::Check, path("check.pdf"), &pages, &font);
    run(data, check, LedgerLayout::Sheet, path("sheet.pdf"), &pages, &font);
    std::printf("peak memory %.0f MB\n", peakMb());
    return list < 10 ? 0 : 1;
}
