#include <gtest/gtest.h>

#include <algorithm>

#include "kakehashi/store/store.h"
#include "store_fixtures.h"
#include "temp_dir.h"

using namespace kakehashi;
using kakehashi::testing::sampleExtraction;
using kakehashi::testing::TempDir;

namespace {

store::Store openOrDie(const std::filesystem::path& path, store::OpenMode mode = store::OpenMode::ReadWrite) {
    auto opened = store::Store::open(path, mode);
    if (!opened) throw std::runtime_error(opened.error());
    return std::move(opened).value();
}

const core::Entity* findEntity(const core::Snapshot& s, const std::string& id) {
    auto it = std::find_if(s.entities.begin(), s.entities.end(), [&](const auto& e) { return e.id == id; });
    return it == s.entities.end() ? nullptr : &*it;
}

void expectSameCounts(const store::Stats& after, const store::Stats& before) {
    EXPECT_EQ(after.documents, before.documents);
    EXPECT_EQ(after.entities, before.entities);
    EXPECT_EQ(after.relations, before.relations);
    EXPECT_EQ(after.evidence, before.evidence);
    EXPECT_EQ(after.mentions, before.mentions);
}

}  // namespace

TEST(Store, CreatesFolderAndSchemaOnFirstOpen) {
    TempDir dir;
    const auto path = dir / "nested/folder/k.sqlite";
    auto db = openOrDie(path);
    EXPECT_TRUE(std::filesystem::exists(path));
    auto stats = db.stats();
    ASSERT_TRUE(stats) << stats.error();
    EXPECT_EQ(stats->schemaVersion, store::kSchemaVersion);
    EXPECT_EQ(stats->documents, 0);
}

TEST(Store, RoundTripsAnExtractionThroughAFileOnDisk) {
    TempDir dir;
    const auto path = dir / "k.sqlite";
    const auto extraction = sampleExtraction();
    {
        auto db = openOrDie(path);
        auto added = db.addDocument(extraction);
        ASSERT_TRUE(added) << added.error();
        EXPECT_TRUE(added->added);
    }
    auto db = openOrDie(path, store::OpenMode::ReadOnly);
    auto snapshot = db.snapshot();
    ASSERT_TRUE(snapshot) << snapshot.error();
    ASSERT_EQ(snapshot->documents.size(), 1u);
    EXPECT_EQ(snapshot->documents[0].title, "Sample announcement");
    EXPECT_EQ(snapshot->documents[0].date, "2024-04-09");
    EXPECT_EQ(snapshot->entities.size(), extraction.entities.size());
    EXPECT_EQ(snapshot->relations.size(), extraction.relations.size());

    const auto* keio = findEntity(*snapshot, "university:keio-university");
    ASSERT_NE(keio, nullptr);
    EXPECT_EQ(keio->country, "JP");
    EXPECT_EQ(keio->aliases, std::vector<std::string>{"Keio"});
    ASSERT_EQ(keio->evidence.size(), 1u);
    EXPECT_EQ(keio->evidence[0].document, snapshot->documents[0].id);
    EXPECT_EQ(keio->evidence[0].text, "Keio University and Carnegie Mellon University partner.");
    ASSERT_EQ(keio->mentions.size(), 1u);
    EXPECT_EQ(keio->mentions[0].text, "Keio University");

    const auto* fund = findEntity(*snapshot, "fund:110-million-fund");
    ASSERT_NE(fund, nullptr);
    ASSERT_TRUE(fund->usd.has_value());
    EXPECT_DOUBLE_EQ(*fund->usd, 110e6);
    EXPECT_EQ(fund->amountText, "$110 million");
    EXPECT_EQ(fund->currency, "USD");

    const auto* program = findEntity(*snapshot, "program:keio-cmu-ai-partnership");
    ASSERT_NE(program, nullptr);
    EXPECT_EQ(program->sectors, (std::vector<std::string>{"artificial-intelligence", "robotics"}));

    auto funds = std::find_if(snapshot->relations.begin(), snapshot->relations.end(),
                              [](const auto& r) { return r.type == core::RelationType::Funds; });
    ASSERT_NE(funds, snapshot->relations.end());
    EXPECT_EQ(funds->source, "company:nvidia");
    EXPECT_EQ(funds->target, "fund:110-million-fund");
    ASSERT_TRUE(funds->usd.has_value());
    EXPECT_DOUBLE_EQ(*funds->usd, 110e6);
    EXPECT_EQ(funds->evidence.size(), 1u);
}

TEST(Store, IngestingTheSameTextAgainChangesNothing) {
    TempDir dir;
    auto db = openOrDie(dir / "k.sqlite");
    auto first = db.addDocument(sampleExtraction());
    ASSERT_TRUE(first);
    const auto before = db.stats().value();
    auto again = sampleExtraction();
    again.document.path = "elsewhere/copy.txt";  // same bytes under another name
    auto second = db.addDocument(again);
    ASSERT_TRUE(second) << second.error();
    EXPECT_FALSE(second->added);
    EXPECT_EQ(second->documentId, first->documentId);
    expectSameCounts(db.stats().value(), before);
}

