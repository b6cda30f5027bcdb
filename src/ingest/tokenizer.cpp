#include "kakehashi/ingest/tokenizer.h"

#include <array>

namespace kakehashi::ingest {
namespace {

// Byte classes, looked up instead of compared: the tokenizer sees every byte.
enum ByteClass : std::uint8_t { kOther = 0, kWord = 1, kHard = 2, kAmpersand = 3 };
constexpr std::array<std::uint8_t, 256> byteClasses() {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (word) t[static_cast<std::size_t>(c)] = kWord;
    }
    for (char c : std::string_view(",;:()[]\"!?\n/|")) t[static_cast<unsigned char>(c)] = kHard;
    t['&'] = kAmpersand;
    return t;
}
constexpr auto kClass = byteClasses();

std::uint8_t classOf(char c) { return kClass[static_cast<unsigned char>(c)]; }

}  // namespace

void Tokenizer::lowercase(std::string_view text, std::string& out) {
    out.resize(text.size());
    char* o = out.data();
    // Branch-free so the compiler vectorizes it: this touches every byte of the text.
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        o[i] = static_cast<char>(c | (static_cast<unsigned char>(c - 'A') < 26 ? 0x20 : 0));
    }
}

void Tokenizer::tokenize(std::string_view lowered, std::size_t begin, std::size_t end, std::vector<Token>& out) {
    const char* text = lowered.data();
    bool hard = true;
    std::size_t i = begin;
    std::size_t lastEnd = begin;
    while (i < end) {
        const std::uint8_t cls = classOf(text[i]);
        if (cls == kWord || cls == kAmpersand) {
            const std::size_t start = i;
            // Hashed while scanning: hash() of the word, without a second pass.
            std::uint64_t h = kHashBasis;
            do {
                h = (h ^ static_cast<unsigned char>(text[i])) * kHashPrime;
                ++i;
            } while (cls == kWord && i < end && classOf(text[i]) == kWord);
            Token& token = out.emplace_back();
            token.begin = static_cast<std::uint32_t>(start);
            token.end = static_cast<std::uint32_t>(i);
            token.hardBefore = hard;
            // "Kishida's" and "universities'": the apostrophe-s is not a word of the name.
            token.possessive = i - start == 1 && text[start] == 's' && start > 0 && text[start - 1] == '\'' &&
                               lastEnd + 1 == start;
            token.hash = h;
            token.lower = lowered.substr(start, i - start);
            lastEnd = i;
            hard = false;
            continue;
        }
        if (cls == kHard) hard = true;
        // A period followed by a space ends a name unless it closes an
        // abbreviation like "U.S." or "Inc.", which the phrase itself spells.
        ++i;
    }
}

std::vector<Token> Tokenizer::tokenize(std::string_view phrase, std::string& lowered) {
    lowercase(phrase, lowered);
    std::vector<Token> tokens;
    tokenize(lowered, 0, lowered.size(), tokens);
    return tokens;
}

std::string Tokenizer::key(std::string_view phrase) {
    std::string lowered;
    const auto tokens = tokenize(phrase, lowered);
    std::string out;
    out.reserve(phrase.size());
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
