#pragma once

// Private to MoneyParser: the quick look that tells whether a sentence may
// hold a sum at all, run on every sentence of every document.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace kakehashi::ingest::detail {

// The bytes screen() stops at: currency signs, the capitals that start a
// code, and the letters that start a currency word ("u" for "euro").
constexpr std::array<bool, 256> screenTable() {
    std::array<bool, 256> t{};
    for (char c : std::string_view("$UJEGdDyYpPu")) t[static_cast<unsigned char>(c)] = true;
    t[0xC2] = t[0xE2] = true;
    return t;
}
inline constexpr auto kScreenStops = screenTable();

struct Screen {
    bool sign = false;   // a currency sign, code or word: a sum may be here
    bool words = false;  // a currency word: spelled-out numbers are worth parsing
};

#if defined(__GNUC__)
// Whether the 16 bytes at p may start a sign or word for screen(): every
// pair that begins one ("$", "US", "do", "Do", "DO", "ye", "po", "ur" ...)
// tested on all 16 positions at once (GCC and Clang vector extensions; a
// library has no "any of these byte pairs"). Reads p[0, 17).
inline bool mayHoldSum(const char* p) {
    using Bytes = unsigned char __attribute__((vector_size(16)));
    Bytes a;
    Bytes b;  // the byte after each of a
    std::memcpy(&a, p, sizeof a);
    std::memcpy(&b, p + 1, sizeof b);
    const Bytes folded = a | 0x20;  // 'Y' -> 'y', 'P' -> 'p'
    const auto sign = (a == '$') | (a == 0xC2) | (a == 0xE2) | ((a == 'U') & (b == 'S')) | ((a == 'J') & (b == 'P')) |
                      ((a == 'E') & (b == 'U')) | ((a == 'G') & (b == 'B'));
    const auto word = ((a == 'd') & (b == 'o')) | ((a == 'D') & ((b == 'o') | (b == 'O'))) |
                      ((folded == 'y') & (b == 'e')) | ((folded == 'p') & (b == 'o')) | ((a == 'u') & (b == 'r'));
    const auto any = sign | word;
    std::uint64_t half[2];
    std::memcpy(half, &any, sizeof half);
    return (half[0] | half[1]) != 0;
}

// Whether any of the 16 bytes at p can start an amount when the sentence
// names no currency word: a sign or code letter, or a digit (kStartsNoWords).
inline bool mayStartAmount(const char* p) {
    using Bytes = unsigned char __attribute__((vector_size(16)));
    Bytes a;
    std::memcpy(&a, p, sizeof a);
    const auto any = (a == '$') | (a == 0xC2) | (a == 0xE2) | (a == 'U') | (a == 'J') | (a == 'E') | (a == 'G') |
                     (static_cast<Bytes>(a - '0') < 10);
    std::uint64_t half[2];
    std::memcpy(half, &any, sizeof half);
    return (half[0] | half[1]) != 0;
}
#endif

// One pass over text[begin, end) for both answers. A sign is "$", "¥", "€",
// "£", "USD", "JP", "EU" or "GB" (capitals); a word is "dollar", "Dollar",
// "DOLLAR", "yen", "Yen", "pound", "Pound" or "euro"/"Euro" anywhere, even
// inside a longer word (only the parse below asks for word bounds).
// Hand-written: one table lookup per byte, where searching for each word in
// turn stopped at every "d", "y", "p" and "e" of the sentence.
inline Screen screen(std::string_view text, std::size_t begin, std::size_t end) {
    Screen out;
    const auto at = [&](std::size_t k, std::string_view w) {
        return end - k >= w.size() && text.compare(k, w.size(), w) == 0;
    };
    for (std::size_t k = begin; k < end;) {
#if defined(__GNUC__)
        // Most sentences hold none: whole blocks are passed over at once.
        while (k + 17 <= end && !mayHoldSum(text.data() + k)) k += 16;
#endif
        for (const std::size_t stop = std::min(end, k + 16); k < stop; ++k) {
            const char c = text[k];
            if (!kScreenStops[static_cast<unsigned char>(c)]) continue;  // the common case, one lookup
            bool word = false;
            switch (c) {
            case '$': case '\xC2': case '\xE2': out.sign = true; break;
            case 'U': out.sign = out.sign || (k + 2 < end && text[k + 1] == 'S' && text[k + 2] == 'D'); break;
            case 'J': out.sign = out.sign || (k + 2 < end && text[k + 1] == 'P'); break;
            case 'E': out.sign = out.sign || (k + 2 < end && text[k + 1] == 'U'); break;
            case 'G': out.sign = out.sign || (k + 2 < end && text[k + 1] == 'B'); break;
            case 'd': word = at(k, "dollar"); break;
            case 'D': word = at(k, "Dollar") || at(k, "DOLLAR"); break;
            case 'y': word = at(k, "yen"); break;
            case 'Y': word = at(k, "Yen"); break;
            case 'p': word = at(k, "pound"); break;
            case 'P': word = at(k, "Pound"); break;
            case 'u': word = k > begin && (text[k - 1] == 'e' || text[k - 1] == 'E') && at(k, "uro"); break;
            default: break;
            }
            if (word) return {true, true};
        }
    }
    return out;
}

}  // namespace kakehashi::ingest::detail
