// Test driver: scores extraction of files against a gold folder.
//   ingest_eval [--json] [--details] GOLD_DIR PATH...
#include <iostream>
#include <string>
#include <vector>

#include "kakehashi/ingest/evaluation.h"
#include "kakehashi/ingest/extractor.h"
#include "kakehashi/ingest/lexicons.h"
#include "kakehashi/ingest/loader.h"

using namespace kakehashi;

int main(int argc, char** argv) {
    bool json = false, details = false;
    std::vector<std::filesystem::path> args;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--json") json = true;
        else if (a == "--details") details = true;
        else args.emplace_back(a);
    }
    if (args.size() < 2) {
        std::cerr << "usage: ingest_eval [--json] [--details] GOLD_DIR PATH...\n";
        return 2;
    }
    auto extractor = ingest::Extractor::load();
    if (!extractor) {
        std::cerr << extractor.error() << "\n";
        return 1;
    }
    std::vector<core::Error> errors;
    const auto files = ingest::collectInputs({args.begin() + 1, args.end()}, errors);
    std::vector<core::ExtractionResult> results;
    for (const auto& f : files) {
        auto doc = ingest::loadDocument(f);
        if (!doc) {
            errors.push_back({doc.error()});
            continue;
        }
        results.push_back(extractor->extract(std::move(doc.value())));
    }
    for (const auto& e : errors) std::cerr << e.message << "\n";
    auto report = ingest::evaluate(results, args[0], extractor->lexicons().sectors());
    if (!report) {
        std::cerr << report.error() << "\n";
        return 1;
    }
    if (json) {
        std::cout << report->toJson() << "\n";
    } else {
        if (details)
            for (const auto& d : report->documents) {
                std::cout << "== " << d.gold << "  " << d.path << "\n";
                for (const auto& m : d.misses) std::cout << "  MISS " << m << "\n";
                for (const auto& s : d.spurious) std::cout << "  FALSE " << s << "\n";
            }
        std::cout << report->toTable();
    }
    return errors.empty() ? 0 : 1;
}
