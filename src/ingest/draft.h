#pragma once

// Private working state of one extraction: entities and relations as they are
// found, before they become core::Entity / core::Relation with evidence.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "kakehashi/core/ids.h"
#include "kakehashi/core/types.h"
#include "kakehashi/ingest/normalizer.h"
#include "kakehashi/ingest/sentence_splitter.h"
#include "kakehashi/ingest/tokenizer.h"
#include "id_index.h"
#include "sector_set.h"
#include "word_map.h"

namespace kakehashi::ingest::detail {

// Sentence indices in ascending order. Sentences are mostly visited in
// text order, so adding one is mostly an append; a repeat is found by binary
// search (a scan per insert was quadratic in the sentences a name of a long
// document appears in, and a std::set costs an allocation each).
class SentenceList {
public:
    void insert(std::size_t s) {
        if (size_ == 0) {
            first_ = s;
            size_ = 1;
            return;
        }
        if (s == first_) return;
        if (s < first_) std::swap(s, first_);  // the old first goes to the front of the rest
        if (rest_.empty() || rest_.back() < s) {
            rest_.push_back(s);
            ++size_;
            return;
        }
        const auto at = std::lower_bound(rest_.begin(), rest_.end(), s);
        if (*at != s) {
            rest_.insert(at, s);
            ++size_;
        }
    }
    bool empty() const { return size_ == 0; }
    std::size_t size() const { return size_; }
    std::size_t first() const { return first_; }
    std::size_t operator[](std::size_t k) const { return k == 0 ? first_ : rest_[k - 1]; }

private:
    // The first sentence inline: most relations and many entities are
    // stated in one sentence, and a vector each cost an allocation.
    std::size_t first_ = 0;
    std::size_t size_ = 0;
    std::vector<std::size_t> rest_;
};

struct DraftEntity {
    core::EntityType type = core::EntityType::Company;
    std::string name;
    std::string id;
    std::string country;
    std::vector<std::string> aliases;
    SectorSet sectors;
    std::optional<double> usd;
    std::string amountText;
    std::string currency;
    SentenceList sentences;
};

// One occurrence of an entity: sentence, token range, normalized byte range.
struct MentionRef {
    std::size_t entity = 0;
    std::size_t sentence = 0;
    std::size_t firstToken = 0;
    std::size_t tokenCount = 0;
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct DraftRelation {
    core::RelationType type = core::RelationType::PartnersWith;
    std::size_t source = 0;
    std::size_t target = 0;
    std::optional<double> usd;
    SectorSet sectors;
    SentenceList sentences;
};

struct Draft {
    NormalizedText norm;
    std::string lowered;  // norm.text lowercased: every token's `lower` is a view into it
    std::vector<Sentence> sentences;
    // The document's tokens sentence after sentence, and per token whether it
    // is part of a mention, in two flat arrays (a vector per sentence costs an
    // allocation each); tokens[s] and covered[s] are sentence s's runs of them.
    std::vector<Token> allTokens;
    std::vector<std::uint8_t> allCovered;
    std::vector<std::span<const Token>> tokens;
    std::vector<std::span<std::uint8_t>> covered;
    // Where a name can start: tokens whose first byte is not a lowercase
    // letter (capitalized words, acronyms, numbers, '&', non-ASCII), as
    // indices into sentence s's tokens, listed per sentence. About one token
    // in five: the name rules visit these instead of every token.
    std::vector<std::uint32_t> allNameStarts;
    std::vector<std::span<const std::uint32_t>> nameStarts;
    std::vector<SectorSet> sentenceSectors;
    std::vector<DraftEntity> entities;
    std::vector<std::vector<MentionRef>> mentions;  // per sentence, in text order once entities are found
    std::vector<DraftRelation> relations;
    IdIndex<std::vector<DraftEntity>> byId{entities};  // entity id -> entities index
    // (type, source, target) -> relation, for relate().
    class RelationIndex {
    public:
        // The relation stored under the key, or `next` stored there now
        // (second: whether it was added).
        std::pair<std::size_t, bool> findOrAdd(core::RelationType type, std::size_t source, std::size_t target,
                                               std::size_t next) {
            if (2 * (used_ + 1) > slots_.size()) grow();
            Slot& slot = probe(type, source, target);
            if (slot.relation != kEmpty) return {slot.relation, false};
            slot = {type, source, target, next};
            ++used_;
            return {next, true};
        }

