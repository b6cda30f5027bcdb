#pragma once

#include <filesystem>
#include <memory>

#include "kakehashi/core/document.h"
#include "kakehashi/core/resources.h"
#include "kakehashi/core/result.h"

namespace kakehashi::ingest {

class Lexicons;

// Turns one announcement into draft entities and relations with evidence.
// Loaded once (lexicons are shared, immutable), then cheap to copy and to
// call from any thread.
class Extractor {
public:
    // Loads resources/gazetteer.json, sectors.json and lexicon.json from the folder.
    static core::Result<Extractor> load(const std::filesystem::path& resourceDir = core::resourceDir());

    // Pure function of the text: entities and relations as drafts (document id 0),
    // evidence = sentence ranges (byte offsets into document.text, the ORIGINAL
    // bytes), mentions = name occurrences. Entity ids via core::makeEntityId on the
    // canonical name; relation ids via core::makeRelationId. Issues: warnings such as
    // "no entities found: does not look like an announcement".
    core::ExtractionResult extract(core::SourceDocument document) const;

    const Lexicons& lexicons() const { return *lexicons_; }

private:
    explicit Extractor(std::shared_ptr<const Lexicons> lexicons) : lexicons_(std::move(lexicons)) {}
    std::shared_ptr<const Lexicons> lexicons_;
};

}  // namespace kakehashi::ingest
