#include "core/registercheck.h"
#include "db/registerstore.h"
#include "ui/acceptfindingdialog.h"
#include "ui/assetdetailpanel.h"
#include "ui/assetfilterproxy.h"
#include "ui/assetfindingsview.h"
#include "ui/assettablemodel.h"
#include "core/exceptions.h"
#include "ui/commands/assetcommands.h"
#include "ui/commands/editassetcommand.h"
#include "ui/commands/linkcommands.h"
#include "ui/commands/placecommands.h"
#include "ui/filterbar.h"
#include "ui/findingsmodel.h"
#include "ui/findingspanel.h"
#include "ui/mainwindow.h"
#include "uifixture.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gmock/gmock.h>

using namespace daicho;
using daicho::test::UiFixture;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

/// "管理番号 CODE subject place accepted" per finding, in ledger order.
QStringList describe(const QList<Asset> &assets, const FindingSet &set)
{
    QStringList out;
    for (int row = 0; row < set.size(); ++row) {
        for (const Finding &f : set.at(row)) {
            out << QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(assets.at(row).number, FindingChecker::codeId(f.code), f.subject)
                       .arg(f.placeId)
                       .arg(f.accepted);
        }
    }
    return out;
}

struct FindingsUiFixture : UiFixture {
    std::unique_ptr<Document> doc;
    Id office = 0, drawer = 0, counter = 0;

    void SetUp() override
    {
        UiFixture::SetUp();
        doc = openDocument();
        Id site = addPlace(0, PlaceKind::Site, QStringLiteral("本庁舎敷地"));
        Id building = addPlace(site, PlaceKind::Building, QStringLiteral("本庁舎"));
        Id floor = addPlace(building, PlaceKind::Floor, QStringLiteral("2階"));
        office = addPlace(floor, PlaceKind::Room, QStringLiteral("総務課 執務室"), 2, false);
        drawer = addPlace(office, PlaceKind::Container, QStringLiteral("施錠キャビネット"), 3);
        counter = addPlace(floor, PlaceKind::CounterPublic, QStringLiteral("窓口（来庁者側）"), 0);
    }

    Id addPlace(Id parent, PlaceKind kind, const QString &name, int level = 2, bool locked = true)
    {
        Place p;
        p.parentId = parent;
        p.kind = kind;
        p.name = name;
        p.level = level;
        p.lockedAfterHours = locked;
        auto *command = new InsertPlaceCommand(doc.get(), p);
        EXPECT_TRUE(doc->execute(command));
        return command->placeId();
    }

    void place(Id asset, Id use, Id store = 0)
    {
        Asset a = *doc->asset(asset);
        a.usePlaceId = use;
        a.storePlaceId = store;
        ASSERT_TRUE(doc->execute(new EditAssetCommand(doc.get(), a, QString())));
    }

    QStringList codesOf(Id asset) const
    {
        QStringList out;
        for (const Finding &f : doc->findingsAt(doc->rowOf(asset)))
            out << FindingChecker::codeId(f.code) + (f.accepted ? QStringLiteral("(accepted)") : QString());
        return out;
    }

    /// The same register checked from scratch, as the command line does.
    QStringList fresh(bool afterHours = false)
    {
        const RegisterCheck check(doc->store().load(), afterHours);
        return describe(check.assets(), check.findings());
    }
};

} // namespace

TEST_F(FindingsUiFixture, PlacingThePcOnTheDeskGivesAStorageErrorAndUndoTakesItBack)
{
    EXPECT_THAT(codesOf(pc.id), Contains(QStringLiteral("PLACE-MISSING")));
    place(pc.id, office);
    // It holds personal data (A): kept on the desk of an L2 office it needs L3.
    EXPECT_THAT(codesOf(pc.id), Contains(QStringLiteral("ZONE-STORE-LOW")));
    EXPECT_GE(doc->findings().counts().errors, 1);
    place(pc.id, office, drawer);
    EXPECT_THAT(codesOf(pc.id), Not(Contains(QStringLiteral("ZONE-STORE-LOW"))));
    doc->undoStack()->undo();
    EXPECT_THAT(codesOf(pc.id), Contains(QStringLiteral("ZONE-STORE-LOW")));
    EXPECT_EQ(describe(doc->assets(), doc->findings()), fresh());
}

