#pragma once

#include "core/enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPoint>
#include <QString>
#include <QStringList>

#include <optional>

namespace daicho {

/// Row ids as stored. 0 means "none / not yet stored".
using Id = qint64;

/// 所属: a section (課・係) of the organisation. Reorganisations keep history
/// through valid-from/to instead of deleting rows.
struct Department {
    Id id = 0;
    QString code;   ///< 所属コード
    QString name;   ///< 所属名
    Id parentId = 0;
    QDate validFrom;
    QDate validTo;

    bool operator==(const Department &o) const = default;
};

/// A member of staff. Role labels are free text chosen from the register's
/// settings (情報セキュリティ責任者, 担当者, …) because every city names them differently.
struct Person {
    Id id = 0;
    QString name;
    Id departmentId = 0;
    QStringList roles;

    bool operator==(const Person &o) const = default;
};

/// One 取扱制限 measure an asset's class requires, and whether it is done.
struct MeasureState {
    QString tag; ///< control tag of the scheme, e.g. ENCRYPT_ON_SEND
    bool done = false;

    bool operator==(const MeasureState &o) const = default;
};

/// 情報資産: one ledger row (domain.md §2.3).
struct Asset {
    Id id = 0;
    QString number;           ///< 管理番号
    Id departmentId = 0;      ///< 所属
    QString businessCategory; ///< 業務分類
    QString name;             ///< 情報資産名称
    AssetKind kind = AssetKind::InformationElectronic; ///< 資産種別
    Id systemId = 0;          ///< 関連情報システム (an asset of kind InformationSystem)
    NetworkSegment segment = NetworkSegment::Lgwan; ///< ネットワーク区分
    QString userScope;        ///< 利用者範囲
    Id managerId = 0;         ///< 管理者 (a person)
    QString medium;           ///< 媒体・保存先
    bool personalInfo = false;          ///< 個人情報
    bool sensitivePersonalInfo = false; ///< 要配慮個人情報
    bool myNumber = false;              ///< 特定個人情報
    int subjectCount = -1;    ///< 本人数 (概数); -1 = unknown
    // Classification, as level ids of the register's scheme; empty = not set.
    QString confidentiality;  ///< 機密性
    QString integrity;        ///< 完全性
    QString availability;     ///< 可用性
    QString importance;       ///< 重要度 A/B/C set by hand; empty = derived
    QStringList restrictions; ///< 取扱制限 (複製禁止, 配付禁止, …)
    QList<MeasureState> measures; ///< required measures and their status
    bool encrypted = false;         ///< 暗号化
    bool wireLocked = false;        ///< ワイヤー固定
    bool canRemoteOperate = false;  ///< サーバ遠隔操作可
    Provision provision = Provision::Issued; ///< 支給/私物
    QString retentionPeriod;  ///< 保存期間 (e.g. 5年, 永年)
    QDate retentionUntil;     ///< 保存期限
    QDate registeredOn;       ///< 登録日
    QDate updatedOn;          ///< 更新日
    QString updatedBy;        ///< 更新者
    QString notes;            ///< 備考
    AssetStatus status = AssetStatus::Active; ///< 状態
    Id usePlaceId = 0;   ///< 使用場所 (an area); 0 = not placed
    Id storePlaceId = 0; ///< 保管場所 (an area); 0 = the same as the place of use
    /// Where its marker stands on the floor plan of the place of use / storage, in whole
    /// millimetres; none = laid out automatically inside the area.
    std::optional<QPoint> usePoint;
    std::optional<QPoint> storePoint;

    bool operator==(const Asset &o) const = default;

    /// Value of a classification axis by id ("C", "I", "A").
    QString axisValue(const QString &axisId) const;
    /// The axis id ("C", "I", "A") of a field's JSON name ("confidentiality", …); empty for other fields.
    static QString axisIdOfField(const QString &field);
    void setAxisValue(const QString &axisId, const QString &levelId);
    bool measureDone(const QString &tag) const;
    /// Where the asset is kept: storePlaceId, or the place of use when that is 0.
    Id effectiveStorePlaceId() const { return storePlaceId ? storePlaceId : usePlaceId; }
};

/// A directed link between two assets (see LinkType).
struct AssetLink {
    Id id = 0;
    Id fromId = 0;
    Id toId = 0;
    LinkType type = LinkType::StoredOn;

    bool operator==(const AssetLink &o) const = default;
};

/// A place: site (敷地), building (庁舎), floor (階) or an area (区画) on a floor. Areas
/// nest (a locker inside an office); only areas have a security level.
struct Place {
    Id id = 0;
    Id parentId = 0;          ///< 0 for a site
    PlaceKind kind = PlaceKind::Room;
    QString name;             ///< 名称 (情報政策課 執務室, 施錠キャビネット1, …)
    int level = 2;            ///< 区画レベル 0–4 (L0–L4); only read for areas
    bool lockedAfterHours = true; ///< 時間外施錠
    QString businessHours;    ///< 業務時間 "08:30-17:15"; empty = the register's default
    EntryControls entryControl; ///< 入退室管理 (none when empty)
    Id managerId = 0;         ///< 管理者 (a person)
    bool controlledArea = false; ///< 管理区域
    bool handlingArea = false;   ///< 取扱区域 (特定個人情報)
    QString notes;            ///< 備考
    /// An area's outline on its floor's plan (区画図), whole millimetres, x right and y down;
    /// empty = not drawn yet.
    QList<QPoint> outline;

    bool operator==(const Place &o) const = default;
    bool isArea() const { return Enums::isArea(kind); }
};

/// A finding accepted by a person, with a reason, until a date (リスク受容). It matches the
/// finding with the same asset, code, place and subject; it lapses after `until`.
struct Acceptance {
    Id id = 0;
    Id assetId = 0;
    QString code;     ///< finding code, e.g. ZONE-STORE-LOW
    Id placeId = 0;   ///< the area the finding named (0 = none)
    QString subject;  ///< what else identifies the finding (a measure tag), may be empty
    QString reason;   ///< 理由
    QString person;   ///< 承認者
    QDate until;      ///< 期限 (inclusive)
    QDateTime acceptedAt;

    bool operator==(const Acceptance &o) const = default;
    bool activeOn(const QDate &day) const { return until.isValid() && day <= until; }
};

} // namespace daicho
