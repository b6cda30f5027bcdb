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

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

#if defined(__SSE2__)
// Where in the 16 bytes at p a sign or word for screen() may start (bit i:
// position i), every candidate pair tested on all 16 positions at once
// (SSE2; elsewhere screen() looks byte by byte). A superset: "E", "G" and
// "dO" pass here and screenAt() decides, which costs less than testing
// the byte after each of them. Reads p[0, 17).
inline unsigned sumStarts(const char* p) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));  // the byte after each of a
    const auto is = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
    const __m128i fa = _mm_or_si128(a, _mm_set1_epi8(0x20));  // 'Y' -> 'y', 'D' -> 'd'
    const __m128i fb = _mm_or_si128(b, _mm_set1_epi8(0x20));
    // 0xC2 | 0x20 = 0xE2, and 'E' | 2 = 'G': one compare for each pair.
    const __m128i sign = _mm_or_si128(
        _mm_or_si128(_mm_or_si128(is(a, '$'), is(fa, '\xE2')), is(_mm_or_si128(a, _mm_set1_epi8(2)), 'G')),
        _mm_or_si128(_mm_and_si128(is(a, 'U'), is(b, 'S')), _mm_and_si128(is(a, 'J'), is(b, 'P'))));
    const __m128i word = _mm_or_si128(
        _mm_and_si128(_mm_or_si128(is(fa, 'd'), is(fa, 'p')), is(fb, 'o')),
        _mm_or_si128(_mm_and_si128(is(fa, 'y'), is(b, 'e')), _mm_and_si128(is(a, 'u'), is(b, 'r'))));
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(sign, word)));
}

// Where in the 16 bytes at p an amount can start when the sentence names no
// currency word (bit i: position i): a sign or code letter, or a digit, as
// kStartsNoWords in the parser.
inline unsigned amountStarts(const char* p) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const auto is = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
    const __m128i digit = _mm_sub_epi8(a, _mm_set1_epi8('0'));  // 0..9 for digits
    const __m128i any = _mm_or_si128(
        _mm_or_si128(_mm_or_si128(is(a, '$'), is(a, '\xC2')), _mm_or_si128(is(a, '\xE2'), is(a, 'U'))),
        _mm_or_si128(_mm_or_si128(is(a, 'J'), is(a, 'E')),
                     _mm_or_si128(is(a, 'G'), _mm_cmpeq_epi8(_mm_min_epu8(digit, _mm_set1_epi8(9)), digit))));
    return static_cast<unsigned>(_mm_movemask_epi8(any));
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
#if defined(__SSE2__)
    for (; k + 17 <= end; k += 16)
        for (unsigned bits = sumStarts(text.data() + k); bits != 0; bits &= bits - 1) {
            const auto hit = screenAt(text, k + static_cast<std::size_t>(std::countr_zero(bits)), begin, end);
            if (hit.word) return {true, true};
            out.sign = out.sign || hit.sign;
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
