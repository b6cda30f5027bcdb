#include "entity_finder.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "name_patterns.h"
#include "person_patterns.h"
#include "word_map.h"

namespace kakehashi::ingest::detail {
namespace {

// Gazetteer entry -> draft entity of the current extraction: a flat table,
// since entries are numbered. It is kept per thread and an entry counts only
// when stamped by the current call, so a document naming a few dozen of the
// thousands of entries does not refill the whole table.
class KnownEntries {
public:
    void start(std::size_t entries) {
        if (slots_.size() < entries) slots_.resize(entries);
        if (++stamp_ == 0) {  // wrapped: old stamps could match again
            for (auto& s : slots_) s.stamp = 0;
            stamp_ = 1;
        }
    }
    const std::size_t* find(std::size_t entry) const {
        return slots_[entry].stamp == stamp_ ? &slots_[entry].entity : nullptr;
    }
    void set(std::size_t entry, std::size_t entity) { slots_[entry] = {stamp_, entity}; }

private:
    struct Slot {
        std::uint32_t stamp = 0;
        std::size_t entity = 0;
    };
    std::vector<Slot> slots_;
    std::uint32_t stamp_ = 0;
};

void findGazetteerNames(Draft& draft, const Lexicons& lexicons) {
    const auto& gazetteer = lexicons.gazetteer();
    thread_local KnownEntries known;
    known.start(gazetteer.entries().size());
    for (std::size_t s = 0; s < draft.sentences.size(); ++s) {
        const auto& toks = draft.tokens[s];
        for (std::size_t t = 0; t < toks.size();) {
            const auto m = draft.covered[s][t] ? std::nullopt : gazetteer.index().matchAt(draft.norm.text, toks, t);
            if (!m) {
                ++t;
                continue;
            }
            const auto& entry = gazetteer.entries()[m->payload];
            // "its plant in Princeton", "the Princeton plant": a university's
            // one-word short name after "in" or before a facility names its
            // town (the university is "at Princeton").
            const std::string_view after = t + 1 < toks.size() ? toks[t + 1].lower : std::string_view{};
            if (m->tokenCount == 1 && entry.type == core::EntityType::University &&
                ((t > 0 && (toks[t - 1].lower == "in" || toks[t - 1].lower == "near")) ||
                 after == "plant" || after == "factory" || after == "site" || after == "facility")) {
                ++t;
                continue;
            }
            const std::size_t* seen = known.find(m->payload);
            const bool fresh = seen == nullptr;
            const std::size_t e = fresh ? draft.entity(entry.type, entry.name, entry.id, entry.idHash, entry.country) : *seen;
            if (fresh) known.set(m->payload, e);
            // Later mentions of the same entry change nothing here: its aliases
            // and name keys are already in place.
            if (fresh && draft.entities[e].aliases.empty()) {
                draft.entities[e].aliases = entry.aliases;
                if (entry.type == core::EntityType::Person)
                    for (const auto& key : entry.keys) draft.personByKey.emplace(key, e);
            }
            draft.mention(e, s, t, m->tokenCount);
            t += m->tokenCount;
        }
    }
}

bool isAcronymToken(std::string_view word) {
    if (word.size() < 2 || word.size() > 10) return false;
    std::size_t upper = 0;
    for (char c : word) {
        if (c >= 'A' && c <= 'Z') ++upper;
        else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
    }
    return upper >= 2 && (word[0] >= 'A' && word[0] <= 'Z');
}

// 'FUJIFILM Holdings Corporation (the "Company")': a term defined in
// brackets names the entity in later sentences, as in filings and IR releases.
bool definesTerm(const Draft& draft, const MentionRef& m, WordMap<std::size_t>& terms) {
    const std::string_view text = draft.norm.text;
    std::string_view rest = text.substr(m.end, std::min<std::size_t>(40, text.size() - m.end));
    if (rest.substr(0, 2) != " (") return false;
    rest.remove_prefix(2);
    if (rest.substr(0, 4) == "the ") rest.remove_prefix(4);
    if (rest.empty() || rest.front() != '"') return false;
    rest.remove_prefix(1);
    const auto close = rest.find('"');
    if (close == std::string_view::npos || close < 3 || close > 24) return false;
    const std::string_view term = rest.substr(0, close);
    if (term.find(' ') != std::string_view::npos || !Tokenizer::isCapitalized(term)) return false;
    terms.emplace(term, m.entity);
    return true;
}

// "National Institute of Advanced Industrial Science and Technology (AIST)":
// the bracketed acronym becomes an alias and names the entity from then on.
void findAcronymDefinitions(Draft& draft, WordMap<std::size_t>& acronyms, WordMap<std::size_t>& terms) {
    const std::string_view text = draft.norm.text;
    for (std::size_t s = 0; s < draft.mentions.size(); ++s)
    for (std::size_t i = 0, count = draft.mentions[s].size(); i < count; ++i) {
        const MentionRef m = draft.mentions[s][i];
        const auto type = draft.entities[m.entity].type;
        if (type == core::EntityType::Person || type == core::EntityType::Country) continue;
        const auto& toks = draft.tokens[m.sentence];
        const std::size_t next = m.firstToken + m.tokenCount;
        if (next >= toks.size()) continue;
        const Token& t = toks[next];
        if (definesTerm(draft, m, terms)) continue;
        if (t.begin < 2 || text.substr(m.end, t.begin - m.end) != " (" || t.end >= text.size() || text[t.end] != ')')
            continue;
        const std::string_view word = t.view(text);
        if (!isAcronymToken(word)) continue;
        auto& entity = draft.entities[m.entity];
        if (std::find(entity.aliases.begin(), entity.aliases.end(), word) == entity.aliases.end())
            entity.aliases.emplace_back(word);
        acronyms.emplace(word, m.entity);
        if (!draft.covered[m.sentence][next]) draft.mention(m.entity, m.sentence, next, 1);
    }
}

// "Redwood Materials ... Redwood will": a company named by a first word that
// no lexicon reads otherwise (not a place, a sector, a title or a family
// name) is named by that word alone later, when no other entity of the
// document starts with it. Known short names ("Toyota") are the gazetteer's.
WordMap<std::size_t> companyHeads(const Draft& draft) {
    WordMap<std::size_t> heads;
    std::vector<std::string_view> ambiguous;  // views into the text's lowercase copy
    const std::string_view text = draft.norm.text;
    for (const auto& list : draft.mentions)
        for (const MentionRef& m : list) {
            if (m.tokenCount < 2) continue;
            const Token& first = draft.tokens[m.sentence][m.firstToken];
            const auto word = first.view(text);
            if (word.size() < 3 || !Tokenizer::isCapitalized(word) || Tokenizer::isAllCaps(word)) continue;
            const bool company = draft.entities[m.entity].type == core::EntityType::Company;
            if (!company || (first.flags & ~(kCueBits | kGazetteerStart)) != 0) {
                ambiguous.push_back(first.lower);  // a word read otherwise names nobody alone
                continue;
            }
            if (auto [stored, added] = heads.emplace(first.lower, first.hash, m.entity); !added && *stored != m.entity)
                ambiguous.push_back(first.lower);
        }
    for (const auto& key : ambiguous) heads.erase(key);
    return heads;
}

// Later references: defined acronyms, companies by their first word, and
// people by family name alone ("Kishida", "Ambassador Emanuel") once the full
// name has been seen.
void findShortReferences(Draft& draft, const WordMap<std::size_t>& acronyms, const WordMap<std::size_t>& terms) {
    const auto heads = companyHeads(draft);
    WordMap<std::size_t> surnames;
    std::vector<std::string> familyNames(draft.entities.size());  // person -> last word of its name
    std::string lowered;
    std::vector<Token> words;
    for (std::size_t e = 0; e < draft.entities.size(); ++e) {
        const auto& ent = draft.entities[e];
        if (ent.type != core::EntityType::Person) continue;
        for (std::size_t k = 0; k <= ent.aliases.size(); ++k) {
            const std::string& n = k == 0 ? ent.name : ent.aliases[k - 1];
            Tokenizer::lowercase(n, lowered);
            words.clear();
            Tokenizer::tokenize(lowered, 0, lowered.size(), words);
            if (k == 0 && !words.empty()) familyNames[e] = words.back().lower;
            if (words.size() != 2) continue;
            for (const auto& w : words) surnames.emplace(w.lower, w.hash, e);
        }
    }
    // Only the family name is a reference; a given name alone is too ambiguous.
    surnames.keepIf([&](std::string_view word, std::size_t e) { return familyNames[e] == word; });
    if (surnames.empty() && acronyms.empty() && heads.empty() && terms.empty()) return;  // nothing below could be mentioned
    const std::string_view text = draft.norm.text;
    for (std::size_t s = 0; s < draft.sentences.size(); ++s) {
        const auto& toks = draft.tokens[s];
        // A lowercase word is neither an acronym nor a name: only name starts are asked.
        for (const std::size_t t : draft.nameStarts[s]) {
            if (draft.covered[s][t]) continue;
            const auto word = toks[t].view(text);
            const bool allCaps = Tokenizer::isAllCaps(word);
            if (!acronyms.empty() && allCaps)
                if (const std::size_t* a = acronyms.find(word)) {
                    draft.mention(*a, s, t, 1);
                    continue;
                }
            if (!terms.empty() && !allCaps)
                if (const std::size_t* d = terms.find(word)) {
                    draft.mention(*d, s, t, 1);
                    continue;
                }
            if ((surnames.empty() && heads.empty()) || !Tokenizer::isCapitalized(word) || allCaps) continue;
            const bool nextCapitalized = t + 1 < toks.size() && !toks[t + 1].hardBefore &&
                                         !toks[t + 1].possessive && Tokenizer::isCapitalized(toks[t + 1].view(text));
            if (nextCapitalized) continue;  // part of a longer name we do not know
            if (const std::size_t* p = surnames.find(toks[t].lower, toks[t].hash)) {
                draft.mention(*p, s, t, 1);
            } else if (const std::size_t* h = heads.find(toks[t].lower, toks[t].hash)) {
                auto& aliases = draft.entities[*h].aliases;
                if (std::find(aliases.begin(), aliases.end(), word) == aliases.end()) aliases.emplace_back(word);
                draft.mention(*h, s, t, 1);
            }
        }
    }
}

}  // namespace

void findEntities(Draft& draft, const Lexicons& lexicons) {
    findGazetteerNames(draft, lexicons);
    findPatternOrganizations(draft, lexicons);
    findPeople(draft, lexicons);
    WordMap<std::size_t> acronyms, terms;
    findAcronymDefinitions(draft, acronyms, terms);
    findShortReferences(draft, acronyms, terms);
    draft.mentions.resize(draft.sentences.size());
    for (auto& list : draft.mentions)
        std::sort(list.begin(), list.end(), [](const MentionRef& a, const MentionRef& b) { return a.begin < b.begin; });
}

}  // namespace kakehashi::ingest::detail
