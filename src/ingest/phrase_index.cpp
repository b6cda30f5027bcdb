#include "kakehashi/ingest/phrase_index.h"

#include <algorithm>

namespace kakehashi::ingest {

void PhraseIndex::add(std::string_view phrase, std::uint32_t payload, bool exactCase, bool capitalized) {
    const auto tokens = Tokenizer::tokenize(phrase, 0, phrase.size());
    if (tokens.empty()) return;
    Entry entry;
    entry.payload = payload;
    entry.exactCase = exactCase;
    entry.capitalized = capitalized;
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        entry.rest.push_back(tokens[i].lower);
        entry.restHard.push_back(tokens[i].hardBefore);
    }
    if (exactCase)
        for (const auto& t : tokens) entry.exact.emplace_back(t.view(phrase));
    auto& bucket = byFirst_[tokens[0].lower];
    for (const auto& e : bucket)
        if (e.rest == entry.rest && e.exact == entry.exact && e.payload == payload) return;
    bucket.push_back(std::move(entry));
    // Longest first, so "SoftBank Group" wins over "SoftBank".
    std::stable_sort(bucket.begin(), bucket.end(),
                     [](const Entry& a, const Entry& b) { return a.rest.size() > b.rest.size(); });
    ++count_;
}

std::optional<PhraseIndex::Match> PhraseIndex::matchAt(std::string_view text, const std::vector<Token>& tokens,
                                                       std::size_t at) const {
    const auto found = byFirst_.find(tokens[at].lower);
    if (found == byFirst_.end()) return std::nullopt;
    for (const auto& entry : found->second) {
        const std::size_t count = entry.rest.size() + 1;
        if (at + count > tokens.size()) continue;
        bool ok = true;
        for (std::size_t k = 0; k < entry.rest.size() && ok; ++k) {
            const Token& t = tokens[at + 1 + k];
            ok = (!t.hardBefore || entry.restHard[k]) && t.lower == entry.rest[k];
        }
        if (!ok) continue;
        if (entry.exactCase) {
            for (std::size_t k = 0; k < count && ok; ++k) ok = tokens[at + k].view(text) == entry.exact[k];
            if (!ok) continue;
        }
        if (entry.capitalized) {
            const char c = text[tokens[at].begin];
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) continue;
        }
        return Match{at, count, entry.payload};
    }
    return std::nullopt;
}

}  // namespace kakehashi::ingest
