// Extraction quality on the bundled seeds and the dev corpus, scored as
// /work/shared/corpus/README.md describes. Floors, not timings.
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <string>

#include "kakehashi/core/resources.h"
#include "kakehashi/ingest/evaluation.h"
#include "kakehashi/ingest/extractor.h"
#include "kakehashi/ingest/lexicons.h"
#include "kakehashi/ingest/loader.h"

using namespace kakehashi;

namespace {

using FileFilter = std::function<bool(const std::filesystem::path&)>;

ingest::EvaluationReport score(const std::filesystem::path& corpus, const std::filesystem::path& gold,
                               const FileFilter& keep = {}) {
    auto extractor = ingest::Extractor::load();
    EXPECT_TRUE(extractor.ok());
    std::vector<core::Error> errors;
    std::vector<core::ExtractionResult> results;
    for (const auto& f : ingest::collectInputs({corpus}, errors)) {
        if (keep && !keep(f)) continue;
        auto doc = ingest::loadDocument(f);
        EXPECT_TRUE(doc.ok()) << doc.error();
        if (doc) results.push_back(extractor->extract(std::move(doc.value())));
    }
    EXPECT_TRUE(errors.empty());
    auto report = ingest::evaluate(results, gold, extractor->lexicons().sectors());
    EXPECT_TRUE(report.ok()) << report.error();
    return report.ok() ? report.value() : ingest::EvaluationReport{};
}

// Dev texts are numbered by the round that wrote them; 130 and later were
// scored on first sight after the rules for 100-129 were in place.
bool writtenBefore(const std::filesystem::path& file, int number) {
    return std::stoi(file.filename().string().substr(0, 3)) < number;
}

// F1 floors of one set of texts, each a little below its measured level
// (docs/extraction.md has the figures).
struct Floors {
    double entities, amounts, funding, partnerships, sectors;
};

void expectFloors(const ingest::EvaluationReport& report, const Floors& floor) {
    std::cout << report.toTable();
    EXPECT_GE(report.total.entities.f1(), floor.entities);
    EXPECT_GE(report.total.amounts.f1(), floor.amounts);
    EXPECT_GE(report.total.funding.f1(), floor.funding);
    EXPECT_GE(report.total.partnerships.f1(), floor.partnerships);
    EXPECT_GE(report.total.sectors.f1(), floor.sectors);
}

TEST(Figures, SeedsMeetTheTargets) {
    const auto data = core::dataDir();
    const auto report = score(data / "corpus", data / "gold");
    ASSERT_EQ(report.documents.size(), 2u);
    // The targets: entities, amounts and funding links >= 0.95, partnerships >= 0.9.
    expectFloors(report, {0.95, 0.95, 0.95, 0.9, 0.88});
}

TEST(Figures, DevCorpusHoldsItsMeasuredLevel) {
    const auto data = core::dataDir();
    if (!std::filesystem::exists(data / "dev" / "gold")) GTEST_SKIP() << "no dev corpus";
    const auto report = score(data / "dev" / "corpus", data / "dev" / "gold",
                              [](const std::filesystem::path& f) { return writtenBefore(f, 130); });
    ASSERT_EQ(report.documents.size(), 30u);
    expectFloors(report, {0.97, 0.95, 0.96, 0.95, 0.80});
}

TEST(Figures, WholeDevCorpusHoldsItsMeasuredLevel) {
    // The dev texts of rounds 1-3, 130-142 included: they were scored on
    // first sight and the rules written since are held here.
    const auto data = core::dataDir();
    if (!std::filesystem::exists(data / "dev" / "gold")) GTEST_SKIP() << "no dev corpus";
    const auto report = score(data / "dev" / "corpus", data / "dev" / "gold",
                              [](const std::filesystem::path& f) { return writtenBefore(f, 143); });
    ASSERT_EQ(report.documents.size(), 43u);
    expectFloors(report, {0.97, 0.97, 0.96, 0.94, 0.82});
}

TEST(Figures, RoundFourTextsHoldTheirLevel) {
    // Texts 143-152, labelled before their first extraction; their first
    // sight (0.915 / 1.000 / 0.467 / 0.265 / 0.606) is in docs/extraction.md,
    // the level reached since is held here.
    const auto data = core::dataDir();
    if (!std::filesystem::exists(data / "dev" / "gold")) GTEST_SKIP() << "no dev corpus";
    const auto report = score(data / "dev" / "corpus", data / "dev" / "gold",
                              [](const std::filesystem::path& f) { return !writtenBefore(f, 143); });
    ASSERT_GE(report.documents.size(), 10u);
    expectFloors(report, {0.97, 0.97, 0.95, 0.95, 0.93});
}

TEST(Figures, ScoringCountsFalseAlarmsAndMisses) {
    // An empty extraction of a seed: every required gold item is a miss.
    core::ExtractionResult empty;
    empty.document.path = (core::dataDir() / "corpus" / "003_600793a94f8625ab.txt").string();
    auto extractor = ingest::Extractor::load();
    ASSERT_TRUE(extractor.ok());
    auto report = ingest::evaluate({empty}, core::dataDir() / "gold", extractor->lexicons().sectors());
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->total.entities.truePositives, 0u);
    EXPECT_GT(report->total.entities.falseNegatives, 15u);
    EXPECT_EQ(report->total.amounts.falseNegatives, 2u);
    EXPECT_DOUBLE_EQ(report->total.entities.f1(), 0.0);
    EXPECT_NE(report->toJson().find("\"total\""), std::string::npos);
    ASSERT_EQ(report->unmatched.size(), 1u);  // seed_000 has no extraction
}

}  // namespace
