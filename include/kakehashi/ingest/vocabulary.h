#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kakehashi::ingest {

// Every lowercase word the lexicons know, each with a small integer id (0 =
// unknown). Tokens are looked up once (Lexicons::annotate); every later pass
// compares ids instead of hashing strings again.
class Vocabulary {
public:
    // The id of `word`, adding it if new.
    std::uint32_t add(std::string_view word);
    // The id of `word`, or 0.
    std::uint32_t find(std::string_view word) const;
    // The same, for a word whose Tokenizer::hash is known (Token::hash).
    // Inline: Lexicons::annotate asks once per token of every text.
    std::uint32_t find(std::string_view word, std::uint64_t hash) const {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot& slot = slots_[i];
            if (slot.id == 0) return 0;
            if (slot.hash == hash && words_[slot.id - 1] == word) return slot.id;
        }
    }
    // Ids run from 1 to size().
    std::size_t size() const { return words_.size(); }

private:
    // Hand-written open addressing instead of std::unordered_map<std::string>:
    // the lookup runs once per token of every text, and a flat table of
    // (hash, id) slots costs one cache line per probe instead of a chain of
    // heap nodes. Keyed by Tokenizer::hash, which the tokenizer has already
    // computed for every token.
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t id = 0;  // 0 = empty
    };
    void grow();
    std::vector<Slot> slots_ = std::vector<Slot>(1024);
    std::vector<std::string> words_;  // id - 1 -> word
};

}  // namespace kakehashi::ingest
