#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kakehashi::ingest {

// A word of normalized text: a run of ASCII letters/digits or non-ASCII
// bytes, or a lone '&'. `hardBefore` is set when punctuation that ends a name
// (comma, semicolon, colon, brackets, quotes) separates it from the previous
// token; names never span such a break.
struct Token {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    bool hardBefore = false;
    bool possessive = false;  // the "s" of "Kishida's"
    std::string lower;

    std::string_view view(std::string_view text) const { return text.substr(begin, end - begin); }
};

class Tokenizer {
public:
    static std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end);
    // Lowercased tokens of a phrase joined by one space: the matching key of
    // gazetteer names and sector triggers.
    static std::string key(std::string_view phrase);
    static bool isCapitalized(std::string_view word);
    static bool isAllCaps(std::string_view word);
};

}  // namespace kakehashi::ingest
