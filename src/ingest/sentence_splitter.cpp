#include "kakehashi/ingest/sentence_splitter.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace kakehashi::ingest {
namespace {

bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isSpace(char c) { return c == ' ' || c == '\n'; }
// ASCII only, inline: std::isalpha and std::tolower are library calls that
// depend on the locale, and this runs at every period of every text.
bool isLetter(char c) { return isUpper(c) || isLower(c); }
char toLower(char c) { return isUpper(c) ? static_cast<char>(c + ('a' - 'A')) : c; }

// Abbreviations after which a period never ends a sentence (a name or number follows).
constexpr std::array<std::string_view, 30> kTitleAbbreviations{
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "no", "nos", "vs", "gov", "sen", "rep", "gen",
    "col", "lt", "capt", "sgt", "fig", "approx", "dept", "univ", "mt", "ft", "hon", "rev", "e.g", "i.e", "cf"};
// Abbreviations that may also end a sentence: split only before a word
// that typically starts one.
constexpr std::array<std::string_view, 24> kFinalAbbreviations{
    "inc", "corp", "co", "ltd", "llc", "plc", "etc", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov"};
constexpr std::array<std::string_view, 40> kSentenceStarters{
    "The", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "We", "He", "She", "They",
    "Our", "A", "An", "But", "And", "As", "For", "With", "Under", "According", "Both", "Today", "Last",
    "Each", "There", "Their", "His", "Her", "Officials", "Since", "Through", "While", "During", "After",
    "Separately", "Meanwhile"};

constexpr std::array<bool, 256> breakTable() {
    std::array<bool, 256> t{};
    for (char c : std::string_view("\n.!?")) t[static_cast<unsigned char>(c)] = true;
    return t;
}
constexpr auto kBreaks = breakTable();

// The first byte at or after `i` that kBreaks holds, or `size`. Sixteen
// bytes at a time with SSE2 where available, else eight (a word with one of
// the four bytes has a zero byte after XOR with it), since most of the text
// is between breaks; hand-written because the standard library has no
// multi-byte memchr.
std::size_t nextBreak(const char* data, std::size_t i, std::size_t size) {
#if defined(__SSE2__)
    const __m128i newline = _mm_set1_epi8('\n'), period = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'),
                  question = _mm_set1_epi8('?');
    for (; i + 16 <= size; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, newline), _mm_cmpeq_epi8(v, period)),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, bang), _mm_cmpeq_epi8(v, question)));
        if (const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hit)))
            return i + static_cast<std::size_t>(std::countr_zero(mask));
    }
#else
    constexpr std::uint64_t kOnes = 0x0101010101010101ull;
    constexpr std::uint64_t kHighs = 0x8080808080808080ull;
    auto hasZero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
    for (; i + 8 <= size; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, data + i, 8);
        if (hasZero(w ^ (kOnes * '\n')) | hasZero(w ^ (kOnes * '.')) | hasZero(w ^ (kOnes * '!')) |
            hasZero(w ^ (kOnes * '?')))
            break;
    }
#endif
    while (i < size && !kBreaks[static_cast<unsigned char>(data[i])]) ++i;
    return i;
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
    // Every listed word is 1 to 10 letters long: most words before a period are not.
    if (word.empty() || word.size() > 10) return false;
    for (auto w : list)
        if (w == word) return true;
    return false;
}

// The word ending at the period at `dot` (letters and inner periods), lowercased
// into `buffer` when short enough to be an abbreviation (longer words are
// returned as ""), and whether it holds an inner period. A fixed buffer
// instead of a std::string: this runs at every period of every text.
struct WordBefore {
    std::string_view word;
    bool innerDots = false;
};
WordBefore wordBefore(std::string_view text, std::size_t dot, std::size_t floor, std::array<char, 16>& buffer) {
    std::size_t b = dot;
    while (b > floor && (isLetter(text[b - 1]) || text[b - 1] == '.')) --b;
    WordBefore out;
    out.innerDots = text.substr(b, dot - b).find('.') != std::string_view::npos;
    if (dot - b > buffer.size()) return out;
    for (std::size_t k = b; k < dot; ++k)
        buffer[k - b] = toLower(text[k]);
    out.word = std::string_view(buffer.data(), dot - b);
    return out;
}

std::string_view wordAt(std::string_view text, std::size_t at) {
    std::size_t e = at;
    while (e < text.size() && isLetter(text[e])) ++e;
    return text.substr(at, e - at);
}

bool periodEnds(std::string_view text, std::size_t dot, std::size_t next, std::size_t floor) {
    std::array<char, 16> buffer;
    const auto [word, innerDots] = wordBefore(text, dot, floor, buffer);
    if (word.size() == 1 && isUpper(text[dot - 1])) return false;  // an initial: "Gina M. Raimondo"
    if (contains(kTitleAbbreviations, word)) return false;
    if (contains(kFinalAbbreviations, word) || innerDots) return contains(kSentenceStarters, wordAt(text, next));
    return true;
}

}  // namespace

std::vector<Sentence> SentenceSplitter::split(std::string_view text) {
    std::vector<Sentence> sentences;
    std::size_t start = 0;
    auto push = [&](std::size_t end) {
        std::size_t b = start;
        while (b < end && isSpace(text[b])) ++b;
        std::size_t e = end;
        while (e > b && isSpace(text[e - 1])) --e;
        if (e > b) sentences.push_back({b, e});
        start = end;
    };
    std::size_t lineStart = 0;
    const std::size_t size = text.size();
    const char* data = text.data();
    for (std::size_t i = 0; i < size; ++i) {
        // Skip to the next byte that can end a sentence or a line.
        i = nextBreak(data, i, size);
        if (i >= size) break;
        const char c = text[i];
        if (c == '\n') {
            const bool paragraph = i + 1 < text.size() && text[i + 1] == '\n';
            // A single line break ends a heading, a list item or a short line;
            // inside hard-wrapped prose (long lines ending mid-phrase) it is a space.
            const std::size_t lineLength = i - lineStart;
            const char last = i > 0 ? text[i - 1] : '.';
            const bool midPhrase = isLower(last) || last == ',' || last == '-' || isDigit(last);
            if (paragraph || lineLength < 60 || !midPhrase) push(i);
            lineStart = i + 1;
            continue;
        }
        if (c != '.' && c != '!' && c != '?') continue;
        std::size_t j = i + 1;
        while (j < text.size() && (text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == '.' ||
                                   text[j] == '!' || text[j] == '?'))
            ++j;
        if (j >= text.size()) break;
        if (text[j] != ' ') continue;  // "3.5", "U.S.-Japan", "AutomationTools.AI"
        std::size_t k = j;
        while (k < text.size() && text[k] == ' ') ++k;
        if (k >= text.size() || text[k] == '\n') continue;
        const char n = text[k];
        if (!(isUpper(n) || isDigit(n) || n == '"' || n == '\'' || n == '(' || n == '$' ||
              static_cast<unsigned char>(n) >= 0x80))
            continue;
        if (c == '.' && !periodEnds(text, i, k, start)) continue;
        push(j);
        i = j - 1;
    }
    push(text.size());
    return sentences;
}

}  // namespace kakehashi::ingest
