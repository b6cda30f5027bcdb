// Extraction throughput on a generated corpus of at least 20 MB: the bundled
// and dev announcements, each followed by a generated paragraph that names
// gazetteer organizations, amounts and sectors, so no two documents repeat.
#include <benchmark/benchmark.h>

#include <random>

#include "kakehashi/core/resources.h"
#include "kakehashi/ingest/extractor.h"
#include "kakehashi/ingest/lexicons.h"
#include "kakehashi/ingest/loader.h"
#include "kakehashi/ingest/normalizer.h"

using namespace kakehashi;

namespace {

constexpr std::size_t kCorpusBytes = 20u * 1024 * 1024;

struct Corpus {
    ingest::Extractor extractor;
    std::vector<core::SourceDocument> documents;
    std::size_t bytes = 0;
};

const Corpus& corpus() {
    static const Corpus instance = [] {
        auto extractor = ingest::Extractor::load();
        if (!extractor) throw std::runtime_error(extractor.error());
        std::vector<core::Error> errors;
        const auto data = core::dataDir();
        std::vector<std::string> templates;
        for (const auto& f : ingest::collectInputs({data / "corpus", data / "dev" / "corpus"}, errors))
            if (auto doc = ingest::loadDocument(f)) templates.push_back(doc->text);
        if (templates.empty()) throw std::runtime_error("no corpus under " + data.string());
        std::vector<std::string> orgs;
        for (const auto& e : extractor->lexicons().gazetteer().entries())
            if (core::isOrganization(e.type)) orgs.push_back(e.name);
        std::vector<std::string> sectors;
        for (const auto& s : extractor->lexicons().sectors().sectors()) sectors.push_back(s.triggers.front());
        std::mt19937 random(42);
        auto pick = [&](const std::vector<std::string>& from) { return from[random() % from.size()]; };
        Corpus c{std::move(extractor.value()), {}, 0};
        while (c.bytes < kCorpusBytes) {
            core::SourceDocument doc;
            doc.path = "generated_" + std::to_string(c.documents.size()) + ".txt";
            doc.text = templates[c.documents.size() % templates.size()];
            for (int k = 0; k < 6; ++k)
                doc.text += "\n\n" + pick(orgs) + " and " + pick(orgs) + " signed a $" + std::to_string(random() % 900 + 10) +
                            " million partnership on " + pick(sectors) + ", backed by " + pick(orgs) + ". Minister " +
                            "Tanaka Hiroshi said the " + pick(sectors) + " work would begin in " +
                            std::to_string(2022 + random() % 4) + ".";
            c.bytes += doc.text.size();
            c.documents.push_back(std::move(doc));
        }
        return c;
    }();
    return instance;
}

void BM_ExtractCorpus(benchmark::State& state) {
    const auto& c = corpus();
    std::size_t entities = 0;
    for (auto _ : state) {
        for (const auto& doc : c.documents) {
            auto result = c.extractor.extract(doc);
            entities += result.entities.size();
            benchmark::DoNotOptimize(result);
        }
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
    state.counters["documents"] = static_cast<double>(c.documents.size());
    state.counters["corpus_MB"] = static_cast<double>(c.bytes) / (1024.0 * 1024.0);
    state.counters["entities_per_pass"] = static_cast<double>(entities) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_ExtractCorpus)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_NormalizeCorpus(benchmark::State& state) {
    const auto& c = corpus();
    for (auto _ : state)
        for (const auto& doc : c.documents) benchmark::DoNotOptimize(ingest::Normalizer::normalize(doc.text));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
}
BENCHMARK(BM_NormalizeCorpus)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
