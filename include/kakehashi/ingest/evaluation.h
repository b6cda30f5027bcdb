#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "kakehashi/core/document.h"
#include "kakehashi/core/result.h"
#include "kakehashi/ingest/sector_lexicon.h"

namespace kakehashi::ingest {

// Hits, false alarms and misses of one measure.
struct Score {
    std::size_t truePositives = 0;
    std::size_t falsePositives = 0;
    std::size_t falseNegatives = 0;

    double precision() const;
    double recall() const;
    double f1() const;
    Score& operator+=(const Score& other);
};

// The five measures of /work/shared/corpus/README.md ("How extraction is scored").
struct MeasureScores {
    Score entities;
    Score amounts;
    Score funding;
    Score partnerships;
    Score sectors;
    MeasureScores& operator+=(const MeasureScores& other);
};

struct DocumentEvaluation {
    std::string gold;  // gold "doc" id, e.g. "seed_003"
    std::string path;  // the extracted file
    MeasureScores scores;
    std::vector<std::string> misses;    // "entities: Keio University (university)"
    std::vector<std::string> spurious;  // predictions that match nothing
};

struct EvaluationReport {
    std::vector<DocumentEvaluation> documents;
    MeasureScores total;                    // micro-averaged over documents
    std::vector<std::string> unmatched;     // files without gold, gold without file

    std::string toJson() const;   // {"total":{...},"documents":[...],"unmatched":[...]}
    std::string toTable() const;  // one line per measure: P R F1 TP FP FN
};

// Scores extractions against the gold label files (*.json) in goldDir. A gold
// "doc" id "<set>_<key>" belongs to the extracted file whose name starts with
// "<key>_" (seed_000 <-> 000_5275ea79ca716940.txt) or whose stem is the id.
// Sector names in the gold are mapped to lexicon ids through `sectors`.
core::Result<EvaluationReport> evaluate(const std::vector<core::ExtractionResult>& extractions,
                                        const std::filesystem::path& goldDir, const SectorLexicon& sectors);

}  // namespace kakehashi::ingest
