#include "db/demoregister.h"

#include "core/classificationscheme.h"
#include <QFile>
#include "core/demogenerator.h"

namespace daicho {

std::unique_ptr<RegisterStore> createDemoRegister(const QString &path, int assetCount, quint64 seed)
{
    RegisterData data = DemoGenerator::generate(assetCount, seed);
    data.scheme = ClassificationScheme::preset(ClassificationScheme::defaultPresetId()).toJson();
    auto store = RegisterStore::create(path, data.scheme, data.title);
    try {
        store->import(data);
    } catch (...) {
        const QString p = store->path();
        store.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(p + suffix);
        throw;
    }
    return store;
}

} // namespace daicho
