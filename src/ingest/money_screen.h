#pragma once

// Private to MoneyParser: the quick look that tells whether a sentence may
// hold a sum at all, run on every sentence of every document.

#include <algorithm>
#include <array>
#include <bit>
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
// Where in the 16 bytes at p a sign or word for screen() may start: every
// pair that begins one ("$", "US", "do", "Do", "DO", "ye", "po", "ur" ...)
// tested on all 16 positions at once (GCC and Clang vector extensions; a
// library has no "any of these byte pairs"). Bit 8 * i + 7 of the result is
// set when position i may; the other bits are clear. Reads p[0, 17).
inline void sumStarts(const char* p, std::uint64_t (&out)[2]) {
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
    std::memcpy(out, &any, sizeof out);
    out[0] &= 0x8080808080808080ull;
    out[1] &= 0x8080808080808080ull;
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

// What the byte at text[k] starts for screen(), within text[begin, end).
struct ScreenHit {
    bool sign = false;
    bool word = false;
};
inline ScreenHit screenAt(std::string_view text, std::size_t k, std::size_t begin, std::size_t end) {
    const auto at = [&](std::string_view w) { return end - k >= w.size() && text.compare(k, w.size(), w) == 0; };
    switch (text[k]) {
    case '$': case '\xC2': case '\xE2': return {true, false};
    case 'U': return {k + 2 < end && text[k + 1] == 'S' && text[k + 2] == 'D', false};
    case 'J': return {k + 2 < end && text[k + 1] == 'P', false};
    case 'E': return {k + 2 < end && text[k + 1] == 'U', false};
    case 'G': return {k + 2 < end && text[k + 1] == 'B', false};
    case 'd': return {false, at("dollar")};
    case 'D': return {false, at("Dollar") || at("DOLLAR")};
    case 'y': return {false, at("yen")};
    case 'Y': return {false, at("Yen")};
    case 'p': return {false, at("pound")};
    case 'P': return {false, at("Pound")};
    case 'u': return {false, k > begin && (text[k - 1] == 'e' || text[k - 1] == 'E') && at("uro")};
    default: return {};
    }
}

// One pass over text[begin, end) for both answers. A sign is "$", "¥", "€",
// "£", "USD", "JP", "EU" or "GB" (capitals); a word is "dollar", "Dollar",
// "DOLLAR", "yen", "Yen", "pound", "Pound" or "euro"/"Euro" anywhere, even
// inside a longer word (only the parse below asks for word bounds).
// Hand-written: searching for each word in turn stopped at every "d", "y",
// "p" and "e" of the sentence. Blocks of 16 bytes are tested at once and
// only the positions where a pair may start one are looked at.
inline Screen screen(std::string_view text, std::size_t begin, std::size_t end) {
    Screen out;
    std::size_t k = begin;
#if defined(__GNUC__)
    for (; k + 17 <= end; k += 16) {
        std::uint64_t starts[2];
        sumStarts(text.data() + k, starts);
        for (std::size_t half = 0; half < 2; ++half)
            for (auto bits = starts[half]; bits != 0; bits &= bits - 1) {
                const auto hit = screenAt(text, k + 8 * half + static_cast<std::size_t>(std::countr_zero(bits)) / 8, begin, end);
                if (hit.word) return {true, true};
                out.sign = out.sign || hit.sign;
            }
    }
#endif
    for (; k < end; ++k) {
        if (!kScreenStops[static_cast<unsigned char>(text[k])]) continue;  // the common case, one lookup
        const auto hit = screenAt(text, k, begin, end);
        if (hit.word) return {true, true};
        out.sign = out.sign || hit.sign;
    }
    return out;
}

}  // namespace kakehashi::ingest::detail
