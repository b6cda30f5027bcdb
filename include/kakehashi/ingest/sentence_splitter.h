#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace kakehashi::ingest {

// A sentence as a range of normalized text.
struct Sentence {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// Splits normalized text into sentences at . ! ? (with closing quotes),
// paragraph breaks and short heading-like lines, without breaking after
// abbreviations ("U.S.", "Inc.", "Dr.", "No. 5"), initials or inside decimals.
class SentenceSplitter {
public:
    static std::vector<Sentence> split(std::string_view text);
};

}  // namespace kakehashi::ingest
