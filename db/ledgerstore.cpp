// RegisterStore: adding the rows of an imported ledger (CSV, xlsx).
#include "db/registerstore.h"

#include "core/exceptions.h"

#include <QHash>

namespace daicho {

int RegisterStore::importLedger(const RegisterData &existing, const LedgerImportResult &result)
{
    if (!result.ok())
        throw ValidationError(tr("The ledger has problems; nothing was imported."));
    // import() adds the rows in bulk, matching the departments, people and places it is given
    // to the register's own (by code, name and path); the new departments and people come
    // with them. Systems among the file's rows are referred to by provisional ids; systems
    // already in the register are set afterwards, since import() only maps references among
    // the rows it adds.
    RegisterData data;
    data.title = existing.title;
    data.scheme = existing.scheme;
    data.settings = existing.settings;
    data.departments = existing.departments + result.newDepartments;
    data.people = existing.people + result.newPeople;
    data.places = existing.places;
    data.assets = result.assets;
    QList<int> toExistingSystem;
    for (int i = 0; i < data.assets.size(); ++i) {
        Asset &a = data.assets[i];
        a.id = i + 1;
        if (a.systemId)
            toExistingSystem.append(i);
        a.systemId = result.systemRows.value(i, -1) >= 0 ? result.systemRows.at(i) + 1 : 0;
    }
    batch([&] {
        import(std::move(data));
        if (toExistingSystem.isEmpty())
            return;
        QHash<QString, Id> ids;
        for (const Asset &a : assets())
            ids.insert(a.number, a.id);
        for (const int i : std::as_const(toExistingSystem)) {
            Asset a = asset(ids.value(result.assets.at(i).number));
            a.systemId = result.assets.at(i).systemId;
            updateAsset(a);
        }
    });
    return int(result.assets.size());
}

} // namespace daicho
