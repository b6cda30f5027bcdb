#include "kakehashi/pipeline/ingest_job.h"

#include <algorithm>

#include "kakehashi/ingest/extractor.h"
#include "kakehashi/ingest/loader.h"
#include "kakehashi/store/store.h"

namespace kakehashi::pipeline {
namespace {

// A text where nothing we know of is named is not an announcement: storing
// it would only add an empty document to every search.
bool namesAnything(const core::ExtractionResult& extraction) {
    return std::any_of(extraction.entities.begin(), extraction.entities.end(), [](const core::Entity& e) {
        return core::isOrganization(e.type) || e.type == core::EntityType::Person;
    });
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
        const auto extraction = extractor_.extract(std::move(document).value());
        if (!namesAnything(extraction)) {
            report.rejected.push_back(
                {file.string() + ": does not look like an announcement (no organization or person found)"});
            continue;
        }
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
