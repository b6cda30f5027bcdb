#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "kakehashi/core/document.h"
#include "kakehashi/core/feedback.h"
#include "kakehashi/core/result.h"

namespace kakehashi::ingest {
class Extractor;
}
namespace kakehashi::store {
class Store;
}

namespace kakehashi::pipeline {

// What an ingest did, file by file, for the CLI's lines and the app's
// "rejected files" list.
struct IngestReport {
    struct Added {
        std::string path;
        std::int64_t documentId = 0;
        std::size_t entities = 0;
        std::size_t relations = 0;
    };
    struct Warning {
        std::string path;
        std::string message;
    };
    std::vector<Added> added;
    std::vector<std::string> duplicates;  // same bytes already stored
    std::vector<core::Error> rejected;    // "<path>: <reason>", nothing stored
    std::vector<Warning> warnings;        // stored, but worth a look
    bool canceled = false;
    std::size_t inputs = 0;

    bool anyRejected() const { return !rejected.empty(); }
};

// The one way text reaches the store: load and validate each file, extract,
// then store it in its own transaction. Extractors never write; the store
// merges. A file that fails anywhere is reported and leaves the database as
// it was; the other files still go in.
class IngestJob {
public:
    IngestJob(const ingest::Extractor& extractor, store::Store& store) : extractor_(extractor), store_(store) {}

    // Paths may be files or folders (expanded by ingest::collectInputs).
    // Progress and cancel through `feedback`; cancel stops between documents.
    IngestReport run(const std::vector<std::filesystem::path>& paths, core::Feedback* feedback = nullptr);

private:
    const ingest::Extractor& extractor_;
    store::Store& store_;
};

}  // namespace kakehashi::pipeline
