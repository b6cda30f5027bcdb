#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "kakehashi/ingest/tokenizer.h"
#include "kakehashi/ingest/vocabulary.h"

namespace kakehashi::ingest {

// Multi-word phrases found by token sequence, longest first: the lookup
// structure of the gazetteer and the sector lexicon. One hash lookup per
// token keeps extraction linear in the text.
class PhraseIndex {
public:
    struct Match {
        std::size_t firstToken = 0;
        std::size_t tokenCount = 0;
        std::uint32_t payload = 0;
    };

    // exactCase: the text must spell the phrase with the same letter case
    // (acronyms, names that are common words such as "Arm").
    // capitalized: the first word in the text must start with a capital.
    void add(std::string_view phrase, std::uint32_t payload, bool exactCase, bool capitalized);

    // The longest phrase starting at token `at`, if any. Inline so that the
    // common answer (an annotated word that starts no phrase) costs no call.
    std::optional<Match> matchAt(std::string_view text, std::span<const Token> tokens, std::size_t at) const {
        const Token& t = tokens[at];
        std::uint32_t first = 0;  // the root's child for t, found here when the trie is walked by id
        if (!(t.flags & kUnannotated)) {
            if (startFlag_ && !(t.flags & startFlag_)) return std::nullopt;
            if (bound_) {
                first = t.word < rootByWord_.size() ? rootByWord_[t.word] : 0;
                if (first == 0) return std::nullopt;
                // A lowercase word ("the", "national") starts a phrase only where one
                // may start in lowercase: most such words end here, before walk().
                const char c = text[t.begin];
                if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) && !compact_[first].lowercaseOk)
                    return std::nullopt;
            }
        }
        return walk(text, tokens, at, first);
    }

    std::size_t size() const { return count_; }
    // The first words of all phrases, and the token flag that marks them, so
    // annotated tokens that start no phrase are skipped without a lookup.
    std::vector<std::string> firstWords() const;
    void setStartFlag(std::uint16_t flag) { startFlag_ = flag; }
    // Adds every word of every phrase to `vocabulary` and indexes the trie by
    // word id, so annotated tokens (Token::word) walk it without hashing
    // strings. Call after the last add(); unannotated tokens still match by text.
    void bind(Vocabulary& vocabulary);

private:
    // A trie over lowercased tokens: matching walks one hash lookup per token
    // instead of comparing every phrase that shares a first word.
    struct Terminal {
        std::vector<std::string> exact;  // tokens as written (exactCase only)
        std::uint32_t payload = 0;
        bool exactCase = false;
        bool capitalized = false;
    };
    struct Node {
        std::unordered_map<std::string, std::uint32_t> children;
        std::vector<Terminal> terminals;
        bool hardAllowed = false;  // some phrase has a comma before this token
    };
    // What walking by word id needs of a node, packed small so a walk touches
    // few cache lines (filled by bind()).
    struct Compact {
        std::uint32_t edgeBegin = 0;  // children: edges_[edgeBegin, edgeBegin + edgeCount)
        std::uint32_t edgeCount = 0;
        bool hardAllowed = false;
        bool hasTerminals = false;
        bool lowercaseOk = false;  // some phrase below may start in lowercase
    };
    // `first`: the root's child for tokens[at] if matchAt found it, else 0.
    std::optional<Match> walk(std::string_view text, std::span<const Token> tokens, std::size_t at,
                              std::uint32_t first) const;
    // The child of `node` for token `t`, or 0 (the root is never a child).
    std::uint32_t child(std::uint32_t node, const Token& t) const;
    std::vector<Node> nodes_ = std::vector<Node>(1);
    std::vector<Compact> compact_;                                // per node, after bind()
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges_;  // (word id, child), sorted per node
    std::vector<std::uint32_t> rootByWord_;  // word id -> child of the root; dense, after bind()
    bool bound_ = false;
    std::size_t count_ = 0;
    std::uint16_t startFlag_ = 0;
};

}  // namespace kakehashi::ingest
