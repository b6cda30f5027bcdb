// One sum announced in several documents is one fund, however each text
// names what it pays for first.

#include <algorithm>

#include <gtest/gtest.h>

#include "fund_matcher.h"
#include "kakehashi/core/ids.h"
#include "kakehashi/core/resources.h"
#include "kakehashi/ingest/extractor.h"
#include "kakehashi/pipeline/ingest_job.h"
#include "kakehashi/store/store.h"
#include "record_builders.h"
#include "temp_dir.h"

namespace kakehashi::pipeline {
namespace {

using core::EntityType;
using core::RelationType;

using testing::entity;
using testing::relation;

// "$110 million fund – University of Tsukuba", funded by NVIDIA and Amazon.
core::ExtractionResult announcement(double usd) {
    core::ExtractionResult x;
    const auto fund = entity(EntityType::Fund, "$110 million fund – University of Tsukuba", {}, usd);
    const auto nvidia = entity(EntityType::Company, "NVIDIA");
    const auto amazon = entity(EntityType::Company, "Amazon");
    const auto japan = entity(EntityType::Country, "Japan");
    x.entities = {fund, nvidia, amazon, japan};
    x.relations = {relation(RelationType::Funds, nvidia, fund), relation(RelationType::Funds, amazon, fund),
                   relation(RelationType::BasedIn, amazon, japan)};
    return x;
}

store::StoredFund storedFund(std::vector<std::string> related) {
    std::sort(related.begin(), related.end());
    return {core::makeEntityId(EntityType::Fund, "$110 million fund – Carnegie Mellon University"),
            "$110 million fund – Carnegie Mellon University", 110e6, std::move(related)};
}

const std::string kNvidia = core::makeEntityId(EntityType::Company, "NVIDIA");
const std::string kAmazon = core::makeEntityId(EntityType::Company, "Amazon");

TEST(FundMatcher, SameSumWithTwoSharedFundersTakesTheStoredFund) {
    auto x = announcement(110e6);
    const auto stored = storedFund({kNvidia, kAmazon, core::makeEntityId(EntityType::Company, "Arm")});
    EXPECT_EQ(adoptStoredFunds(x, {stored}), 1u);
    EXPECT_EQ(x.entities[0].id, stored.id);
    EXPECT_EQ(x.entities[0].name, stored.name);
    EXPECT_EQ(x.entities[0].aliases, std::vector<std::string>{"$110 million fund – University of Tsukuba"});
    EXPECT_EQ(x.relations[0].target, stored.id);
    EXPECT_EQ(x.relations[0].id, core::makeRelationId(RelationType::Funds, kNvidia, stored.id));
    EXPECT_EQ(x.relations[1].target, stored.id);
    EXPECT_EQ(x.relations[2].id, announcement(110e6).relations[2].id);  // not the fund's: unchanged
}

TEST(FundMatcher, WithinOnePercentIsTheSameSum) {
    auto x = announcement(110.9e6);
    EXPECT_EQ(adoptStoredFunds(x, {storedFund({kNvidia, kAmazon})}), 1u);
}

TEST(FundMatcher, OtherSumsAndSingleSharedPartiesStayApart) {
    auto x = announcement(115e6);
    EXPECT_EQ(adoptStoredFunds(x, {storedFund({kNvidia, kAmazon})}), 0u);
    x = announcement(110e6);
    EXPECT_EQ(adoptStoredFunds(x, {storedFund({kNvidia, core::makeEntityId(EntityType::Company, "Arm")})}), 0u);
    // A shared country does not count: every organization is based in one.
    EXPECT_EQ(adoptStoredFunds(x, {storedFund({kNvidia, core::makeEntityId(EntityType::Country, "Japan")})}), 0u);
    EXPECT_EQ(x.entities[0].name, "$110 million fund – University of Tsukuba");
}

TEST(FundMatcher, StoredIdTakenInTheDocumentIsLeftAlone) {
    auto x = announcement(110e6);
    const auto stored = storedFund({kNvidia, kAmazon});
    x.entities.push_back(entity(EntityType::Fund, stored.name, {}, 110e6));
    EXPECT_EQ(adoptStoredFunds(x, {stored}), 0u);
}

// The seeds and a later university release all announce the $110 million
// behind the two university partnerships; each names the partnership it
// pays for differently.
TEST(FundMatcher, IngestingThreeAnnouncementsOfOneSumStoresOneFund) {
    testing::TempDir dir;
    auto store = store::Store::open(dir / "k.sqlite");
    ASSERT_TRUE(store) << store.error();
    auto extractor = ingest::Extractor::load();
    ASSERT_TRUE(extractor) << extractor.error();
    IngestJob job(*extractor, *store);
    const auto report = job.run({core::dataDir() / "corpus", core::dataDir() / "dev" / "corpus" /
                                                                   "125_cmu_fujitsu_keio_ai_research.txt"});
    ASSERT_EQ(report.added.size(), 3u);
    const auto snapshot = store->snapshot();
    ASSERT_TRUE(snapshot) << snapshot.error();
    std::vector<const core::Entity*> funds;
    for (const auto& e : snapshot->entities)
        if (e.type == EntityType::Fund && e.usd && *e.usd == 110e6) funds.push_back(&e);
    ASSERT_EQ(funds.size(), 1u);
    std::vector<std::int64_t> documents;
    for (const auto& ev : funds[0]->evidence) documents.push_back(ev.document);
    std::sort(documents.begin(), documents.end());
    documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
    EXPECT_EQ(documents.size(), 3u);
}

}  // namespace
}  // namespace kakehashi::pipeline
