#pragma once

#include "core/classificationscheme.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace daicho {

/// One asset category of the zone table (domain.md §3.2), e.g. STORE_A: 重要度Aの情報を保存した
/// パソコン・媒体. An asset is in the category when any of the conditions that are set holds.
struct ZoneCategory {
    QString code;        ///< SRV, STORE_A, …
    LocalizedText label; ///< the policy's own words
    bool server = false; ///< matches servers
    bool remote = false; ///< matches devices that can remote-operate servers
    QStringList stores;  ///< matches when the importance it stores is one of these ids
    QStringList accesses; ///< matches when the importance it can access is one of these ids
    int use = 1;   ///< minimum level for use (0–4)
    int store = 1; ///< minimum level for storage (0–4)

    bool operator==(const ZoneCategory &o) const = default;
};

/// The zone rule table of a register: minimum levels per asset category, for use and for
/// storage. Data, not code: the 岸和田 表5 preset ships as a resource, a register keeps its own
/// (edited) copy in its settings and the JSON exchange format carries it.
class ZoneTable {
    Q_DECLARE_TR_FUNCTIONS(daicho::ZoneTable)
public:
    ZoneTable() = default;

    /// The shipped preset (岸和田市 表5).
    static ZoneTable preset();
    /// Throws ValidationError (translated) when the document is not a valid zone table.
    static ZoneTable fromJson(const QJsonObject &o);
    QJsonObject toJson() const;

    const QString &id() const { return mId; }
    const LocalizedText &name() const { return mName; }
    const QList<ZoneCategory> &categories() const { return mCategories; }
    const ZoneCategory *category(const QString &code) const;
    /// Changes the minimum levels of one category (0–4; L3 is storage only, so not for use);
    /// false when the code is unknown or a level is not allowed.
    bool setMinimum(const QString &code, int use, int store);

    bool operator==(const ZoneTable &o) const = default;

private:
    QString mId;
    LocalizedText mName;
    QList<ZoneCategory> mCategories;
};

} // namespace daicho
