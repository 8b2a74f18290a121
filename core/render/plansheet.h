#pragma once

#include "core/render/plansheetdata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

class QPainter;
class QPagedPaintDevice;

namespace daicho {

enum class PaperSize { A3, A4 };

struct PlanSheetOptions {
    PaperSize paper = PaperSize::A3; ///< always landscape (domain.md §5.3)
    int scale = 0;      ///< 1:scale; 0 = fit the page (at the next round scale, which is printed)
    bool colour = true; ///< false: black hatches and outlines, for monochrome printers
};

/// One printed page of a 区画図 (domain.md §4.2, §5): the drawing, a title block with the
/// approval boxes, the classification mark, the legend (凡例), a scale bar and north arrow,
/// and the findings on the floor. Independent of Widgets: the editor prints it through a
/// QPrinter, daicho-cli exports it, both through the same paint().
///
/// The page is laid out in millimetres; the constructor fixes the scale, so a chosen scale
/// at which the plan does not fit is refused before anything is drawn.
class PlanSheet {
    Q_DECLARE_TR_FUNCTIONS(daicho::PlanSheet)
public:
    /// Throws ValidationError when `options.scale` is too small for the paper (the message
    /// names the largest scale that fits) or out of range.
    explicit PlanSheet(PlanSheetData data, PlanSheetOptions options = {});

    // Getters
    const PlanSheetData &data() const { return mData; }
    const PlanSheetOptions &options() const { return mOptions; }
    /// The page in millimetres: A3 420×297, A4 297×210 (landscape).
    QSizeF pageSizeMm() const;
    /// Landscape, no margins (the sheet keeps its own), for QPrinter and QPdfWriter.
    QPageLayout pageLayout() const;
    /// The scale printed, 1:N; 0 when nothing is drawn (縮尺不定).
    int scale() const { return mScale; }
    /// Plan millimetres to page millimetres.
    QTransform planToPage() const;
    /// The drawing's frame on the page (mm).
    QRectF drawingFrameMm() const;
    /// How many findings the list shows; the rest are summed up as 「ほか N 件」.
    int listedFindings() const { return mListedFindings; }

    // Painting
    /// Paints the page into `target` (in the painter's current coordinates), keeping the
    /// aspect ratio. For a QPrinter use setFullPage(true) and its full paper rectangle, or
    /// print(): otherwise the printer's margins shrink the page and the scale is off.
    void paint(QPainter &p, const QRectF &target) const;
    /// Sets the device's page layout and paints one page (a QPrinter or QPdfWriter).
    /// Throws RuntimeError when the device cannot be painted on.
    void print(QPagedPaintDevice &device) const;
    /// The page as an image on white, `dpi` dots per inch (36–600).
    QImage toImage(int dpi) const;

    // Exports: the file is replaced only when the whole new one was written. All throw
    // FileError with the reason (unwritable folder, full disk, …).
    void exportPdf(const QString &path) const;
    void exportPng(const QString &path, int dpi = 200) const;
    void exportSvg(const QString &path) const;
    /// The same bytes as the exports write.
    QByteArray pdf() const;
    QByteArray png(int dpi = 200) const;
    QByteArray svg() const;

    /// 「A3」
    static QString paperName(PaperSize paper);
    /// The round scales `fit` rounds up to (1:100, 1:150, 1:200, 1:250, 1:300, 1:400, …).
    static int roundScaleUp(double scale);

    /// Sheet units (what paint() draws in) per millimetre: fine enough for whole-number
    /// font pixel sizes.
    static constexpr double Unit = 100;
    /// The regions of the page, in sheet units.
    struct Layout {
        QRectF page, header, drawingFrame, planArea, bottomStrip, findings, legend, titleBlock, footer;
        double k = 1; ///< size factor of text and symbols (A4 is a little smaller than A3)
    };
    const Layout &layout() const { return mLayout; }
    /// Plan millimetres to sheet units.
    QTransform planToSheet() const;
    /// Whether each listed finding gets two lines (few findings) or one.
    bool twoLineFindings() const { return mTwoLineFindings; }

private:
    void layOut();

    PlanSheetData mData;
    PlanSheetOptions mOptions;
    Layout mLayout;
    QRectF mExtent; ///< plan mm
    int mScale = 0;
    int mListedFindings = 0;
    bool mTwoLineFindings = false;
};

/// Writes `bytes` to `path` through QSaveFile; throws FileError (translated) on any failure.
void writeFileOrThrow(const QString &path, const QByteArray &bytes);

} // namespace daicho
