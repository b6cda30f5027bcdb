#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kakehashi::ingest {

// Plain text made from a document, with the way back to the original bytes:
// origin[i] is the offset in the original of the character that produced
// text[i]. Extraction works on `text`; evidence is reported in the original.
struct NormalizedText {
    std::string text;
    std::vector<std::uint32_t> origin;

    // Original byte range [begin, end) covering normalized range [begin, end).
    std::size_t originalBegin(std::size_t normalizedBegin) const;
    std::size_t originalEnd(std::string_view original, std::size_t normalizedEnd) const;
};

// Strips HTML tags and entities, markdown markup (`\$`, `**bold**`, headings,
// bullets, links), unifies smart quotes, dashes and odd whitespace, and
// collapses runs of spaces, keeping at most one blank line as a paragraph
// break. Never fails: bytes it does not understand are copied.
class Normalizer {
public:
    static NormalizedText normalize(std::string_view original);
};

}  // namespace kakehashi::ingest
