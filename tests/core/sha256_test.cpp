#include "core/sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace daicho;

TEST(Sha256, KnownDigests)
{
    // FIPS 180-2, appendix B.
    EXPECT_EQ(Sha256::hex(QByteArrayLiteral("abc")),
              QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    EXPECT_EQ(Sha256::hex(QByteArray()),
              QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

TEST(Sha256, SameAsQtForEveryLengthAroundTheBlockSizes)
{
    // The audit log written by earlier versions was hashed with QCryptographicHash: the digests
    // must not change. Lengths around the 64-byte blocks and the padding boundary (55, 56).
    QRandomGenerator random(20261122);
    for (int size = 0; size < 300; ++size) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        EXPECT_EQ(Sha256::hex(bytes), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()))
            << size;
    }
    const QByteArray text = QStringLiteral("住民基本台帳データ").toUtf8().repeated(500);
    EXPECT_EQ(Sha256::hex(text), QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex()));
}