TEST(Store, OneEntityAcrossDocumentsKeepsEvidenceFromEach) {
    TempDir dir;
    auto db = openOrDie(dir / "k.sqlite");
    ASSERT_TRUE(db.addDocument(sampleExtraction()));
    auto second = sampleExtraction("Keio University and Carnegie Mellon University partner. NVIDIA gives "
                                   "$110 million. (second release)");
    second.entities[0].aliases = {"Keio Gijuku"};
    ASSERT_TRUE(db.addDocument(second));

    const auto snapshot = db.snapshot().value();
    EXPECT_EQ(snapshot.documents.size(), 2u);
    EXPECT_EQ(snapshot.entities.size(), 5u);
    const auto* keio = findEntity(snapshot, "university:keio-university");
    ASSERT_NE(keio, nullptr);
    EXPECT_EQ(keio->aliases, (std::vector<std::string>{"Keio", "Keio Gijuku"}));
    ASSERT_EQ(keio->evidence.size(), 2u);
    EXPECT_NE(keio->evidence[0].document, keio->evidence[1].document);
    for (const auto& r : snapshot.relations) EXPECT_EQ(r.evidence.size(), 2u) << r.id;

    // The entity's search row was replaced, not duplicated, and knows the new alias.
    const auto hits = db.search("Gijuku").value();
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].ref, "university:keio-university");
    const auto keioHits = db.search("Keio").value();
    EXPECT_EQ(std::count_if(keioHits.begin(), keioHits.end(),
                            [](const auto& h) { return h.ref == "university:keio-university"; }),
              1);
}

TEST(Store, AFailedDocumentLeavesTheDatabaseAsItWas) {
    TempDir dir;
    auto db = openOrDie(dir / "k.sqlite");
    ASSERT_TRUE(db.addDocument(sampleExtraction()));
    const auto before = db.stats().value();

    auto broken = sampleExtraction("A different text whose last relation is broken.");
    core::Relation dangling;
    dangling.source = "company:nvidia";
    dangling.target = "company:not-in-this-document";
    dangling.type = core::RelationType::PartnersWith;
    dangling.id = core::makeRelationId(dangling.type, dangling.source, dangling.target);
    broken.relations.push_back(dangling);
    auto result = db.addDocument(broken);
    ASSERT_FALSE(result);
    EXPECT_NE(result.error().find("company:not-in-this-document"), std::string::npos) << result.error();

    expectSameCounts(db.stats().value(), before);
}

TEST(Store, SearchFindsEntitiesByAliasPrefixAndDocumentsByWord) {
    TempDir dir;
    auto db = openOrDie(dir / "k.sqlite");
    ASSERT_TRUE(db.addDocument(sampleExtraction()));

    auto hits = db.search("keio");
    ASSERT_TRUE(hits) << hits.error();
    ASSERT_FALSE(hits->empty());
    EXPECT_TRUE(std::any_of(hits->begin(), hits->end(), [](const auto& h) {
        return h.kind == store::SearchHit::Kind::Entity && h.ref == "university:keio-university";
    }));
    EXPECT_TRUE(std::any_of(hits->begin(), hits->end(),
                            [](const auto& h) { return h.kind == store::SearchHit::Kind::Document; }));

    auto prefix = db.search("Carneg");
    ASSERT_TRUE(prefix);
    EXPECT_FALSE(prefix->empty());
}

TEST(Store, SearchTreatsQueryOperatorsAsText) {
    TempDir dir;
    auto db = openOrDie(dir / "k.sqlite");
    ASSERT_TRUE(db.addDocument(sampleExtraction()));
    for (const char* hostile : {"\"", "NEAR(", "keio OR", "'; DROP TABLE documents; --", "*", "a AND (b"}) {
        auto hits = db.search(hostile);
        EXPECT_TRUE(hits) << hostile << ": " << hits.error();
    }
    EXPECT_EQ(db.stats().value().documents, 1);
    EXPECT_TRUE(db.search("").value().empty());
}

TEST(Store, DocumentComesBackWithItsMentions) {
    TempDir dir;
    auto db = openOrDie(dir / "k.sqlite");
    const auto extraction = sampleExtraction();
    const auto id = db.addDocument(extraction).value().documentId;
    auto doc = db.document(id);
    ASSERT_TRUE(doc) << doc.error();
    EXPECT_EQ(doc->text, extraction.document.text);
    EXPECT_EQ(doc->mentions.size(), 5u);
    EXPECT_TRUE(std::is_sorted(doc->mentions.begin(), doc->mentions.end(),
                               [](const auto& a, const auto& b) { return a.mention.start < b.mention.start; }));
    EXPECT_FALSE(db.document(id + 100));
}
