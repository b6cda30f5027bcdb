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
// What the lexicons know about a word (Lexicons::annotate), so extraction
// looks each word up once instead of once per question.
enum TokenFlag : std::uint16_t {
    kGazetteerStart = 1,
    kSectorStart = 2,
    kTitleStart = 4,
    kStopword = 8,
    kHeadWord = 16,
    kHeadTail = 32,
    kFamilyName = 64,
    kLeadStart = 128,
    kCueBits = 0x7F00,  // the relation rules' cue classes (detail::Cue, 7 bits at most) << kCueShift
    kUnannotated = 0x8000,  // not looked up: ask the lexicons directly
};

constexpr int kCueShift = 8;

struct Token {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::uint16_t flags = kUnannotated;
    bool hardBefore = false;
    bool possessive = false;  // the "s" of "Kishida's"
    std::uint32_t word = 0;   // Vocabulary id of `lower` once annotated; 0 = no lexicon knows it
    std::uint64_t hash = 0;   // Tokenizer::hash(lower), for rules that ask "is this word one of ..."
    // The word lowercased: a view into the lowercase copy of the whole text
    // the tokenizer was given, so a token owns no memory of its own.
    std::string_view lower;

    std::string_view view(std::string_view text) const { return text.substr(begin, end - begin); }
};

class Tokenizer {
public:
    // `text` with ASCII letters lowercased, byte for byte (same offsets).
    static void lowercase(std::string_view text, std::string& out);
    // Appends the tokens of lowered[begin, end) to `out`. `lowered` is a
    // text after lowercase() (word bounds, hashes and `lower` are all read
    // from the lowercase copy) and must outlive the tokens.
    static void tokenize(std::string_view lowered, std::size_t begin, std::size_t end, std::vector<Token>& out);
    // The tokens of a short phrase; `lowered` receives its lowercase copy and
    // must outlive them.
    static std::vector<Token> tokenize(std::string_view phrase, std::string& lowered);
    // Lowercased tokens of a phrase joined by one space: the matching key of
    // gazetteer names and sector triggers.
    static std::string key(std::string_view phrase);
    // FNV-1a of a lowercase word; constexpr so rule words hash at compile time.
    static constexpr std::uint64_t kHashBasis = 0xcbf29ce484222325ull;
    static constexpr std::uint64_t kHashPrime = 0x100000001b3ull;
    static constexpr std::uint64_t hash(std::string_view lower) {
        std::uint64_t h = kHashBasis;
        for (char c : lower) h = (h ^ static_cast<unsigned char>(c)) * kHashPrime;
        return h;
    }
    static bool isCapitalized(std::string_view word);
    static bool isAllCaps(std::string_view word);
};

}  // namespace kakehashi::ingest
