#include "app/cli.h"

#include "core/classificationengine.h"
#include "core/classificationscheme.h"
#include "core/csvformat.h"
#include "core/xlsxexport.h"
#include "core/xlsxreader.h"
#include "core/jsonexchange.h"
#include "core/ledgercolumns.h"
#include "core/ledgerexport.h"
#include "core/ledgerimport.h"
#include "core/registercheck.h"
#include "core/render/ledgerprint.h"
#include "core/render/plansheet.h"
#include "db/demoregister.h"
#include "db/registerstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <future>
#include <memory>

namespace daicho {

namespace {

/// Parses "--name value" options after the positional arguments.
struct Options {
    QStringList positional;
    QMap<QString, QString> values;
    QString error;
};

/// `flags` are options without a value (--json); they get the value "1".
Options parse(const QStringList &args, const QStringList &known, const QStringList &flags = {})
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a.startsWith(QLatin1String("--"))) {
            QString name = a.mid(2);
            QString value;
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (flags.contains(name)) {
                o.values.insert(name, QStringLiteral("1"));
                continue;
            }
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            } else if (i + 1 < args.size()) {
                value = args.at(++i);
            } else {
                o.error = Cli::tr("The option --%1 needs a value.").arg(name);
                return o;
            }
            if (!known.contains(name)) {
                o.error = Cli::tr("Unknown option --%1.").arg(name);
                return o;
            }
            o.values.insert(name, value);
        } else {
            o.positional.append(a);
        }
    }
    return o;
}

/// A floor's name or path folded for comparison: width (３階 = 3階), case and spaces.
QString foldName(const QString &s)
{
    return s.normalized(QString::NormalizationForm_KC).simplified().toCaseFolded();
}

/// The parts of a place path: 「本庁舎 › 3階」, "本庁舎 > 3階" and "本庁舎/3階" alike.
QStringList pathParts(const QString &path)
{
    QStringList parts;
    for (const QString &p : path.split(QRegularExpression(QStringLiteral("[›>/]")))) {
        const QString f = foldName(p);
        if (!f.isEmpty())
            parts.append(f);
    }
    return parts;
}

/// Whether `name` is the floor's name or the end of its path (本庁舎 › 3階 for 本庁舎敷地 › 本庁舎 › 3階).
bool floorMatches(const QString &floorPath, const QString &name)
{
    const QStringList path = pathParts(floorPath);
    const QStringList wanted = pathParts(name);
    return !wanted.isEmpty() && wanted.size() <= path.size() && path.mid(path.size() - wanted.size()) == wanted;
}

} // namespace

bool Cli::needsGui(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    if (args.first() == QLatin1String("plan"))
        return true;
    // export --format pdf (or --format=pdf) paints its pages.
    if (args.first() != QLatin1String("export"))
        return false;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--format=pdf")
            || (args.at(i) == QLatin1String("--format") && i + 1 < args.size() && args.at(i + 1) == QLatin1String("pdf")))
            return true;
    }
    return false;
}

