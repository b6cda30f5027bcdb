#include "kakehashi/ingest/phrase_index.h"

namespace kakehashi::ingest {

void PhraseIndex::add(std::string_view phrase, std::uint32_t payload, bool exactCase, bool capitalized) {
    const auto tokens = Tokenizer::tokenize(phrase, 0, phrase.size());
    if (tokens.empty()) return;
    std::uint32_t node = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        auto found = nodes_[node].children.find(tokens[i].lower);
        if (found == nodes_[node].children.end()) {
            const auto next = static_cast<std::uint32_t>(nodes_.size());
            nodes_[node].children.emplace(tokens[i].lower, next);
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

std::optional<PhraseIndex::Match> PhraseIndex::matchAt(std::string_view text, const std::vector<Token>& tokens,
                                                       std::size_t at) const {
    std::optional<Match> best;
    const auto flags = tokens[at].flags;
    if (startFlag_ && !(flags & kUnannotated) && !(flags & startFlag_)) return best;
    std::uint32_t node = 0;
    for (std::size_t k = at; k < tokens.size(); ++k) {
        const auto found = nodes_[node].children.find(tokens[k].lower);
        if (found == nodes_[node].children.end()) break;
        node = found->second;
        const Node& n = nodes_[node];
        if (k > at && tokens[k].hardBefore && !n.hardAllowed) break;
        for (const auto& t : n.terminals) {
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
