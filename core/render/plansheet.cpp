#include "core/render/plansheet.h"

#include "core/exceptions.h"
#include "core/render/sheetpainter.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace daicho {

namespace {

constexpr double U = PlanSheet::Unit;

QPageSize::PageSizeId pageSizeId(PaperSize paper)
{
    return paper == PaperSize::A3 ? QPageSize::A3 : QPageSize::A4;
}

} // namespace

PlanSheet::PlanSheet(PlanSheetData data, PlanSheetOptions options) : mData(std::move(data)), mOptions(options)
{
    layOut(); // can throw
}

QSizeF PlanSheet::pageSizeMm() const
{
    return mOptions.paper == PaperSize::A3 ? QSizeF(420, 297) : QSizeF(297, 210);
}

QPageLayout PlanSheet::pageLayout() const
{
    return QPageLayout(QPageSize(pageSizeId(mOptions.paper)), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
}

QString PlanSheet::paperName(PaperSize paper)
{
    return paper == PaperSize::A3 ? QStringLiteral("A3") : QStringLiteral("A4");
}

int PlanSheet::roundScaleUp(double scale)
{
    static const double steps[] = {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8};
    if (!(scale > 10))
        return 10;
    for (double decade = 10; decade < 1e9; decade *= 10) {
        for (double s : steps) {
            if (s * decade >= scale * (1 - 1e-9))
                return int(std::lround(s * decade));
        }
    }
    return int(std::ceil(scale));
}

void PlanSheet::layOut()
{
    const bool a3 = mOptions.paper == PaperSize::A3;
    const QSizeF page = pageSizeMm() * U;
    Layout &l = mLayout;
    l.k = a3 ? 1.0 : 0.86;
    const double k = l.k;
    // A binding margin on the left (左とじ, domain.md §5.3).
    const double left = 20 * U, right = (a3 ? 10 : 8) * U, top = (a3 ? 10 : 8) * U, bottom = (a3 ? 8 : 7) * U;
    const double width = page.width() - left - right;
    l.page = QRectF(QPointF(0, 0), page);
    l.footer = QRectF(left, page.height() - bottom - 5 * U * k, width, 5 * U * k);
    l.header = QRectF(left, top, width, 16 * U * k);
    const double contentTop = l.header.bottom() + 3 * U * k;
    const double contentBottom = l.footer.top() - 2 * U * k;
    const double column = (a3 ? 100 : 84) * U;
    const double gap = 5 * U * k;
    const double columnLeft = left + width - column;

    // The title block sits at the bottom right, the legend above it.
    const double titleBlockHeight = SheetPainter::titleBlockHeight(*this);
    l.titleBlock = QRectF(columnLeft, contentBottom - titleBlockHeight, column, titleBlockHeight);
    l.legend = QRectF(columnLeft, contentTop, column, l.titleBlock.top() - gap - contentTop);

    // The findings under the drawing: two lines each when there are few, else one, and
    // 「ほか N 件」 when even that is not enough.
    const double drawingWidth = columnLeft - gap - left;
    const double line = SheetPainter::findingLineHeight(*this);
    const double fixed = SheetPainter::findingsFixedHeight(*this);
    const double maxHeight = (a3 ? 66 : 46) * U;
    const int rows = std::max(2, int((maxHeight - fixed) / line));
    const int n = int(mData.findings.size());
    int lines = 1;
    if (n == 0) {
        mListedFindings = 0;
    } else if (2 * n <= rows) {
        mTwoLineFindings = true;
        mListedFindings = n;
        lines = 2 * n;
    } else if (n <= rows) {
        mListedFindings = n;
        lines = n;
    } else {
        mListedFindings = rows - 1;
        lines = rows;
    }
    const double findingsHeight = fixed + lines * line;
    l.findings = QRectF(left, contentBottom - findingsHeight, drawingWidth, findingsHeight);
    l.drawingFrame = QRectF(left, contentTop, drawingWidth, l.findings.top() - 3 * U * k - contentTop);
    const double strip = 15 * U * k;
    const double inset = 6 * U * k;
    l.bottomStrip = QRectF(l.drawingFrame.left(), l.drawingFrame.bottom() - strip, l.drawingFrame.width(), strip);
    l.planArea = l.drawingFrame.adjusted(inset, inset, -inset, -strip);

    // The scale: the plan is in millimetres, so even "fit" gives a true scale, rounded up to
    // a round one so that it can be printed and measured.
    // Doors alone are no drawing: without areas or a background the plan has no scale.
    const bool drawn = !mData.areas.isEmpty() || !mData.background.isEmpty();
    mExtent = drawn ? mData.extent() : QRectF();
    if (mExtent.isNull() || (mExtent.width() <= 0 && mExtent.height() <= 0)) {
        mExtent = QRectF();
        if (mOptions.scale < 0 || mOptions.scale > 100000)
            throw ValidationError(tr("The scale must be a whole number from 1 to 100000 (1:N), or 0 to fit the page."));
        mScale = mOptions.scale;
        return;
    }
    mExtent = mExtent.adjusted(0, 0, mExtent.width() > 0 ? 0 : 1, mExtent.height() > 0 ? 0 : 1);
    const double needed = std::max(mExtent.width() / (l.planArea.width() / U), mExtent.height() / (l.planArea.height() / U));
    if (mOptions.scale == 0) {
        mScale = roundScaleUp(needed);
        return;
    }
    if (mOptions.scale < 0 || mOptions.scale > 100000)
        throw ValidationError(tr("The scale must be a whole number from 1 to 100000 (1:N), or 0 to fit the page."));
    if (needed > mOptions.scale * 1.0001) {
        throw ValidationError(
            tr("At 1:%1 the plan (%2 m × %3 m) does not fit the drawing area of %4 landscape (%5 × %6 mm). "
               "Choose 1:%7 or fit it to the page.")
                .arg(mOptions.scale)
                .arg(mExtent.width() / 1000, 0, 'f', 1)
                .arg(mExtent.height() / 1000, 0, 'f', 1)
                .arg(paperName(mOptions.paper))
                .arg(qRound(l.planArea.width() / U))
                .arg(qRound(l.planArea.height() / U))
                .arg(roundScaleUp(needed)));
    }
    mScale = mOptions.scale;
}

QTransform PlanSheet::planToSheet() const
{
    if (mScale <= 0 || mExtent.isNull())
        return QTransform();
    const double s = U / mScale;
    const QPointF c = mLayout.planArea.center();
    return QTransform(s, 0, 0, s, c.x() - mExtent.center().x() * s, c.y() - mExtent.center().y() * s);
}

QTransform PlanSheet::planToPage() const
{
    return planToSheet() * QTransform::fromScale(1 / U, 1 / U);
}

QRectF PlanSheet::drawingFrameMm() const
{
    const QRectF &f = mLayout.drawingFrame;
    return QRectF(f.topLeft() / U, f.size() / U);
}

void PlanSheet::paint(QPainter &p, const QRectF &target) const
{
    const QRectF &page = mLayout.page;
    const double s = std::min(target.width() / page.width(), target.height() / page.height());
    p.save();
    p.translate(target.topLeft());
    p.scale(s, s);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    SheetPainter(p, *this).paint();
    p.restore();
}

void PlanSheet::print(QPagedPaintDevice &device) const
{
    device.setPageLayout(pageLayout());
    QPainter p;
    if (!p.begin(&device))
        throw RuntimeError(tr("The page could not be printed: the printer or file did not open."));
    paint(p, QRectF(0, 0, device.width(), device.height()));
    if (!p.end())
        throw RuntimeError(tr("The page could not be printed."));
}

QImage PlanSheet::toImage(int dpi) const
{
    if (dpi < 36 || dpi > 600)
        throw ValidationError(tr("The resolution must be from 36 to 600 dpi."));
    const QSizeF mm = pageSizeMm();
    const QSize px(qRound(mm.width() / 25.4 * dpi), qRound(mm.height() / 25.4 * dpi));
    QImage image(px, QImage::Format_RGB32);
    if (image.isNull())
        throw RuntimeError(tr("There is not enough memory for an image of %1 × %2 pixels.").arg(px.width()).arg(px.height()));
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter p(&image);
    paint(p, QRectF(QPointF(0, 0), QSizeF(px)));
    p.end();
    return image;
}

QByteArray PlanSheet::pdf() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(mData.title);
        writer.setCreator(QStringLiteral("Daicho " DAICHO_VERSION));
        writer.setPageLayout(pageLayout());
        QPainter p;
        if (!p.begin(&writer))
            throw RuntimeError(tr("The PDF could not be started."));
        paint(p, QRectF(0, 0, writer.width(), writer.height()));
        p.end();
    }
    return buffer.data();
}