QString Cli::usageText() const
{
    return tr("Usage: daicho-cli COMMAND ...\n"
              "\n"
              "Commands:\n"
              "  new FILE [--preset NAME] [--title TEXT]   create an empty register\n"
              "  demo FILE [--assets N] [--seed S]         create a demo register of a fictional city\n"
              "  export FILE --format json --out PATH      write the whole register as JSON\n"
              "  export FILE --format csv --out PATH       write the ledger as CSV (UTF-8 with BOM unless told)\n"
              "  export FILE --format xlsx --out PATH [--paper A4|A3] [--per-department]\n"
              "                                            write the ledger as an Excel workbook\n"
              "       [--department CODE] [--columns LIST] [--encoding utf-8|cp932] [--dates wareki|iso]\n"
              "                                            CODE: that department and those under it;\n"
              "                                            LIST: column keys separated by commas (number,name,...)\n"
              "  export FILE --format pdf --out PATH [--layout list|sheet|check] [--paper A4|A3]\n"
              "       [--department CODE] [--columns LIST] [--by NAME]\n"
              "                                            print the ledger as PDF: list (landscape), one sheet\n"
              "                                            per asset (portrait) or an inventory check sheet;\n"
              "                                            --by: who prints it (the OS user unless told)\n"
              "  import FILE INPUT --format json           add a JSON document to the register (all or nothing)\n"
              "  import FILE INPUT --format csv            add the assets of a ledger CSV (UTF-8 or Shift_JIS; all or nothing)\n"
              "  import FILE INPUT --format xlsx [--sheet NAME]\n"
              "                                            add the assets of an Excel ledger (.xlsx; all or nothing): the\n"
              "                                            sheet NAME, or the first sheet with a header row\n"
              "                                            Without --format, INPUT's extension (.json, .csv, .xlsx) decides.\n"
              "       [--department CODE] [--dry-run] [--report OUT.csv] [--header-row N] [--unknown-to-notes]\n"
              "       [--create-missing] [--number-missing]\n"
              "                                            --dry-run: only check; --report: list the problems as CSV;\n"
              "                                            --unknown-to-notes: add unknown columns to the notes\n"
              "  verify FILE                               check the file and its audit log\n"
              "  check FILE [--json] [--after-hours]       list what breaks the zone, network and handling rules\n"
              "  plan FILE --floor NAME --out PATH         draw a floor's security zone plan (.pdf, .png or .svg)\n"
              "       [--paper A3|A4] [--scale N|fit] [--after-hours] [--mono] [--dpi N]\n"
              "                                            NAME: the floor's name or path (本庁舎 › 3階 or 3階);\n"
              "                                            A3 landscape fitted to the page unless told; 1:N with --scale N\n"
              "\n"
              "Presets: %1\n"
              "Exit codes: 0 ok, 1 rejected input, failed verification or findings of severity error,\n"
              "2 usage, 3 file or database error.")
        .arg(ClassificationScheme::presetIds().join(QStringLiteral(", ")));
}

int Cli::usage(const QString &problem)
{
    if (!problem.isEmpty())
        mErr << problem << '\n' << '\n';
    mErr << usageText() << '\n';
    mErr.flush();
    return Usage;
}

int Cli::run(const QStringList &args)
{
    if (args.isEmpty())
        return usage();
    const QString cmd = args.first();
    const QStringList rest = args.mid(1);
    try {
        if (cmd == QLatin1String("new"))
            return cmdNew(rest);
        if (cmd == QLatin1String("demo"))
            return cmdDemo(rest);
        if (cmd == QLatin1String("export"))
            return cmdExport(rest);
        if (cmd == QLatin1String("import"))
            return cmdImport(rest);
        if (cmd == QLatin1String("verify"))
            return cmdVerify(rest);
        if (cmd == QLatin1String("check"))
            return cmdCheck(rest);
        if (cmd == QLatin1String("plan"))
            return cmdPlan(rest);
        if (cmd == QLatin1String("help") || cmd == QLatin1String("--help") || cmd == QLatin1String("-h")) {
            mOut << usageText() << '\n';
            return Ok;
        }
        return usage(tr("Unknown command: %1").arg(cmd));
    } catch (const ValidationError &e) {
        mErr << e.message() << '\n';
        return Rejected;
    } catch (const Exception &e) {
        mErr << e.message() << '\n';
        return FileOrDb;
    }
}

int Cli::cmdNew(const QStringList &args)
{
    const Options o = parse(args, {QStringLiteral("preset"), QStringLiteral("title")});
    if (!o.error.isEmpty())
        return usage(o.error);
    if (o.positional.size() != 1)
        return usage(tr("new needs exactly one FILE."));
    const QString preset = o.values.value(QStringLiteral("preset"), ClassificationScheme::defaultPresetId());
    if (!ClassificationScheme::presetIds().contains(preset))
        return usage(tr("Unknown preset %1. Choose one of: %2")
                         .arg(preset, ClassificationScheme::presetIds().join(QStringLiteral(", "))));
    const QString title = o.values.value(QStringLiteral("title"), tr("Information asset register"));
    auto store = RegisterStore::create(o.positional.first(), ClassificationScheme::preset(preset).toJson(), title);
    mOut << tr("Created %1 (classification scheme: %2).").arg(store->path(), ClassificationScheme::preset(preset).name().text())
         << '\n';
    return Ok;
}

