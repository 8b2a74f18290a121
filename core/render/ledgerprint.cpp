#include "core/render/ledgerprint.h"

#include "core/exceptions.h"
#include "core/render/planstyle.h"
#include "core/render/sheetpainter.h"
#include "core/wareki.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <optional>

namespace daicho {

namespace {

constexpr double U = LedgerPrint::Unit;
constexpr double kPtToMm = 25.4 / 72;
/// Size factor of the parts shared with the plan sheet (mark, approval boxes): a little
/// smaller than on an A3 plan.
constexpr double kShared = 1.0;
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kLabelFill(0xee, 0xee, 0xee);

double mm(double v) { return v * U; }

// Type is made at 20 pixels per millimetre and drawn scaled: Qt's FreeType engine caches
// glyphs only up to 64 pixels, and at sheet units (0.01 mm) a 9 pt font would be 318 pixels,
// with every glyph loaded again for each measure (35 times slower).
constexpr double kPxPerMm = 20;
constexpr double kPx = U / kPxPerMm; ///< sheet units per pixel of the type

QFont font(double sizeMm, bool bold = false)
{
    QFont f = PlanStyle::font(sizeMm * kPxPerMm);
    f.setHintingPreference(QFont::PreferNoHinting); // what is measured is what the PDF draws
    f.setBold(bold);
    return f;
}

/// Width of `text` in sheet units.
double advance(const QFontMetricsF &fm, const QString &text) { return fm.horizontalAdvance(text) * kPx; }

/// Draws `text` in `box` (sheet units) like QPainter::drawText(QRectF, flags, text).
void drawIn(QPainter &p, const QFont &f, const QRectF &box, int flags, const QString &text)
{
    p.save();
    p.translate(box.topLeft());
    p.scale(kPx, kPx);
    p.setFont(f);
    p.drawText(QRectF(0, 0, box.width() / kPx, box.height() / kPx), flags, text);
    p.restore();
}

/// `text` elided to `width` sheet units.
QString elided(const QFont &f, const QString &text, double width)
{
    return QFontMetricsF(f).elidedText(text, Qt::ElideRight, width / kPx);
}

// The page, in millimetres.
constexpr double kLeft = 20; ///< 左とじ: the binding margin (domain.md §5.3)
constexpr double kRight = 10, kTop = 10, kBottom = 8;
constexpr double kTitleSize = 4.6, kTitleLine = 7.5;
constexpr double kSubSize = 2.9, kSubLine = 5.5;
constexpr double kApprovalHeight = 20, kApprovalWidth = 28;
constexpr double kFooterHeight = 5, kFooterSize = 2.4;
constexpr double kSignatureHeight = 11;
constexpr double kAssetTitleHeight = 8.5, kAssetTitleSize = 4;
constexpr double kHeadingHeight = 6.2, kHeadingSize = 3.1;
constexpr double kSheetFontPt = 8.5;

/// `text` in lines of `width`: its own line breaks kept, long lines broken between words or,
/// in Japanese, between any characters.
QStringList wrapCell(const QString &text, const QFont &f, const QFontMetricsF &fm, double width)
{
    QStringList out;
    if (text.isEmpty())
        return out;
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (const QString &para : t.split(u'\n')) {
        if (para.isEmpty() || advance(fm, para) <= width) {
            out << para;
            continue;
        }
        const QStringList lines = SheetPainter::wrap(para, f, width / kPx, 1000000);
        out << (lines.isEmpty() ? QStringList{para} : lines);
    }
    return out;
}

} // namespace

LedgerPrint::LedgerPrint(LedgerPrintData data, LedgerPrintOptions options)
    : mData(std::move(data)), mOptions(options)
{
    layOut();
}

QSizeF LedgerPrint::pageSizeMm() const
{
    const QSizeF landscape = mOptions.paper == PaperSize::A3 ? QSizeF(420, 297) : QSizeF(297, 210);
    return mOptions.layout == LedgerLayout::Sheet ? landscape.transposed() : landscape;
}

QPageLayout LedgerPrint::pageLayout() const
{
    return QPageLayout(QPageSize(mOptions.paper == PaperSize::A3 ? QPageSize::A3 : QPageSize::A4),
                       mOptions.layout == LedgerLayout::Sheet ? QPageLayout::Portrait : QPageLayout::Landscape,
                       QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

QString LedgerPrint::layoutName(LedgerLayout layout)
{
    switch (layout) {
    case LedgerLayout::List:
        return tr("Ledger list");
    case LedgerLayout::Sheet:
        return tr("Asset sheets");
    case LedgerLayout::Check:
        return tr("Inventory check sheet");
    }
    return {};
}

QString LedgerPrint::title() const
{
    const QString &t = mData.table.title;
    switch (mOptions.layout) {
    case LedgerLayout::List:
        break;
    case LedgerLayout::Sheet:
        return tr("%1 (asset sheet)").arg(t);
    case LedgerLayout::Check:
        return tr("%1: inventory check sheet").arg(t);
    }
    return t;
}

QList<LedgerPrint::Placement> LedgerPrint::rowPlacements(int row) const
{
    return mRowPlacements.value(row);
}

int LedgerPrint::assetFirstPage(int index) const
{
    return index >= 0 && index < mAssetPages.size() ? mAssetPages.at(index).first : -1;
}

int LedgerPrint::assetPageCount(int index) const
{
    return index >= 0 && index < mAssetPages.size() ? mAssetPages.at(index).second : 0;
}

QRectF LedgerPrint::bodyRectMm(int page) const
{
    return QRectF(mLeft / U, bodyTop(page) / U, (mPage.width() - mLeft - mRight) / U, (bodyBottom() - bodyTop(page)) / U);
}

// ---------------------------------------------------------------------------------------------
// Layout

void LedgerPrint::layOut()
{
    mPage = pageSizeMm() * U;
    mLeft = mm(kLeft);
    mRight = mm(kRight);
    mTop = mm(kTop);
    mBottom = mm(kBottom);
    mHeaderHeight = mm(kTitleLine + kSubLine + 0.5);
    mFirstHeaderHeight = mData.approvalRoles.isEmpty() ? mHeaderHeight
                                                       : std::max(mHeaderHeight, mm(kApprovalHeight + 1));
    if (mOptions.layout == LedgerLayout::Sheet)
        layOutSheets();
    else
        layOutColumns();
    if (mPages.isEmpty())
        startPage(-1);
}

double LedgerPrint::bodyTop(int page) const
{
    return mTop + (page == 0 ? mFirstHeaderHeight : mHeaderHeight) + mm(3);
}

double LedgerPrint::bodyBottom() const
{
    double bottom = mPage.height() - mBottom - mm(kFooterHeight) - mm(2);
    if (mOptions.layout == LedgerLayout::Check)
        bottom -= mm(kSignatureHeight + 8);
    return bottom;
}

LedgerPrint::Table LedgerPrint::makeTable(const QList<double> &widthsMm, const QStringList &head, double fontPt) const
{
    Table t;
    double x = mLeft;
    t.edges.append(x);
    for (double w : widthsMm) {
        x += mm(w);
        t.edges.append(x);
    }
    const double sizeMm = fontPt * kPtToMm;
    t.body = font(sizeMm);
    t.bold = font(sizeMm, true);
    const QFontMetricsF fm(t.body);
    t.ascent = fm.ascent() * kPx;
    t.descent = fm.descent() * kPx;
    t.line = mm(sizeMm * 1.25);
    t.padX = mm(1);
    t.padY = mm(0.65);
    t.minHeight = t.line + 2 * t.padY;
    t.centred = QList<bool>(widthsMm.size(), false);
    t.labels = QList<bool>(widthsMm.size(), false);
    if (!head.isEmpty()) {
        const QFontMetricsF bfm(t.bold);
        int lines = 1;
        for (int c = 0; c < head.size(); ++c) {
            const QStringList l = wrapCell(head.at(c), t.bold, bfm, t.edges.at(c + 1) - t.edges.at(c) - 2 * t.padX);
            t.head.append(l);
            lines = std::max(lines, int(l.size()));
        }
        t.headHeight = lines * t.line + 2 * t.padY;
    }
    return t;
}

void LedgerPrint::addRow(Table &t, const QStringList &cells) const
{
    Row r;
    const QFontMetricsF fm(t.body);
    const int columns = int(t.edges.size()) - 1;
    int lines = 1;
    for (int c = 0; c < cells.size() && c < columns; ++c) {
        const double right = c == cells.size() - 1 ? t.edges.last() : t.edges.at(c + 1);
        const QStringList l = wrapCell(cells.at(c), t.body, fm, right - t.edges.at(c) - 2 * t.padX);
        lines = std::max(lines, int(l.size()));
        r.cells.append(l);
    }
    r.lines = lines;
    r.height = std::max(t.minHeight, lines * t.line + 2 * t.padY);
    t.rows.append(r);
}

void LedgerPrint::layOutColumns()
{
    const bool check = mOptions.layout == LedgerLayout::Check;
    const QList<LedgerColumn> &columns = mData.table.columns;
    const QList<QStringList> &rows = mData.table.rows;

    // Widths are measured at 10 pt and scale with the type (the fonts are not hinted).
    // Each column has a least width (its values on one line up to its LedgerColumn width, or
    // half of that for long texts that wrap), a wish (its longest value, up to 1.6 times its
    // width) and a weight for what is left over.
    constexpr double refPt = 10;
    const QFontMetricsF fm(font(refPt * kPtToMm));
    const QFontMetricsF bfm(font(refPt * kPtToMm, true));
    const double half = mm(refPt * kPtToMm) / 2; // a half-width character
    struct Spec {
        double least = 0, wish = 0, weight = 0;
        QString head;
        double mean = 0; ///< the mean width of its values: who gets room first
    };
    auto headLeast = [&](const QString &head) {
        // Two lines of a Japanese heading; the longest word of an English one.
        double longest = 0;
        const QStringList words = head.split(u' ', Qt::SkipEmptyParts);
        for (const QString &w : words)
            longest = std::max(longest, advance(bfm, w));
        const double whole = advance(bfm, head);
        if (whole <= 10 * half)
            return whole; // short: on one line
        return words.size() > 1 ? std::max(longest, whole / 3) : whole / 2;
    };
    QList<Spec> specs;
    for (int c = 0; c < columns.size(); ++c) {
        const LedgerColumn &col = columns.at(c);
        double longest = 0, total = 0;
        for (const QStringList &row : rows) {
            const QString &text = row.at(c);
            if (text.isEmpty())
                continue;
            if (text.contains(u'\n')) {
                for (const QString &line : text.split(u'\n')) {
                    const double w = advance(fm, line);
                    longest = std::max(longest, w);
                    total += w;
                }
            } else {
                const double w = advance(fm, text);
                longest = std::max(longest, w);
                total += w;
            }
        }
        const double nominal = col.widthChars * half;
        // Short values (levels, 〇, numbers, dates, names of people) stay on one line; texts
        // may wrap down to six characters a line (narrower, a ledger is no longer readable).
        const bool oneLine = !col.wrap && col.widthChars <= 12;
        Spec s;
        s.head = col.header;
        s.least = std::max({headLeast(col.header), 4 * half, std::min(longest, oneLine ? nominal : 12 * half)});
        // Room for the rounding of pixel sizes between the measured and the printed type.
        s.least = s.least * 1.04 + mm(0.2);
        s.wish = std::max(s.least, std::min(longest, nominal * 1.6) * 1.04);
        s.weight = col.wrap ? col.widthChars : 0;
        s.mean = rows.isEmpty() ? 0 : total / rows.size();
        specs.append(s);
    }
    if (check) {
        specs.append({std::max(9 * half, headLeast(tr("Checked ✓"))), 9 * half, 0, tr("Checked ✓"), 0});
        specs.append({12 * half, 30 * half, 30, tr("Notes"), 30 * half});
    }
    const int n = int(specs.size());
    const double pad = mm(2); // both sides of a cell
    const double width = mPage.width() - mLeft - mRight;
    double least = 0, weights = 0;
    for (const Spec &s : std::as_const(specs)) {
        least += s.least;
        weights += s.weight;
    }
    // The largest type (up to MaxFontPt) at which every column gets its least width.
    mFontPt = least > 0 ? std::min(MaxFontPt, (width - n * pad) / least * refPt) : MaxFontPt;
    QList<double> widths; // mm
    if (mFontPt >= MinFontPt) {
        const double k = mFontPt / refPt;
        QList<double> w;
        for (const Spec &s : std::as_const(specs))
            w.append(s.least * k);
        // The room left goes towards each column's wish, the most to those with the most
        // text (so that the rows get lower), then to the long texts by their width.
        double extra = width - n * pad - least * k;
        for (int round = 0; round < n && extra > 1; ++round) {
            double means = 0;
            for (int i = 0; i < n; ++i) {
                if (w.at(i) < specs.at(i).wish * k - 1)
                    means += std::max(specs.at(i).mean, half);
            }
            if (means <= 0)
                break;
            double given = 0;
            for (int i = 0; i < n; ++i) {
                const double room = specs.at(i).wish * k - w.at(i);
                if (room <= 1)
                    continue;
                const double share = std::min(room, extra * std::max(specs.at(i).mean, half) / means);
                w[i] += share;
                given += share;
            }
            extra -= given;
        }
        for (int i = 0; i < n; ++i) {
            const double more = weights > 0 ? extra * specs.at(i).weight / weights : extra / n;
            widths.append((w.at(i) + more + pad) / U);
        }
    } else {
        const double k = MinFontPt / refPt;
        mFitProblem = (mOptions.paper == PaperSize::A3
                           ? tr("The %n column(s) need %1 mm at the smallest type (%2 pt), but %3 landscape has %4 mm. "
                                "Choose fewer columns.",
                                nullptr, n)
                           : tr("The %n column(s) need %1 mm at the smallest type (%2 pt), but %3 landscape has %4 mm. "
                                "Choose fewer columns or A3.",
                                nullptr, n))
                          .arg(qRound((least * k + n * pad) / U))
                          .arg(MinFontPt)
                          .arg(PlanSheet::paperName(mOptions.paper))
                          .arg(qRound(width / U));
        mFontPt = MinFontPt;
        for (const Spec &s : std::as_const(specs))
            widths.append(width * s.least / least / U);
    }
    QStringList head;
    for (const Spec &s : std::as_const(specs))
        head.append(s.head);

    Table t = makeTable(widths, head, mFontPt);
    for (int c = 0; c < columns.size(); ++c) {
        const LedgerColumn &col = columns.at(c);
        t.centred[c] = !col.choices.isEmpty() && col.widthChars <= 10 && !col.wrap;
    }
    if (check) {
        t.tickColumn = n - 2;
        t.minHeight = std::max(t.minHeight, mm(8.5)); // room to tick and to write
    }
    t.rows.reserve(rows.size() + 1);
    for (const QStringList &row : rows)
        addRow(t, check ? row + QStringList{QString(), QString()} : row); // the box and the notes: empty
    if (rows.isEmpty())
        addRow(t, {tr("No assets match.")});
    mTables.append(t);

    startPage(-1);
    mRowPlacements.resize(rows.size());
    flowTable(0, QString(), &mRowPlacements);
}

void LedgerPrint::layOutSheets()
{
    mFontPt = kSheetFontPt;
    const double width = (mPage.width() - mLeft - mRight) / U;
    const bool withHistory = std::any_of(mData.assets.cbegin(), mData.assets.cend(),
                                         [](const LedgerSheetAsset &a) { return a.historyTotal > 0; });
    mAssetPages.reserve(mData.assets.size());
    for (int i = 0; i < mData.assets.size(); ++i) {
        const LedgerSheetAsset &a = mData.assets.at(i);
        const int first = int(mPages.size());
        startPage(i);
        repeatTitle();
        const QString none = tr("None");

        // 登録内容: short fields two to a row, long texts across.
        // The 項目 column as wide as the longest heading needs (within reason).
        const QFontMetricsF fm(font(mFontPt * kPtToMm));
        double longestLabel = 0;
        for (const LedgerSheetAsset::Field &f : a.fields)
            longestLabel = std::max(longestLabel, advance(fm, f.label));
        const double label = std::clamp(longestLabel / U * 1.04 + 2.5, 26.0, 40.0);
        const double value = (width - 2 * label) / 2;
        Table fields = makeTable({label, value, label, value}, {}, mFontPt);
        fields.labels = {true, false, true, false};
        std::optional<LedgerSheetAsset::Field> half;
        for (const LedgerSheetAsset::Field &f : a.fields) {
            // A long text across the row, unless this one is short.
            if (f.wide && (f.value.contains(u'\n') || advance(fm, f.value) > mm(value - 2.5))) {
                addRow(fields, {f.label, f.value});
            } else if (half) {
                addRow(fields, {half->label, half->value, f.label, f.value});
                half.reset();
            } else {
                half = f;
            }
        }
        if (half)
            addRow(fields, {half->label, half->value, QString(), QString()});
        mTables.append(fields);
        flowTable(int(mTables.size()) - 1, tr("Registered details"));

        // 取扱制限 as entered, then what the classification requires and whether it is done,
        // two measures to a row.
        Table restrictions = makeTable({label, width - label}, {}, mFontPt);
        restrictions.labels = {true, false};
        addRow(restrictions, {tr("Handling restrictions"), a.restrictions.isEmpty() ? none : a.restrictions});
        mTables.append(restrictions);
        flowTable(int(mTables.size()) - 1, tr("Handling restrictions and required measures"));
        const double status = 16;
        const double measure = (width - 2 * status) / 2;
        Table measures = makeTable({measure, status, measure, status},
                                   {tr("Required measure"), tr("Status"), tr("Required measure"), tr("Status")}, mFontPt);
        measures.centred = {false, true, false, true};
        for (int m = 0; m < a.measures.size(); m += 2) {
            QStringList cells = a.measures.at(m).mid(0, 2);
            if (m + 1 < a.measures.size())
                cells << a.measures.at(m + 1).mid(0, 2);
            else
                cells << QString() << QString();
            addRow(measures, cells);
        }
        if (a.measures.isEmpty())
            addRow(measures, {tr("None required by the classification")});
        mTables.append(measures);
        flowTable(int(mTables.size()) - 1, QString());

        Table links = makeTable({30, 28, width - 88, 30}, {tr("Relation"), tr("Management number"), tr("Asset name"), tr("Kind")},
                                mFontPt);
        for (const QStringList &l : a.links)
            addRow(links, l);
        if (a.links.isEmpty())
            addRow(links, {none});
        mTables.append(links);
        flowTable(int(mTables.size()) - 1, tr("Links"));

        Table findings = makeTable({16, 38, width - 70, 16}, {tr("Severity"), tr("Code"), tr("Finding"), tr("Accepted")},
                                   mFontPt);
        findings.centred = {false, false, false, true};
        for (const QStringList &f : a.findings)
            addRow(findings, f);
        if (a.findings.isEmpty())
            addRow(findings, {none});
        mTables.append(findings);
        flowTable(int(mTables.size()) - 1, tr("Findings"));

        if (withHistory) {
            Table history = makeTable({28, 16, 34, width - 78}, {tr("Date and time"), tr("Action"), tr("By"), tr("Content")},
                                      mFontPt);
            for (const LedgerHistoryRow &h : a.history)
                addRow(history, {h.when, h.action, h.by.isEmpty() ? QStringLiteral("—") : h.by, h.what});
            if (a.history.isEmpty())
                addRow(history, {tr("No entries")});
            mTables.append(history);
            flowTable(int(mTables.size()) - 1,
                      a.historyTotal > a.history.size()
                          ? tr("History (the last %1 of %2 entries)").arg(a.history.size()).arg(a.historyTotal)
                          : tr("History"));
        }
        mAssetPages.append({first, int(mPages.size()) - first});
    }
}

void LedgerPrint::startPage(int asset)
{
    Page page;
    page.asset = asset;
    mPages.append(page);
    mY = bodyTop(int(mPages.size()) - 1);
}

void LedgerPrint::repeatTitle()
{
    // The asset's number and name at the top of each of its pages.
    Page &page = mPages.last();
    if (page.asset < 0)
        return;
    const LedgerSheetAsset &a = mData.assets.at(page.asset);
    Item item;
    item.kind = Item::AssetTitle;
    item.y = mY;
    item.h = mm(kAssetTitleHeight);
    item.text = QStringLiteral("%1　%2").arg(a.number, a.name);
    if (page.items.isEmpty() && mPages.size() > 1 && mPages.at(mPages.size() - 2).asset == page.asset)
        item.text += tr(" (continued)");
    page.items.append(item);
    mY += item.h;
}

void LedgerPrint::flowTable(int t, const QString &heading, QList<QList<Placement>> *placements)
{
    const Table &table = mTables.at(t);
    const double headingHeight = heading.isEmpty() ? 0 : mm(kHeadingHeight);
    auto fresh = [this] {
        // Nothing but the asset's title on the page yet: a new page would not help.
        const QList<Item> &items = mPages.last().items;
        return std::all_of(items.cbegin(), items.cend(), [](const Item &i) { return i.kind == Item::AssetTitle; });
    };
    for (int r = 0; r < table.rows.size(); ++r) {
        const double before = r == 0 ? headingHeight + table.headHeight : 0;
        if (mY + before + table.rows.at(r).height > bodyBottom() + 0.5 && !fresh()) {
            startPage(mPages.last().asset);
            repeatTitle();
            if (r > 0)
                placeHead(t);
        }
        if (r == 0) {
            if (!heading.isEmpty()) {
                Item h;
                h.kind = Item::Heading;
                h.y = mY;
                h.h = headingHeight;
                h.text = heading;
                mPages.last().items.append(h);
                mY += headingHeight;
            }
            placeHead(t);
        }
        placeRow(t, r, placements && r < placements->size() ? &(*placements)[r] : nullptr);
    }
}

void LedgerPrint::placeRow(int t, int r, QList<Placement> *placements)
{
    const Table &table = mTables.at(t);
    const Row &row = table.rows.at(r);
    int from = 0;
    while (true) {
        const double available = bodyBottom() - mY;
        Item item;
        item.kind = Item::Row;
        item.table = t;
        item.row = r;
        item.lineFrom = from;
        item.y = mY;
        const double rest = from == 0 ? row.height : (row.lines - from) * table.line + 2 * table.padY;
        if (rest <= available + 0.5) {
            item.lineTo = row.lines;
            item.h = rest;
        } else {
            // Taller than what is left of a page on which nothing else stands: split it.
            const int fit = std::max(1, int((available - 2 * table.padY) / table.line));
            item.lineTo = std::min(row.lines, from + fit);
            item.h = (item.lineTo - from) * table.line + 2 * table.padY;
        }
        mPages.last().items.append(item);
        if (placements) {
            placements->append({int(mPages.size()) - 1,
                                QRectF(table.edges.first() / U, item.y / U, (table.edges.last() - table.edges.first()) / U,
                                       item.h / U)});
        }
        mY += item.h;
        if (item.lineTo >= row.lines)
            return;
        from = item.lineTo;
        startPage(mPages.last().asset);
        repeatTitle();
        placeHead(t);
    }
}

void LedgerPrint::placeHead(int t)
{
    const Table &table = mTables.at(t);
    if (table.head.isEmpty())
        return;
    Item head;
    head.kind = Item::Head;
    head.table = t;
    head.y = mY;
    head.h = table.headHeight;
    mPages.last().items.append(head);
    mY += head.h;
}

// ---------------------------------------------------------------------------------------------
// Painting

void LedgerPrint::paintPage(QPainter &p, int page, const QRectF &target) const
{
    if (page < 0 || page >= mPages.size())
        return;
    const double s = std::min(target.width() / mPage.width(), target.height() / mPage.height());
    p.save();
    p.translate(target.topLeft());
    p.scale(s, s);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    paintHeader(p, page);
    for (const Item &item : mPages.at(page).items)
        paintItem(p, item);
    if (mOptions.layout == LedgerLayout::Check)
        paintSignature(p);
    paintFooter(p, page);
    p.restore();
}

QString LedgerPrint::subtitle(int page) const
{
    QStringList parts;
    QString department = mData.table.department;
    const int asset = mPages.at(page).asset;
    if (asset >= 0)
        department = mData.assets.at(asset).department;
    parts << tr("Department: %1").arg(department.isEmpty() ? tr("All departments") : department);
    if (mData.table.asOf.isValid())
        parts << tr("As of: %1").arg(Wareki::formatAsOf(mData.table.asOf));
    if (mOptions.layout != LedgerLayout::Sheet)
        parts << tr("%n asset(s)", nullptr, int(mData.table.rows.size()));
    return parts.join(QStringLiteral("　　"));
}

void LedgerPrint::paintHeader(QPainter &p, int page) const
{
    double right = mPage.width() - mRight;
    const QString &mark = mData.table.classificationMark;
    if (!mark.trimmed().isEmpty())
        right = SheetPainter::paintClassificationMark(p, mark, QPointF(right, mTop), kShared).left() - mm(3);
    if (page == 0 && !mData.approvalRoles.isEmpty()) {
        const double w = mm(kApprovalWidth) * mData.approvalRoles.size();
        const QRectF box(right - w, mTop, w, mm(kApprovalHeight));
        SheetPainter::paintApprovalBoxes(p, box, mData.approvalRoles, kShared);
        right = box.left() - mm(3);
    }
    const double width = right - mLeft;
    p.setPen(kInk);

    // The title, smaller when it is long, never over the mark.
    const QString text = title();
    double size = kTitleSize;
    QFont tf = font(size, true);
    while (advance(QFontMetricsF(tf), text) > width && size > 3) {
        size *= 0.92;
        tf = font(size, true);
    }
    drawIn(p, tf, QRectF(mLeft, mTop, width, mm(kTitleLine)), Qt::AlignLeft | Qt::AlignVCenter, elided(tf, text, width));

    // 所属, 基準日 and the count just above the rule.
    const double rule = mTop + (page == 0 ? mFirstHeaderHeight : mHeaderHeight);
    const QFont sf = font(kSubSize);
    drawIn(p, sf, QRectF(mLeft, rule - mm(kSubLine + 0.3), width, mm(kSubLine)), Qt::AlignLeft | Qt::AlignVCenter,
           elided(sf, subtitle(page), width));
    p.setPen(QPen(kInk, mm(0.35)));
    p.drawLine(QPointF(mLeft, rule), QPointF(mPage.width() - mRight, rule));
}

void LedgerPrint::paintFooter(QPainter &p, int page) const
{
    const QRectF band(mLeft, mPage.height() - mBottom - mm(kFooterHeight), mPage.width() - mLeft - mRight,
                      mm(kFooterHeight));
    p.setPen(kInk);
    QStringList printed;
    if (mData.printedAt.isValid()) {
        const QDateTime at = mData.printedAt.toLocalTime();
        printed << tr("Printed: %1").arg(Wareki::formatLong(at.date()) + u' ' + at.time().toString(QStringLiteral("HH:mm")));
    }
    if (!mData.printedBy.isEmpty())
        printed << tr("Printed by: %1").arg(mData.printedBy);
    drawIn(p, font(kFooterSize), band, Qt::AlignLeft | Qt::AlignVCenter, printed.join(QStringLiteral("　　")));
    drawIn(p, font(kFooterSize + 0.5), band, Qt::AlignHCenter | Qt::AlignVCenter, tr("- %1 -").arg(page + 1));
    drawIn(p, font(kFooterSize), band, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("Daicho " DAICHO_VERSION));
}

void LedgerPrint::paintSignature(QPainter &p) const
{
    // 点検日 and 点検者 as a one-row form, with a circle for the seal (印).
    const double top = bodyBottom() + mm(8);
    const double h = mm(kSignatureHeight);
    const double left = mLeft, right = mPage.width() - mRight;
    p.setPen(kInk);
    drawIn(p, font(kFooterSize + 0.3), QRectF(left, top - mm(5.5), right - left, mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
           tr("Check each asset where it is: tick the box, and write any difference in the notes."));
    const std::optional<Era> era = Wareki::eraOf(mData.printedAt.isValid() ? mData.printedAt.date() : QDate::currentDate());
    const QString date = tr("%1 ____/____/____", "the date of the check, written in by hand; %1 = the era")
                             .arg(era ? era->name : QString());
    struct Cell {
        QString text;
        double width; // mm; 0 = what is left
        bool label;
    };
    const QList<Cell> cells{{tr("Date checked"), 22, true},         {date, 62, false},
                            {tr("Checked by (department)"), 30, true}, {QString(), 55, false},
                            {tr("Name"), 16, true},                   {QString(), 0, false},
                            {tr("Seal"), 14, true}};
    double fixed = 0;
    for (const Cell &c : cells)
        fixed += c.width;
    const double rest = (right - left) / U - fixed;
    const QFont f = font(3.0);
    const QFontMetricsF fm(f);
    double x = left;
    for (int i = 0; i < cells.size(); ++i) {
        const Cell &c = cells.at(i);
        const double w = mm(c.width > 0 ? c.width : rest);
        const QRectF box(x, top, w, h);
        const bool seal = i == cells.size() - 1;
        if (c.label && !seal) {
            p.setPen(Qt::NoPen);
            p.setBrush(kLabelFill);
            p.drawRect(box);
        }
        p.setPen(QPen(kInk, mm(0.2)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
        if (seal) {
            // 印 in a dotted circle where the seal goes.
            const double r = std::min(w, h) / 2 - mm(1.2);
            QPen dotted(kInk, mm(0.15), Qt::DotLine);
            p.setPen(dotted);
            p.drawEllipse(box.center(), r, r);
            p.setPen(kInk);
        }
        const QStringList lines = SheetPainter::wrap(c.text, f, (w - mm(2)) / kPx, 2);
        const double lh = fm.height() * kPx;
        double y = top + (h - lines.size() * lh) / 2;
        for (const QString &line : lines) {
            drawIn(p, f, QRectF(x + mm(1), y, w - mm(2), lh), (c.label ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter,
                   line);
            y += lh;
        }
        x += w;
    }
}

void LedgerPrint::paintItem(QPainter &p, const Item &item) const
{
    const double left = mLeft, right = mPage.width() - mRight;
    switch (item.kind) {
    case Item::AssetTitle: {
        const QFont f = font(kAssetTitleSize, true);
        p.setPen(kInk);
        drawIn(p, f, QRectF(left, item.y, right - left, item.h - mm(1.5)), Qt::AlignLeft | Qt::AlignVCenter,
               elided(f, item.text, right - left));
        p.setPen(QPen(kInk, mm(0.5)));
        p.drawLine(QPointF(left, item.y + item.h - mm(1.5)), QPointF(right, item.y + item.h - mm(1.5)));
        return;
    }
    case Item::Heading: {
        // ■ and the heading, sitting on the table below.
        const double square = mm(2.4);
        const double base = item.y + item.h - mm(1.2);
        p.setPen(Qt::NoPen);
        p.setBrush(kInk);
        p.drawRect(QRectF(left, base - mm(3.1), square, square));
        p.setPen(kInk);
        drawIn(p, font(kHeadingSize, true), QRectF(left + square + mm(1.5), item.y, right - left, item.h - mm(1.2)),
               Qt::AlignLeft | Qt::AlignBottom, item.text);
        return;
    }
    case Item::Head:
    case Item::Row:
        break;
    }

    const Table &t = mTables.at(item.table);
    const bool head = item.kind == Item::Head;
    const QRectF rowRect(t.edges.first(), item.y, t.edges.last() - t.edges.first(), item.h);
    const QList<QStringList> &cells = head ? t.head : t.rows.at(item.row).cells;
    const int columns = int(t.edges.size()) - 1;
    const int shown = head ? columns : int(cells.size());
    auto cellRect = [&](int c) {
        const double r = c == shown - 1 ? t.edges.last() : t.edges.at(c + 1);
        return QRectF(t.edges.at(c), item.y, r - t.edges.at(c), item.h);
    };

    // Fills: the heading row and the 項目 cells grey.
    p.setPen(Qt::NoPen);
    p.setBrush(kLabelFill);
    if (head) {
        p.drawRect(rowRect);
    } else {
        for (int c = 0; c < shown; ++c) {
            if (t.labels.value(c))
                p.drawRect(cellRect(c));
        }
    }

    // Text: each line on its baseline (much faster than laying out a rectangle per line).
    p.setPen(kInk);
    const QFont &f = head ? t.bold : t.body;
    p.save();
    p.scale(kPx, kPx); // see font()
    p.setFont(f);
    std::optional<QFontMetricsF> fm;
    for (int c = 0; c < shown; ++c) {
        const QRectF cell = cellRect(c);
        const QStringList &lines = cells.at(c);
        const bool centre = head || (t.centred.value(c) && c < columns);
        const int from = head ? 0 : item.lineFrom;
        const int to = head ? int(lines.size()) : std::min(item.lineTo, int(lines.size()));
        // A heading is centred vertically as well.
        double y = item.y + t.padY + (head ? (item.h - 2 * t.padY - lines.size() * t.line) / 2 : 0);
        for (int i = from; i < to; ++i) {
            const QString &line = lines.at(i);
            double x = cell.left() + t.padX;
            if (centre) {
                if (!fm)
                    fm.emplace(f);
                x = cell.left() + (cell.width() - advance(*fm, line)) / 2;
            }
            p.drawText(QPointF(x / kPx, (y + (t.line - t.ascent - t.descent) / 2 + t.ascent) / kPx), line);
            y += t.line;
        }
    }
    p.restore();
    if (!head && t.tickColumn >= 0 && t.tickColumn < shown) {
        const QRectF cell = cellRect(t.tickColumn);
        const double side = mm(4.5);
        p.setPen(QPen(kInk, mm(0.25)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(cell.center().x() - side / 2, cell.center().y() - side / 2, side, side));
    }

    // Rules: the row's frame and the lines between its cells.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kInk, mm(head ? 0.3 : 0.15)));
    p.drawRect(rowRect);
    p.setPen(QPen(kInk, mm(0.15)));
    for (int c = 1; c < shown; ++c)
        p.drawLine(QPointF(t.edges.at(c), item.y), QPointF(t.edges.at(c), item.y + item.h));
}

// ---------------------------------------------------------------------------------------------
// Output

void LedgerPrint::print(QPagedPaintDevice &device, int from, int to) const
{
    const int last = pageCount();
    from = std::clamp(from, 1, last);
    to = to <= 0 ? last : std::clamp(to, from, last);
    device.setPageLayout(pageLayout());
    QPainter p;
    if (!p.begin(&device))
        throw RuntimeError(tr("The ledger could not be printed: the printer or file did not open."));
    for (int page = from; page <= to; ++page) {
        if (page > from && !device.newPage()) {
            p.end();
            throw RuntimeError(tr("The ledger could not be printed: a new page could not be started."));
        }
        paintPage(p, page - 1, QRectF(0, 0, device.width(), device.height()));
    }
    if (!p.end())
        throw RuntimeError(tr("The ledger could not be printed."));
}

QByteArray LedgerPrint::pdf() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Daicho " DAICHO_VERSION));
        print(writer); // can throw
    }
    return buffer.data();
}

void LedgerPrint::exportPdf(const QString &path) const { writeFileOrThrow(path, pdf()); }

} // namespace daicho
