#include "kakehashi/pipeline/ingest_job.h"

#include <algorithm>

#include "kakehashi/ingest/extractor.h"
#include "kakehashi/ingest/loader.h"
#include "kakehashi/store/store.h"
#include "fund_matcher.h"

namespace kakehashi::pipeline {
namespace {

// A text where nothing we know of is named is not an announcement: storing
// it would only add an empty document to every search.
bool namesAnything(const core::ExtractionResult& extraction) {
    return std::any_of(extraction.entities.begin(), extraction.entities.end(), [](const core::Entity& e) {
        return core::isOrganization(e.type) || e.type == core::EntityType::Person;
    });
}

// The stored funds that the extraction's sums may repeat (within 1%).
core::Result<std::vector<store::StoredFund>> storedFundsLike(const store::Store& store,
                                                             const core::ExtractionResult& extraction) {
    std::vector<store::StoredFund> all;
    for (const auto& e : extraction.entities) {
        if (e.type != core::EntityType::Fund || !e.usd) continue;
        auto found = store.fundsBetween(*e.usd * 0.99, *e.usd * 1.01);
        if (!found) return core::Error{found.error()};
        all.insert(all.end(), std::make_move_iterator(found->begin()), std::make_move_iterator(found->end()));
    }
    return all;
}

}  // namespace

IngestReport IngestJob::run(const std::vector<std::filesystem::path>& paths, core::Feedback* feedback) {
    IngestReport report;
    const auto files = ingest::collectInputs(paths, report.rejected);
    report.inputs = files.size() + report.rejected.size();
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (feedback && feedback->isCanceled()) {
            report.canceled = true;
            break;
        }
        const auto& file = files[i];
        if (feedback) feedback->report(static_cast<double>(i) / static_cast<double>(files.size()), file.string());

        auto document = ingest::loadDocument(file);
        if (!document) {
            report.rejected.push_back({document.error()});
            continue;
        }
        auto extraction = extractor_.extract(std::move(document).value());
        if (!namesAnything(extraction)) {
            report.rejected.push_back(
                {file.string() + ": does not look like an announcement (no organization or person found)"});
            continue;
        }
        const auto funds = storedFundsLike(store_, extraction);
        if (!funds) {
            report.rejected.push_back(core::Error{funds.error()});
            continue;
        }
        adoptStoredFunds(extraction, *funds);
        auto stored = store_.addDocument(extraction);
        if (!stored) {
            report.rejected.push_back({stored.error()});
            continue;
        }
        if (!stored->added) {
            report.duplicates.push_back(file.string());
            continue;
        }
        report.added.push_back({file.string(), stored->documentId, extraction.entities.size(),
                                 extraction.relations.size()});
        for (const auto& issue : extraction.issues)
            if (issue.severity != core::Severity::Info) report.warnings.push_back({file.string(), issue.message});
    }
    if (feedback && !report.canceled) feedback->report(1.0, "done");
    return report;
}

}  // namespace kakehashi::pipeline
