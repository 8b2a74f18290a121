#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

namespace daicho {

/// 資産種別: the kinds of information asset of the guideline's scope.
enum class AssetKind {
    InformationElectronic, ///< 情報（電子）
    InformationPaper,      ///< 情報（紙）
    InformationSystem,     ///< 情報システム
    Software,              ///< ソフトウェア
    Server,                ///< サーバ
    Pc,                    ///< パソコン
    Mobile,                ///< モバイル端末
    Multifunction,         ///< 複合機
    NetworkDevice,         ///< ネットワーク機器
    RemovableMedia,        ///< 電磁的記録媒体
    SystemDocument,        ///< システム関連文書
};
constexpr int AssetKindCount = 11;

/// ネットワーク区分 (三層の対策, domain.md §1.6).
enum class NetworkSegment {
    NotApplicable,   ///< 該当なし（紙）
    MyNumber,        ///< マイナンバー利用事務系
    Lgwan,           ///< LGWAN接続系
    Internet,        ///< インターネット接続系
    Management,      ///< 管理系
    Standalone,      ///< スタンドアロン
    ExternalService, ///< 外部サービス（クラウド）
    GovCloud,        ///< ガバメントクラウド
};
constexpr int NetworkSegmentCount = 8;

/// 状態.
enum class AssetStatus { Active, Disposed };

/// 支給/私物.
enum class Provision { Issued, Private };

/// How two assets are linked. Classification flows from `from` to `to` for
/// StoredOn and RunsOn; CanAccess makes `from` a device that reaches `to`.
enum class LinkType {
    StoredOn,  ///< information is stored on a device, medium or system
    CanAccess, ///< a device can access a system
    RunsOn,    ///< a system runs on a server
};
constexpr int LinkTypeCount = 3;

/// 場所の種類: the structure above the areas (site, building, floor) and the kinds of area.
enum class PlaceKind {
    Site,          ///< 敷地
    Building,      ///< 庁舎・建物
    Floor,         ///< 階
    Room,          ///< 室（執務室・サーバ室・書庫 …）
    Container,     ///< 保管庫（ロッカー・キャビネット・机の引出し）
    ServerRack,    ///< サーバラック
    CounterPublic, ///< カウンターの来庁者側
};
constexpr int PlaceKindCount = 7;

/// 入退室管理: how entry to an area is controlled (any combination; none when empty).
enum class EntryControl {
    Key = 0x1,       ///< 鍵
    IcCard = 0x2,    ///< ICカード
    Pin = 0x4,       ///< 暗証番号
    Biometric = 0x8, ///< 生体認証
    EntryLog = 0x10, ///< 入退室管理簿
};
Q_DECLARE_FLAGS(EntryControls, EntryControl)
constexpr int EntryControlCount = 5;

/// ネットワークモデル (domain.md §1.6): where the main office terminals sit.
enum class NetworkModel { Alpha, AlphaPrime, Beta, BetaPrime };
constexpr int NetworkModelCount = 4;

/// Stable identifiers (files, JSON) and translated labels for the enums.
class Enums {
    Q_DECLARE_TR_FUNCTIONS(daicho::Enums)
public:
    static QString id(AssetKind v);
    static QString id(NetworkSegment v);
    static QString id(AssetStatus v);
    static QString id(Provision v);
    static QString id(LinkType v);
    static QString id(PlaceKind v);
    static QString id(EntryControl v);
    static QString id(NetworkModel v);

    static std::optional<AssetKind> assetKindFromId(const QString &id);
    static std::optional<NetworkSegment> segmentFromId(const QString &id);
    static std::optional<AssetStatus> statusFromId(const QString &id);
    static std::optional<Provision> provisionFromId(const QString &id);
    static std::optional<LinkType> linkTypeFromId(const QString &id);
    static std::optional<PlaceKind> placeKindFromId(const QString &id);
    static std::optional<EntryControl> entryControlFromId(const QString &id);
    static std::optional<NetworkModel> networkModelFromId(const QString &id);
    /// Entry controls as a list of ids ("key", "ic-card", …) and back; unknown ids are nullopt.
    static QStringList entryControlIds(EntryControls v);
    static std::optional<EntryControls> entryControlsFromIds(const QStringList &ids);

    static QString label(AssetKind v);
    static QString label(NetworkSegment v);
    static QString label(AssetStatus v);
    static QString label(Provision v);
    static QString label(LinkType v);
    static QString label(PlaceKind v);
    static QString label(EntryControl v);
    static QString label(NetworkModel v);
    /// 「ICカード、入退室管理簿」, or 「なし」 when empty.
    static QString label(EntryControls v);
    /// 「L2」
    static QString levelLabel(int level);

    /// Kinds that are devices (hold or reach information): server, PC, mobile, …
    static bool isDevice(AssetKind v);
    /// Kinds that are information (electronic or paper) or documents.
    static bool isInformation(AssetKind v);
    /// Areas carry a level and hold assets; sites, buildings and floors only group them.
    static bool isArea(PlaceKind v);

    // What the zone rules (domain.md §3.3) read from the kind of an asset.
    /// Physical things that are used and kept somewhere: devices, media and paper.
    static bool isPhysical(AssetKind v);
    static bool isServer(AssetKind v) { return v == AssetKind::Server; }
    /// PCs and tablets: the anti-theft wire raises them to L2 (§3.3-4, decision 3).
    static bool isPcLike(AssetKind v) { return v == AssetKind::Pc || v == AssetKind::Mobile; }
    static bool isRemovable(AssetKind v) { return v == AssetKind::RemovableMedia; }
    static bool isPaper(AssetKind v) { return v == AssetKind::InformationPaper; }
};

} // namespace daicho

Q_DECLARE_OPERATORS_FOR_FLAGS(daicho::EntryControls)
