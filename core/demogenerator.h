#pragma once

#include "core/registerdata.h"

#include <QCoreApplication>

namespace daicho {

/// Makes the register of a fictional city (みどり市): a 部→課 tree of departments, their
/// staff with security roles, information systems with the servers they run on, PCs,
/// mobiles, media, paper files and electronic information, linked the way a real
/// section's assets are (stored on, can access, runs on), classified consistently with
/// their content; and its premises with a 区画図 per floor: every area drawn (rooms along a
/// corridor, cabinets, racks and counters inside them), doors on the corridor, the servers in
/// their racks and some PCs on desks. For demonstrations, screenshots, manual tests and benchmarks.
class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(daicho::DemoGenerator)
public:
    /// Exactly `assetCount` assets. The same (assetCount, seed) gives the same data on
    /// every machine: the generator uses its own PRNG and integer arithmetic only.
    /// `scheme` is left empty for the caller to fill; measures follow the 総務省 preset's
    /// level ids ("1"–"3"). No audit entries. Throws LogicError when assetCount < 0.
    static RegisterData generate(int assetCount, quint64 seed);
};

} // namespace daicho
