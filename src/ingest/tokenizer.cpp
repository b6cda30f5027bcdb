#include "kakehashi/ingest/tokenizer.h"

#include <array>

namespace kakehashi::ingest {
namespace {

// Byte classes, looked up instead of compared: the tokenizer sees every byte.
enum ByteClass : std::uint8_t { kOther = 0, kWord = 1, kHard = 2 };
constexpr std::array<std::uint8_t, 256> byteClasses() {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (word) t[static_cast<std::size_t>(c)] = kWord;
    }
    for (char c : std::string_view(",;:()[]\"!?\n/|")) t[static_cast<unsigned char>(c)] = kHard;
    return t;
}
constexpr auto kClass = byteClasses();

bool isWordByte(unsigned char c) { return kClass[c] == kWord; }
bool isHardBreak(char c) { return kClass[static_cast<unsigned char>(c)] == kHard; }

char lowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::vector<Token> Tokenizer::tokenize(std::string_view text, std::size_t begin, std::size_t end) {
    std::vector<Token> tokens;
    tokens.reserve((end - begin) / 5 + 1);
    bool hard = true;
    std::size_t i = begin;
    std::size_t lastEnd = begin;
    while (i < end) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (isWordByte(c) || c == '&') {
            Token& token = tokens.emplace_back();
            token.begin = static_cast<std::uint32_t>(i);
            if (c == '&') {
                ++i;
            } else {
                while (i < end && isWordByte(static_cast<unsigned char>(text[i]))) ++i;
            }
            token.end = static_cast<std::uint32_t>(i);
            token.hardBefore = hard;
            // "Kishida's" and "universities'": the apostrophe-s is not a word of the name.
            if (token.end - token.begin == 1 && (text[token.begin] == 's' || text[token.begin] == 'S') &&
                token.begin > 0 && text[token.begin - 1] == '\'' && lastEnd + 1 == token.begin)
                token.possessive = true;
            // Lowercased and hashed in one pass (hash() of the result).
            const std::size_t length = token.end - token.begin;
            token.lower.resize(length);
            char* out = token.lower.data();
            const char* in = text.data() + token.begin;
            std::uint64_t h = kHashBasis;
            for (std::size_t j = 0; j < length; ++j) {
                const char ch = lowerAscii(in[j]);
                out[j] = ch;
                h = (h ^ static_cast<unsigned char>(ch)) * kHashPrime;
            }
            token.hash = h;
            lastEnd = i;
            hard = false;
            continue;
        }
        if (isHardBreak(static_cast<char>(c))) hard = true;
        // A period followed by a space ends a name unless it closes an
        // abbreviation like "U.S." or "Inc.", which the phrase itself spells.
        ++i;
    }
    return tokens;
}

std::string Tokenizer::key(std::string_view phrase) {
    std::string out;
    const auto tokens = tokenize(phrase, 0, phrase.size());
    for (const auto& t : tokens) {
        if (t.possessive) continue;
        if (!out.empty()) out.push_back(' ');
        out += t.lower;
    }
    return out;
}

bool Tokenizer::isCapitalized(std::string_view word) {
    return !word.empty() && ((word[0] >= 'A' && word[0] <= 'Z') || (word[0] >= '0' && word[0] <= '9'));
}

bool Tokenizer::isAllCaps(std::string_view word) {
    bool letter = false;
    for (char c : word) {
        if (c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z') letter = true;
    }
    return letter;
}

}  // namespace kakehashi::ingest
