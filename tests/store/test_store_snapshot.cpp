// The snapshot reader maps child rows to parents by row id; these cases pin
// what happens when row ids are not 1..n and when a row's parent is missing.
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <algorithm>

#include "kakehashi/store/store.h"
#include "raw_sql.h"
#include "store_fixtures.h"
#include "temp_dir.h"

using namespace kakehashi;
using kakehashi::testing::sampleExtraction;
using kakehashi::testing::runSql;
using kakehashi::testing::TempDir;

namespace {

void storeSample(const std::filesystem::path& path) {
    auto db = store::Store::open(path);
    ASSERT_TRUE(db) << db.error();
    auto added = db->addDocument(sampleExtraction());
    ASSERT_TRUE(added) << added.error();
}

const core::Relation* findRelation(const core::Snapshot& s, core::RelationType type, const std::string& source) {
    auto it = std::find_if(s.relations.begin(), s.relations.end(),
                           [&](const auto& r) { return r.type == type && r.source == source; });
    return it == s.relations.end() ? nullptr : &*it;
}

}  // namespace

TEST(StoreSnapshot, RowIdGapsLeftByDeletionsStillAttachChildrenToTheirParents) {
    TempDir dir;
    const auto path = dir / "k.sqlite";
    storeSample(path);
    // NVIDIA is the third entity and its `funds` relation the second: deleting
    // them leaves gaps in both id sequences, with children on either side.
    runSql(path, "PRAGMA foreign_keys = ON; DELETE FROM entities WHERE key = 'company:nvidia';");

    auto db = store::Store::open(path, store::OpenMode::ReadOnly);
    ASSERT_TRUE(db) << db.error();
    auto snapshot = db->snapshot();
    ASSERT_TRUE(snapshot) << snapshot.error();
    ASSERT_EQ(snapshot->entities.size(), 4u);
    ASSERT_EQ(snapshot->relations.size(), 4u);

    std::vector<std::string> keys;
    for (const auto& e : snapshot->entities) keys.push_back(e.id);
    EXPECT_EQ(keys, (std::vector<std::string>{"university:keio-university", "university:carnegie-mellon-university",
                                              "fund:110-million-fund", "program:keio-cmu-ai-partnership"}));
    EXPECT_EQ(snapshot->entities[0].aliases, std::vector<std::string>{"Keio"});
    EXPECT_EQ(snapshot->entities[2].sectors, std::vector<std::string>{"artificial-intelligence"});
    EXPECT_EQ(snapshot->entities[3].sectors, (std::vector<std::string>{"artificial-intelligence", "robotics"}));
    for (const auto& e : snapshot->entities) {
        ASSERT_EQ(e.mentions.size(), 1u) << e.id;
        EXPECT_EQ(e.mentions[0].text, e.name);
        EXPECT_EQ(e.evidence.size(), 1u) << e.id;
    }

    const auto* finances = findRelation(*snapshot, core::RelationType::Finances, "fund:110-million-fund");
    ASSERT_NE(finances, nullptr);
    EXPECT_EQ(finances->target, "program:keio-cmu-ai-partnership");
    EXPECT_EQ(finances->evidence.size(), 1u);
    const auto* cmu =
        findRelation(*snapshot, core::RelationType::ParticipatesIn, "university:carnegie-mellon-university");
    ASSERT_NE(cmu, nullptr);
    EXPECT_EQ(cmu->target, "program:keio-cmu-ai-partnership");
    EXPECT_EQ(cmu->sectors, std::vector<std::string>{"artificial-intelligence"});
    EXPECT_EQ(findRelation(*snapshot, core::RelationType::Funds, "company:nvidia"), nullptr);

    // The end indices handed to the graph name the same entities as the ids,
    // across the gaps.
    ASSERT_EQ(snapshot->relationEnds.size(), snapshot->relations.size());
    for (std::size_t i = 0; i < snapshot->relations.size(); ++i) {
        const auto [source, target] = snapshot->relationEnds[i];
        ASSERT_LT(source, snapshot->entities.size());
        ASSERT_LT(target, snapshot->entities.size());
        EXPECT_EQ(snapshot->entities[source].id, snapshot->relations[i].source) << i;
        EXPECT_EQ(snapshot->entities[target].id, snapshot->relations[i].target) << i;
    }
}

TEST(StoreSnapshot, ARelationWhoseEndIsMissingIsReportedNotDropped) {
    TempDir dir;
    const auto path = dir / "k.sqlite";
    storeSample(path);
    // Only a database written without foreign keys can hold this row.
    runSql(path,
           "PRAGMA foreign_keys = OFF; "
           "INSERT INTO relations (key, source, target, type) VALUES ('dangling', 1, 999, 'partners_with');");

    auto db = store::Store::open(path, store::OpenMode::ReadOnly);
    ASSERT_TRUE(db) << db.error();
    auto snapshot = db->snapshot();
    ASSERT_FALSE(snapshot);
    EXPECT_NE(snapshot.error().find("k.sqlite"), std::string::npos) << snapshot.error();
    EXPECT_NE(snapshot.error().find("999"), std::string::npos) << snapshot.error();
    EXPECT_EQ(snapshot.error().find('\n'), std::string::npos) << snapshot.error();
}

TEST(StoreSnapshot, AnEmptyDatabaseGivesAnEmptySnapshot) {
    TempDir dir;
    const auto path = dir / "k.sqlite";
    { ASSERT_TRUE(store::Store::open(path)); }
    auto db = store::Store::open(path, store::OpenMode::ReadOnly);
    ASSERT_TRUE(db) << db.error();
    auto snapshot = db->snapshot();
    ASSERT_TRUE(snapshot) << snapshot.error();
    EXPECT_TRUE(snapshot->documents.empty());
    EXPECT_TRUE(snapshot->entities.empty());
    EXPECT_TRUE(snapshot->relations.empty());
    EXPECT_TRUE(snapshot->relationEnds.empty());
}
