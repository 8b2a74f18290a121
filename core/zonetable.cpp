#include "core/zonetable.h"

#include "core/exceptions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace daicho {

namespace {

const QString kFormat = QStringLiteral("daicho-zone-table");
constexpr int kVersion = 1;

QStringList stringList(const QJsonValue &v, bool *ok)
{
    QStringList list;
    if (v.isUndefined())
        return list;
    if (!v.isArray()) {
        *ok = false;
        return list;
    }
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString()) {
            *ok = false;
            return list;
        }
        list << e.toString();
    }
    return list;
}

} // namespace

ZoneTable ZoneTable::preset()
{
    QFile file(QStringLiteral(":/presets/zones-kishiwada.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw LogicError(tr("The zone table preset is missing."));
    try {
        return fromJson(QJsonDocument::fromJson(file.readAll()).object()); // can throw
    } catch (const ValidationError &e) {
        throw LogicError(e.message());
    }
}

ZoneTable ZoneTable::fromJson(const QJsonObject &o)
{
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        throw ValidationError(tr("This is not a zone table (format \"%1\" expected).").arg(kFormat));
    const int version = o.value(QStringLiteral("version")).toInt();
    if (version > kVersion)
        throw ValidationError(
            tr("The zone table is of a newer version (%1) than this Daicho reads (%2).").arg(version).arg(kVersion));
    ZoneTable t;
    t.mId = o.value(QStringLiteral("id")).toString();
    t.mName = LocalizedText::fromJson(o.value(QStringLiteral("name")));
    const QJsonValue categories = o.value(QStringLiteral("categories"));
    if (!categories.isArray() || categories.toArray().isEmpty())
        throw ValidationError(tr("The zone table has no categories."));
    QSet<QString> codes;
    for (const QJsonValue &v : categories.toArray()) {
        const QJsonObject c = v.toObject();
        ZoneCategory cat;
        cat.code = c.value(QStringLiteral("code")).toString();
        if (cat.code.isEmpty())
            throw ValidationError(tr("A category of the zone table has no code."));
        if (codes.contains(cat.code))
            throw ValidationError(tr("The zone table names the category \"%1\" twice.").arg(cat.code));
        codes.insert(cat.code);
        cat.label = LocalizedText::fromJson(c.value(QStringLiteral("label")));
        const QJsonObject match = c.value(QStringLiteral("match")).toObject();
        bool ok = true;
        cat.server = match.value(QStringLiteral("server")).toBool();
        cat.remote = match.value(QStringLiteral("remote")).toBool();
        cat.stores = stringList(match.value(QStringLiteral("stores")), &ok);
        cat.accesses = stringList(match.value(QStringLiteral("accesses")), &ok);
        if (!ok)
            throw ValidationError(tr("The category \"%1\" of the zone table has a malformed condition.").arg(cat.code));
        if (!cat.server && !cat.remote && cat.stores.isEmpty() && cat.accesses.isEmpty())
            throw ValidationError(tr("The category \"%1\" of the zone table matches nothing.").arg(cat.code));
        const QJsonValue use = c.value(QStringLiteral("use"));
        const QJsonValue store = c.value(QStringLiteral("store"));
        if (!use.isDouble() || !store.isDouble() || use.toInt() < 0 || use.toInt() > 4
            || store.toInt() < 0 || store.toInt() > 4 || use.toDouble() != use.toInt()
            || store.toDouble() != store.toInt())
            throw ValidationError(
                tr("The category \"%1\" of the zone table needs levels 0–4 for use and storage.").arg(cat.code));
        cat.use = use.toInt();
        cat.store = store.toInt();
        if (cat.use == 3) // L3 is a locked container: storage only, nothing is used there
            throw ValidationError(
                tr("The category \"%1\" of the zone table asks for L3 for use, but L3 is for storage only.").arg(cat.code));
        t.mCategories.append(cat);
    }
    return t;
}

QJsonObject ZoneTable::toJson() const
{
    QJsonArray categories;
    for (const ZoneCategory &c : mCategories) {
        QJsonObject match;
        if (c.server)
            match.insert(QStringLiteral("server"), true);
        if (c.remote)
            match.insert(QStringLiteral("remote"), true);
        if (!c.stores.isEmpty())
            match.insert(QStringLiteral("stores"), QJsonArray::fromStringList(c.stores));
        if (!c.accesses.isEmpty())
            match.insert(QStringLiteral("accesses"), QJsonArray::fromStringList(c.accesses));
        categories.append(QJsonObject{{QStringLiteral("code"), c.code},
                                      {QStringLiteral("label"), c.label.toJson()},
                                      {QStringLiteral("match"), match},
                                      {QStringLiteral("use"), c.use},
                                      {QStringLiteral("store"), c.store}});
    }
    return QJsonObject{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("version"), kVersion},
                       {QStringLiteral("id"), mId},
                       {QStringLiteral("name"), mName.toJson()},
                       {QStringLiteral("categories"), categories}};
}

const ZoneCategory *ZoneTable::category(const QString &code) const
{
    for (const ZoneCategory &c : mCategories) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

bool ZoneTable::setMinimum(const QString &code, int use, int store)
{
    if (use < 0 || use > 4 || use == 3 || store < 0 || store > 4)
        return false;
    for (ZoneCategory &c : mCategories) {
        if (c.code == code) {
            c.use = use;
            c.store = store;
            return true;
        }
    }
    return false;
}

} // namespace daicho
