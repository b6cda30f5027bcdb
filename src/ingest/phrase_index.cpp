#include "kakehashi/ingest/phrase_index.h"

#include <algorithm>

namespace kakehashi::ingest {

inline std::uint32_t PhraseIndex::child(std::uint32_t node, const Token& t) const {
    if (bound_ && !(t.flags & kUnannotated)) {
        if (node == 0) return t.word < rootByWord_.size() ? rootByWord_[t.word] : 0;
        const auto& c = compact_[node];
        const auto first = edges_.begin() + c.edgeBegin, last = first + c.edgeCount;
        const auto it = std::lower_bound(first, last, std::make_pair(t.word, std::uint32_t{0}));
        return it != last && it->first == t.word ? it->second : 0;
    }
    const auto found = nodes_[node].children.find(std::string(t.lower));
    return found == nodes_[node].children.end() ? 0 : found->second;
}

void PhraseIndex::bind(Vocabulary& vocabulary) {
    compact_.assign(nodes_.size(), Compact{});
    edges_.clear();
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
        auto& c = compact_[i];
        c.edgeBegin = static_cast<std::uint32_t>(edges_.size());
        for (const auto& [word, next] : nodes_[i].children) edges_.emplace_back(vocabulary.add(word), next);
        std::sort(edges_.begin() + c.edgeBegin, edges_.end());
        c.edgeCount = static_cast<std::uint32_t>(edges_.size() - c.edgeBegin);
        c.hardAllowed = nodes_[i].hardAllowed;
        c.hasTerminals = !nodes_[i].terminals.empty();
    }
    // Children come after their parents, so one backward pass sees every subtree.
    for (std::size_t i = nodes_.size(); i-- > 0;) {
        bool ok = false;
        for (const auto& t : nodes_[i].terminals) ok = ok || !t.capitalized;
        for (std::uint32_t e = 0; e < compact_[i].edgeCount; ++e) ok = ok || compact_[edges_[compact_[i].edgeBegin + e].second].lowercaseOk;
        compact_[i].lowercaseOk = ok;
    }
    rootByWord_.assign(vocabulary.size() + 1, 0);
    for (std::uint32_t e = 0; e < compact_[0].edgeCount; ++e) rootByWord_[edges_[e].first] = edges_[e].second;
    bound_ = true;
}

void PhraseIndex::add(std::string_view phrase, std::uint32_t payload, bool exactCase, bool capitalized) {
    std::string lowered;
    const auto tokens = Tokenizer::tokenize(phrase, lowered);
    if (tokens.empty()) return;
    bound_ = false;  // a new word needs an id: bind() again
    std::uint32_t node = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string word(tokens[i].lower);
        auto found = nodes_[node].children.find(word);
        if (found == nodes_[node].children.end()) {
            const auto next = static_cast<std::uint32_t>(nodes_.size());
            nodes_[node].children.emplace(word, next);
            nodes_.emplace_back();
            node = next;
        } else {
            node = found->second;
        }
        if (i > 0 && tokens[i].hardBefore) nodes_[node].hardAllowed = true;
    }
    Terminal terminal;
    terminal.payload = payload;
    terminal.exactCase = exactCase;
    terminal.capitalized = capitalized;
    if (exactCase)
        for (const auto& t : tokens) terminal.exact.emplace_back(t.view(phrase));
    for (const auto& t : nodes_[node].terminals)
        if (t.exact == terminal.exact && t.payload == payload) return;
    nodes_[node].terminals.push_back(std::move(terminal));
    ++count_;
}

std::optional<PhraseIndex::Match> PhraseIndex::walk(std::string_view text, std::span<const Token> tokens,
                                                    std::size_t at, std::uint32_t first) const {
    std::optional<Match> best;
    std::uint32_t node = 0;
    for (std::size_t k = at; k < tokens.size(); ++k) {
        node = k == at && first != 0 ? first : child(node, tokens[k]);
        if (node == 0) break;
        // Bound, the small compact_ entry answers; the full node is read only
        // where a phrase ends.
        const bool hardAllowed = bound_ ? compact_[node].hardAllowed : nodes_[node].hardAllowed;
        if (k > at && tokens[k].hardBefore && !hardAllowed) break;
        if (bound_ && !compact_[node].hasTerminals) continue;
        for (const auto& t : nodes_[node].terminals) {
            if (t.exactCase) {
                bool same = true;
                for (std::size_t j = 0; j < t.exact.size() && same; ++j) same = tokens[at + j].view(text) == t.exact[j];
                if (!same) continue;
            }
            if (t.capitalized) {
                const char c = text[tokens[at].begin];
                if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) continue;
            }
            best = Match{at, k + 1 - at, t.payload};  // longer phrases replace shorter ones
            break;
        }
    }
    return best;
}

std::vector<std::string> PhraseIndex::firstWords() const {
    std::vector<std::string> out;
    for (const auto& [word, node] : nodes_[0].children) out.push_back(word);
    return out;
}

}  // namespace kakehashi::ingest
