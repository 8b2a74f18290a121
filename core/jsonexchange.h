#pragma once

#include "core/registerdata.h"

#include <QByteArray>
#include <QCoreApplication>

namespace daicho {

/// The versioned JSON exchange format (docs/exchange-format.md): everything a register
/// holds, in one document. It is how registers are merged, backed up as text and how
/// test fixtures are written. The writer is canonical: write(read(write(x))) == write(x).
class JsonExchange {
    Q_DECLARE_TR_FUNCTIONS(daicho::JsonExchange)
public:
    /// Value of the document's "format" field.
    static constexpr const char *FormatName = "daicho-register";
    /// The format version this build writes, and the newest it reads. Version 2 added the
    /// zone table, places, the places of assets and acceptances; version 3 the floor plans,
    /// the areas' outlines and the assets' points on them. Versions 1 and 2 are still read.
    static constexpr int FormatVersion = 3;

    /// The document, UTF-8, indented, top-level keys in a fixed order.
    static QByteArray write(const RegisterData &data);
    /// All or nothing. Throws FileError when the bytes are not JSON, not a Daicho document or
    /// from a newer format version, and ValidationError when a field is missing or invalid,
    /// an id or 管理番号 is repeated, or a reference points to nothing. Messages are translated.
    static RegisterData read(const QByteArray &json); // can throw
};

} // namespace daicho
