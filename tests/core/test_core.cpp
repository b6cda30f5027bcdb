#include <gtest/gtest.h>

#include "kakehashi/core/document.h"
#include "kakehashi/core/ids.h"
#include "kakehashi/core/sha256.h"
#include "kakehashi/core/snapshot.h"
#include "kakehashi/core/types.h"

using namespace kakehashi::core;

TEST(Types, EveryEntityTypeRoundTripsThroughItsName) {
    for (EntityType type : kAllEntityTypes) {
        auto back = entityTypeFromString(toString(type));
        ASSERT_TRUE(back.has_value()) << toString(type);
        EXPECT_EQ(*back, type);
    }
    EXPECT_FALSE(entityTypeFromString("sector").has_value());
}

TEST(Types, EveryRelationTypeRoundTripsThroughItsName) {
    for (RelationType type : kAllRelationTypes) {
        auto back = relationTypeFromString(toString(type));
        ASSERT_TRUE(back.has_value());
        EXPECT_EQ(*back, type);
    }
    EXPECT_EQ(toString(RelationType::ParticipatesIn), "participates_in");
}

struct SlugCase {
    const char* input;
    const char* slug;
};

class Slugify : public ::testing::TestWithParam<SlugCase> {};

TEST_P(Slugify, MakesStableIds) { EXPECT_EQ(slugify(GetParam().input), GetParam().slug); }

INSTANTIATE_TEST_SUITE_P(Table, Slugify,
                         ::testing::Values(SlugCase{"Carnegie Mellon University", "carnegie-mellon-university"},
                                           SlugCase{"  U.S. Department of Commerce ", "u-s-department-of-commerce"},
                                           SlugCase{"SoftBank Group", "softbank-group"},
                                           SlugCase{"Women's University", "womens-university"},
                                           SlugCase{"$110 million", "110-million"},
                                           SlugCase{"", ""}));

TEST(Ids, UndirectedRelationIdIgnoresOrder) {
    EXPECT_EQ(makeRelationId(RelationType::PartnersWith, "b", "a"),
              makeRelationId(RelationType::PartnersWith, "a", "b"));
    EXPECT_NE(makeRelationId(RelationType::Funds, "b", "a"), makeRelationId(RelationType::Funds, "a", "b"));
    EXPECT_EQ(makeEntityId(EntityType::University, "Keio University"), "university:keio-university");
}

TEST(Sha256, MatchesKnownDigests) {
    EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // 56 bytes: the padding spills into a second block.
    EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(sha256Hex(std::string(1000, 'a')),
              "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

TEST(Snapshot, OfOneExtractionNumbersTheDocumentOne) {
    ExtractionResult extraction;
    extraction.document = {"a.txt", "Title", "2024-04-09", "Keio University."};
    Entity keio;
    keio.id = makeEntityId(EntityType::University, "Keio University");
    keio.name = "Keio University";
    keio.type = EntityType::University;
    keio.evidence.push_back({0, 0, 16, "Keio University."});
    extraction.entities.push_back(keio);
    const Snapshot snapshot = snapshotOf(extraction);
    ASSERT_EQ(snapshot.documents.size(), 1u);
    EXPECT_EQ(snapshot.documents[0].id, 1);
    EXPECT_EQ(snapshot.documents[0].sha256, sha256Hex("Keio University."));
    EXPECT_EQ(snapshot.entities[0].evidence[0].document, 1);
}
