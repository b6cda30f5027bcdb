#pragma once

#include <string>
#include <vector>

#include "kakehashi/core/entity.h"
#include "kakehashi/core/relation.h"

namespace kakehashi::core {

enum class Severity { Info, Warning, Error };

// A non-fatal problem found while reading or extracting a file.
struct Issue {
    Severity severity = Severity::Warning;
    std::string message;
};

// A file as supplied by the user, before storage.
struct SourceDocument {
    std::string path;
    std::string title;
    std::string date;  // ISO 8601 if found in the text, else empty
    std::string text;  // original bytes, valid UTF-8
};

// What extraction makes of one document: drafts whose evidence and mentions
// point into `document.text` with document id 0. One merge step (the store)
// resolves them against what is already known.
struct ExtractionResult {
    SourceDocument document;
    std::vector<Entity> entities;
    std::vector<Relation> relations;
    std::vector<Issue> issues;
};

}  // namespace kakehashi::core
