#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "kakehashi/core/evidence.h"
#include "kakehashi/core/snapshot.h"

namespace kakehashi::store {

struct Stats {
    std::int64_t documents = 0;
    std::int64_t entities = 0;
    std::int64_t relations = 0;
    std::int64_t evidence = 0;
    std::int64_t mentions = 0;
    std::map<std::string, std::int64_t> entitiesByType;
    std::map<std::string, std::int64_t> relationsByType;
    double totalFundUsd = 0;  // sum of usd over fund entities
    int schemaVersion = 0;
};

// A full-text hit: a document (ref = document id as text) or an entity
// (ref = entity id), with a snippet around the match.
struct SearchHit {
    enum class Kind { Document, Entity };
    Kind kind = Kind::Entity;
    std::string ref;
    std::string title;
    std::string snippet;
    double rank = 0;  // bm25: lower is better
};

// A fund already stored, with the ids of the entities it is related to
// (who funds it, what it finances), so that the same sum announced again in
// another document can be recognised as the same fund.
struct StoredFund {
    std::string id;
    std::string name;
    double usd = 0;
    std::vector<std::string> related;  // sorted, no countries
};

// A stored document with its whole text and every mention in it, for the
// "open the whole document" view.
struct StoredDocument {
    core::DocumentInfo info;
    std::string text;
    std::string ingestedAt;
    struct EntityMention {
        std::string entity;  // entity id
        core::Mention mention;
    };
    std::vector<EntityMention> mentions;
};

}  // namespace kakehashi::store