TEST_F(FindingsUiFixture, IncrementalFindingsMatchAFreshCheckAfterEveryKindOfEdit)
{
    place(pc.id, office, drawer);
    place(server.id, office);
    EXPECT_EQ(describe(doc->assets(), doc->findings()), fresh());
    // Lower the information's class: the PC holding it follows, incrementally.
    Asset d = *doc->asset(data.id);
    d.personalInfo = false;
    d.confidentiality = QStringLiteral("1");
    ASSERT_TRUE(doc->execute(new EditAssetCommand(doc.get(), d, QString())));
    EXPECT_EQ(describe(doc->assets(), doc->findings()), fresh());
    doc->undoStack()->undo();
    EXPECT_EQ(describe(doc->assets(), doc->findings()), fresh());
    // A change of the room's level reaches every asset in it.
    Place room = *doc->place(office);
    room.level = 1;
    ASSERT_TRUE(doc->execute(new EditPlaceCommand(doc.get(), room)));
    EXPECT_EQ(describe(doc->assets(), doc->findings()), fresh());
    // The night view, and the network model.
    doc->setAfterHoursView(true);
    EXPECT_EQ(describe(doc->assets(), doc->findings()), fresh(true));
    doc->setAfterHoursView(false);
    ASSERT_TRUE(doc->execute(new SetNetworkModelCommand(doc.get(), NetworkModel::Beta)));
    EXPECT_EQ(describe(doc->assets(), doc->findings()), fresh());
}

TEST_F(FindingsUiFixture, FindingsModelFollowsEditsRowByRowLikeARebuild)
{
    FindingsModel live(doc.get());
    live.setShowAccepted(true);
    auto rows = [](const FindingsModel &m) {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r) {
            const Finding *f = m.findingAt(r);
            out << QStringLiteral("%1 %2 %3").arg(f->assetId).arg(FindingChecker::codeId(f->code), f->subject);
        }
        return out;
    };
    auto same = [&] {
        FindingsModel fresh(doc.get());
        fresh.setShowAccepted(true);
        EXPECT_EQ(rows(live), rows(fresh));
    };
    place(pc.id, office);
    same();
    place(server.id, counter);
    same();
    place(pc.id, office, drawer);
    same();
    doc->undoStack()->undo();
    same();
    Asset d = *doc->asset(data.id);
    d.confidentiality = QStringLiteral("1");
    d.personalInfo = false;
    ASSERT_TRUE(doc->execute(new EditAssetCommand(doc.get(), d, QString())));
    same();
    // A severity filter keeps to its severity through the row updates.
    live.setSeverity(Severity::Error);
    place(pc.id, counter);
    for (int r = 0; r < live.rowCount(); ++r)
        EXPECT_EQ(live.findingAt(r)->severity, Severity::Error);
}

