#pragma once

// Private word tests shared by the organization and person name patterns.

#include <algorithm>
#include <span>
#include <string>
#include <string_view>

#include "draft.h"

namespace kakehashi::ingest::detail {

// Compared by length and letters, not with operator== (a memcmp call per
// candidate): this runs for most tokens of every sentence.
inline bool isConnector(std::string_view lower) {
    const char* w = lower.data();
    switch (lower.size()) {
    case 1: return w[0] == '&';
    case 2: return (w[0] == 'o' && (w[1] == 'f' || w[1] == 'n')) || (w[0] == 'd' && w[1] == 'e');
    case 3: return (w[0] == 'f' && w[1] == 'o' && w[2] == 'r') || (w[0] == 'a' && w[1] == 'n' && w[2] == 'd');
    default: return false;
    }
}

// A word that can be part of a proper name: capitalized, not a lone digit run.
inline bool isNameWord(std::string_view w) {
    return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
}

inline std::string joinTokens(std::string_view text, std::span<const Token> toks, std::size_t first, std::size_t last) {
    // The name as written between its first and last token, spacing normalized.
    std::string out(text.substr(toks[first].begin, toks[last].end - toks[first].begin));
    std::replace(out.begin(), out.end(), '\n', ' ');
    return out;
}

// The country or organization whose mention starts at token `t`: it may be
// the first word of a longer name ("Japan AI Safety Institute", "NTT Research, Inc.").
inline const DraftEntity* prefixAt(const Draft& draft, std::size_t s, std::size_t t) {
    if (s >= draft.mentions.size()) return nullptr;
    for (const auto& m : draft.mentions[s])
        if (m.firstToken == t && draft.entities[m.entity].type != core::EntityType::Person &&
            draft.entities[m.entity].type != core::EntityType::Program)
            return &draft.entities[m.entity];
    return nullptr;
}

}  // namespace kakehashi::ingest::detail
