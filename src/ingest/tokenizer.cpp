#include "kakehashi/ingest/tokenizer.h"

#include <array>

namespace kakehashi::ingest {
namespace {

// Byte classes, looked up instead of compared: the tokenizer sees every byte.
// Word bytes of lowercased text: letters, digits and every non-ASCII byte.
constexpr std::array<bool, 256> wordBytes() {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[static_cast<std::size_t>(c)] =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
    return t;
}
constexpr auto kWordByte = wordBytes();
// Between words, one lookup says what a byte is: a gap, a gap that ends a
// name, a word byte or '&' (a word of its own).
enum : std::uint8_t { kGap = 0, kHardGap = 1, kStartsWord = 2, kAmpersand = 3 };
constexpr std::array<std::uint8_t, 256> byteKinds() {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c)
        if (kWordByte[static_cast<std::size_t>(c)]) t[static_cast<std::size_t>(c)] = kStartsWord;
    t['&'] = kAmpersand;
    for (char c : std::string_view(",;:()[]\"!?\n/|")) t[static_cast<unsigned char>(c)] = kHardGap;
    return t;
}
constexpr auto kKinds = byteKinds();

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
    const auto* text = reinterpret_cast<const unsigned char*>(lowered.data());
    bool hard = true;
    std::size_t i = begin;
    std::size_t lastEnd = begin;
    // A byte after the range that is no word byte (as a sentence's end
    // always is) stops every word by itself: no bounds test per byte then.
    const bool stopsWords = end < lowered.size() && !kWordByte[text[end]];
    while (i < end) {
        const unsigned char c = text[i];
        const std::uint8_t kind = kKinds[c];
        if (kind < kStartsWord) {
            hard = hard || kind == kHardGap;
            // A period followed by a space ends a name unless it closes an
            // abbreviation like "U.S." or "Inc.", which the phrase itself spells.
            ++i;
            continue;
        }
        const std::size_t start = i;
        // Hashed while scanning: hash() of the word, without a second pass.
        std::uint64_t h = (kHashBasis ^ c) * kHashPrime;
        ++i;
        if (kind == kStartsWord) {
            if (stopsWords)
                for (; kWordByte[text[i]]; ++i) h = (h ^ text[i]) * kHashPrime;
            else
                for (; i < end && kWordByte[text[i]]; ++i) h = (h ^ text[i]) * kHashPrime;
        }
        // Filled in place: a Token built aside and pushed is copied again.
        Token& token = out.emplace_back();
        token.begin = static_cast<std::uint32_t>(start);
        token.end = static_cast<std::uint32_t>(i);
        token.hardBefore = hard;
        // "Kishida's" and "universities'": the apostrophe-s is not a word of the name.
        token.possessive = i - start == 1 && c == 's' && start > 0 && text[start - 1] == '\'' && lastEnd + 1 == start;
        token.hash = h;
        token.lower = std::string_view(lowered.data() + start, i - start);
        lastEnd = i;
        hard = false;
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
