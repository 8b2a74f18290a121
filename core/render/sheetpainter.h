#pragma once

#include "core/render/plansheet.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QStringList>

class QPainter;

namespace daicho {

/// A text label on the drawing: lines in a box with a white backing.
struct SheetLabel {
    QRectF box;
    QStringList lines;
    QList<bool> bold;
    double size = 0; ///< font size, mm at A3
};

/// Paints one PlanSheet (internal to PlanSheet): the parts of the page, each in its region
/// of PlanSheet::layout(), in sheet units. Sizes are given in millimetres at A3 and scaled
/// by the layout's factor. Its texts share the PlanSheet context for translators.
class SheetPainter {
    Q_DECLARE_TR_FUNCTIONS(daicho::PlanSheet)
public:
    SheetPainter(QPainter &p, const PlanSheet &sheet);
    void paint();

    // Heights the layout reserves (sheet units)
    static double titleBlockHeight(const PlanSheet &sheet);
    static double findingLineHeight(const PlanSheet &sheet);
    static double findingsFixedHeight(const PlanSheet &sheet);

    /// The font of the sheet, `mm` high (em) at A3.
    static QFont sheetFont(double mm, double k, bool bold = false);
    /// `text` broken into at most `maxLines` lines of `width`; the last one elided.
    static QStringList wrap(const QString &text, const QFont &font, double width, int maxLines);
    /// 「令和8年11月22日」, or a dash when not set.
    static QString date(const QDate &d);
    /// 「1:200（A3）」 or 「縮尺不定」.
    static QString scaleText(const PlanSheet &sheet);

    // Parts other printed pages share (the ledger): sheet units, sizes scaled by `k`.
    /// The width of the boxed classification mark (domain.md §5.4).
    static double classificationMarkWidth(const QString &mark, double k);
    /// Paints the mark, boxed, its top right corner at `topRight`; returns the box.
    static QRectF paintClassificationMark(QPainter &p, const QString &mark, QPointF topRight, double k);
    /// The 押印欄 (domain.md §5.5): one box per role across `box`, the heading above the
    /// space for a seal or signature.
    static void paintApprovalBoxes(QPainter &p, const QRectF &box, const QStringList &roles, double k);

private:
    void paintHeader();
    void paintDrawing();
    void paintScaleBar(const QRectF &box);
    /// Notes in the strip under the drawing: areas not drawn, 管理番号 left out.
    void paintNotes();
    void paintLabel(const SheetLabel &label, int backingAlpha);
    /// Markers that stand for several at one spot: the pile behind (`front` false) and the
    /// count in front (`front` true) of the marker.
    void paintStack(QPointF centre, double size, int count, bool front);
    void paintLegend();
    void paintTitleBlock();
    void paintFindings();
    void paintFooter();

    QFont font(double mm, bool bold = false) const { return sheetFont(mm, mK, bold); }
    double mm(double v) const { return v * PlanSheet::Unit * mK; }
    /// Draws `lines` from the top of `box`, `lineHeight` apart; returns the height used.
    double drawLines(const QRectF &box, const QStringList &lines, const QFont &font, double lineHeight,
                     int align = Qt::AlignLeft, const QColor &colour = {});
    QColor ink() const;

    QPainter &mP;
    const PlanSheet &mSheet;
    const PlanSheetData &mData;
    const PlanSheet::Layout &mL;
    double mK = 1;
    bool mColour = true;
    int mSkippedLabels = 0; ///< 管理番号 labels left out where markers are too dense
    double mStripUsed = 0;  ///< where the scale bar and its caption end
};

} // namespace daicho
