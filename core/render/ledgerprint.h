#pragma once

#include "core/render/ledgerprintdata.h"
#include "core/render/plansheet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QRectF>
#include <QSizeF>

class QPainter;
class QPagedPaintDevice;

namespace daicho {

struct LedgerPrintOptions {
    LedgerLayout layout = LedgerLayout::List;
    PaperSize paper = PaperSize::A4; ///< landscape for the list and the check sheet, portrait for the 個票
};

/// The ledger on paper (domain.md §5.3–5.6): 台帳一覧, 台帳個票 or 点検表, laid out into pages
/// by the constructor and painted on any QPainter: a QPdfWriter for PDF, a QPrinter for the
/// print preview and the printer, both through the same paintPage().
///
/// Every page has the header (title, 所属, 基準日, the classification mark at the top right),
/// and the footer (「- n -」 centred, 出力日時 and 出力者); the first page also carries the
/// approval boxes (承認欄). Tables repeat their heading row on every page, wrap text within
/// the cell and never split a row across pages, except a row taller than a whole page.
/// The page is laid out in sheet units (Unit per millimetre) like PlanSheet.
class LedgerPrint {
    Q_DECLARE_TR_FUNCTIONS(daicho::LedgerPrint)
public:
    explicit LedgerPrint(LedgerPrintData data, LedgerPrintOptions options = {});

    // Getters
    const LedgerPrintData &data() const { return mData; }
    const LedgerPrintOptions &options() const { return mOptions; }
    /// A4 landscape 297×210 (list, check), A4 portrait 210×297 (個票); A3 likewise.
    QSizeF pageSizeMm() const;
    /// The paper and its orientation, no margins (the pages keep their own).
    QPageLayout pageLayout() const;
    int pageCount() const { return int(mPages.size()); }
    /// The title printed at the top of every page (「○○市 情報資産管理台帳（個票）」).
    QString title() const;
    /// The type size of the table body, in points (list and check shrink it to fit the columns).
    double fontSizePt() const { return mFontPt; }
    /// False when the columns need more room than the paper has even at the smallest type:
    /// the table is then squeezed (text wraps more, nothing is cut) and fitProblem() says so.
    bool columnsFit() const { return mFitProblem.isEmpty(); }
    QString fitProblem() const { return mFitProblem; }

    /// Where a row of the table is printed (list and check): one placement per page it is on,
    /// in millimetres on that page. A row is split only when it is taller than a whole page.
    struct Placement {
        int page = 0; ///< 0-based
        QRectF rectMm;
    };
    QList<Placement> rowPlacements(int row) const;
    /// The 個票 of asset `index` (sheet): its first page (0-based) and how many pages it takes.
    int assetFirstPage(int index) const;
    int assetPageCount(int index) const;
    /// The part of the page the tables may fill (mm), between the header and the footer (and
    /// the signature line of the check sheet).
    QRectF bodyRectMm(int page) const;

    // Painting
    /// Paints page `page` (0-based) into `target`, keeping the aspect ratio.
    void paintPage(QPainter &p, int page, const QRectF &target) const;
    /// Sets the device's page layout and paints pages `from`…`to` (1-based, inclusive; 0 = the
    /// last), one per device page. Throws RuntimeError when the device cannot be painted on.
    void print(QPagedPaintDevice &device, int from = 1, int to = 0) const;
    /// The whole document as PDF bytes (Noto Sans CJK JP embedded).
    QByteArray pdf() const;
    /// Writes the PDF through QSaveFile; throws FileError.
    void exportPdf(const QString &path) const;

    /// 「台帳一覧」「台帳個票」「点検表」
    static QString layoutName(LedgerLayout layout);
    /// The smallest and the largest type of the table body (points).
    static constexpr double MinFontPt = 6;
    static constexpr double MaxFontPt = 9;
    static constexpr double Unit = PlanSheet::Unit;

private:
    struct Row {
        QList<QStringList> cells; ///< lines per cell; fewer cells than columns: the last spans the rest
        int lines = 1;            ///< the most lines of any cell
        double height = 0;
    };
    struct Table {
        QList<double> edges;     ///< column edges, columns + 1 (sheet units)
        QList<QStringList> head; ///< heading lines per column; empty = no heading row
        double headHeight = 0;
        QList<Row> rows;
        QList<bool> centred;     ///< short values (levels, 〇) centred
        QList<bool> labels;      ///< 項目 columns, filled grey
        int tickColumn = -1;     ///< the 確認 box of the check sheet
        QFont body, bold;
        double ascent = 0, descent = 0;
        double line = 0;         ///< line height
        double padX = 0, padY = 0;
        double minHeight = 0;    ///< of a row
    };
    struct Item {
        enum Kind { AssetTitle, Heading, Head, Row };
        Kind kind = Row;
        int table = -1;
        int row = -1;
        int lineFrom = 0, lineTo = 0; ///< the lines of a row shown here
        double y = 0, h = 0;
        QString text;
    };
    struct Page {
        QList<Item> items;
        int asset = -1; ///< the 個票's asset
    };

    void layOut();
    void layOutColumns();
    void layOutSheets();
    Table makeTable(const QList<double> &widthsMm, const QStringList &head, double fontPt) const;
    void addRow(Table &t, const QStringList &cells) const;
    // The flow of items down the pages
    void startPage(int asset);
    double bodyTop(int page) const;
    double bodyBottom() const;
    /// Puts table `t` on the pages, from row 0; `heading` (may be empty) stays with its first rows.
    void flowTable(int t, const QString &heading, QList<QList<Placement>> *placements = nullptr);
    void placeRow(int t, int row, QList<Placement> *placements);
    void placeHead(int t); ///< the table's header row, where the next item goes (if it has one)
    void repeatTitle();

    void paintHeader(QPainter &p, int page) const;
    void paintFooter(QPainter &p, int page) const;
    void paintSignature(QPainter &p) const;
    void paintItem(QPainter &p, const Item &item) const;
    QString subtitle(int page) const;

    LedgerPrintData mData;
    LedgerPrintOptions mOptions;
    QSizeF mPage;         ///< sheet units
    double mLeft = 0, mRight = 0, mTop = 0, mBottom = 0;
    double mHeaderHeight = 0, mFirstHeaderHeight = 0;
    double mFontPt = MaxFontPt;
    QString mFitProblem;
    QList<Table> mTables;
    QList<Page> mPages;
    QList<QList<Placement>> mRowPlacements; ///< list and check
    QList<std::pair<int, int>> mAssetPages; ///< first page, count (sheet)
    double mY = 0;                          ///< during layOut(): where the next item goes
};

} // namespace daicho