TEST_F(FindingsUiFixture, AcceptanceIsAuditedCountsApartAndUndoWithdrawsIt)
{
    place(pc.id, counter);
    const Finding *l0 = nullptr;
    for (const Finding &f : doc->findingsAt(doc->rowOf(pc.id))) {
        if (f.code == FindingCode::ZoneL0)
            l0 = &f;
    }
    ASSERT_NE(l0, nullptr);
    const int errors = doc->findings().counts().errors;
    Acceptance a;
    a.assetId = pc.id;
    a.code = FindingChecker::codeId(l0->code);
    a.placeId = l0->placeId;
    a.subject = l0->subject;
    a.reason = QStringLiteral("来庁者用の案内端末として使用（公開情報のみ）");
    a.person = QStringLiteral("山田 太郎");
    a.until = QDate::currentDate().addDays(30);
    ASSERT_TRUE(doc->execute(new AcceptFindingCommand(doc.get(), a)));
    EXPECT_THAT(codesOf(pc.id), Contains(QStringLiteral("ZONE-L0(accepted)")));
    EXPECT_EQ(doc->findings().counts().errors, errors - 1);
    EXPECT_EQ(doc->findings().counts().accepted, 1);
    EXPECT_EQ(describe(doc->assets(), doc->findings()), fresh());

    bool audited = false;
    for (const AuditEntry &e : doc->store().auditLog())
        audited = audited || (e.entity == QLatin1String("acceptance") && e.action == QLatin1String("create"));
    EXPECT_TRUE(audited);

    doc->undoStack()->undo();
    EXPECT_THAT(codesOf(pc.id), Contains(QStringLiteral("ZONE-L0")));
    EXPECT_EQ(doc->findings().counts().accepted, 0);
}

TEST_F(FindingsUiFixture, AcceptanceNeedsReasonPersonAndAFutureDate)
{
    Acceptance a;
    a.assetId = pc.id;
    a.code = QStringLiteral("PLACE-MISSING");
    a.until = QDate::currentDate().addDays(-1);
    try {
        AcceptFindingCommand command(doc.get(), a);
        FAIL() << "accepted without a reason";
    } catch (const ValidationError &e) {
        EXPECT_THAT(e.message().toStdString(), HasSubstr("\n")); // several problems, one per line
    }
}

TEST_F(FindingsUiFixture, DeletingTheAssetTakesItsAcceptanceAndUndoBringsItBack)
{
    place(pc.id, counter);
    Acceptance a{0, pc.id, QStringLiteral("ZONE-L0"), counter, QStringLiteral("use"), QStringLiteral("案内端末"),
                 QStringLiteral("山田 太郎"), QDate::currentDate().addDays(10), {}};
    ASSERT_TRUE(doc->execute(new AcceptFindingCommand(doc.get(), a)));
    ASSERT_EQ(doc->acceptances().size(), 1);
    ASSERT_TRUE(doc->execute(new DeleteAssetCommand(doc.get(), pc.id)));
    EXPECT_TRUE(doc->acceptances().isEmpty());
    doc->undoStack()->undo();
    ASSERT_EQ(doc->acceptances().size(), 1);
    EXPECT_THAT(codesOf(pc.id), Contains(QStringLiteral("ZONE-L0(accepted)")));
}

TEST_F(FindingsUiFixture, PlaceWithAssetsCannotBeDeleted)
{
    place(pc.id, office);
    EXPECT_THROW(DeletePlaceCommand(doc.get(), office), ValidationError);
    EXPECT_THROW(DeletePlaceCommand(doc.get(), drawer + 1000), ValidationError);
}

TEST_F(FindingsUiFixture, AcceptDialogWritesTheAcceptance)
{
    place(pc.id, counter);
    Finding l0;
    for (const Finding &f : doc->findingsAt(doc->rowOf(pc.id))) {
        if (f.code == FindingCode::ZoneL0)
            l0 = f;
    }
    AcceptFindingDialog dialog(doc.get(), l0);
    dialog.accept(); // no reason: refused, stays open
    EXPECT_TRUE(doc->acceptances().isEmpty());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    ASSERT_NE(error, nullptr);
    EXPECT_FALSE(error->text().isEmpty());
    dialog.setReason(QStringLiteral("案内端末"));
    dialog.setPerson(QStringLiteral("山田 太郎"));
    dialog.accept();
    ASSERT_EQ(doc->acceptances().size(), 1);
    EXPECT_EQ(doc->acceptances().first().until.month(), 3); // the end of the fiscal year
    EXPECT_EQ(doc->acceptances().first().until.day(), 31);
}

