#include "kakehashi/core/snapshot.h"

#include "kakehashi/core/sha256.h"

namespace kakehashi::core {

Snapshot snapshotOf(const ExtractionResult& extraction) {
    constexpr std::int64_t kDocumentId = 1;
    Snapshot snapshot;
    const auto& doc = extraction.document;
    snapshot.documents.push_back({kDocumentId, doc.title, sha256Hex(doc.text), doc.path, doc.date});
    snapshot.entities = extraction.entities;
    snapshot.relations = extraction.relations;
    for (auto& entity : snapshot.entities) {
        for (auto& e : entity.evidence) e.document = kDocumentId;
        for (auto& m : entity.mentions) m.document = kDocumentId;
    }
    for (auto& relation : snapshot.relations)
        for (auto& e : relation.evidence) e.document = kDocumentId;
    return snapshot;
}

}  // namespace kakehashi::core
