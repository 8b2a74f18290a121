#include "core/xlsxexport.h"

#include "core/exceptions.h"
#include "core/wareki.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <xlsxwriter.h>

#include <deque>
#include <future>
#include <memory>
#include <vector>

namespace daicho {

namespace {

/// libxlsxwriter takes UTF-8 C strings; keeps them alive until the workbook is closed.
class Strings {
public:
    const char *operator()(const QString &s)
    {
        mStore.push_back(std::make_unique<QByteArray>(s.toUtf8()));
        return mStore.back()->constData();
    }

private:
    std::vector<std::unique_ptr<QByteArray>> mStore;
};

/// Text as Excel reads it back: a literal 「_x000D_」 would be read as the character it names,
/// so its underscore is written as _x005F_ (what Excel itself does).
QString excelText(const QString &text)
{
    if (!text.contains(u'_') || !text.contains(QLatin1String("_x"), Qt::CaseInsensitive))
        return text;
    static const QRegularExpression escape(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
    QString out = text;
    out.replace(escape, QStringLiteral("_x005F_\\1"));
    return out;
}

/// Excel's rules for sheet names: at most 31 characters, none of []:*?/\, unique.
QString sheetName(const QString &wanted, QSet<QString> &used)
{
    QString name = wanted;
    name.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral("_"));
    name = name.left(31).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString unique = name;
    for (int n = 2; used.contains(unique.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = name.left(31 - suffix.size()) + suffix;
    }
    used.insert(unique.toLower());
    return unique;
}

struct Formats {
    lxw_format *title = nullptr;
    lxw_format *info = nullptr;
    lxw_format *mark = nullptr;
    lxw_format *header = nullptr;
    lxw_format *cell = nullptr;
    lxw_format *wrapped = nullptr;
    // Empty cells are not written (a third of a ledger's cells; writing them took a third of
    // the time): their columns carry the font and wrapping, and a conditional format draws
    // the grid over the whole table, so that what is typed into them later looks the same.
    lxw_format *column = nullptr;
    lxw_format *wrappedColumn = nullptr;
    lxw_format *grid = nullptr;
};

Formats makeFormats(lxw_workbook *book, Strings &s)
{
    // A font every municipal PC has; LibreOffice substitutes its own where it is missing.
    const char *font = s(QStringLiteral("ＭＳ Ｐゴシック"));
    Formats f;
    f.title = workbook_add_format(book);
    format_set_font_name(f.title, font);
    format_set_bold(f.title);
    format_set_font_size(f.title, 16);
    f.info = workbook_add_format(book);
    format_set_font_name(f.info, font);
    f.mark = workbook_add_format(book);
    format_set_font_name(f.mark, font);
    format_set_bold(f.mark);
    format_set_border(f.mark, LXW_BORDER_MEDIUM);
    format_set_align(f.mark, LXW_ALIGN_CENTER);
    f.header = workbook_add_format(book);
    format_set_font_name(f.header, font);
    format_set_bold(f.header);
    format_set_border(f.header, LXW_BORDER_THIN);
    format_set_bg_color(f.header, 0xD9E1F2);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
    // The table's body: a cell with a value has the grid line of its own; a column's format
    // (for its empty cells) has not, the conditional format draws it.
    auto body = [&](bool wrap, bool border) {
        lxw_format *format = workbook_add_format(book);
        format_set_font_name(format, font);
        if (border)
            format_set_border(format, LXW_BORDER_THIN);
        if (wrap)
            format_set_text_wrap(format);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        return format;
    };
    f.cell = body(false, true);
    f.wrapped = body(true, true);
    f.column = body(false, false);
    f.wrappedColumn = body(true, false);
    f.grid = workbook_add_format(book);
    format_set_border(f.grid, LXW_BORDER_THIN);
    return f;
}

void check(lxw_error error, const QString &path)
{
    if (error != LXW_NO_ERROR)
        throw FileError(XlsxExport::tr("The Excel file %1 could not be written: %2")
                            .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(error))));
}

void writeSheet(lxw_workbook *book, lxw_worksheet *sheet, const Formats &f, Strings &s, const LedgerRowSource &source,
                const QString &department, const QList<qsizetype> &rows, const XlsxExport::Options &options,
                const QString &path)
{
    const LedgerTable &table = source.head();
    const int columns = int(table.columns.size());
    const lxw_col_t last = lxw_col_t(std::max(0, columns - 1));
    // Title, then 所属 and 基準日, the classification mark at the right.
    // Rows are written in order (constant-memory mode flushes each finished row).
    worksheet_set_row(sheet, 0, 24, nullptr);
    check(worksheet_write_string(sheet, 0, 0, s(table.title), f.title), path);
    if (!table.classificationMark.isEmpty())
        check(worksheet_write_string(sheet, 0, last, s(table.classificationMark), f.mark), path);
    QStringList info;
    if (!department.isEmpty())
        info << XlsxExport::tr("Department: %1").arg(department);
    if (table.asOf.isValid())
        info << XlsxExport::tr("As of: %1").arg(Wareki::formatLong(table.asOf));
    check(worksheet_write_string(sheet, 1, 0, s(info.join(QStringLiteral("　"))), f.info), path);

    const lxw_row_t header = XlsxExport::kHeaderRow;
    for (int c = 0; c < columns; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(table.columns.at(c).widthChars, 4, 60),
                             table.columns.at(c).wrap ? f.wrappedColumn : f.column);
    worksheet_set_row(sheet, header, 30, nullptr);
    for (int c = 0; c < columns; ++c)
        check(worksheet_write_string(sheet, header, lxw_col_t(c), s(excelText(table.columns.at(c).header)), f.header), path);
    QList<lxw_format *> formats;
    for (const LedgerColumn &c : table.columns)
        formats.append(c.wrap ? f.wrapped : f.cell);
    // The rows are made, as UTF-8 cells, on another core in blocks a little ahead of the rows
    // libxlsxwriter is writing (it is not thread-safe, and takes most of the time).
    constexpr qsizetype block = 512;
    using Cells = std::vector<QByteArray>; // block rows × columns; empty = nothing to write
    auto make = [&source, &rows, columns](qsizetype from) {
        return std::async(std::launch::async, [&source, &rows, columns, from] {
            Cells cells;
            const qsizetype to = std::min(rows.size(), from + block);
            cells.reserve(size_t((to - from) * columns));
            QStringList row;
            for (qsizetype i = from; i < to; ++i) {
                source.row(rows.at(i), row);
                for (int c = 0; c < columns; ++c)
                    cells.push_back(c < row.size() && !row.at(c).isEmpty() ? excelText(row.at(c)).toUtf8() : QByteArray());
            }
            return cells;
        });
    };
    std::deque<std::future<Cells>> ahead; // every exit waits for them: they read `rows` and `source`
    qsizetype next = 0;
    lxw_row_t r = header + 1;
    for (qsizetype done = 0; done < rows.size(); done += block) {
        while (ahead.size() < 2 && next < rows.size()) {
            ahead.push_back(make(next));
            next += block;
        }
        const Cells cells = ahead.front().get();
        ahead.pop_front();
        const qsizetype count = std::min(block, rows.size() - done);
        for (qsizetype i = 0; i < count; ++i, ++r) {
            for (int c = 0; c < columns; ++c) {
                // libxlsxwriter copies the text (constant-memory mode writes a row out when
                // the next one starts).
                const QByteArray &text = cells[size_t(i * columns + c)];
                if (!text.isEmpty())
                    check(worksheet_write_string(sheet, r, lxw_col_t(c), text.constData(), formats.at(c)), path);
            }
        }
    }
    const lxw_row_t lastRow = std::max<lxw_row_t>(r - 1, header);
    if (columns > 0 && lastRow > header) {
        lxw_conditional_format grid{};
        grid.type = LXW_CONDITIONAL_TYPE_FORMULA;
        grid.value_string = const_cast<char *>("TRUE");
        grid.format = f.grid;
        check(worksheet_conditional_format_range(sheet, header + 1, 0, lastRow, last, &grid), path);
    }
    worksheet_freeze_panes(sheet, header + 1, 0);
    if (columns > 0)
        check(worksheet_autofilter(sheet, header, 0, lastRow, last), path);

    // Drop-down lists for the columns with a fixed set of values (Excel allows 255 characters).
    for (int c = 0; c < columns; ++c) {
        const QStringList &choices = table.columns.at(c).choices;
        if (choices.isEmpty() || choices.join(QLatin1Char(',')).size() > 255)
            continue;
        std::vector<char *> list;
        for (const QString &choice : choices)
            list.push_back(const_cast<char *>(s(choice)));
        list.push_back(nullptr);
        lxw_data_validation validation{};
        validation.validate = LXW_VALIDATION_TYPE_LIST;
        validation.value_list = list.data();
        validation.ignore_blank = LXW_VALIDATION_ON;
        validation.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
        check(worksheet_data_validation_range(sheet, header + 1, lxw_col_t(c), std::max(lastRow, header + 1),
                                              lxw_col_t(c), &validation),
              path);
    }

    // Print: landscape, fitted to the width, the header repeated, the mark and page numbers.
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, options.paper == XlsxExport::Paper::A3 ? 8 : 9);
    worksheet_fit_to_pages(sheet, 1, 0);
    check(worksheet_repeat_rows(sheet, header, header), path);
    worksheet_set_margins(sheet, 0.4, 0.4, 0.6, 0.6);
    // & starts a code in Excel's header and footer: a literal & is written &&.
    QString mark = table.classificationMark;
    mark.replace(QLatin1Char('&'), QStringLiteral("&&"));
    QString title = table.title;
    title.replace(QLatin1Char('&'), QStringLiteral("&&"));
    check(worksheet_set_header(sheet, s(QStringLiteral("&L%1&R%2").arg(title, mark))), path);
    check(worksheet_set_footer(sheet, s(QStringLiteral("&C- &P -&R%1").arg(mark))), path);
    (void)book;
}

} // namespace