struct FindingsWindowFixture : FindingsUiFixture {
    std::unique_ptr<MainWindow> window;

    void SetUp() override
    {
        FindingsUiFixture::SetUp();
        doc.reset(); // the window opens its own
        window = std::make_unique<MainWindow>();
        window->setQuiet(true);
        window->resize(1400, 900);
        ASSERT_TRUE(window->openFile(path));
    }
};

TEST_F(FindingsWindowFixture, TableColumnFilterPanelAndStatusBarShowTheFindings)
{
    Document *d = window->document();
    Asset a = *d->asset(pc.id);
    a.usePlaceId = office;
    ASSERT_TRUE(d->execute(new EditAssetCommand(d, a, QString())));

    // The findings column.
    const int row = window->proxy()->proxyRowOf(pc.id);
    const QString cell =
        window->proxy()->index(row, AssetTableModel::FindingsColumn).data().toString();
    EXPECT_THAT(cell.toStdString(), HasSubstr(FindingChecker::severityLabel(Severity::Error).toStdString()));
    const QString tip = window->proxy()->index(row, AssetTableModel::FindingsColumn).data(Qt::ToolTipRole).toString();
    EXPECT_THAT(tip.toStdString(), HasSubstr("総務課 執務室"));

    // Only assets with errors.
    window->filterBar()->showFindingsOnly(Severity::Error);
    for (int r = 0; r < window->proxy()->rowCount(); ++r) {
        const Id id = window->proxy()->assetIdAt(r);
        EXPECT_EQ(d->findings().worstAt(d->rowOf(id)), Severity::Error) << id;
    }
    EXPECT_GE(window->proxy()->proxyRowOf(pc.id), 0);
    window->filterBar()->showFindingsOnly(std::nullopt);
    EXPECT_EQ(window->proxy()->rowCount(), d->assetCount());

    // The status bar counts.
    auto *counts = window->findChild<QLabel *>(QStringLiteral("findingCountsLabel"));
    ASSERT_NE(counts, nullptr);
    EXPECT_THAT(counts->text().toStdString(),
                HasSubstr(QString::number(d->findings().counts().errors).toStdString()));

    // The panel: errors only, then a double-click jumps to the asset.
    FindingsPanel *panel = window->findingsPanel();
    auto *severity = panel->findChild<QComboBox *>(QStringLiteral("severityFilter"));
    severity->setCurrentIndex(severity->findData(int(Severity::Error)));
    FindingsModel *model = panel->model();
    ASSERT_GT(model->rowCount(), 0);
    int pcRow = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        EXPECT_EQ(model->findingAt(r)->severity, Severity::Error);
        if (model->findingAt(r)->assetId == pc.id)
            pcRow = r;
    }
    ASSERT_GE(pcRow, 0);
    window->selectAsset(data.id);
    emit panel->view()->activated(model->index(pcRow, FindingsModel::MessageColumn));
    EXPECT_EQ(window->currentAsset(), pc.id);

    // The detail view lists them with their messages and how the zone rules read the PC.
    AssetFindingsView *view = window->detailPanel()->findingsView();
    EXPECT_EQ(view->findingCount(), int(d->findingsAt(d->rowOf(pc.id)).size()));
    auto *summary = view->findChild<QLabel *>(QStringLiteral("zoneSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_THAT(summary->text().toStdString(), HasSubstr("L2"));

    // The night view counts as its own state in the status bar.
    window->afterHoursAction()->trigger();
    EXPECT_TRUE(d->afterHoursView());
}

TEST_F(FindingsUiFixture, AnAcceptanceThatNoLongerMatchesCanBeWithdrawnAndThenThePlaceDeleted)
{
    place(pc.id, counter);
    Acceptance a{0, pc.id, QStringLiteral("ZONE-L0"), counter, QStringLiteral("use"), QStringLiteral("案内端末"),
                 QStringLiteral("山田 太郎"), QDate::currentDate().addDays(10), {}};
    ASSERT_TRUE(doc->execute(new AcceptFindingCommand(doc.get(), a)));
    place(pc.id, office, drawer); // the finding is gone; the acceptance stays, unmatched
    EXPECT_THROW(DeletePlaceCommand(doc.get(), counter), ValidationError);

    AssetFindingsView view;
    view.setDocument(doc.get());
    view.setAsset(pc.id);
    auto *withdraw = view.findChild<QPushButton *>(QStringLiteral("withdrawUnmatchedButton"));
    ASSERT_NE(withdraw, nullptr);
    withdraw->click();
    EXPECT_TRUE(doc->acceptances().isEmpty());
    EXPECT_TRUE(doc->execute(new DeletePlaceCommand(doc.get(), counter)));
}

TEST_F(FindingsWindowFixture, PanelKeepsWorkingWhenTheSelectedFindingsRowGoes)
{
    Document *d = window->document();
    Asset a = *d->asset(pc.id);
    a.usePlaceId = counter;
    ASSERT_TRUE(d->execute(new EditAssetCommand(d, a, QString())));
    FindingsPanel *panel = window->findingsPanel();
    FindingsModel *model = panel->model();
    ASSERT_GT(model->rowCount(), 0);
    panel->view()->setCurrentIndex(model->index(model->rowCount() - 1, 0));
    // Delete the asset of the last row, then the night view: both replace every row's findings.
    const Id last = model->keyAt(model->rowCount() - 1)->assetId;
    ASSERT_TRUE(d->execute(new DeleteAssetCommand(d, last)));
    window->afterHoursAction()->trigger();
    for (int r = 0; r < model->rowCount(); ++r)
        ASSERT_NE(model->findingAt(r), nullptr) << r;
    d->undoStack()->undo();
    for (int r = 0; r < model->rowCount(); ++r)
        ASSERT_NE(model->findingAt(r), nullptr) << r;
}

TEST_F(FindingsUiFixture, MediumHoldingMyNumberSegmentDataIsFoundThroughItsLinks)
{
    Asset usb = make(QStringLiteral("USB-001"), QStringLiteral("USBメモリ"), AssetKind::RemovableMedia, general.id);
    usb.segment = NetworkSegment::Standalone;
    auto *insert = new InsertAssetCommand(doc.get(), usb);
    ASSERT_TRUE(doc->execute(insert));
    const Id usbId = insert->assetId();
    auto flagged = [&] {
        for (const Finding &f : doc->findingsAt(doc->rowOf(usbId))) {
            if (f.code == FindingCode::NetMyNumberRemovable)
                return true;
        }
        return false;
    };
    // The system's data is on the マイナンバー利用事務系 but carries no 特定個人情報 flag.
    Asset sys = *doc->asset(system.id);
    sys.segment = NetworkSegment::MyNumber;
    ASSERT_TRUE(doc->execute(new EditAssetCommand(doc.get(), sys, QString())));
    EXPECT_FALSE(flagged());
    ASSERT_TRUE(doc->execute(new AddLinkCommand(doc.get(), AssetLink{0, system.id, usbId, LinkType::StoredOn})));
    EXPECT_TRUE(flagged());
    EXPECT_EQ(describe(doc->assets(), doc->findings()), fresh());
    // Back on LGWAN: the medium no longer holds マイナンバー系 data.
    sys.segment = NetworkSegment::Lgwan;
    ASSERT_TRUE(doc->execute(new EditAssetCommand(doc.get(), sys, QString())));
    EXPECT_FALSE(flagged());
    EXPECT_EQ(describe(doc->assets(), doc->findings()), fresh());
    doc->undoStack()->undo(); // the segment again
    EXPECT_TRUE(flagged());
    doc->undoStack()->undo(); // the link
    EXPECT_FALSE(flagged());
    EXPECT_EQ(describe(doc->assets(), doc->findings()), fresh());
}