QByteArray PlanSheet::png(int dpi) const
{
    const QImage image = toImage(dpi); // can throw
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        throw RuntimeError(tr("The image could not be encoded: %1").arg(writer.errorString()));
    return buffer.data();
}

QByteArray PlanSheet::svg() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        const QRectF &page = mLayout.page;
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        // One sheet unit per SVG user unit; the resolution makes width and height real millimetres.
        generator.setResolution(qRound(25.4 * U));
        generator.setSize(page.size().toSize());
        generator.setViewBox(page);
        generator.setTitle(mData.title);
        generator.setDescription(mData.floorPath);
        QPainter p;
        if (!p.begin(&generator))
            throw RuntimeError(tr("The SVG could not be started."));
        paint(p, page);
        p.end();
    }
    return buffer.data();
}

void PlanSheet::exportPdf(const QString &path) const { writeFileOrThrow(path, pdf()); }
void PlanSheet::exportPng(const QString &path, int dpi) const { writeFileOrThrow(path, png(dpi)); }
void PlanSheet::exportSvg(const QString &path) const { writeFileOrThrow(path, svg()); }

void writeFileOrThrow(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw FileError(PlanSheet::tr("The file %1 could not be written: %2").arg(path, f.errorString()));
    if (f.write(bytes) != bytes.size() || !f.commit())
        throw FileError(PlanSheet::tr("The file %1 could not be written: %2").arg(path, f.errorString()));
}

} // namespace daicho
