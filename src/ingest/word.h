#pragma once

// Private: a lowercase word the relation rules ask about, hashed when the
// program is compiled. Tokens carry the same hash (Token::hash, set by the
// tokenizer), so "is this token one of these words" is a 64-bit compare per
// word instead of a string compare, and a cue table lookup is one probe.

#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "kakehashi/ingest/tokenizer.h"

namespace kakehashi::ingest::detail {

class Word {
public:
    // consteval: `find({"with", "alongside"})` hashes its words at compile time.
    consteval Word(const char* text) : text_(text), hash_(Tokenizer::hash(text_)) {}  // NOLINT: implicit on purpose

    std::string_view text() const { return text_; }
    std::uint64_t hash() const { return hash_; }
    // Equal hashes are confirmed by the text, so a collision never matches.
    bool matches(const Token& t) const { return t.hash == hash_ && t.lower == text_; }

private:
    std::string_view text_;
    std::uint64_t hash_;
};

inline bool is(const Token& t, Word w) { return w.matches(t); }

inline bool oneOf(const Token& t, std::initializer_list<Word> words) {
    for (const auto& w : words)
        if (w.matches(t)) return true;
    return false;
}

}  // namespace kakehashi::ingest::detail