int Cli::cmdDemo(const QStringList &args)
{
    const Options o = parse(args, {QStringLiteral("assets"), QStringLiteral("seed")});
    if (!o.error.isEmpty())
        return usage(o.error);
    if (o.positional.size() != 1)
        return usage(tr("demo needs exactly one FILE."));
    bool okCount = true, okSeed = true;
    const int count = o.values.value(QStringLiteral("assets"), QStringLiteral("300")).toInt(&okCount);
    const quint64 seed = o.values.value(QStringLiteral("seed"), QStringLiteral("1")).toULongLong(&okSeed);
    if (!okCount || count < 0 || count > 10000000)
        return usage(tr("--assets takes a whole number from 0 to 10000000."));
    if (!okSeed)
        return usage(tr("--seed takes a whole number."));
    QElapsedTimer timer;
    timer.start();
    auto store = createDemoRegister(o.positional.first(), count, seed);
    mOut << tr("Created the demo register %1 with %2 assets in %3 s.")
                .arg(store->path())
                .arg(count)
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
         << '\n';
    return Ok;
}

int Cli::cmdExport(const QStringList &args)
{
    const Options o = parse(args, {QStringLiteral("format"), QStringLiteral("out"), QStringLiteral("department"),
                                   QStringLiteral("columns"), QStringLiteral("encoding"), QStringLiteral("dates"),
                                   QStringLiteral("paper"), QStringLiteral("layout"), QStringLiteral("by")},
                            {QStringLiteral("per-department")});
    if (!o.error.isEmpty())
        return usage(o.error);
    if (o.positional.size() != 1)
        return usage(tr("export needs exactly one FILE."));
    const QString format = o.values.value(QStringLiteral("format"), QStringLiteral("json"));
    if (format == QLatin1String("pdf"))
        return exportPdf(o.positional.first(), o.values);
    if (format != QLatin1String("json") && format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return usage(tr("Unknown export format %1. This version exports: json, csv, xlsx, pdf").arg(format));
    if (o.values.contains(QStringLiteral("layout")) || o.values.contains(QStringLiteral("by")))
        return usage(tr("--layout and --by apply to --format pdf only."));
    const QString out = o.values.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(tr("export needs --out PATH."));
    const bool csv = format == QLatin1String("csv");
    const bool xlsx = format == QLatin1String("xlsx");
    if (!csv && !xlsx) {
        for (const char *name : {"department", "columns", "encoding", "dates"}) {
            if (o.values.contains(QLatin1String(name)))
                return usage(tr("--%1 applies to --format csv only.").arg(QLatin1String(name)));
        }
    }
    if (xlsx && o.values.contains(QStringLiteral("encoding")))
        return usage(tr("--%1 applies to --format csv only.").arg(QStringLiteral("encoding")));
    if (!xlsx && (o.values.contains(QStringLiteral("paper")) || o.values.contains(QStringLiteral("per-department"))))
        return usage(tr("--paper and --per-department apply to --format xlsx only."));
    XlsxExport::Options xlsxOptions;
    const QString paper = o.values.value(QStringLiteral("paper"), QStringLiteral("A4")).toUpper();
    if (paper == QLatin1String("A3"))
        xlsxOptions.paper = XlsxExport::Paper::A3;
    else if (paper != QLatin1String("A4"))
        return usage(tr("--paper takes A4 or A3."));
    xlsxOptions.sheetPerDepartment = o.values.contains(QStringLiteral("per-department"));
    CsvFormat::Encoding encoding = CsvFormat::Encoding::Utf8Bom;
    const QString enc = o.values.value(QStringLiteral("encoding"), QStringLiteral("utf-8")).toLower();
    if (enc == QLatin1String("cp932") || enc == QLatin1String("shift_jis") || enc == QLatin1String("sjis"))
        encoding = CsvFormat::Encoding::Cp932;
    else if (enc != QLatin1String("utf-8") && enc != QLatin1String("utf8"))
        return usage(tr("--encoding takes utf-8 or cp932."));
    LedgerOptions options;
    const QString dates = o.values.value(QStringLiteral("dates"), QStringLiteral("wareki"));
    if (dates == QLatin1String("iso"))
        options.dateStyle = LedgerOptions::DateStyle::Iso;
    else if (dates != QLatin1String("wareki"))
        return usage(tr("--dates takes wareki or iso."));
    options.departmentCode = o.values.value(QStringLiteral("department"));
    for (const QString &key : o.values.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.columns.append(key.trimmed());

    auto store = RegisterStore::open(o.positional.first());
    if (!csv && !xlsx) {
        const QByteArray bytes = JsonExchange::write(store->load(true));
        // QSaveFile: the old file stays intact unless the whole new one was written.
        QSaveFile f(out);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            throw FileError(tr("The file %1 could not be written: %2").arg(out, f.errorString()));
        mOut << tr("Exported %1 to %2.").arg(store->path(), out) << '\n';
        return Ok;
    }
    const RegisterData data = store->load();
    ClassificationEngine engine(ClassificationScheme::fromJson(data.scheme)); // can throw
    engine.compute(data.assets, data.links);
    engine.releaseUpdateState(); // the rows only read the results: room for the writer
    std::unique_ptr<LedgerRows> rows;
    try {
        rows = std::make_unique<LedgerRows>(data, engine.scheme(), engine, options);
    } catch (const ValidationError &e) {
        return usage(e.message()); // an unknown column or department code
    }
    if (xlsx) {
        for (const Department &d : data.departments)
            xlsxOptions.departmentNames.insert(d.id, d.name);
        LedgerExport::writeXlsx(*rows, xlsxOptions, out); // can throw FileError
    } else {
        LedgerExport::writeCsv(*rows, encoding, out); // ValidationError for a character CP932 lacks
    }
    mOut << tr("Exported %1 assets of %2 to %3.").arg(rows->size()).arg(store->path(), out) << '\n';
    return Ok;
}

int Cli::exportPdf(const QString &file, const QMap<QString, QString> &values)
{
    for (const char *name : {"encoding", "per-department"}) {
        if (values.contains(QLatin1String(name)))
            return usage(tr("--%1 does not apply to --format pdf.").arg(QLatin1String(name)));
    }
    const QString out = values.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(tr("export needs --out PATH."));
    LedgerPrintOptions printOptions;
    const QString layout = values.value(QStringLiteral("layout"), QStringLiteral("list")).toLower();
    if (layout == QLatin1String("sheet"))
        printOptions.layout = LedgerLayout::Sheet;
    else if (layout == QLatin1String("check"))
        printOptions.layout = LedgerLayout::Check;
    else if (layout != QLatin1String("list"))
        return usage(tr("--layout takes list, sheet or check."));
    const QString paper = values.value(QStringLiteral("paper"), QStringLiteral("A4")).toUpper();
    if (paper == QLatin1String("A3"))
        printOptions.paper = PaperSize::A3;
    else if (paper != QLatin1String("A4"))
        return usage(tr("--paper takes A4 or A3."));
    LedgerOptions ledger;
    const QString dates = values.value(QStringLiteral("dates"), QStringLiteral("wareki"));
    if (dates == QLatin1String("iso"))
        ledger.dateStyle = LedgerOptions::DateStyle::Iso;
    else if (dates != QLatin1String("wareki"))
        return usage(tr("--dates takes wareki or iso."));
    ledger.departmentCode = values.value(QStringLiteral("department"));
    for (const QString &key : values.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        ledger.columns.append(key.trimmed());
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw LogicError(QStringLiteral("export --format pdf needs a QGuiApplication (see climain.cpp)"));

    auto store = RegisterStore::open(file);
    const RegisterData data = store->load();
    std::unique_ptr<RegisterCheck> checked;
    try {
        checked = std::make_unique<RegisterCheck>(data); // can throw
    } catch (const ValidationError &e) {
        mErr << e.message() << '\n'; // a damaged scheme or zone table
        return FileOrDb;
    }
    const RegisterCheck &check = *checked;
    LedgerPrintInput in;
    in.data = &data;
    in.engine = &check.engine();
    in.checker = &check.checker();
    in.findingsOf = [&check](Id id) { return check.findingsOf(id); };
    in.historyOf = [&](Id id) { return store->history(QStringLiteral("asset"), id); };
    in.layout = printOptions.layout;
    in.ledger = ledger;
    in.approvalRoles = LedgerPrintBuilder::approvalRoles(data.settings);
    in.printedBy = values.value(QStringLiteral("by"), LedgerPrintBuilder::defaultPrintedBy());
    LedgerPrintData printData;
    try {
        printData = LedgerPrintBuilder::build(in);
    } catch (const ValidationError &e) {
        return usage(e.message()); // an unknown column or department code
    }
    const LedgerPrint print(std::move(printData), printOptions);
    if (!print.columnsFit()) {
        mErr << print.fitProblem() << '\n';
        return Rejected;
    }
    print.exportPdf(out); // through QSaveFile: an existing file stays as it was on failure; can throw
    mOut << tr("Wrote the %1 of %2 assets (%3 pages) to %4.")
                .arg(LedgerPrint::layoutName(printOptions.layout))
                .arg(print.data().table.rows.size())
                .arg(print.pageCount())
                .arg(out)
         << '\n';
    return Ok;
}

int Cli::cmdImport(const QStringList &args)
{
    const Options o = parse(args, {QStringLiteral("format"), QStringLiteral("department"), QStringLiteral("report"),
                                   QStringLiteral("header-row"), QStringLiteral("sheet")},
                            {QStringLiteral("dry-run"), QStringLiteral("unknown-to-notes"), QStringLiteral("create-missing"),
                             QStringLiteral("number-missing")});
    if (!o.error.isEmpty())
        return usage(o.error);
    if (o.positional.size() != 2)
        return usage(tr("import needs a register FILE and an INPUT file."));
    // The format: as told, else by the input's extension (.xlsx, .csv; JSON otherwise).
    const QString suffix = QFileInfo(o.positional.at(1)).suffix().toLower();
    const QString format = o.values.value(QStringLiteral("format"), suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv")
                                                                        ? suffix
                                                                        : QStringLiteral("json"));
    if (o.values.contains(QStringLiteral("sheet")) && format != QLatin1String("xlsx"))
        return usage(tr("--sheet applies to --format xlsx only."));
    if (format == QLatin1String("csv") || format == QLatin1String("xlsx")) {
        QMap<QString, QString> values = o.values;
        values.insert(QStringLiteral("format"), format);
        return importCsv(o.positional.at(0), o.positional.at(1), values);
    }
    if (format != QLatin1String("json"))
        return usage(tr("Unknown import format %1. This version imports: json, csv, xlsx").arg(format));
    if (o.values.size() > 1 || (o.values.size() == 1 && !o.values.contains(QStringLiteral("format"))))
        return usage(tr("--department, --dry-run, --report, --header-row, --unknown-to-notes, --create-missing and "
                        "--number-missing apply to ledger imports (csv, xlsx) only."));
    QFile in(o.positional.at(1));
    if (!in.open(QIODevice::ReadOnly))
        throw FileError(tr("The file %1 could not be read: %2").arg(o.positional.at(1), in.errorString()));
    RegisterData data;
    try {
        data = JsonExchange::read(in.readAll()); // before the register is touched
    } catch (const Exception &e) {
        // A malformed or inconsistent document is rejected input, not a file error.
        mErr << e.message() << '\n';
        return Rejected;
    }
    auto store = RegisterStore::open(o.positional.first());
    store->import(data);
    mOut << tr("Imported %1 assets into %2.").arg(data.assets.size()).arg(store->path()) << '\n';
    return Ok;
}

int Cli::importCsv(const QString &file, const QString &input, const QMap<QString, QString> &values)
{
    const bool dryRun = values.contains(QStringLiteral("dry-run"));
    const QString reportPath = values.value(QStringLiteral("report"));
    const bool xlsx = values.value(QStringLiteral("format")) == QLatin1String("xlsx");
    QByteArray bytes;
    if (!xlsx) {
        QFile in(input);
        if (!in.open(QIODevice::ReadOnly))
            throw FileError(tr("The file %1 could not be read: %2").arg(input, in.errorString()));
        bytes = in.readAll();
    }
    // The file is read on another core while the register loads (a 100,000-row ledger takes
    // about as long as the register); its errors come out of get() below.
    std::future<QList<QStringList>> csvRows;
    std::future<QList<SpreadsheetSheet>> workbook;
    if (xlsx)
        workbook = std::async(std::launch::async, [&input] { return XlsxReader::read(input); });
    else
        csvRows = std::async(std::launch::async, [&bytes] { return CsvFormat::read(bytes); });
    auto store = RegisterStore::open(file);
    const RegisterData existing = store->load();
    const ClassificationScheme scheme = ClassificationScheme::fromJson(existing.scheme);
    LedgerImportOptions options;
    options.departmentCode = values.value(QStringLiteral("department"));
    options.unknownColumnsToNotes = values.contains(QStringLiteral("unknown-to-notes"));
    options.createMissing = values.contains(QStringLiteral("create-missing"));
    options.numberMissing = values.contains(QStringLiteral("number-missing"));
    if (values.contains(QStringLiteral("header-row"))) {
        bool ok = false;
        options.headerRow = values.value(QStringLiteral("header-row")).toInt(&ok);
        if (!ok || options.headerRow < 1)
            return usage(tr("--header-row takes the number of the header's row (1 = the first)."));
    }
    LedgerImportResult result;
    try {
        if (xlsx) {
            // The sheet asked for, else the first one with a header row (a workbook often
            // starts with a cover or instructions); a file that cannot be opened is a file error.
            const QList<SpreadsheetSheet> sheets = workbook.get();
            const QString wanted = values.value(QStringLiteral("sheet"));
            QStringList names;
            const SpreadsheetSheet *sheet = nullptr;
            for (const SpreadsheetSheet &s : sheets) {
                names.append(s.name);
                if (!sheet && (wanted.isEmpty() ? LedgerImport::findHeaderRow(s.rows, scheme) > 0 : s.name == wanted))
                    sheet = &s;
            }
            if (!sheet && !wanted.isEmpty())
                return usage(tr("The workbook %1 has no sheet %2. Its sheets: %3").arg(input, wanted, names.join(QStringLiteral(", "))));
            if (!sheet && options.headerRow && !sheets.isEmpty())
                sheet = &sheets.first();
            if (!sheet)
                throw ValidationError(tr("No sheet of %1 has a header row with 情報資産名称 (asset name). Its sheets: %2. "
                                         "Choose one with --sheet NAME and its header with --header-row N.")
                                          .arg(input, names.join(QStringLiteral(", "))));
            mOut << tr("Sheet: %1").arg(sheet->name) << '\n';
            result = LedgerImport::read(sheet->rows, existing, scheme, options);
        } else {
            QList<QStringList> rows = csvRows.get();
            bytes = QByteArray(); // 44 MB at 100,000 rows, no longer needed
            result = LedgerImport::read(rows, existing, scheme, options);
        }
    } catch (const ValidationError &e) {
        result.problems.append({0, {}, {}, e.message()}); // not text, a quote left open, not a workbook
    }
    if (!reportPath.isEmpty()) {
        const QByteArray report = CsvFormat::write(LedgerImport::problemTable(result.problems));
        QSaveFile f(reportPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(report) != report.size() || !f.commit())
            throw FileError(tr("The file %1 could not be written: %2").arg(reportPath, f.errorString()));
    }
    constexpr int shown = 50; // the rest is in the report
    for (const ImportProblem &p : result.problems.mid(0, shown)) {
        QString where = p.row ? tr("Row %1").arg(p.row) : QString();
        if (!p.column.isEmpty())
            where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + p.column;
        if (!p.value.isEmpty())
            where += (where.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("「%1」").arg(p.value);
        mErr << (where.isEmpty() ? p.reason : where + QStringLiteral(": ") + p.reason) << '\n';
    }
    if (result.problems.size() > shown)
        mErr << tr("… and %1 more problems%2.")
                    .arg(result.problems.size() - shown)
                    .arg(reportPath.isEmpty() ? tr(" (list them all with --report OUT.csv)") : tr(" (see %1)").arg(reportPath))
             << '\n';
    if (!result.ok()) {
        mErr << tr("Nothing was imported: %n problem(s).", nullptr, int(result.problems.size())) << '\n';
        return Rejected;
    }
    for (const Department &d : std::as_const(result.newDepartments))
        mOut << tr("New department: %1 (code %2)").arg(d.name, d.code) << '\n';
    for (const Person &p : std::as_const(result.newPeople))
        mOut << tr("New member of staff: %1").arg(p.name) << '\n';
    if (result.numbered)
        mOut << tr("%n row(s) without a management number were numbered.", nullptr, result.numbered) << '\n';
    if (dryRun) {
        mOut << tr("Dry run: %1 assets could be imported into %2; nothing was written.")
                    .arg(result.assets.size())
                    .arg(store->path())
             << '\n';
        return Ok;
    }
    QElapsedTimer timer;
    timer.start();
    store->importLedger(existing, result); // one transaction
    mOut << tr("Imported %1 assets into %2 in %3 s.")
                .arg(result.assets.size())
                .arg(store->path())
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
         << '\n';
    return Ok;
}

int Cli::cmdVerify(const QStringList &args)
{
    const Options o = parse(args, {});
    if (!o.error.isEmpty())
        return usage(o.error);
    if (o.positional.size() != 1)
        return usage(tr("verify needs exactly one FILE."));
    auto store = RegisterStore::open(o.positional.first());
    const VerifyReport report = store->verify();
    if (report.ok()) {
        mOut << tr("OK: %1 rows match the audit log (%2 entries); the file is intact.")
                    .arg(report.rowsChecked)
                    .arg(report.auditEntries)
             << '\n';
        return Ok;
    }
    for (const QString &p : report.problems)
        mErr << p << '\n';
    mErr << tr("Verification failed: %n problem(s).", nullptr, int(report.problems.size())) << '\n';
    return Rejected;
}

int Cli::cmdCheck(const QStringList &args)
{
    const Options o = parse(args, {}, {QStringLiteral("json"), QStringLiteral("after-hours")});
    if (!o.error.isEmpty())
        return usage(o.error);
    if (o.positional.size() != 1)
        return usage(tr("check needs exactly one FILE."));
    const bool afterHours = o.values.contains(QStringLiteral("after-hours"));
    auto store = RegisterStore::open(o.positional.first());
    std::unique_ptr<RegisterCheck> checked;
    try {
        checked = std::make_unique<RegisterCheck>(store->load(), afterHours); // can throw
    } catch (const ValidationError &e) {
        // A damaged scheme or zone table: a problem of the file, not a finding (exit 1).
        mErr << e.message() << '\n';
        return FileOrDb;
    }
    const RegisterCheck &check = *checked;
    const FindingCounts &n = check.findings().counts();
    if (o.values.contains(QStringLiteral("json"))) {
        mOut << QString::fromUtf8(QJsonDocument(check.toJson()).toJson(QJsonDocument::Indented));
    } else {
        for (int row = 0; row < check.findings().size(); ++row) {
            const Asset &a = check.assets().at(row);
            for (const Finding &f : check.findings().at(row)) {
                const QString area = f.placeId ? check.checker().placePath(f.placeId) : QString();
                mOut << FindingChecker::severityLabel(f.severity)
                     << (f.accepted ? tr(" (accepted)") : QString()) << '\t'
                     << FindingChecker::codeId(f.code) << '\t' << a.number << '\t' << a.name
                     << '\t' << area << '\t' << check.checker().message(f) << '\n';
            }
        }
        mOut << tr("%1 errors, %2 warnings, %3 notes, %4 accepted%5.")
                    .arg(n.errors)
                    .arg(n.warnings)
                    .arg(n.infos)
                    .arg(n.accepted)
                    .arg(afterHours ? tr(" (after hours)") : QString())
             << '\n';
    }
    mOut.flush();
    return n.errors > 0 ? Rejected : Ok;
}

int Cli::cmdPlan(const QStringList &args)
{
    const Options o = parse(args,
                            {QStringLiteral("floor"), QStringLiteral("out"), QStringLiteral("paper"),
                             QStringLiteral("scale"), QStringLiteral("dpi")},
                            {QStringLiteral("after-hours"), QStringLiteral("mono")});
    if (!o.error.isEmpty())
        return usage(o.error);
    if (o.positional.size() != 1)
        return usage(tr("plan needs exactly one FILE."));
    const QString floorName = o.values.value(QStringLiteral("floor")).trimmed();
    if (floorName.isEmpty())
        return usage(tr("plan needs --floor NAME (the floor's name, or its path such as 本庁舎 › 3階)."));
    const QString out = o.values.value(QStringLiteral("out"));
    const QString format = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || !QStringList{QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("svg")}.contains(format))
        return usage(tr("plan needs --out PATH ending in .pdf, .png or .svg."));

    PlanSheetOptions options;
    const QString paper = o.values.value(QStringLiteral("paper"), QStringLiteral("A3")).toUpper();
    if (paper == QLatin1String("A4"))
        options.paper = PaperSize::A4;
    else if (paper != QLatin1String("A3"))
        return usage(tr("--paper takes A3 or A4."));
    QString scale = o.values.value(QStringLiteral("scale"), QStringLiteral("fit")).trimmed();
    if (scale.startsWith(QLatin1String("1:")))
        scale = scale.mid(2);
    if (scale != QLatin1String("fit")) {
        bool ok = false;
        options.scale = scale.toInt(&ok);
        if (!ok || options.scale < 1 || options.scale > 100000)
            return usage(tr("--scale takes the N of 1:N (for example 200), or fit."));
    }
    options.colour = !o.values.contains(QStringLiteral("mono"));
    bool okDpi = true;
    const int dpi = o.values.value(QStringLiteral("dpi"), QStringLiteral("200")).toInt(&okDpi);
    if (!okDpi || dpi < 36 || dpi > 600)
        return usage(tr("--dpi takes a whole number from 36 to 600."));
    const bool afterHours = o.values.contains(QStringLiteral("after-hours"));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw LogicError(QStringLiteral("plan needs a QGuiApplication (see climain.cpp)"));

    auto store = RegisterStore::open(o.positional.first());
    const RegisterData data = store->load();
    std::unique_ptr<RegisterCheck> checked;
    try {
        checked = std::make_unique<RegisterCheck>(data, afterHours); // can throw
    } catch (const ValidationError &e) {
        mErr << e.message() << '\n';
        return FileOrDb;
    }
    const RegisterCheck &check = *checked;

    // The floor: by name or by the end of its path; an unknown or ambiguous name lists the floors.
    QList<std::pair<Id, QString>> floors;
    for (const Place &p : data.places) {
        if (p.kind == PlaceKind::Floor)
            floors.append({p.id, check.checker().placePath(p.id)});
    }
    std::sort(floors.begin(), floors.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    QList<std::pair<Id, QString>> matches;
    for (const auto &f : std::as_const(floors)) {
        if (floorMatches(f.second, floorName))
            matches.append(f);
    }
    if (matches.size() != 1) {
        if (floors.isEmpty()) {
            mErr << tr("This register has no floors.") << '\n';
            return Usage;
        }
        const auto &listed = matches.isEmpty() ? floors : matches;
        mErr << (matches.isEmpty() ? tr("No floor is called %1. The floors are:").arg(floorName)
                                   : tr("%1 matches %2 floors; name the building too:").arg(floorName).arg(matches.size()))
             << '\n';
        for (const auto &f : listed)
            mErr << "  " << f.second << '\n';
        mErr.flush();
        return Usage;
    }
    const Id floorId = matches.first().first;

    PlanSheetInput in;
    in.floorId = floorId;
    in.places = data.places;
    in.assets = data.assets;
    for (const FloorPlan &p : data.plans) {
        if (p.floorId == floorId)
            in.plan = &p;
    }
    in.checker = &check.checker();
    in.findingsOf = [&check](Id id) { return check.findingsOf(id); };
    in.departments = data.departments;
    in.afterHours = afterHours;
    in.approvalRoles = LedgerPrintBuilder::approvalRoles(data.settings); // as the ledger prints them
    std::unique_ptr<PlanSheet> sheet;
    try {
        sheet = std::make_unique<PlanSheet>(PlanSheetBuilder::build(in), options); // can throw
    } catch (const ValidationError &e) {
        // A scale at which the plan does not fit: the command line must change.
        mErr << e.message() << '\n';
        return Usage;
    }
    if (format == QLatin1String("pdf"))
        sheet->exportPdf(out); // can throw
    else if (format == QLatin1String("png"))
        sheet->exportPng(out, dpi); // can throw
    else
        sheet->exportSvg(out); // can throw
    const PlanSheetData &d = sheet->data();
    mOut << tr("Wrote the plan of %1 to %2 (%3; %4 areas, %5 markers, %6 findings).")
                .arg(d.floorPath, out,
                     sheet->scale() > 0 ? QStringLiteral("1:%1").arg(sheet->scale()) : tr("not to scale"))
                .arg(d.areas.size())
                .arg(d.markers.size())
                .arg(d.findings.size())
         << '\n';
    return Ok;
}

} // namespace daicho
