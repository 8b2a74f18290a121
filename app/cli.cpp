#include "app/cli.h"

#include "core/classificationscheme.h"
#include "core/jsonexchange.h"
#include "core/registercheck.h"
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

bool Cli::needsGui(const QString &command)
{
    return command == QLatin1String("plan");
}

QString Cli::usageText() const
{
    return tr("Usage: daicho-cli COMMAND ...\n"
              "\n"
              "Commands:\n"
              "  new FILE [--preset NAME] [--title TEXT]   create an empty register\n"
              "  demo FILE [--assets N] [--seed S]         create a demo register of a fictional city\n"
              "  export FILE --format json --out PATH      write the whole register as JSON\n"
              "  import FILE INPUT --format json           add a JSON document to the register (all or nothing)\n"
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
    const Options o = parse(args, {QStringLiteral("format"), QStringLiteral("out")});
    if (!o.error.isEmpty())
        return usage(o.error);
    if (o.positional.size() != 1)
        return usage(tr("export needs exactly one FILE."));
    const QString format = o.values.value(QStringLiteral("format"), QStringLiteral("json"));
    if (format != QLatin1String("json"))
        return usage(tr("Unknown export format %1. This version exports: json").arg(format));
    const QString out = o.values.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(tr("export needs --out PATH."));
    auto store = RegisterStore::open(o.positional.first());
    const QByteArray bytes = JsonExchange::write(store->load(true));
    // QSaveFile: the old file stays intact unless the whole new one was written.
    QSaveFile f(out);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw FileError(tr("The file %1 could not be written: %2").arg(out, f.errorString()));
    mOut << tr("Exported %1 to %2.").arg(store->path(), out) << '\n';
    return Ok;
}

int Cli::cmdImport(const QStringList &args)
{
    const Options o = parse(args, {QStringLiteral("format")});
    if (!o.error.isEmpty())
        return usage(o.error);
    if (o.positional.size() != 2)
        return usage(tr("import needs a register FILE and an INPUT file."));
    const QString format = o.values.value(QStringLiteral("format"), QStringLiteral("json"));
    if (format != QLatin1String("json"))
        return usage(tr("Unknown import format %1. This version imports: json").arg(format));
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

    QHash<Id, int> rows;
    for (int row = 0; row < check.assets().size(); ++row)
        rows.insert(check.assets().at(row).id, row);
    PlanSheetInput in;
    in.floorId = floorId;
    in.places = data.places;
    in.assets = data.assets;
    for (const FloorPlan &p : data.plans) {
        if (p.floorId == floorId)
            in.plan = &p;
    }
    in.checker = &check.checker();
    in.findingsOf = [&](Id id) -> const std::vector<Finding> * {
        const int row = rows.value(id, -1);
        return row < 0 ? nullptr : &check.findings().at(row);
    };
    in.departments = data.departments;
    in.afterHours = afterHours;
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
