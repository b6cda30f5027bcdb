#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "kakehashi/core/entity.h"
#include "kakehashi/core/relation.h"

namespace kakehashi::core {

struct DocumentInfo {
    std::int64_t id = 0;
    std::string title;
    std::string sha256;
    std::string path;
    std::string date;  // ISO 8601 date of the announcement if known, else empty
};

// Everything the graph layer needs, as plain values: what the store reads
// out and what an extraction of one file produces. The graph is built from
// this, never from SQL.
struct Snapshot {
    std::vector<DocumentInfo> documents;
    std::vector<Entity> entities;
    std::vector<Relation> relations;
    // Optional, parallel to `relations`: the indices into `entities` of each
    // relation's source and target, for readers that know them anyway (the
    // store maps row ids). Saves the graph two id lookups per relation. A
    // hint, checked against the ids before use; leave it empty when unknown.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> relationEnds;
};

}  // namespace kakehashi::core

#include "kakehashi/core/document.h"

namespace kakehashi::core {

// One extracted document as a snapshot with that document as id 1, for
// `extract FILE --json` and for tests that need a graph without a database.
Snapshot snapshotOf(const ExtractionResult& extraction);

}  // namespace kakehashi::core
