#include "core/sha256.h"

#include "core/exceptions.h"

#include <openssl/evp.h>

namespace daicho {

QString Sha256::hex(QByteArrayView bytes)
{
    static const EVP_MD *const sha256 = EVP_sha256();
    unsigned char digest[32];
    unsigned int size = 0;
    if (!sha256 || EVP_Digest(bytes.data(), size_t(bytes.size()), digest, &size, sha256, nullptr) != 1 || size != 32)
        throw LogicError(QStringLiteral("OpenSSL could not compute a SHA-256 digest"));
    static constexpr char digits[] = "0123456789abcdef";
    QString out(64, Qt::Uninitialized);
    QChar *at = out.data();
    for (const unsigned char byte : digest) {
        *at++ = QLatin1Char(digits[byte >> 4]);
        *at++ = QLatin1Char(digits[byte & 0x0f]);
    }
    return out;
}

} // namespace daicho
