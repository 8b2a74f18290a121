#include "core/enums.h"

#include <gtest/gtest.h>

using namespace daicho;

TEST(Enums, IdsRoundTrip)
{
    for (int i = 0; i < AssetKindCount; ++i) {
        const auto k = static_cast<AssetKind>(i);
        EXPECT_EQ(Enums::assetKindFromId(Enums::id(k)), k);
    }
    for (int i = 0; i < NetworkSegmentCount; ++i) {
        const auto s = static_cast<NetworkSegment>(i);
        EXPECT_EQ(Enums::segmentFromId(Enums::id(s)), s);
    }
    EXPECT_FALSE(Enums::assetKindFromId(QStringLiteral("nonsense")).has_value());
}
