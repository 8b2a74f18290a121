#pragma once

#include "core/classificationscheme.h"
#include "db/registerstore.h"
#include "testutil.h"
#include "ui/document.h"

#include <gtest/gtest.h>

#include <memory>

namespace daicho::test {

/// A small real register on disk for the UI tests:
///   総務部 (100) ─ 総務課 (110), and 税務課 (200)
///   information 住民基本台帳データ (機密性3, personal) is stored on PC-001,
///   PC-001 can access 住民記録システム, which runs on SV-001.
struct UiFixture : ::testing::Test {
    TempDir dir;
    QString path = dir.path(QStringLiteral("register.daicho"));
    Department bureau, general, tax;
    Person yamada;
    Asset data, pc, system, server, paper;

    void SetUp() override
    {
        auto store = RegisterStore::create(path, ClassificationScheme::preset(QStringLiteral("soumu")).toJson(),
                                           QStringLiteral("テスト台帳"));
        bureau = {0, QStringLiteral("100"), QStringLiteral("総務部"), 0, {}, {}};
        store->insertDepartment(bureau);
        general = {0, QStringLiteral("110"), QStringLiteral("総務課"), bureau.id, {}, {}};
        store->insertDepartment(general);
        tax = {0, QStringLiteral("200"), QStringLiteral("税務課"), 0, {}, {}};
        store->insertDepartment(tax);
        yamada = {0, QStringLiteral("山田 太郎"), general.id, {QStringLiteral("情報セキュリティ責任者")}};
        store->insertPerson(yamada);

        data = make(QStringLiteral("110-0001"), QStringLiteral("住民基本台帳データ"), AssetKind::InformationElectronic,
                    general.id);
        data.confidentiality = QStringLiteral("3");
        data.personalInfo = true;
        data.subjectCount = 52000;
        data.managerId = yamada.id;
        store->insertAsset(data);
        pc = make(QStringLiteral("PC-001"), QStringLiteral("窓口端末"), AssetKind::Pc, general.id);
        pc.confidentiality = QStringLiteral("1");
        store->insertAsset(pc);
        system = make(QStringLiteral("SYS-001"), QStringLiteral("住民記録システム"), AssetKind::InformationSystem,
                      general.id);
        system.confidentiality = QStringLiteral("2");
        store->insertAsset(system);
        server = make(QStringLiteral("SV-001"), QStringLiteral("住記サーバ"), AssetKind::Server, tax.id);
        server.segment = NetworkSegment::MyNumber;
        store->insertAsset(server);
        paper = make(QStringLiteral("200-0001"), QStringLiteral("固定資産税 申告書"), AssetKind::InformationPaper,
                     tax.id);
        paper.segment = NetworkSegment::NotApplicable;
        paper.confidentiality = QStringLiteral("2");
        paper.status = AssetStatus::Disposed;
        paper.notes = QStringLiteral("ＡＢＣ倉庫に保管");
        store->insertAsset(paper);

        AssetLink l1{0, data.id, pc.id, LinkType::StoredOn};
        store->insertLink(l1);
        AssetLink l2{0, pc.id, system.id, LinkType::CanAccess};
        store->insertLink(l2);
        AssetLink l3{0, system.id, server.id, LinkType::RunsOn};
        store->insertLink(l3);
    }

    static Asset make(const QString &number, const QString &name, AssetKind kind, Id department)
    {
        Asset a;
        a.number = number;
        a.name = name;
        a.kind = kind;
        a.departmentId = department;
        a.segment = NetworkSegment::Lgwan;
        return a;
    }

    std::unique_ptr<Document> openDocument() { return Document::open(path); }
};

} // namespace daicho::test
