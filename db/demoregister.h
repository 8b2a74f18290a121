#pragma once

#include "db/registerstore.h"

namespace daicho {

/// Creates a register of the fictional demo city at `path`, with `assetCount`
/// assets; the same seed gives the same register. Used by `daicho-cli demo`
/// and by the first start of the desktop application.
std::unique_ptr<RegisterStore> createDemoRegister(const QString &path, int assetCount, quint64 seed);

} // namespace daicho
