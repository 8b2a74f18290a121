#pragma once

#include <QCoreApplication>
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

/// Stable identifiers (files, JSON) and translated labels for the enums.
class Enums {
    Q_DECLARE_TR_FUNCTIONS(daicho::Enums)
public:
    static QString id(AssetKind v);
    static QString id(NetworkSegment v);
    static QString id(AssetStatus v);
    static QString id(Provision v);
    static QString id(LinkType v);

    static std::optional<AssetKind> assetKindFromId(const QString &id);
    static std::optional<NetworkSegment> segmentFromId(const QString &id);
    static std::optional<AssetStatus> statusFromId(const QString &id);
    static std::optional<Provision> provisionFromId(const QString &id);
    static std::optional<LinkType> linkTypeFromId(const QString &id);

    static QString label(AssetKind v);
    static QString label(NetworkSegment v);
    static QString label(AssetStatus v);
    static QString label(Provision v);
    static QString label(LinkType v);

    /// Kinds that are devices (hold or reach information): server, PC, mobile, …
    static bool isDevice(AssetKind v);
    /// Kinds that are information (electronic or paper) or documents.
    static bool isInformation(AssetKind v);
};

} // namespace daicho