void XlsxExport::write(const LedgerTable &table, const Options &options, const QString &path)
{
    write(LedgerTableRows(table), options, path);
}

void XlsxExport::write(const LedgerRowSource &source, const Options &options, const QString &path)
{
    const LedgerTable &table = source.head();
    lxw_workbook_options bookOptions{};
    // Rows go to a temporary file as they are written: 100,000 rows in tens of MB, not hundreds.
    bookOptions.constant_memory = LXW_TRUE;
    const QByteArray tmp = QDir::tempPath().toUtf8();
    bookOptions.tmpdir = const_cast<char *>(tmp.constData());
    const QByteArray file = QDir::toNativeSeparators(path).toLocal8Bit();
    lxw_workbook *book = workbook_new_opt(file.constData(), &bookOptions);
    if (!book)
        throw FileError(tr("The Excel file %1 could not be created.").arg(QDir::toNativeSeparators(path)));
    Strings s;
    const Formats formats = makeFormats(book, s);
    QSet<QString> used;
    auto addSheet = [&](const QString &name) {
        lxw_worksheet *sheet = workbook_add_worksheet(book, s(sheetName(name, used)));
        if (!sheet) {
            workbook_close(book);
            throw FileError(tr("The Excel file %1 could not be written.").arg(QDir::toNativeSeparators(path)));
        }
        return sheet;
    };
    try {
        if (options.sheetPerDepartment) {
            QMap<QString, QList<qsizetype>> byDepartment; // sorted by name
            for (qsizetype i = 0; i < source.size(); ++i)
                byDepartment[options.departmentNames.value(source.department(i), tr("(no department)"))].append(i);
            if (byDepartment.isEmpty())
                writeSheet(book, addSheet(tr("Register")), formats, s, source, table.department, {}, options, path);
            for (auto it = byDepartment.cbegin(); it != byDepartment.cend(); ++it)
                writeSheet(book, addSheet(it.key()), formats, s, source, it.key(), it.value(), options, path);
        } else {
            QList<qsizetype> all;
            all.reserve(source.size());
            for (qsizetype i = 0; i < source.size(); ++i)
                all.append(i);
            writeSheet(book, addSheet(tr("Register")), formats, s, source, table.department, all, options, path);
        }
    } catch (...) {
        workbook_close(book);
        QFile::remove(path); // no half-written workbook left behind
        throw;
    }
    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(path);
        check(closed, path);
    }
}

} // namespace daicho