    private:
        // Open addressing in one array: a node-based map cost an allocation
        // per relation, and a document has only tens of them.
        static constexpr std::size_t kEmpty = static_cast<std::size_t>(-1);
        struct Slot {
            core::RelationType type = core::RelationType::PartnersWith;
            std::size_t source = 0;
            std::size_t target = 0;
            std::size_t relation = kEmpty;
        };
        Slot& probe(core::RelationType type, std::size_t source, std::size_t target) {
            const std::uint64_t h = (source * 0x9E3779B97F4A7C15ull) ^ (target * 0xC2B2AE3D27D4EB4Full) ^
                                    static_cast<std::uint64_t>(type);
            const std::size_t mask = slots_.size() - 1;
            for (std::size_t i = (h ^ (h >> 29)) & mask;; i = (i + 1) & mask) {
                Slot& s = slots_[i];
                if (s.relation == kEmpty || (s.source == source && s.target == target && s.type == type)) return s;
            }
        }
        void grow() {
            std::vector<Slot> old(slots_.size() * 2);
            old.swap(slots_);
            for (const Slot& s : old)
                if (s.relation != kEmpty) probe(s.type, s.source, s.target) = s;
        }
        std::vector<Slot> slots_ = std::vector<Slot>(256);  // a power of two, above twice the usual relations
        std::size_t used_ = 0;
    };
    RelationIndex relationIndex;
    WordMap<std::size_t> personByKey;  // name keys (either order) -> person

    // A typical announcement names a few dozen entities and relates them in
    // about seventy relations: room for them up front saves regrowing (and
    // moving) the drafts as they are found.
    Draft() {
        entities.reserve(64);
        relations.reserve(128);
    }
    // tokens, covered and the tokens' `lower` view this object's own buffers.
    Draft(const Draft&) = delete;
    Draft& operator=(const Draft&) = delete;

    std::size_t entity(core::EntityType type, const std::string& name, const std::string& country = {}) {
        return entity(type, name, core::makeEntityId(type, name), country);
    }
    // The same with the id already made.
    std::size_t entity(core::EntityType type, const std::string& name, std::string id, const std::string& country) {
        const std::uint64_t hash = idHash(id);
        if (const std::size_t* known = byId.find(id, hash)) return *known;
        return addEntity(type, name, std::move(id), hash, country);
    }
    // The same with the id and its idHash made (gazetteer entries carry both):
    // the id is copied only if the entity is new.
    std::size_t entity(core::EntityType type, const std::string& name, const std::string& id, std::uint64_t hash,
                       const std::string& country) {
        if (const std::size_t* known = byId.find(id, hash)) return *known;
        return addEntity(type, name, id, hash, country);
    }
    std::size_t addEntity(core::EntityType type, const std::string& name, std::string id, std::uint64_t hash,
                          const std::string& country) {
        DraftEntity e;
        e.type = type;
        e.name = name;
        e.id = std::move(id);
        e.country = country;
        entities.push_back(std::move(e));
        byId.insert(entities.back().id, hash, entities.size() - 1);
        return entities.size() - 1;
    }

    void mention(std::size_t entityIndex, std::size_t sentence, std::size_t firstToken, std::size_t count) {
        const auto& toks = tokens[sentence];
        MentionRef m{entityIndex, sentence, firstToken, count, toks[firstToken].begin,
                     toks[firstToken + count - 1].end};
        for (std::size_t k = firstToken; k < firstToken + count; ++k) covered[sentence][k] = 1;
        entities[entityIndex].sentences.insert(sentence);
        if (mentions.size() < tokens.size()) mentions.resize(tokens.size());
        // Room for a sentence's usual few mentions at once, not regrown one by one.
        if (mentions[sentence].capacity() == 0) mentions[sentence].reserve(4);
        mentions[sentence].push_back(m);
    }

    std::size_t relate(core::RelationType type, std::size_t source, std::size_t target, std::size_t sentence) {
        if (core::isUndirected(type) && entities[target].id < entities[source].id) std::swap(source, target);
        const auto [index, added] = relationIndex.findOrAdd(type, source, target, relations.size());
        if (!added) {
            relations[index].sentences.insert(sentence);
            return index;
        }
        DraftRelation r;
        r.type = type;
        r.source = source;
        r.target = target;
        r.sentences.insert(sentence);
        relations.push_back(std::move(r));
        return relations.size() - 1;
    }

    std::string_view text(std::size_t begin, std::size_t end) const {
        return std::string_view(norm.text).substr(begin, end - begin);
    }
};

}  // namespace kakehashi::ingest::detail
