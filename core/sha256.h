#pragma once

#include <QByteArrayView>
#include <QString>

namespace daicho {

/// SHA-256 through OpenSSL's libcrypto: the audit log hashes every row it records and
/// `verify` every row again, and OpenSSL's assembly is twice as fast as QCryptographicHash.
namespace Sha256 {

/// The digest of `bytes` as 64 lowercase hexadecimal digits (what QByteArray::toHex() gives).
QString hex(QByteArrayView bytes);

} // namespace Sha256

} // namespace daicho
