// daicho-plan-bench: the speed targets of the 区画図 editor (issue #4), in a Release build.
//
//   daicho-plan-bench [--areas N] [--assets N]
//
// A floor with 300 areas (100 rooms, each with two lockers) and 2,000 assets placed in them.
// Targets: the floor opens (scene built, fitted and first frame painted) < 500 ms; panning and
// zooming paint a frame < 16 ms; moving an asset on the plan (place, point, audit entry,
// findings, markers) < 20 ms.
#include "core/classificationscheme.h"
#include "core/registerdata.h"
#include "db/registerstore.h"
#include "ui/document.h"
#include "ui/plan/placement.h"
#include "ui/plan/planeditor.h"
#include "ui/plan/planscene.h"
#include "ui/plan/plantool.h"
#include "ui/plan/planview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QUndoCommand>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace daicho;

namespace {

double ms(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void report(const char *what, double value, double target)
{
    std::printf("%-48s %9.1f ms (target < %.0f ms) %s\n", what, value, target, value < target ? "ok" : "MISSED");
    std::fflush(stdout);
}

QList<QPoint> rect(int x, int y, int w, int h) { return {QPoint(x, y), QPoint(x + w, y), QPoint(x + w, y + h), QPoint(x, y + h)}; }

/// One floor: rooms on a grid, two lockers in each, assets spread over the rooms.
RegisterData floorData(int rooms, int assets)
{
    RegisterData d;
    d.title = QStringLiteral("区画図ベンチ");
    d.scheme = ClassificationScheme::preset(QStringLiteral("soumu")).toJson();
    d.departments = {{1, QStringLiteral("0110"), QStringLiteral("総務課"), 0, {}, {}}};
    Id id = 1;
    d.places.append({id++, 0, PlaceKind::Site, QStringLiteral("敷地"), 0, true, {}, {}, 0, false, false, {}, {}});
    d.places.append({id++, 1, PlaceKind::Building, QStringLiteral("本庁舎"), 1, true, {}, {}, 0, false, false, {}, {}});
    const Id floor = id++;
    d.places.append({floor, 2, PlaceKind::Floor, QStringLiteral("3階"), 1, true, {}, {}, 0, false, false, {}, {}});
    QList<Id> roomIds;
    const int columns = 10;
    for (int r = 0; r < rooms; ++r) {
        const int x = (r % columns) * 8000, y = (r / columns) * 7000;
        const Id room = id++;
        roomIds.append(room);
        d.places.append({room, floor, PlaceKind::Room, QStringLiteral("室 %1").arg(r + 1), 2, r % 3 != 0, {}, {}, 0,
                         false, false, {}, rect(x, y, 7500, 6500)});
        for (int k = 0; k < 2; ++k)
            d.places.append({id++, room, PlaceKind::Container, QStringLiteral("ロッカー %1-%2").arg(r + 1).arg(k + 1), 3,
                             true, {}, {}, 0, false, false, {}, rect(x + 500 + k * 1200, y + 5500, 900, 450)});
    }
    for (int i = 0; i < assets; ++i) {
        Asset a;
        a.id = i + 1;
        a.number = QStringLiteral("PC-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        a.name = QStringLiteral("端末 %1").arg(i + 1);
        a.departmentId = 1;
        a.kind = i % 10 == 9 ? AssetKind::RemovableMedia : AssetKind::Pc;
        a.confidentiality = i % 7 == 0 ? QStringLiteral("3") : QStringLiteral("2");
        a.personalInfo = i % 7 == 0;
        const int room = i % rooms;
        a.usePlaceId = roomIds.at(room);
        const int x = (room % columns) * 8000, y = (room / columns) * 7000;
        a.usePoint = QPoint(x + 800 + (i / rooms) % 6 * 1000, y + 800 + (i / rooms) / 6 % 4 * 1000);
        a.registeredOn = QDate(2025, 4, 1);
        d.assets.append(a);
    }
    FloorPlan plan;
    plan.id = 1;
    plan.floorId = floor;
    plan.title = QStringLiteral("ベンチ 3階 セキュリティ区画図");
    for (int r = 0; r < rooms; ++r) {
        const int x = (r % columns) * 8000, y = (r / columns) * 7000;
        plan.doors.append(Door{QPoint(x + 3000, y + 6500), QPoint(x + 3900, y + 6500), true, {}, false, {}, false, {}});
    }
    d.plans.append(plan);
    return d;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int areas = 300, assets = 2000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--areas"))
            areas = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--assets"))
            assets = args.at(i + 1).toInt();
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.daicho"));
    {
        auto store = RegisterStore::create(path, ClassificationScheme::preset(QStringLiteral("soumu")).toJson(),
                                           QStringLiteral("区画図ベンチ"));
        store->import(floorData(areas / 3, assets));
    }
    auto document = Document::open(path);
    std::printf("floor: %d areas, %d assets, Qt %s\n", areas, assets, qVersion());

    PlanEditor editor;
    editor.resize(1400, 900);
    editor.setDocument(document.get());
    editor.show();
    QApplication::processEvents();
    const Id floor = document->plans().first().floorId;

    // A frame: the view's own synchronous repaint, as the screen gets it (item caches included).
    auto paint = [&] { editor.view()->viewport()->repaint(); };

    // Open: from choosing the floor to its first painted frame.
    std::vector<double> opens;
    for (int run = 0; run < 5; ++run) {
        editor.scene()->setFloor(0);
        QElapsedTimer t;
        t.start();
        editor.setFloor(floor);
        editor.view()->fitToWindow();
        paint();
        opens.push_back(ms(t));
    }
    std::printf("  markers on the plan: %lld, areas drawn: %lld\n", qlonglong(editor.scene()->markerItems().size()),
                qlonglong(editor.scene()->areaItems().size()));
    report("open a floor to its first frame (median)", median(opens), 500);

    // Pan and zoom: frames at the zoom a user works at (the whole floor, a room) while scrolling.
    std::vector<double> frames;
    for (const double zoom : {0.0, 40.0, 120.0}) {
        if (zoom == 0)
            editor.view()->fitToWindow();
        else
            editor.view()->setZoom(zoom);
        for (int step = 0; step < 15; ++step) {
            editor.view()->horizontalScrollBar()->setValue(editor.view()->horizontalScrollBar()->value() + 40);
            editor.view()->verticalScrollBar()->setValue(editor.view()->verticalScrollBar()->value() + 25);
            QElapsedTimer t;
            t.start();
            paint();
            frames.push_back(ms(t));
        }
    }
    for (int step = 0; step < 10; ++step) {
        QElapsedTimer t;
        t.start();
        editor.view()->zoomBy(step < 5 ? 1.2 : 1 / 1.2);
        paint();
        frames.push_back(ms(t));
    }
    if (qEnvironmentVariableIsSet("DAICHO_BENCH_FRAMES")) {
        for (const double f : frames)
            std::printf("%.1f ", f);
        std::printf("\n");
    }
    report("pan/zoom frame (median)", median(frames), 16);
    report("pan/zoom frame (slowest)", *std::max_element(frames.begin(), frames.end()), 16);

    // Move an asset to another room: the command, its write and audit entry, the findings, the marker.
    PlanToolContext context;
    context.document = document.get();
    context.scene = editor.scene();
    context.status = [](const QString &message) { std::fprintf(stderr, "%s\n", qPrintable(message)); };
    context.execute = [&](const std::function<QUndoCommand *()> &make) { return document->execute(make()); };
    std::vector<double> moves;
    for (int i = 0; i < 30; ++i) {
        const Id assetId = document->assetAt(i * 37 % document->assetCount()).id;
        const int room = (i * 13 + 5) % (areas / 3);
        const QPointF target((room % 10) * 8000 + 3000 + i * 10, (room / 10) * 7000 + 3000);
        QElapsedTimer t;
        t.start();
        if (!placeAssets(context, {assetId}, target, false))
            std::fprintf(stderr, "move %d failed\n", i);
        moves.push_back(ms(t));
    }
    // The same move without the plan on screen: what the write, audit and findings cost alone.
    std::vector<double> writes;
    for (int i = 0; i < 30; ++i) {
        Asset a = document->assetAt(i * 53 % document->assetCount());
        a.usePoint = QPoint(a.usePoint ? a.usePoint->x() + 1 : 0, a.usePoint ? a.usePoint->y() : 0);
        QElapsedTimer t;
        t.start();
        document->applyPlanEdit({}, {a});
        writes.push_back(ms(t));
    }
    std::printf("  of which write + audit + findings: median %.1f ms\n", median(writes));
    report("move an asset on the plan (median)", median(moves), 20);
    report("move an asset on the plan (slowest)", *std::max_element(moves.begin(), moves.end()), 20);
    return 0;
}
