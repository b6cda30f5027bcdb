#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kakehashi/ingest/tokenizer.h"

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

    // The longest phrase starting at token `at`, if any.
    std::optional<Match> matchAt(std::string_view text, const std::vector<Token>& tokens,
                                 std::size_t at) const;

    std::size_t size() const { return count_; }

private:
    struct Entry {
        std::vector<std::string> rest;   // lowercased tokens after the first
        std::vector<bool> restHard;      // the phrase itself has a comma there
        std::vector<std::string> exact;  // all tokens as written (exactCase only)
        std::uint32_t payload = 0;
        bool exactCase = false;
        bool capitalized = false;
    };
    std::unordered_map<std::string, std::vector<Entry>> byFirst_;
    std::size_t count_ = 0;
};

}  // namespace kakehashi::ingest
