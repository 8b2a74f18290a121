#include "core/enums.h"

#include <array>

namespace daicho {

namespace {

struct Entry {
    const char *id;
    const char *label; // source text for tr()
};

// The label strings are marked with QT_TRANSLATE_NOOP so lupdate sees them in the
// context "daicho::Enums"; Enums::label() translates them at run time.
constexpr std::array<Entry, AssetKindCount> kKinds{{
    {"information", QT_TRANSLATE_NOOP("daicho::Enums", "Information (electronic)")},
    {"paper", QT_TRANSLATE_NOOP("daicho::Enums", "Information (paper)")},
    {"system", QT_TRANSLATE_NOOP("daicho::Enums", "Information system")},
    {"software", QT_TRANSLATE_NOOP("daicho::Enums", "Software")},
    {"server", QT_TRANSLATE_NOOP("daicho::Enums", "Server")},
    {"pc", QT_TRANSLATE_NOOP("daicho::Enums", "PC")},
    {"mobile", QT_TRANSLATE_NOOP("daicho::Enums", "Mobile device")},
    {"multifunction", QT_TRANSLATE_NOOP("daicho::Enums", "Multifunction device")},
    {"network-device", QT_TRANSLATE_NOOP("daicho::Enums", "Network device")},
    {"removable-media", QT_TRANSLATE_NOOP("daicho::Enums", "Removable media")},
    {"system-document", QT_TRANSLATE_NOOP("daicho::Enums", "System document")},
}};

constexpr std::array<Entry, NetworkSegmentCount> kSegments{{
    {"none", QT_TRANSLATE_NOOP("daicho::Enums", "Not applicable (paper)")},
    {"mynumber", QT_TRANSLATE_NOOP("daicho::Enums", "My Number business segment")},
    {"lgwan", QT_TRANSLATE_NOOP("daicho::Enums", "LGWAN segment")},
    {"internet", QT_TRANSLATE_NOOP("daicho::Enums", "Internet segment")},
    {"management", QT_TRANSLATE_NOOP("daicho::Enums", "Management segment")},
    {"standalone", QT_TRANSLATE_NOOP("daicho::Enums", "Standalone")},
    {"external-service", QT_TRANSLATE_NOOP("daicho::Enums", "External service (cloud)")},
    {"gov-cloud", QT_TRANSLATE_NOOP("daicho::Enums", "Government cloud")},
}};

constexpr std::array<Entry, 2> kStatus{{
    {"active", QT_TRANSLATE_NOOP("daicho::Enums", "In use")},
    {"disposed", QT_TRANSLATE_NOOP("daicho::Enums", "Disposed")},
}};

constexpr std::array<Entry, 2> kProvision{{
    {"issued", QT_TRANSLATE_NOOP("daicho::Enums", "Issued")},
    {"private", QT_TRANSLATE_NOOP("daicho::Enums", "Private")},
}};

constexpr std::array<Entry, LinkTypeCount> kLinks{{
    {"stored-on", QT_TRANSLATE_NOOP("daicho::Enums", "is stored on")},
    {"can-access", QT_TRANSLATE_NOOP("daicho::Enums", "can access")},
    {"runs-on", QT_TRANSLATE_NOOP("daicho::Enums", "runs on")},
}};

constexpr std::array<Entry, PlaceKindCount> kPlaceKinds{{
    {"site", QT_TRANSLATE_NOOP("daicho::Enums", "Site")},
    {"building", QT_TRANSLATE_NOOP("daicho::Enums", "Building")},
    {"floor", QT_TRANSLATE_NOOP("daicho::Enums", "Floor")},
    {"room", QT_TRANSLATE_NOOP("daicho::Enums", "Room")},
    {"container", QT_TRANSLATE_NOOP("daicho::Enums", "Container (locker, cabinet, drawer)")},
    {"server-rack", QT_TRANSLATE_NOOP("daicho::Enums", "Server rack")},
    {"counter-public", QT_TRANSLATE_NOOP("daicho::Enums", "Public side of the counter")},
}};

constexpr std::array<Entry, EntryControlCount> kEntryControls{{
    {"key", QT_TRANSLATE_NOOP("daicho::Enums", "Key")},
    {"ic-card", QT_TRANSLATE_NOOP("daicho::Enums", "IC card")},
    {"pin", QT_TRANSLATE_NOOP("daicho::Enums", "PIN")},
    {"biometric", QT_TRANSLATE_NOOP("daicho::Enums", "Biometric")},
    {"entry-log", QT_TRANSLATE_NOOP("daicho::Enums", "Entry log")},
}};

constexpr std::array<Entry, NetworkModelCount> kNetworkModels{{
    {"alpha", QT_TRANSLATE_NOOP("daicho::Enums", "α model")},
    {"alpha-prime", QT_TRANSLATE_NOOP("daicho::Enums", "α′ model")},
    {"beta", QT_TRANSLATE_NOOP("daicho::Enums", "β model")},
    {"beta-prime", QT_TRANSLATE_NOOP("daicho::Enums", "β′ model")},
}};

int entryControlIndex(EntryControl v)
{
    int i = 0;
    for (int bit = int(v); bit > 1; bit >>= 1)
        ++i;
    return i;
}

template <typename E, std::size_t N>
std::optional<E> fromId(const std::array<Entry, N> &table, const QString &id)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (id == QLatin1String(table[i].id))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
const Entry &entry(const std::array<Entry, N> &table, E v)
{
    return table.at(static_cast<std::size_t>(v));
}

} // namespace

QString Enums::id(AssetKind v) { return QLatin1String(entry(kKinds, v).id); }
QString Enums::id(NetworkSegment v) { return QLatin1String(entry(kSegments, v).id); }
QString Enums::id(AssetStatus v) { return QLatin1String(entry(kStatus, v).id); }
QString Enums::id(Provision v) { return QLatin1String(entry(kProvision, v).id); }
QString Enums::id(LinkType v) { return QLatin1String(entry(kLinks, v).id); }

std::optional<AssetKind> Enums::assetKindFromId(const QString &id) { return fromId<AssetKind>(kKinds, id); }
std::optional<NetworkSegment> Enums::segmentFromId(const QString &id) { return fromId<NetworkSegment>(kSegments, id); }
std::optional<AssetStatus> Enums::statusFromId(const QString &id) { return fromId<AssetStatus>(kStatus, id); }
std::optional<Provision> Enums::provisionFromId(const QString &id) { return fromId<Provision>(kProvision, id); }
std::optional<LinkType> Enums::linkTypeFromId(const QString &id) { return fromId<LinkType>(kLinks, id); }

QString Enums::id(PlaceKind v) { return QLatin1String(entry(kPlaceKinds, v).id); }
QString Enums::id(EntryControl v) { return QLatin1String(kEntryControls.at(size_t(entryControlIndex(v))).id); }
QString Enums::id(NetworkModel v) { return QLatin1String(entry(kNetworkModels, v).id); }

std::optional<PlaceKind> Enums::placeKindFromId(const QString &id) { return fromId<PlaceKind>(kPlaceKinds, id); }
std::optional<NetworkModel> Enums::networkModelFromId(const QString &id) { return fromId<NetworkModel>(kNetworkModels, id); }

std::optional<EntryControl> Enums::entryControlFromId(const QString &id)
{
    for (std::size_t i = 0; i < kEntryControls.size(); ++i) {
        if (id == QLatin1String(kEntryControls[i].id))
            return static_cast<EntryControl>(1 << i);
    }
    return std::nullopt;
}

QStringList Enums::entryControlIds(EntryControls v)
{
    QStringList ids;
    for (std::size_t i = 0; i < kEntryControls.size(); ++i) {
        if (v.testFlag(static_cast<EntryControl>(1 << i)))
            ids << QLatin1String(kEntryControls[i].id);
    }
    return ids;
}

std::optional<EntryControls> Enums::entryControlsFromIds(const QStringList &ids)
{
    EntryControls v;
    for (const QString &id : ids) {
        const std::optional<EntryControl> c = entryControlFromId(id);
        if (!c)
            return std::nullopt;
        v |= *c;
    }
    return v;
}

QString Enums::label(PlaceKind v) { return tr(entry(kPlaceKinds, v).label); }
QString Enums::label(EntryControl v) { return tr(kEntryControls.at(size_t(entryControlIndex(v))).label); }
QString Enums::label(NetworkModel v) { return tr(entry(kNetworkModels, v).label); }

QString Enums::label(EntryControls v)
{
    QStringList labels;
    for (std::size_t i = 0; i < kEntryControls.size(); ++i) {
        if (v.testFlag(static_cast<EntryControl>(1 << i)))
            labels << tr(kEntryControls[i].label);
    }
    return labels.isEmpty() ? tr("None") : labels.join(tr(", "));
}

QString Enums::levelLabel(int level) { return QStringLiteral("L%1").arg(level); }

QString Enums::label(AssetKind v) { return tr(entry(kKinds, v).label); }
QString Enums::label(NetworkSegment v) { return tr(entry(kSegments, v).label); }
QString Enums::label(AssetStatus v) { return tr(entry(kStatus, v).label); }
QString Enums::label(Provision v) { return tr(entry(kProvision, v).label); }
QString Enums::label(LinkType v) { return tr(entry(kLinks, v).label); }

bool Enums::isDevice(AssetKind v)
{
    switch (v) {
    case AssetKind::Server:
    case AssetKind::Pc:
    case AssetKind::Mobile:
    case AssetKind::Multifunction:
    case AssetKind::NetworkDevice:
    case AssetKind::RemovableMedia:
        return true;
    default:
        return false;
    }
}

bool Enums::isInformation(AssetKind v)
{
    return v == AssetKind::InformationElectronic || v == AssetKind::InformationPaper
           || v == AssetKind::SystemDocument;
}

bool Enums::isArea(PlaceKind v)
{
    return v != PlaceKind::Site && v != PlaceKind::Building && v != PlaceKind::Floor;
}

bool Enums::isPhysical(AssetKind v)
{
    return isDevice(v) || v == AssetKind::InformationPaper;
}

} // namespace daicho
